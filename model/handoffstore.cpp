#include "handoffstore.h"

#include "channelaccounts.h"
#include "engine.h"
#include "tr.h"
#include "twilioadapter.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

DbError rejected(const QString &message)
{
    return {DbError::Kind::Rejected, message};
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The login of the connection.
const auto currentUserSql = uR"sql(
select current_user as login
)sql"_s;

// The pending meeting-booked handoffs, oldest first, with the contact, the gated campaign, the
// enrollment notes and the outcome that booked the meeting.
const QString gateSql = uR"(
select t.id as task_id, t.created_at as booked_at, ct.id as contact_id,
       concat_ws(' ', ct.first_name, ct.last_name) as contact_name,
       coalesce(ct.company, '') as company, coalesce(ct.title, '') as title, c.slug as campaign,
       c.name as campaign_name, coalesce(t.payload ->> 'suggested', '') as suggested,
       coalesce(cc.notes, '') as notes,
       coalesce((select concat_ws(' ', 'step ' || o.step_number, o.outcome, o.intent)
                   from step_outcomes o where o.enrollment_id = cc.id
                  order by o.occurred_at desc, o.id desc limit 1), '') as booking,
       ct.client_id as client_id
  from tasks t
  join campaign_contacts cc on cc.id = t.enrollment_id
  join campaigns c on c.id = cc.campaign_id
  join contacts ct on ct.id = cc.contact_id
 where t.type = 'meeting_booked' and t.status = 'pending'
 order by t.created_at, t.id
)"_s;

// The live-call handoffs due by now, pending or in progress, of active enrollments whose contact
// may still be contacted, oldest first, with the script of the handed-off step.
const QString liveSql = uR"(
select t.id as task_id, t.created_at as waiting_since, t.status as status,
       coalesce(t.claimed_by, '') as claimed_by, ct.id as contact_id,
       concat_ws(' ', ct.first_name, ct.last_name) as contact_name,
       coalesce(ct.phone, '') as phone, ct.time_zone as time_zone, c.slug as campaign,
       coalesce(cast(t.payload ->> 'step' as int), 0) as step,
       coalesce((select s.template_instructions from campaign_steps s
                  where s.campaign_id = cc.campaign_id and s.revision = cc.revision
                    and s.step_number = cast(t.payload ->> 'step' as int)), '') as script,
       cc.id as enrollment_id
  from tasks t
  join campaign_contacts cc on cc.id = t.enrollment_id
  join campaigns c on c.id = cc.campaign_id
  join contacts ct on ct.id = cc.contact_id
 where t.type = 'handoff' and t.assigned_role = 'human_agent'
   and t.status in ('pending', 'in_progress') and t.created_at <= :now
   and cc.status = 'active' and not ct.do_not_contact
   and not exists (select 1 from suppressions s
                    where s.client_id = cc.client_id and s.contact_id = cc.contact_id)
 order by t.created_at, t.id
)"_s;

// The conversation of one enrollment so far (sends, outcomes, finished handoffs) in time order.
const QString conversationSql = uR"(
select at, text from (
  select coalesce(q.sent_at, q.scheduled_at) as at,
         concat_ws(' ', 'step ' || q.step_number, q.channel, q.status, nullif(d.subject, '')) as text
    from outbound_queue q left join staged_drafts d on d.id = q.staged_draft_id
   where q.enrollment_id = :e
  union all
  select o.occurred_at, concat_ws(' ', 'step ' || o.step_number, o.outcome, o.intent)
    from step_outcomes o where o.enrollment_id = :e
  union all
  select t.completed_at, concat_ws(' ', 'agent', t.claimed_by, t.payload -> 'result' ->> 'result',
                                   t.payload -> 'result' ->> 'notes')
    from tasks t where t.enrollment_id = :e and t.type = 'handoff' and t.status = 'done'
) x order by at
)"_s;

// The campaigns of a client that are not archived, by name.
const auto campaignsForSql = uR"sql(
select slug, name
  from campaigns
 where client_id = :client and status <> 'archived'
 order by name
)sql"_s;

// The client and provider call id of the held voice call a live-call handoff was made from.
const auto heldCallSql = uR"sql(
select o.client_id, coalesce(o.provider_id, '') as call_sid
  from tasks t join outbound_queue o on o.id::text = t.payload ->> 'outbound_id'
 where t.id = cast(:id as uuid) and o.channel = 'voice' and o.handler = 'human_agent'
   and o.status = 'sent' and o.provider_id is not null)sql"_s;

