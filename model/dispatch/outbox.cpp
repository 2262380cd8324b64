#include "outbox.h"

#include "engine_p.h"
#include "templatedrafter.h"
#include "tr.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

// An empty string means the database's now().
QString iso(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Runs a prepared statement that returns one count, named changed; -1 on failure.
int countOf(QSqlQuery &q, DbError *error)
{
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return -1;
    }
    *error = {};
    return q.value(u"changed"_s).toInt();
}

const auto claimSql = uR"(
with clock as (select coalesce(cast(nullif(:at, '') as timestamptz), now()) as t),
quiet as (
    select o.id, touchline_quiet_hours_floor(o.client_id, o.channel, ct.time_zone, clock.t) as opens
      from outbound_queue o join contacts ct on ct.id = o.contact_id cross join clock
     where o.status = 'approved' and o.channel in ('voice', 'sms')
       and coalesce(o.next_attempt_at, o.scheduled_at) <= clock.t
       and touchline_quiet_hours_floor(o.client_id, o.channel, ct.time_zone, clock.t) > clock.t
     for update of o skip locked),
held as (
    update outbound_queue o set next_attempt_at = quiet.opens from quiet where o.id = quiet.id),
due as (
    select o.id from outbound_queue o join campaigns c on c.id = o.campaign_id
      join contacts ct on ct.id = o.contact_id cross join clock
     where c.status = 'active'
       and ((o.status = 'approved' and coalesce(o.next_attempt_at, o.scheduled_at) <= clock.t)
            or (o.status = 'sending' and o.lease_until < now()))
       and (o.channel not in ('voice', 'sms')
            or touchline_quiet_hours_floor(o.client_id, o.channel, ct.time_zone, clock.t) <= clock.t)
     order by coalesce(o.next_attempt_at, o.scheduled_at), o.id
     limit :limit
     for update of o skip locked),
claimed as (
    update outbound_queue o
       set status = 'sending', lease_owner = :owner,
           lease_until = now() + make_interval(secs => :lease),
           send_attempts = o.send_attempts + 1
      from due where o.id = due.id
    returning o.id, o.client_id, o.campaign_id, o.contact_id, o.enrollment_id, o.step_number,
              o.attempt, o.channel, o.handler, o.staged_draft_id, o.send_attempts)
select cl.id, cl.client_id, c.slug, c.name as campaign_name, cl.step_number, cl.attempt,
       cl.channel, coalesce(cl.handler, '') as handler, ct.id as contact_id,
       coalesce(ct.first_name, '') as first_name, coalesce(ct.last_name, '') as last_name,
       coalesce(ct.email, '') as email, coalesce(ct.phone, '') as phone,
       coalesce(ct.linkedin_url, '') as linkedin_url, coalesce(d.subject, '') as subject, d.body,
       coalesce(s.template_instructions, '') as template_instructions,
       coalesce(s.content_type, '') as content_type, cl.send_attempts,
       coalesce(ct.company, '') as company, coalesce(ct.title, '') as title,
       ct.attributes::text as attributes
  from claimed cl
  join campaigns c on c.id = cl.campaign_id
  join contacts ct on ct.id = cl.contact_id
  join campaign_contacts cc on cc.id = cl.enrollment_id
  left join campaign_steps s on s.campaign_id = cl.campaign_id and s.revision = cc.revision
       and s.step_number = cl.step_number
  left join staged_drafts d on d.id = cl.staged_draft_id
 order by cl.id)"_s;

// A lease that ran out is not held even when nobody has claimed the item yet: a claim may be
// under way, and the lease's end is the promise the claim relies on.
const auto holdSql = uR"(
with o as (
    select o.id, o.client_id, o.contact_id, o.staged_draft_id from outbound_queue o
     where o.id = :id and o.status = 'sending' and o.lease_owner = :owner
       and o.lease_until > now()
       for update),
barred as (
    select o.id, o.staged_draft_id from o join contacts ct on ct.id = o.contact_id
     where ct.do_not_contact or exists (select 1 from suppressions s
                                         where s.client_id = o.client_id and s.contact_id = ct.id)),
