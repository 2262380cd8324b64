// Email over SMTP through libcurl: SMTPS or STARTTLS, AUTH, one MIME message per item (UTF-8
// subject, text and HTML parts, a Message-ID derived from the item id, List-Unsubscribe).
#pragma once

#include "channelaccounts.h"
#include "sendtypes.h"

namespace Touchline {

class SmtpAdapter
{
public:
    // <item-UUID@domain of the sender>: replies name it in In-Reply-To and References.
    static QString messageIdFor(const QString &itemId, const QString &from);
    // The item id a Message-ID of ours names; empty when it is not one of ours.
    static QString itemOfMessageId(const QString &messageId);
    // The whole message, CRLF line ends, ready for DATA.
    static QByteArray compose(const ChannelAccount &account,
                              const SendRequest &request,
                              const QString &messageId,
                              const QDateTime &date);
    // RFC 2047 encoded-words (UTF-8, base64) when the text is not plain ASCII.
    static QByteArray encodeHeader(const QString &text);

    SendResult
    send(const ChannelAccount &account, const QString &password, const SendRequest &request);
};

} // namespace Touchline