// Writes what bridging the held call did (call, agent number, error) into the task payload.
const auto bridgeNoteSql = uR"sql(
update tasks
   set payload = payload || jsonb_build_object('bridge',
                   jsonb_build_object('call', cast(:call as text), 'to', cast(:to as text),
                                      'error', cast(:problem as text)))
 where id = cast(:id as uuid)
)sql"_s;

// Claims a pending handoff for an agent and audits the claim; returns a row only if claimed.
const auto claimSql = uR"sql(
with t as (update tasks set status = 'in_progress', claimed_by = :agent, claimed_at = now()
            where id = cast(:id as uuid) and type = 'handoff' and status = 'pending'
        returning id, payload ->> 'contact_id' as contact)
insert into audit_log (action, subject, detail)
select 'handoff_claimed', t.contact, jsonb_build_object('task', t.id, 'agent', cast(:agent as text))
  from t returning id
)sql"_s;

// Finishes a handoff the agent claimed with its result and audits it; returns the contact
// (subject) only if the agent held it.
const auto finishSql = uR"sql(
with t as (update tasks set status = 'done', completed_at = now(),
                  payload = payload || jsonb_build_object('result', cast(:result as jsonb))
            where id = cast(:id as uuid) and type = 'handoff' and status = 'in_progress'
              and claimed_by = :agent
        returning id, enrollment_id, payload)
insert into audit_log (action, subject, detail)
select 'handoff_result', t.payload ->> 'contact_id',
       jsonb_build_object('task', t.id, 'agent', cast(:agent as text)) || cast(:result as jsonb)
  from t
returning subject, detail
)sql"_s;

// The campaign, step and outbound item a handoff task was made for.
const auto taskStepSql = uR"sql(
select c.slug, coalesce(cast(t.payload ->> 'step' as int), 0) as step,
       coalesce(t.payload ->> 'outbound_id', '') as item
  from tasks t
  join campaign_contacts cc on cc.id = t.enrollment_id
  join campaigns c on c.id = cc.campaign_id
 where t.id = cast(:id as uuid)
)sql"_s;

// Queues the call again at the agreed callback time and pushes the next touch of the active
// enrollment past it.
const auto callbackSql = uR"sql(
with again as (
    insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at)
    select 'handoff', 'pending', 'human_agent', t.enrollment_id,
           (t.payload - 'result') || jsonb_build_object('callback_at', cast(:at as text)),
           cast(:at as timestamptz)
      from tasks t where t.id = cast(:id as uuid)
    returning enrollment_id)
update campaign_contacts cc
   set next_send_at = greatest(cc.next_send_at, cast(:at as timestamptz)
                               + make_interval(days => c.no_engagement_after_days))
  from campaigns c, again
 where cc.id = again.enrollment_id and c.id = cc.campaign_id and cc.status = 'active'
   and cc.next_send_at is not null
)sql"_s;

// Hands a finished task back to its agent, without its result.
const auto reopenSql = uR"sql(
update tasks set status = 'in_progress', payload = payload - 'result'
 where id = cast(:id as uuid)
)sql"_s;

} // namespace

HandoffStore::HandoffStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString HandoffStore::login(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(currentUserSql) && q.next())
        return q.value(u"login"_s).toString();
    return QString();
}

std::optional<QVector<HandoffStore::GateItem>> HandoffStore::gateQueue(DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(gateSql)) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<GateItem> out;
    while (q.next())
        out.append({q.value(u"task_id"_s).toString(),
                    q.value(u"booked_at"_s).toDateTime(),
                    q.value(u"contact_id"_s).toString(),
                    q.value(u"contact_name"_s).toString(),
                    q.value(u"company"_s).toString(),
                    q.value(u"title"_s).toString(),
                    q.value(u"campaign"_s).toString(),
                    q.value(u"campaign_name"_s).toString(),
                    q.value(u"suggested"_s).toString(),
                    q.value(u"notes"_s).toString(),
                    q.value(u"booking"_s).toString(),
                    q.value(u"client_id"_s).toString()});
    *error = {};
    return out;
}

std::optional<QVector<QPair<QString, QString>>> HandoffStore::campaignsFor(const QString &client,
                                                                           DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(campaignsForSql);
    q.bindValue(u":client"_s, client);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(u"slug"_s).toString(), q.value(u"name"_s).toString()});
    *error = {};
    return out;
}

