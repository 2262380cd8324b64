// Webhook: an HTTP POST of a documented JSON payload, signed with HMAC-SHA256 of the body under
// the account's signing key in X-Touchline-Signature ("sha256=<hex>"); any 2xx is sent.
//
// Payload: {"item", "client", "campaign", "step", "attempt", "channel", "handler",
//           "contact": {"id", "name", "email", "phone", "linkedin_url"},
//           "content": {"subject", "body"}}
// Headers: X-Touchline-Signature, X-Touchline-Item and Idempotency-Key (both the item id).
// The receiver reports outcomes later with `touchline outcome --item ID`.
#pragma once

#include "channelaccounts.h"
#include "httpexchange.h"
#include "sendtypes.h"

namespace Touchline {

class WebhookAdapter
{
public:
    static QByteArray payload(const SendRequest &request);
    static QByteArray signature(const QByteArray &key, const QByteArray &body);

    SendResult send(const ChannelAccount &account, const QString &key, const SendRequest &request);

private:
    HttpExchange m_http;
};

} // namespace Touchline