cancelled as (
    update outbound_queue q set status = 'cancelled', lease_owner = null, lease_until = null,
           error = 'suppressed before sending'
      from barred where q.id = barred.id
    returning q.id),
d as (update staged_drafts set status = 'cancelled'
       where id in (select staged_draft_id from barred) and status <> 'sent'),
renewed as (
    update outbound_queue q set lease_until = now() + make_interval(secs => :lease)
      from o where q.id = o.id and not exists (select 1 from barred)
    returning q.id)
select (select count(*) from renewed) as renewed, (select count(*) from cancelled) as cancelled)"_s;

const auto sentSql = uR"(
with o as (
    update outbound_queue set status = 'sent', sent_at = coalesce(cast(nullif(:at, '') as timestamptz), now()),
           provider_id = nullif(:provider, ''), message_id = nullif(:message_id, ''),
           result_pending = :pending, result = cast(:detail as jsonb), error = null,
           lease_owner = null, lease_until = null, next_attempt_at = null
     where id = :id and status = 'sending' and lease_owner = :owner
    returning id, enrollment_id, campaign_id, step_number, attempt, staged_draft_id),
d as (update staged_drafts set status = 'sent' where id in (select staged_draft_id from o)),
s as (insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, attempt,
                                 outbound_id, outcome, occurred_at)
      select o.enrollment_id, o.campaign_id, cc.revision, o.step_number, o.attempt, o.id,
             'sent', coalesce(cast(nullif(:at, '') as timestamptz), now())
        from o join campaign_contacts cc on cc.id = o.enrollment_id)
select count(*) as changed from o)"_s;

const auto retrySql = uR"(
with o as (
    update outbound_queue set status = 'approved', error = :error,
           next_attempt_at = now() + make_interval(secs => :delay), lease_owner = null,
           lease_until = null
     where id = :id and status = 'sending' and lease_owner = :owner
    returning id)
select count(*) as changed from o)"_s;

// The draft stays as it is (approved): a retry from the Failed view sends the same text.
const auto failedSql = uR"(
with o as (
    update outbound_queue set status = 'failed', error = :error,
           result = cast(:detail as jsonb), lease_owner = null, lease_until = null
     where id = :id and status = 'sending' and lease_owner = :owner
    returning id)
select count(*) as changed from o)"_s;

const auto manualSql = uR"(
with o as (
    update outbound_queue set status = 'manual', lease_owner = null, lease_until = null,
           error = null
     where id = :id and status = 'sending' and lease_owner = :owner
    returning id, enrollment_id),
t as (insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at)
      select 'send_by_hand', 'pending', 'roles.bdr', o.enrollment_id, cast(:task as jsonb),
             coalesce(cast(nullif(:at, '') as timestamptz), now()) from o)
select count(*) as changed from o)"_s;

// changed is 1 when the item was sent; else status is the item's (null: no such item).
const auto markSentSql = uR"(
with o as (
    update outbound_queue set status = 'sent',
           sent_at = coalesce(cast(nullif(:at, '') as timestamptz), now()), provider_id = 'manual'
     where id::text = :id and status = 'manual'
    returning id, enrollment_id, campaign_id, step_number, attempt, staged_draft_id, sent_at),
d as (update staged_drafts set status = 'sent' where id in (select staged_draft_id from o)),
t as (update tasks set status = 'done', completed_at = (select sent_at from o)
       where type = 'send_by_hand' and status in ('pending', 'in_progress')
         and payload ->> 'outbound_id' = :id),
s as (insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, attempt,
                                 outbound_id, outcome, occurred_at)
      select o.enrollment_id, o.campaign_id, cc.revision, o.step_number, o.attempt, o.id,
             'sent', o.sent_at
        from o join campaign_contacts cc on cc.id = o.enrollment_id)
select count(*) as changed,
       (select status from outbound_queue
         where id::text = :id and not exists (select 1 from o)) as status
  from o)"_s;

