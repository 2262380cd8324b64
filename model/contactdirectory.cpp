#include "contactdirectory.h"

#include "engine_p.h"
#include "tr.h"

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

// One keyset page of the contacts view. The placeholders take only fixed fragments: %1 the sort
// expression (sortExpression()), %2 the keyset comparison (> or <), %3 the direction.
const auto pageSql = uR"sql(
select c.id, concat_ws(' ', c.first_name, c.last_name) as name,
       coalesce(c.company, '') as company, coalesce(c.title, '') as title,
       coalesce(c.email, '') as email, coalesce(c.phone, '') as phone, c.time_zone,
       c.client_id, c.do_not_contact,
       (select string_agg(s.client_id, ',' order by s.client_id) from suppressions s
         where s.contact_id = c.id) as suppressed_for,
       (select count(*) from campaign_contacts cc
         where cc.contact_id = c.id and cc.status = 'active') as active_enrollments,
       %1 as sort_key
  from contacts c
 where (:client = '' or c.client_id = :client)
   and (:search = '' or c.id = :raw or c.sort_name like :search
        or lower(coalesce(c.company, '')) like :search or lower(coalesce(c.email, '')) like :search)
   and (:after_id = '' or (%1, c.id) %2 (:after_key, :after_id))
 order by %1 %3, c.id %3
 limit :limit
)sql"_s;

// Every client that has contacts or campaigns, in order.
const auto clientsSql = uR"sql(
select client_id from contacts group by client_id
union
select client_id from campaigns
order by client_id
)sql"_s;

// The contact's own time line: enrollments and exits, touches, outcomes, audit entries.
const auto historySql = uR"sql(
select cc.enrolled_at as at, 'enrollment' as kind, c.slug as campaign,
       concat_ws(' ', 'revision ' || cc.revision, 'goal ' || cc.goal, cc.notes) as text
  from campaign_contacts_all cc join campaigns c on c.id = cc.campaign_id
 where cc.contact_id = :id
union all
select cc.exited_at, 'exit', c.slug, concat_ws(': ', cc.status, cc.exit_reason)
  from campaign_contacts_all cc join campaigns c on c.id = cc.campaign_id
 where cc.contact_id = :id and cc.exited_at is not null
union all
select coalesce(q.sent_at, q.scheduled_at), 'touch', c.slug,
       concat_ws(' ', 'step ' || q.step_number, q.channel, q.status,
                 nullif(d.subject, ''), q.error)
  from outbound_queue_all q join campaigns c on c.id = q.campaign_id
  left join staged_drafts_all d on d.id = q.staged_draft_id
 where q.contact_id = :id
union all
select o.occurred_at, 'outcome', c.slug,
       concat_ws(' ', 'step ' || o.step_number, o.outcome, o.intent)
  from step_outcomes_all o join campaign_contacts_all cc on cc.id = o.enrollment_id
  join campaigns c on c.id = o.campaign_id
 where cc.contact_id = :id
union all
select a.at, 'audit', coalesce(a.detail ->> 'campaign', ''),
       concat_ws(' ', a.action, a.actor, a.detail ->> 'client', a.detail ->> 'reason')
  from audit_log a
 where a.subject = :id or a.detail ->> 'contact_id' = :id
order by at, kind
)sql"_s;

// Suppresses the contact for the client and ends what it has running there, audited; returns
// how many enrollments ended (no row: no such contact).
const auto suppressSql = uR"sql(
with s as (
    insert into suppressions (client_id, contact_id, reason) values (:client, :id, :reason)
    on conflict (client_id, contact_id) do update set reason = excluded.reason
    returning contact_id),
ended as (
    update campaign_contacts cc
       set status = 'rejected', exited_at = now(), exit_reason = 'suppressed',
           next_send_at = null
     where cc.contact_id = :id and cc.client_id = :client and cc.status = 'active'
    returning cc.id),
items as (
    update outbound_queue q set status = 'cancelled', error = 'contact suppressed'
     where q.contact_id = :id and q.client_id = :client
       and q.status in ('pending', 'drafted', 'approved')
    returning q.staged_draft_id),
drafts as (
    update staged_drafts d set status = 'cancelled'
     where d.id in (select staged_draft_id from items)
       and d.status in ('awaiting_draft', 'pending_review', 'approved')
    returning d.id),
tasks_closed as (
    update tasks t set status = 'failed', completed_at = now(),
           payload = t.payload || jsonb_build_object('closed', 'contact suppressed')
     where t.type in ('handoff', 'meeting_booked') and t.status in ('pending', 'in_progress')
       and t.enrollment_id in (select id from ended)
    returning t.id)
