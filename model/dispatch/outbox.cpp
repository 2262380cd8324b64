#include "outbox.h"

#include "templatedrafter.h"
#include "tr.h"

#include <QJsonDocument>
#include <QSqlQuery>
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

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Runs a prepared statement that returns one count; -1 on failure.
int countOf(QSqlQuery &q, DbError *error)
{
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return -1;
    }
    *error = {};
    return q.value(0).toInt();
}

const QString claimSql = uR"(
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
    returning o.*)
select cl.id, cl.client_id, c.slug, c.name, cl.step_number, cl.attempt, cl.channel,
       coalesce(cl.handler, ''), ct.id, coalesce(ct.first_name, ''), coalesce(ct.last_name, ''),
       coalesce(ct.email, ''), coalesce(ct.phone, ''), coalesce(ct.linkedin_url, ''),
       coalesce(d.subject, ''), d.body, coalesce(s.template_instructions, ''),
       coalesce(s.content_type, ''), cl.send_attempts, coalesce(ct.company, ''),
       coalesce(ct.title, ''), ct.attributes::text
  from claimed cl
  join campaigns c on c.id = cl.campaign_id
  join contacts ct on ct.id = cl.contact_id
  join campaign_contacts cc on cc.id = cl.enrollment_id
  left join campaign_steps s on s.campaign_id = cl.campaign_id and s.revision = cc.revision
       and s.step_number = cl.step_number
  left join staged_drafts d on d.id = cl.staged_draft_id
 order by cl.id)"_s;

// Items without a draft (voice) say the step's content with the contact's merge fields.
QString renderedContent(const QSqlQuery &q)
{
    QHash<QString, QString> fields{{u"first_name"_s, q.value(9).toString()},
                                   {u"last_name"_s, q.value(10).toString()},
                                   {u"email"_s, q.value(11).toString()},
                                   {u"phone"_s, q.value(12).toString()},
                                   {u"linkedin_url"_s, q.value(13).toString()},
                                   {u"company"_s, q.value(19).toString()},
                                   {u"title"_s, q.value(20).toString()}};
    const QJsonObject attributes
        = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        fields.insert(it.key(),
                      it.value().isString() ? it.value().toString()
                                            : it.value().toVariant().toString());
    QStringList unknown;
    return TemplateDrafter::render(q.value(16).toString(), fields, &unknown);
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
    QVector<Claimed> out;
    while (q.next()) {
        Claimed c;
        SendRequest &r = c.request;
        r.itemId = q.value(0).toString();
        r.clientId = q.value(1).toString();
        r.campaign = q.value(2).toString();
        r.campaignName = q.value(3).toString();
        r.step = q.value(4).toInt();
        r.attempt = q.value(5).toInt();
        r.channel = q.value(6).toString();
        r.handler = q.value(7).toString();
        r.contactId = q.value(8).toString();
        r.contactName = QString(q.value(9).toString() + u' ' + q.value(10).toString()).trimmed();
        r.email = q.value(11).toString();
        r.phone = q.value(12).toString();
        r.linkedinUrl = q.value(13).toString();
        r.subject = q.value(14).toString();
        r.body = q.value(15).isNull() ? renderedContent(q) : q.value(15).toString();
        c.sendAttempts = q.value(18).toInt();
        out.append(c);
    }
    *error = {};
    return out;
}

std::optional<Outbox::Hold> Outbox::holdForSending(const QString &itemId,
                                                   const QString &owner,
                                                   int leaseSeconds,
                                                   DbError *error)
{
    // A lease that ran out is not held even when nobody has claimed the item yet: a claim may
    // be under way, and the lease's end is the promise the claim relies on.
    QSqlQuery q(m_db);
    q.prepare(uR"(
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
select (select count(*) from renewed) as renewed, (select count(*) from cancelled) as cancelled)"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":lease"_s, leaseSeconds);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    if (q.value(0).toInt() > 0)
        return Hold::Send;
    return q.value(1).toInt() > 0 ? Hold::Cancelled : Hold::Lost;
}

bool Outbox::recordSent(const QString &itemId,
                        const QString &owner,
                        const SendResult &r,
                        const std::optional<QDateTime> &at,
                        DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
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
select count(*) from o)"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":at"_s, iso(at));
    q.bindValue(u":provider"_s, r.providerId);
    q.bindValue(u":message_id"_s, r.messageId);
    q.bindValue(u":pending"_s, r.resultPending);
    q.bindValue(u":detail"_s, jsonText(r.detail));
    return countOf(q, error) > 0;
}

bool Outbox::recordRetry(const QString &itemId,
                         const QString &owner,
                         const QString &why,
                         int delaySeconds,
                         DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"with o as (update outbound_queue set status = 'approved', error = :error, "
              "next_attempt_at = now() + make_interval(secs => :delay), lease_owner = null, "
              "lease_until = null where id = :id and status = 'sending' and lease_owner = :owner "
              "returning id) select count(*) from o"_s);
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
    // The draft stays as it is (approved): a retry from the Failed view sends the same text.
    QSqlQuery q(m_db);
    q.prepare(u"with o as (update outbound_queue set status = 'failed', error = :error, "
              "result = cast(:detail as jsonb), lease_owner = null, lease_until = null "
              "where id = :id and status = 'sending' and lease_owner = :owner returning id) "
              "select count(*) from o"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":error"_s, why);
    q.bindValue(u":detail"_s, jsonText(detail));
    return countOf(q, error) > 0;
}