const auto manualTasksSql = uR"(
select o.id::text as item, t.id::text as task, c.slug as campaign, o.channel, o.step_number,
       o.contact_id, coalesce(t.payload ->> 'name', '') as name,
       coalesce(nullif(t.payload ->> 'profile', ''), ct.linkedin_url, '') as profile,
       coalesce(t.payload ->> 'subject', '') as subject, coalesce(t.payload ->> 'text', '') as text,
       (extract(epoch from t.created_at) * 1000)::bigint as since_ms
  from tasks t
  join outbound_queue o on o.id::text = t.payload ->> 'outbound_id'
  join campaigns c on c.id = o.campaign_id
  left join contacts ct on ct.id = o.contact_id
 where t.type = 'send_by_hand' and t.status in ('pending', 'in_progress') and o.status = 'manual'
 order by t.created_at, t.id
 limit :limit)"_s;

// changed is 1 when the item was failed; else status is the item's (null: no such item).
const auto retryFailedSql = uR"(
with o as (
    update outbound_queue set status = 'approved', error = null, send_attempts = 0,
           next_attempt_at = now()
     where id::text = :id and status = 'failed'
    returning id)
select count(*) as changed,
       (select status from outbound_queue where id::text = :id) as status
  from o)"_s;

const auto failedItemsSql = uR"(
select o.id, c.slug, o.contact_id, o.channel, coalesce(o.error, '') as error, o.step_number,
       o.send_attempts,
       (extract(epoch from coalesce(o.next_attempt_at, o.scheduled_at)) * 1000)::bigint as due_ms
  from outbound_queue o join campaigns c on c.id = o.campaign_id
 where o.status = 'failed'
 order by o.scheduled_at desc, o.id
 limit :limit)"_s;

// failing counts the failed items and the approved ones waiting for a retry.
const auto statsSql = uR"(
select (select count(*) from outbound_queue
         where status = 'sent'
           and sent_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')
         as sent_today,
       (select count(*) from outbound_queue where status = 'failed')
         + (select count(*) from outbound_queue where status = 'approved' and send_attempts > 0)
         as failing,
       (select count(*) from outbound_queue where status = 'manual') as manual,
       (select (extract(epoch from min(coalesce(next_attempt_at, scheduled_at))) * 1000)::bigint
          from outbound_queue where status = 'approved') as next_due_ms)"_s;

const auto pendingResultsSql = uR"(
with p as (
    select id from outbound_queue
     where result_pending
       and coalesce(polled_at, '-infinity') <= now() - make_interval(secs => :gap)
     order by polled_at nulls first, id limit :limit
     for update skip locked)
update outbound_queue o set polled_at = now() from p where o.id = p.id
returning o.id, o.client_id, o.channel, coalesce(o.provider_id, '') as provider_id)"_s;

const auto closeResultSql = uR"(
update outbound_queue set result = coalesce(result, '{}') || cast(:detail as jsonb),
       result_pending = result_pending and not :final
 where id = :id)"_s;

// Column positions of the claim, looked up once per batch rather than once per value.
struct ClaimColumns
{
    explicit ClaimColumns(const QSqlRecord &r)
        : id(r.indexOf(u"id"_s))
        , client(r.indexOf(u"client_id"_s))
        , campaign(r.indexOf(u"slug"_s))
        , campaignName(r.indexOf(u"campaign_name"_s))
        , step(r.indexOf(u"step_number"_s))
        , attempt(r.indexOf(u"attempt"_s))
        , channel(r.indexOf(u"channel"_s))
        , handler(r.indexOf(u"handler"_s))
        , contact(r.indexOf(u"contact_id"_s))
        , firstName(r.indexOf(u"first_name"_s))
        , lastName(r.indexOf(u"last_name"_s))
        , email(r.indexOf(u"email"_s))
        , phone(r.indexOf(u"phone"_s))
        , linkedinUrl(r.indexOf(u"linkedin_url"_s))
        , subject(r.indexOf(u"subject"_s))
        , body(r.indexOf(u"body"_s))
        , instructions(r.indexOf(u"template_instructions"_s))
        , sendAttempts(r.indexOf(u"send_attempts"_s))
        , merge(r)
    {}
    int id, client, campaign, campaignName, step, attempt, channel, handler, contact;
    int firstName, lastName, email, phone, linkedinUrl, subject, body, instructions;
    int sendAttempts;
    EngineDetail::MergeFieldColumns merge; // the template's merge fields
};

