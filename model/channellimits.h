// What a channel lets one touch carry: SMS segments (GSM-7 or UCS-2) and the lengths an email
// subject or a LinkedIn note should keep to. Pure, so the designer's preview and the tests read
// the same rules.
#pragma once

#include <QString>

namespace Touchline::ChannelLimits {

struct SmsCount
{
    bool gsm7 = true;   // every character is in the GSM 03.38 alphabet (with its extension)
    int units = 0;      // septets (GSM-7; an extension character takes two) or UTF-16 units
    int segments = 0;   // 0 for an empty text
    int perSegment = 0; // 160 or 153 (GSM-7), 70 or 67 (UCS-2)
};

// How a text goes out as SMS: one segment up to 160 GSM-7 characters (70 in UCS-2), else
// concatenated segments of 153 (67), each carrying its part header.
SmsCount smsCount(const QString &text);
bool isGsm7(QChar c);
bool isGsm7Extension(QChar c);

// Inbox lists cut a subject off after about this many characters.
inline constexpr int emailSubjectLimit = 60;
// LinkedIn refuses a connection note longer than this.
inline constexpr int linkedinNoteLimit = 300;

} // namespace Touchline::ChannelLimits
