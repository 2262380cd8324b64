#include "manualadapter.h"

namespace Touchline {

using namespace Qt::StringLiterals;

QJsonObject ManualAdapter::taskPayload(const SendRequest &r)
{
    return {{u"outbound_id"_s, r.itemId},
            {u"what"_s, u"send by hand"_s},
            {u"channel"_s, r.channel},
            {u"campaign"_s, r.campaign},
            {u"step"_s, r.step},
            {u"contact"_s, r.contactId},
            {u"name"_s, r.contactName},
            {u"profile"_s, r.linkedinUrl},
            {u"subject"_s, r.subject},
            {u"text"_s, r.body}};
}

SendResult ManualAdapter::send(const SendRequest &r) const
{
    SendResult out;
    out.kind = SendResult::Kind::Manual;
    out.detail = taskPayload(r);
    return out;
}

} // namespace Touchline