bool Outbox::recordManual(const QString &itemId,
                          const QString &owner,
                          const QJsonObject &task,
                          const std::optional<QDateTime> &at,
                          DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
with o as (
    update outbound_queue set status = 'manual', lease_owner = null, lease_until = null,
           error = null
     where id = :id and status = 'sending' and lease_owner = :owner
    returning id, enrollment_id),
t as (insert into tasks (type, status, assigned_role, enrollment_id, payload, created_at)
      select 'send_by_hand', 'pending', 'roles.bdr', o.enrollment_id, cast(:task as jsonb),
             coalesce(cast(nullif(:at, '') as timestamptz), now()) from o)
select count(*) from o)"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":owner"_s, owner);
    q.bindValue(u":task"_s, jsonText(task));
    q.bindValue(u":at"_s, iso(at));
    return countOf(q, error) > 0;
}

bool Outbox::markSent(const QString &itemId, const std::optional<QDateTime> &at, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
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
select count(*), (select status from outbound_queue
                   where id::text = :id and not exists (select 1 from o)) from o)"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":at"_s, iso(at));
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return false;
    }
    if (q.value(0).toInt() > 0) {
        *error = {};
        return true;
    }
    const QString status = q.value(1).toString();
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
    q.prepare(uR"(
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
 limit :limit)"_s);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<ManualTask> out;
    while (q.next()) {
        ManualTask m;
        m.item = q.value(u"item"_s).toString();
        m.task = q.value(u"task"_s).toString();
        m.campaign = q.value(u"campaign"_s).toString();
        m.channel = q.value(u"channel"_s).toString();
        m.step = q.value(u"step_number"_s).toInt();
        m.contact = q.value(u"contact_id"_s).toString();
        m.name = q.value(u"name"_s).toString();
        m.profile = q.value(u"profile"_s).toString();
        m.subject = q.value(u"subject"_s).toString();
        m.text = q.value(u"text"_s).toString();
        m.since = QDateTime::fromMSecsSinceEpoch(q.value(u"since_ms"_s).toLongLong(), Qt::UTC);
        out.append(m);
    }
    *error = {};
    return out;
}

bool Outbox::retryFailed(const QString &itemId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"with o as (update outbound_queue set status = 'approved', error = null, "
              "send_attempts = 0, next_attempt_at = now() where id::text = :id "
              "and status = 'failed' returning id) select count(*), (select status from "
              "outbound_queue where id::text = :id) from o"_s);
    q.bindValue(u":id"_s, itemId);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return false;
    }
    if (q.value(0).toInt() > 0) {
        *error = {};
        return true;
    }
    const QString status = q.value(1).toString();
    *error = {DbError::Kind::Rejected,
              status.isEmpty() ? Tr::tr("no outbound item %1").arg(itemId)
                               : Tr::tr("item %1 is %2, not failed").arg(itemId, status)};
    return false;
}

std::optional<QVector<Outbox::FailedItem>> Outbox::failed(int limit, DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"select o.id, c.slug, o.contact_id, o.channel, coalesce(o.error, ''), "
              "o.step_number, o.send_attempts, "
              "(extract(epoch from coalesce(o.next_attempt_at, o.scheduled_at)) * 1000)::bigint "
              "from outbound_queue o join campaigns c on c.id = o.campaign_id "
              "where o.status = 'failed' order by o.scheduled_at desc, o.id limit :limit"_s);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<FailedItem> out;
    while (q.next()) {
        FailedItem f;
        f.id = q.value(0).toString();
        f.campaign = q.value(1).toString();
        f.contact = q.value(2).toString();
        f.channel = q.value(3).toString();
        f.error = q.value(4).toString();
        f.step = q.value(5).toInt();
        f.attempts = q.value(6).toInt();
        f.at = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        out.append(f);
    }
    *error = {};
    return out;
}

std::optional<Outbox::Stats> Outbox::stats(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select "
                "(select count(*) from outbound_queue where status = 'sent' "
                "  and sent_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'), "
                "(select count(*) from outbound_queue where status = 'failed') + "
                "(select count(*) from outbound_queue where status = 'approved' "
                "  and send_attempts > 0), "
                "(select count(*) from outbound_queue where status = 'manual'), "
                "(select (extract(epoch from min(coalesce(next_attempt_at, scheduled_at))) "
                "  * 1000)::bigint from outbound_queue where status = 'approved')"_s)
        || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    Stats s;
    s.sentToday = q.value(0).toInt();
    s.failing = q.value(1).toInt();
    s.manual = q.value(2).toInt();
    if (!q.value(3).isNull())
        s.nextDue = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    *error = {};
    return s;
}

std::optional<QVector<Outbox::PendingResult>>
Outbox::pendingResults(int limit, int gapSeconds, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
with p as (
    select id from outbound_queue
     where result_pending
       and coalesce(polled_at, '-infinity') <= now() - make_interval(secs => :gap)
     order by polled_at nulls first, id limit :limit
     for update skip locked)
update outbound_queue o set polled_at = now() from p where o.id = p.id
returning o.id, o.client_id, o.channel, coalesce(o.provider_id, ''))"_s);
    q.bindValue(u":gap"_s, gapSeconds);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<PendingResult> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString()});
    *error = {};
    return out;
}

bool Outbox::closeResult(const QString &itemId,
                         const QJsonObject &detail,
                         bool final,
                         DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"update outbound_queue set result = coalesce(result, '{}') || cast(:detail as jsonb), "
        "result_pending = result_pending and not :final where id = :id"_s);
    q.bindValue(u":id"_s, itemId);
    q.bindValue(u":detail"_s, jsonText(detail));
    q.bindValue(u":final"_s, final);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
