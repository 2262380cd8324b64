#include "contactdirectory.h"

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

// The contact's own time line: enrollments and exits, touches, outcomes, audit entries.
const QString historySql = uR"(
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
order by 1, 2
)"_s;

const QString suppressSql = uR"(
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
returning cast(detail ->> 'ended' as int)
)"_s;

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
    QString sql = uR"(
select c.id, concat_ws(' ', c.first_name, c.last_name), coalesce(c.company, ''),
       coalesce(c.title, ''), coalesce(c.email, ''), coalesce(c.phone, ''), c.time_zone,
       c.client_id, c.do_not_contact,
       (select string_agg(s.client_id, ',' order by s.client_id) from suppressions s
         where s.contact_id = c.id),
       (select count(*) from campaign_contacts cc
         where cc.contact_id = c.id and cc.status = 'active'),
       %1
  from contacts c
 where (:client = '' or c.client_id = :client)
   and (:search = '' or c.id = :raw or c.sort_name like :search
        or lower(coalesce(c.company, '')) like :search or lower(coalesce(c.email, '')) like :search)
   and (:after_id = '' or (%1, c.id) %2 (:after_key, :after_id))
 order by %1 %3, c.id %3
 limit :limit
)"_s.arg(key, cmp, dir);
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
    QVector<Row> rows;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.company = q.value(2).toString();
        row.title = q.value(3).toString();
        row.email = q.value(4).toString();
        row.phone = q.value(5).toString();
        row.timeZone = q.value(6).toString();
        row.client = q.value(7).toString();
        row.doNotContact = q.value(8).toBool();
        row.suppressedFor = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
        row.activeEnrollments = q.value(10).toInt();
        row.sortKey = q.value(11).toString();
        rows.append(row);
    }
    *error = {};
    return rows;
}

std::optional<QStringList> ContactDirectory::clients(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select client_id from contacts group by client_id union "
                "select client_id from campaigns order by 1"_s)) {
        *error = failure(q);
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
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
    QVector<HistoryEntry> out;
    while (q.next())
        out.append({q.value(0).toDateTime(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString()});
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
    return q.value(0).toInt();
}

bool ContactDirectory::unsuppress(const QString &contactId,
                                  const QString &client,
                                  const QString &reason,
                                  DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
with d as (delete from suppressions where contact_id = :id and client_id = :client
           returning contact_id)
insert into audit_log (action, subject, detail)
select 'contact_unsuppressed', :id, cast(:detail as jsonb) from d
returning id
)"_s);
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
