// Decodes the codec's own JSON snapshots back into flow structs, leniently: an undo snapshot may
// hold a campaign that does not validate yet (the author is still typing), so nothing is refused.
#pragma once

#include "flow.h"

#include <QJsonObject>

namespace Touchline::FlowJson {

Campaign campaignFromJson(const QJsonObject &o);
Step stepFromJson(const QJsonObject &o);
OutcomeAction actionFromJson(const QJsonObject &o);
QMap<QString, OutcomeAction> onOutcomeFromJson(const QJsonObject &o);

} // namespace Touchline::FlowJson
