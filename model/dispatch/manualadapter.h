// Manual sending (LinkedIn): the item becomes a "send by hand" task with the text ready to copy
// and the profile link; marking it sent records the send like any provider's.
#pragma once

#include "sendtypes.h"

#include <QJsonObject>

namespace Touchline {

class ManualAdapter
{
public:
    // The task's payload: item, contact, profile link, subject and text.
    static QJsonObject taskPayload(const SendRequest &request);
    SendResult send(const SendRequest &request) const;
};

} // namespace Touchline
