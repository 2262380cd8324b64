#include "channellimits.h"

namespace Touchline::ChannelLimits {

using namespace Qt::StringLiterals;

bool isGsm7(QChar c)
{
    // GSM 03.38 default alphabet, in code order (ESC, 0x1B, is the extension's escape).
    static const QString basic = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;"
                                 u"<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyz"
                                 u"äöñüà"_s;
    return basic.contains(c) || isGsm7Extension(c);
}

bool isGsm7Extension(QChar c)
{
    static const QString extension = u"\f^{}\\[~]|€"_s;
    return extension.contains(c);
}

SmsCount smsCount(const QString &text)
{
    SmsCount count;
    for (const QChar c : text) {
        if (!isGsm7(c)) {
            count.gsm7 = false;
            break;
        }
        count.units += isGsm7Extension(c) ? 2 : 1;
    }
    if (!count.gsm7)
        count.units = int(text.size()); // UTF-16 code units: a surrogate pair takes two
    const int single = count.gsm7 ? 160 : 70;
    const int multi = count.gsm7 ? 153 : 67;
    count.perSegment = count.units <= single ? single : multi;
    count.segments = count.units == 0 ? 0 : (count.units + count.perSegment - 1) / count.perSegment;
    return count;
}

} // namespace Touchline::ChannelLimits
