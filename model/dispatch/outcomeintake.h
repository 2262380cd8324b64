// Provider outcomes (delivery, call progress, replies, bounces) addressed by outbound item, with
// an idempotency key: a repeated key is acknowledged and changes nothing.
//
// The engine takes the item and the key itself (Engine::OutcomeRequest::item and ::eventId) and
// keeps the key on the outcome's own row, in the outcome's transaction: a repeat is a duplicate,
// and a crash can lose neither the outcome nor the key alone.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Touchline {

class OutcomeIntake
{
public:
    struct Result
    {
        bool recorded = false;
        bool duplicate = false;
        QString action; // the engine's words
        QString error;  // why it was not recorded (unknown item, enrollment gone, …)
    };
    // `detail` (what the provider said: the IVR key press, the call status…) is kept with the
    // outcome in step_outcomes.detail.
    static Result record(QSqlDatabase db,
                         const QString &itemId,
                         const QString &outcome,
                         const QString &intent,
                         const QString &eventId,
                         const std::optional<QDateTime> &at,
                         const QJsonObject &detail = {});
};

} // namespace Touchline
