#include "outcomeintake.h"

#include "engine.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// The engine writes the outcome row; its detail follows in a second statement that only fills
// an empty detail, so a repeat of the event (a duplicate to the engine) completes a detail a
// crash left out, and never changes one that is there.
QString keepDetail(QSqlDatabase db,
                   const QString &itemId,
                   const QString &eventId,
                   const QJsonObject &detail)
{
    QSqlQuery q(db);
    q.prepare(uR"(
update step_outcomes set detail = cast(:detail as jsonb)
 where outbound_id = cast(:item as uuid) and event_id = :event and detail is null)"_s);
    q.bindValue(u":detail"_s,
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    q.bindValue(u":item"_s, itemId);
    q.bindValue(u":event"_s, eventId);
    return q.exec() ? QString() : Database::describe(q.lastError());
}

} // namespace

OutcomeIntake::Result OutcomeIntake::record(QSqlDatabase db,
                                            const QString &itemId,
                                            const QString &outcome,
                                            const QString &intent,
                                            const QString &eventId,
                                            const std::optional<QDateTime> &at,
                                            const QJsonObject &detail)
{
    Result out;
    Engine::OutcomeRequest request;
    request.item = itemId;
    request.eventId = eventId;
    request.outcome = outcome;
    request.intent = intent;
    request.at = at;
    DbError error;
    const auto result = Engine(db).recordOutcome(request, &error);
    if (!result) {
        out.error = error.message;
        return out;
    }
    out.duplicate = result->duplicate;
    out.recorded = !result->duplicate;
    out.action = result->action;
    if (!detail.isEmpty() && !eventId.isEmpty())
        out.error = keepDetail(db, itemId, eventId, detail);
    return out;
}

} // namespace Touchline
