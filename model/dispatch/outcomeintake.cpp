#include "outcomeintake.h"

#include "engine.h"
#include "tr.h"

#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

OutcomeIntake::Result OutcomeIntake::record(QSqlDatabase db,
                                            const QString &itemId,
                                            const QString &outcome,
                                            const QString &intent,
                                            const QString &eventId,
                                            const std::optional<QDateTime> &at)
{
    Result out;
    QSqlQuery q(db);
    q.prepare(u"select o.contact_id, c.slug, o.step_number from outbound_queue o "
              "join campaigns c on c.id = o.campaign_id where o.id::text = :id"_s);
    q.bindValue(u":id"_s, itemId);
    if (!q.exec()) {
        out.error = Database::describe(q.lastError());
        return out;
    }
    if (!q.next()) {
        out.error = Tr::tr("no outbound item %1").arg(itemId);
        return out;
    }
    Engine::OutcomeRequest request;
    request.contact = q.value(0).toString();
    request.campaign = q.value(1).toString();
    request.step = q.value(2).toInt();
    request.outcome = outcome;
    request.intent = intent;
    request.at = at;

    if (!eventId.isEmpty()) {
        QSqlQuery key(db);
        key.prepare(u"insert into dispatch_events (event_id, outbound_id, outcome) "
                    "values (:event, cast(:id as uuid), :outcome) on conflict do nothing "
                    "returning event_id"_s);
        key.bindValue(u":event"_s, eventId);
        key.bindValue(u":id"_s, itemId);
        key.bindValue(u":outcome"_s, outcome);
        if (!key.exec()) {
            out.error = Database::describe(key.lastError());
            return out;
        }
        if (!key.next()) {
            out.duplicate = true;
            return out;
        }
    }
    Engine engine(db);
    DbError error;
    const auto result = engine.recordOutcome(request, &error);
    if (!result) {
        out.error = error.message;
        // A refused outcome stays refused; a failed write may succeed when asked again.
        if (!eventId.isEmpty() && error.kind != DbError::Kind::Rejected) {
            QSqlQuery undo(db);
            undo.prepare(u"delete from dispatch_events where event_id = :event"_s);
            undo.bindValue(u":event"_s, eventId);
            undo.exec();
        }
        return out;
    }
    out.recorded = true;
    out.action = result->action;
    return out;
}

} // namespace Touchline