insert into audit_log (action, subject, detail)
select 'contact_suppressed', :id,
       jsonb_build_object('client', cast(:client as text), 'reason', cast(:reason as text),
                          'ended', (select count(*) from ended),
                          'cancelled_items', (select count(*) from items),
                          'cancelled_drafts', (select count(*) from drafts),
                          'closed_tasks', (select count(*) from tasks_closed))
  from s
returning cast(detail ->> 'ended' as int) as ended
)sql"_s;

// Lifts the suppression, audited; no row: the contact was not suppressed for the client.
const auto unsuppressSql = uR"sql(
with d as (delete from suppressions where contact_id = :id and client_id = :client
           returning contact_id)
insert into audit_log (action, subject, detail)
select 'contact_unsuppressed', :id, cast(:detail as jsonb) from d
returning id
)sql"_s;

} // namespace

ContactDirectory::ContactDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ContactDirectory::sortExpression(SortKey key)
{
    switch (key) {
    case SortKey::Company:
        return u"lower(coalesce(c.company, ''))"_s;
    case SortKey::Email:
        return u"lower(coalesce(c.email, ''))"_s;
    case SortKey::Phone:
        return u"coalesce(c.phone, '')"_s;
    case SortKey::TimeZone:
        return u"c.time_zone"_s;
    case SortKey::Client:
        return u"c.client_id"_s;
    case SortKey::Name:
        break;
    }
    return u"c.sort_name"_s;
}

std::optional<QVector<ContactDirectory::Row>> ContactDirectory::page(const PageRequest &r,
                                                                     DbError *error) const
{
    const QString key = sortExpression(r.sort);
    const QString cmp = r.descending ? u"<"_s : u">"_s;
    const QString dir = r.descending ? u"desc"_s : u"asc"_s;
    const QString sql = pageSql.arg(key, cmp, dir);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    const QString search = r.search.trimmed().toLower();
    q.bindValue(u":client"_s, r.client.isNull() ? u""_s : r.client);
    q.bindValue(u":search"_s, search.isEmpty() ? u""_s : u"%"_s + search + u"%"_s);
    q.bindValue(u":raw"_s, r.search.trimmed());
    q.bindValue(u":after_id"_s, r.afterId.isNull() ? u""_s : r.afterId);
    q.bindValue(u":after_key"_s, r.afterKey.isNull() ? u""_s : r.afterKey);
    q.bindValue(u":limit"_s, r.limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<Row> rows;
    while (q.next()) {
        Row row;
        row.id = v(u"id"_s).toString();
        row.name = v(u"name"_s).toString();
        row.company = v(u"company"_s).toString();
        row.title = v(u"title"_s).toString();
        row.email = v(u"email"_s).toString();
        row.phone = v(u"phone"_s).toString();
        row.timeZone = v(u"time_zone"_s).toString();
        row.client = v(u"client_id"_s).toString();
        row.doNotContact = v(u"do_not_contact"_s).toBool();
        row.suppressedFor = v(u"suppressed_for"_s).toString().split(u',', Qt::SkipEmptyParts);
        row.activeEnrollments = v(u"active_enrollments"_s).toInt();
        row.sortKey = v(u"sort_key"_s).toString();
        rows.append(row);
    }
    *error = {};
    return rows;
}

std::optional<QStringList> ContactDirectory::clients(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(clientsSql)) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QStringList out;
    while (q.next())
        out.append(v(u"client_id"_s).toString());
    *error = {};
    return out;
}

std::optional<QVector<ContactDirectory::HistoryEntry>>
ContactDirectory::history(const QString &contactId, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(historySql);
    q.bindValue(u":id"_s, contactId);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<HistoryEntry> out;
    while (q.next())
        out.append({v(u"at"_s).toDateTime(),
                    v(u"kind"_s).toString(),
                    v(u"campaign"_s).toString(),
                    v(u"text"_s).toString()});
    *error = {};
    return out;
}

std::optional<int> ContactDirectory::suppress(const QString &contactId,
                                              const QString &client,
                                              const QString &reason,
                                              DbError *error)
{
    if (reason.trimmed().isEmpty() || client.isEmpty()) {
        *error = rejected(Tr::tr("a suppression needs a client and a reason"));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(suppressSql);
    q.bindValue(u":id"_s, contactId);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":reason"_s, reason.trimmed());
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = rejected(Tr::tr("no contact %1").arg(contactId));
        return std::nullopt;
    }
    *error = {};
    return q.value(u"ended"_s).toInt();
}

bool ContactDirectory::unsuppress(const QString &contactId,
                                  const QString &client,
                                  const QString &reason,
                                  DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(unsuppressSql);
    q.bindValue(u":id"_s, contactId);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":detail"_s, json({{u"client"_s, client}, {u"reason"_s, reason.trimmed()}}));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (!q.next()) {
        *error = rejected(Tr::tr("%1 is not suppressed for %2").arg(contactId, client));
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