// Items without a draft (voice) say the step's content with the contact's merge fields.
QString renderedContent(const QSqlQuery &q, const ClaimColumns &col)
{
    QStringList unknown;
    return TemplateDrafter::render(
        q.value(col.instructions).toString(), col.merge.fields(q), &unknown);
}

Outbox::Claimed claimedFrom(const QSqlQuery &q, const ClaimColumns &col)
{
    Outbox::Claimed c;
    SendRequest &r = c.request;
    r.itemId = q.value(col.id).toString();
    r.clientId = q.value(col.client).toString();
    r.campaign = q.value(col.campaign).toString();
    r.campaignName = q.value(col.campaignName).toString();
    r.step = q.value(col.step).toInt();
    r.attempt = q.value(col.attempt).toInt();
    r.channel = q.value(col.channel).toString();
    r.handler = q.value(col.handler).toString();
    r.contactId = q.value(col.contact).toString();
    r.contactName
        = QString(q.value(col.firstName).toString() + u' ' + q.value(col.lastName).toString())
              .trimmed();
    r.email = q.value(col.email).toString();
    r.phone = q.value(col.phone).toString();
    r.linkedinUrl = q.value(col.linkedinUrl).toString();
    r.subject = q.value(col.subject).toString();
    const QVariant body = q.value(col.body);
    r.body = body.isNull() ? renderedContent(q, col) : body.toString();
    c.sendAttempts = q.value(col.sendAttempts).toInt();
    return c;
}

} // namespace

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

int Outbox::backoffSeconds(int attempt, int retryAfter)
{
    const int exponential = std::min(3600, 30 * (1 << std::clamp(attempt - 1, 0, 7)));
    return std::max(exponential, retryAfter);
}

std::optional<QVector<Outbox::Claimed>> Outbox::claim(const QString &owner,
                                                      const std::optional<QDateTime> &at,
                                                      int limit,
                                                      int leaseSeconds,
                                                      DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(claimSql);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":limit"_s, limit);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":lease"_s, leaseSeconds);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const ClaimColumns col(q.record());
    QVector<Claimed> out;
    while (q.next())
        out.append(claimedFrom(q, col));
    *error = {};
    return out;
}

std::optional<Outbox::Hold> Outbox::holdForSending(const QString &itemId,
                                                   const QString &owner,
                                                   int leaseSeconds,
                                                   DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(holdSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":lease"_s, leaseSeconds);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    if (q.value(u"renewed"_s).toInt() > 0)
        return Hold::Send;
    return q.value(u"cancelled"_s).toInt() > 0 ? Hold::Cancelled : Hold::Lost;
}

bool Outbox::recordSent(const QString &itemId,
                        const QString &owner,
                        const SendResult &r,
                        const std::optional<QDateTime> &at,
                        DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(sentSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":provider"_s, r.providerId);
    q.bindValue(u":message_id"_s, r.messageId);
    q.bindValue(u":pending"_s, r.resultPending);
    q.bindValue(u":detail"_s, EngineDetail::jsonText(r.detail));
    return countOf(q, error) > 0;
}

bool Outbox::recordRetry(const QString &itemId,
                         const QString &owner,
                         const QString &why,
                         int delaySeconds,
                         DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(retrySql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":error"_s, why);
    q.bindValue(u":delay"_s, delaySeconds);
    return countOf(q, error) > 0;
}

bool Outbox::recordFailed(const QString &itemId,
                          const QString &owner,
                          const QString &why,
                          const QJsonObject &detail,
                          DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(failedSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":error"_s, why);
    q.bindValue(u":detail"_s, EngineDetail::jsonText(detail));
    return countOf(q, error) > 0;
}

bool Outbox::recordManual(const QString &itemId,
                          const QString &owner,
                          const QJsonObject &task,
                          const std::optional<QDateTime> &at,
                          DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(manualSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":task"_s, EngineDetail::jsonText(task));
    q.bindValue(u":at"_s, iso(at));
    return countOf(q, error) > 0;
}