std::optional<QStringList>
HandoffStore::approveGate(const QString &taskId, const Decision &decision, DbError *error)
{
    if (decision.campaigns.isEmpty()) {
        *error = rejected(Tr::tr("pick at least one campaign to enroll the contact in"));
        return std::nullopt;
    }
    if (!decision.goal.isEmpty() && !Vocabulary::goals().contains(decision.goal)) {
        *error = rejected(Tr::tr("unknown goal \"%1\" (expected one of: %2)")
                              .arg(decision.goal, Vocabulary::goals().join(u", "_s)));
        return std::nullopt;
    }
    // The engine's decision, the same as `touchline handoff approve`: taken once, and every
    // enrollment or none in one transaction.
    Engine engine(m_db);
    return engine.decideHandoff(
        {taskId, decision.campaigns, decision.goal, decision.notes, {}, decision.at}, error);
}

bool HandoffStore::declineGate(const QString &taskId, const QString &reason, DbError *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = rejected(Tr::tr("declining a handoff needs a reason"));
        return false;
    }
    Engine engine(m_db);
    return engine.decideHandoff({taskId, {}, {}, {}, reason.trimmed(), {}}, error).has_value();
}

std::optional<QVector<HandoffStore::LiveItem>> HandoffStore::liveQueue(const QDateTime &now,
                                                                       DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(liveSql);
    q.bindValue(u":now"_s, iso(now.isValid() ? now : QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<LiveItem> out;
    QStringList enrollments;
    while (q.next()) {
        LiveItem item;
        item.taskId = q.value(u"task_id"_s).toString();
        item.waitingSince = q.value(u"waiting_since"_s).toDateTime();
        item.status = q.value(u"status"_s).toString();
        item.claimedBy = q.value(u"claimed_by"_s).toString();
        item.contactId = q.value(u"contact_id"_s).toString();
        item.contactName = q.value(u"contact_name"_s).toString();
        item.phone = q.value(u"phone"_s).toString();
        item.timeZone = q.value(u"time_zone"_s).toString();
        item.campaign = q.value(u"campaign"_s).toString();
        item.step = q.value(u"step"_s).toInt();
        item.script = q.value(u"script"_s).toString();
        enrollments.append(q.value(u"enrollment_id"_s).toString());
        out.append(item);
    }
    QSqlQuery c(m_db);
    c.prepare(conversationSql);
    for (int i = 0; i < out.size(); ++i) {
        c.bindValue(u":e"_s, enrollments.at(i));
        if (!c.exec()) {
            *error = failure(c);
            return std::nullopt;
        }
        while (c.next())
            out[i].conversation.append(
                c.value(u"at"_s).toDateTime().toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u"  "_s
                + c.value(u"text"_s).toString());
    }
    *error = {};
    return out;
}

namespace {

// The held call of a claimed live-call handoff, redirected to the agent's number. Outside any
// transaction: the claim is committed first, so a provider that does not answer holds no lock.
QString bridgeHeldCall(QSqlDatabase db, const QString &taskId, const QString &agent)
{
    QSqlQuery q(db);
    q.prepare(heldCallSql);
    q.bindValue(u":id"_s, taskId);
    if (!q.exec())
        return Database::describe(q.lastError());
    if (!q.next())
        return QString();
    const QString client = q.value(u"client_id"_s).toString();
    const QString sid = q.value(u"call_sid"_s).toString();
    DbError error;
    const auto account = ChannelAccounts(db).find(client, u"voice"_s, &error);
    if (error)
        return error.message;
    // A fixed agent number was dialled at once: no call waits on hold.
    if (!account || account->provider != u"twilio"
        || !account->setting(u"agent_number"_s).isEmpty())
        return QString();
    const QString number = TwilioAdapter::agentNumber(*account, agent);
    QString problem;
    if (number.isEmpty()) {
        problem = Tr::tr("no number for agent %1 in the voice account of %2 (setting "
                         "agent_numbers): call %3 stays on hold")
                      .arg(agent, client, sid);
    } else {
        QString why;
        const auto secret = ChannelAccounts::secret(client, u"voice"_s, &why);
        if (!secret || secret->isEmpty())
            problem = secret
                          ? Tr::tr("no secret for the voice account of %1: set %2")
                                .arg(client, ChannelAccounts::environmentName(client, u"voice"_s))
                          : why;
        else
            problem = TwilioAdapter().redirect(
                *account, *secret, sid, TwilioAdapter::dialTwiml(number));
    }
    QSqlQuery note(db);
    note.prepare(bridgeNoteSql);
    note.bindValue(u":call"_s, sid);
    note.bindValue(u":to"_s, number);
    note.bindValue(u":problem"_s, problem);
    note.bindValue(u":id"_s, taskId);
    if (!note.exec() && problem.isEmpty())
        problem = Database::describe(note.lastError());
    return problem.isEmpty() ? Tr::tr("call %1 redirected to %2").arg(sid, number) : problem;
}

} // namespace

std::optional<bool>
HandoffStore::claim(const QString &taskId, const QString &agent, DbError *error, QString *bridge)
{
    QSqlQuery q(m_db);
    q.prepare(claimSql);
    q.bindValue(u":id"_s, taskId);
    q.bindValue(u":agent"_s, agent);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    if (!q.next())
        return false;
    const QString bridged = bridgeHeldCall(m_db, taskId, agent);
    if (bridge)
        *bridge = bridged;
    return true;
}

bool HandoffStore::finishTask(const QString &taskId,
                              const QString &agent,
                              const QJsonObject &result,
                              QString *contact,
                              QString *campaign,
                              int *step,
                              QString *item,
                              DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(finishSql);
    q.bindValue(u":id"_s, taskId);
    q.bindValue(u":agent"_s, agent);
    q.bindValue(u":result"_s, json(result));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (!q.next()) {
        *error = rejected(Tr::tr("handoff %1 is not claimed by %2").arg(taskId, agent));
        return false;
    }
    *contact = q.value(u"subject"_s).toString();
    QSqlQuery p(m_db);
    p.prepare(taskStepSql);
    p.bindValue(u":id"_s, taskId);
    if (!p.exec() || !p.next()) {
        *error = failure(p);
        return false;
    }
    *campaign = p.value(u"slug"_s).toString();
    *step = p.value(u"step"_s).toInt();
    *item = p.value(u"item"_s).toString();
    return true;
}

bool HandoffStore::recordResult(const QString &taskId,
                                const QString &agent,
                                CallResult result,
                                const QDateTime &callbackAt,
                                const QString &notes,
                                DbError *error)
{
    if (result == CallResult::Callback && !callbackAt.isValid()) {
        *error = rejected(Tr::tr("a callback needs a time"));
        return false;
    }
    const QString name = result == CallResult::Converted  ? u"converted"_s
                         : result == CallResult::Rejected ? u"rejected"_s
                                                          : u"callback"_s;
    QJsonObject resultJson{{u"result"_s, name}, {u"notes"_s, notes}};
    if (result == CallResult::Callback)
        resultJson.insert(u"callback_at"_s, iso(callbackAt));
    QString contact, campaign, item;
    int step = 0;
    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return false;
    }
    if (!finishTask(taskId, agent, resultJson, &contact, &campaign, &step, &item, error)) {
        m_db.rollback();
        return false;
    }
    if (result == CallResult::Callback) {
        // The call again at the agreed time, in the same queue; the enrollment keeps waiting.
        QSqlQuery q(m_db);
        q.prepare(callbackSql);
        q.bindValue(u":id"_s, taskId);
        q.bindValue(u":at"_s, iso(callbackAt));
        if (!q.exec() || !m_db.commit()) {
            *error = failure(q);
            m_db.rollback();
            return false;
        }
        *error = {};
        return true;
    }
    if (!m_db.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        m_db.rollback();
        return false;
    }
    // The conversation's outcome on the handed-off step: the flow routes on from here.
    Engine engine(m_db);
    Engine::OutcomeRequest request;
    // Addressed to the call the agent took (a later visit of the step is another item), and
    // keyed by the handoff, so recording it again changes nothing.
    request.item = item;
    request.eventId = item.isEmpty() ? QString() : u"handoff:"_s + taskId;
    request.contact = contact;
    request.campaign = campaign;
    request.step = step;
    request.outcome = u"live_answer"_s;
    request.intent = result == CallResult::Converted ? u"meeting_booked"_s : u"not_interested"_s;
    if (!engine.recordOutcome(request, error)) {
        // Back to the agent: the result can be recorded again.
        QSqlQuery back(m_db);
        back.prepare(reopenSql);
        back.bindValue(u":id"_s, taskId);
        back.exec();
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
