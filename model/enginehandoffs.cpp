// The exec gate's other half: pending meeting_booked handoffs, approved into campaigns (with a
// goal and notes) or declined, once, conditionally on the task still being pending.
#include "engine.h"

#include "engine_p.h"
#include "tr.h"

#include <QJsonObject>

namespace Touchline {

using namespace Qt::StringLiterals;
using namespace EngineDetail;

namespace {

const auto listSql = uR"sql(
select t.id, t.type, t.status, t.enrollment_id,
       coalesce(t.payload ->> 'contact_id', cc.contact_id) as contact_id,
       coalesce(t.payload ->> 'campaign', c.slug) as from_campaign,
       coalesce(t.payload ->> 'suggested', t.assigned_role) as suggested,
       t.payload ->> 'decided_by' as decided_by,
       (extract(epoch from t.created_at) * 1000)::bigint as created_ms,
       (extract(epoch from t.completed_at) * 1000)::bigint as decided_ms
  from tasks t
  left join campaign_contacts cc on cc.id = t.enrollment_id
  left join campaigns c on c.id = cc.campaign_id
 where t.type in ('meeting_booked', 'handoff')
   and (not :pending_only or t.status = 'pending')
 order by t.created_at, t.id
)sql"_s;

// The decision, taken once: only a task still pending changes.
const auto decideSql = uR"sql(
update tasks
   set status = 'done', completed_at = cast(:at as timestamptz),
       payload = payload || cast(:decision as jsonb)
 where id = cast(:id as uuid) and type = 'meeting_booked' and status = 'pending'
returning enrollment_id, payload ->> 'contact_id' as contact_id
)sql"_s;

const auto whoDecidedSql = uR"sql(
select type, status, payload ->> 'decided_by' as decided_by, payload ->> 'decision' as decision,
       (extract(epoch from completed_at) * 1000)::bigint as decided_ms
  from tasks where id = cast(:id as uuid)
)sql"_s;

const auto auditSql = uR"sql(
insert into audit_log (action, subject, detail) values (:action, :subject, cast(:detail as jsonb))
)sql"_s;

} // namespace

std::optional<QVector<Engine::Handoff>> Engine::handoffs(bool pendingOnly, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(listSql);
    q.bindValue(u":pending_only"_s, pendingOnly);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<Handoff> list;
    while (q.next()) {
        Handoff h;
        h.id = q.value(u"id"_s).toString();
        h.type = q.value(u"type"_s).toString();
        h.status = q.value(u"status"_s).toString();
        h.contactId = q.value(u"contact_id"_s).toString();
        h.fromCampaign = q.value(u"from_campaign"_s).toString();
        h.suggested = q.value(u"suggested"_s).toString();
        h.decidedBy = q.value(u"decided_by"_s).toString();
        h.createdAt = fromEpochMs(q.value(u"created_ms"_s));
        h.decidedAt = fromEpochMs(q.value(u"decided_ms"_s));
        list.append(h);
    }
    *error = {};
    return list;
}

std::optional<QStringList> Engine::decideHandoff(const HandoffDecision &d, DbError *error)
{
    const auto at = resolveAt(d.at, error);
    if (!at)
        return std::nullopt;
    if (QUuid::fromString(d.id).isNull()) {
        *error = rejected(Tr::tr("no handoff with the id %1").arg(d.id));
        return std::nullopt;
    }
    const bool approve = !d.campaigns.isEmpty();
    if (!approve && d.declineReason.trimmed().isEmpty()) {
        *error = rejected(Tr::tr("declining handoff %1 needs a reason").arg(d.id));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        *error = tx.beginError();
        return std::nullopt;
    }
    QSqlQuery who(m_db);
    who.prepare(u"select current_user as login"_s);
    if (!exec(who, error) || !who.next())
        return std::nullopt;
    const QString user = who.value(u"login"_s).toString();
    QJsonObject decision{{u"decision"_s, approve ? u"approved"_s : u"declined"_s},
                         {u"decided_by"_s, user},
                         {u"decided_at"_s, iso(*at)}};
    if (approve) {
        decision.insert(u"campaigns"_s, QJsonArray::fromStringList(d.campaigns));
        decision.insert(u"goal"_s, d.goal);
        decision.insert(u"notes"_s, d.notes);
    } else {
        decision.insert(u"reason"_s, d.declineReason);
    }
    q.prepare(decideSql);
    q.bindValue(u":id"_s, d.id);
    q.bindValue(u":at"_s, iso(*at));
    q.bindValue(u":decision"_s,
                QString::fromUtf8(QJsonDocument(decision).toJson(QJsonDocument::Compact)));
    if (!exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = alreadyDecided(d.id);
        return std::nullopt;
    }
    const QString enrollment = q.value(u"enrollment_id"_s).toString();
    const QString contact = q.value(u"contact_id"_s).toString();
    QStringList enrolledIn;
    for (const QString &campaign : d.campaigns) {
        const EnrollRequest request{campaign, {contact}, d.goal, d.notes, *at};
        const auto result = enrollIn(request, *at, error, enrollment);
        if (!result)
            return std::nullopt;
        if (!result->refused.isEmpty()) {
            *error = rejected(result->refused.constFirst().second);
            return std::nullopt;
        }
        enrolledIn.append(campaign);
    }
    q.prepare(auditSql);
    q.bindValue(u":action"_s, approve ? u"handoff_approved"_s : u"handoff_declined"_s);
    q.bindValue(u":subject"_s, contact);
    decision.insert(u"contact_id"_s, contact);
    decision.insert(u"task"_s, d.id);
    q.bindValue(u":detail"_s,
                QString::fromUtf8(QJsonDocument(decision).toJson(QJsonDocument::Compact)));
    if (!exec(q, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = failureOf(m_db.lastError());
        return std::nullopt;
    }
    *error = {};
    return enrolledIn;
}

DbError Engine::alreadyDecided(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(whoDecidedSql);
    q.bindValue(u":id"_s, id);
    DbError error;
    if (!exec(q, &error))
        return error;
    if (!q.next())
        return rejected(Tr::tr("no handoff with the id %1").arg(id));
    if (q.value(u"type"_s).toString() != u"meeting_booked")
        return rejected(Tr::tr("task %1 is a %2, not a meeting_booked handoff")
                            .arg(id, q.value(u"type"_s).toString()));
    return rejected(Tr::tr("handoff %1 was already decided (%2) by %3 at %4")
                        .arg(id,
                             q.value(u"decision"_s).toString(),
                             q.value(u"decided_by"_s).toString(),
                             iso(fromEpochMs(q.value(u"decided_ms"_s)))));
}

} // namespace Touchline