bool Outbox::markSent(const QString &itemId, const std::optional<QDateTime> &at, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(markSentSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":at"_s, iso(at));
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return false;
    }
    if (q.value(u"changed"_s).toInt() > 0) {
        *error = {};
        return true;
    }
    const QString status = q.value(u"status"_s).toString();
    *error = {DbError::Kind::Rejected,
              status.isEmpty()
                  ? Tr::tr("no outbound item %1").arg(itemId)
                  : Tr::tr("item %1 is %2, not waiting to be sent by hand").arg(itemId, status)};
    return false;
}

std::optional<QVector<Outbox::ManualTask>> Outbox::manualTasks(int limit, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(manualTasksSql);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<ManualTask> out;
    while (q.next()) {
        ManualTask m;
        m.item = v(u"item"_s).toString();
        m.task = v(u"task"_s).toString();
        m.campaign = v(u"campaign"_s).toString();
        m.channel = v(u"channel"_s).toString();
        m.step = v(u"step_number"_s).toInt();
        m.contact = v(u"contact_id"_s).toString();
        m.name = v(u"name"_s).toString();
        m.profile = v(u"profile"_s).toString();
        m.subject = v(u"subject"_s).toString();
        m.text = v(u"text"_s).toString();
        m.since = QDateTime::fromMSecsSinceEpoch(v(u"since_ms"_s).toLongLong(), Qt::UTC);
        out.append(m);
    }
    *error = {};
    return out;
}

bool Outbox::retryFailed(const QString &itemId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(retryFailedSql);
    q.bindValue(u":id"_s, itemId);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return false;
    }
    if (q.value(u"changed"_s).toInt() > 0) {
        *error = {};
        return true;
    }
    const QString status = q.value(u"status"_s).toString();
    *error = {DbError::Kind::Rejected,
              status.isEmpty() ? Tr::tr("no outbound item %1").arg(itemId)
                               : Tr::tr("item %1 is %2, not failed").arg(itemId, status)};
    return false;
}

std::optional<QVector<Outbox::FailedItem>> Outbox::failed(int limit, DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(failedItemsSql);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<FailedItem> out;
    while (q.next()) {
        FailedItem f;
        f.id = v(u"id"_s).toString();
        f.campaign = v(u"slug"_s).toString();
        f.contact = v(u"contact_id"_s).toString();
        f.channel = v(u"channel"_s).toString();
        f.error = v(u"error"_s).toString();
        f.step = v(u"step_number"_s).toInt();
        f.attempts = v(u"send_attempts"_s).toInt();
        f.at = QDateTime::fromMSecsSinceEpoch(v(u"due_ms"_s).toLongLong(), Qt::UTC);
        out.append(f);
    }
    *error = {};
    return out;
}

std::optional<Outbox::Stats> Outbox::stats(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(statsSql) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    Stats s;
    s.sentToday = v(u"sent_today"_s).toInt();
    s.failing = v(u"failing"_s).toInt();
    s.manual = v(u"manual"_s).toInt();
    const QVariant nextDue = v(u"next_due_ms"_s);
    if (!nextDue.isNull())
        s.nextDue = QDateTime::fromMSecsSinceEpoch(nextDue.toLongLong(), Qt::UTC);
    *error = {};
    return s;
}

std::optional<QVector<Outbox::PendingResult>>
Outbox::pendingResults(int limit, int gapSeconds, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(pendingResultsSql);
    q.bindValue(u":gap"_s, gapSeconds);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<PendingResult> out;
    while (q.next())
        out.append({v(u"id"_s).toString(),
                    v(u"client_id"_s).toString(),
                    v(u"channel"_s).toString(),
                    v(u"provider_id"_s).toString()});
    *error = {};
    return out;
}

bool Outbox::closeResult(const QString &itemId,
                         const QJsonObject &detail,
                         bool final,
                         DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(closeResultSql);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":detail"_s, EngineDetail::jsonText(detail));
    q.bindValue(u":final"_s, final);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
