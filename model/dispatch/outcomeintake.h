// Provider outcomes (delivery, call progress, replies, bounces) addressed by outbound item, with
// an idempotency key: a repeated key is acknowledged and changes nothing.
//
// Until Engine::OutcomeRequest takes the item and event id itself, this resolves the item to its
// contact, campaign and step, keeps the key in dispatch_events and calls Engine::recordOutcome.
// The key is written before the outcome, so a crash between the two loses that one outcome
// rather than routing the contact twice; the engine's own key will make it one transaction.
#pragma once

#include "database.h"

#include <QDateTime>
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
    static Result record(QSqlDatabase db,
                         const QString &itemId,
                         const QString &outcome,
                         const QString &intent,
                         const QString &eventId,
                         const std::optional<QDateTime> &at);
};

} // namespace Touchline
