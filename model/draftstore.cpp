#include "draftstore.h"

#include "engine_p.h"
#include "templatedrafter.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// A draft's state for people: a draft still waiting whose enrollment exited is cancelled.
const auto stateSql = uR"sql(
case when d.status in ('awaiting_draft', 'pending_review')
          and coalesce(cc.status, 'active') <> 'active' then 'cancelled'
     else d.status end
)sql"_s;

const auto fromSql = uR"sql(
  from staged_drafts d
  join campaigns c on c.id = d.campaign_id
  left join contacts ct on ct.id = d.contact_id
  left join campaign_contacts cc on cc.id = d.enrollment_id
  left join campaign_steps s on s.campaign_id = d.campaign_id and s.revision = cc.revision
                            and s.step_number = d.step_number
  left join lateral (select q.status, q.scheduled_at from outbound_queue q
                      where q.staged_draft_id = d.id limit 1) o on true
)sql"_s;

// The columns of a Row, read by RowColumns; %1 is stateSql, %2 the sort key's expression.
// Followed by fromSql.
const auto rowColumnsSql = uR"sql(
select d.id::text as id, %1 as status, d.contact_id,
       concat_ws(' ', ct.first_name, ct.last_name) as contact_name,
       coalesce(ct.company, '') as company, d.client_id, c.slug, c.name as campaign_name,
       d.step_number, d.channel, coalesce(s.content_type, '') as content_type, d.subject,
       o.scheduled_at, d.created_at, coalesce(cc.goal, '') as goal,
       coalesce(cc.notes, '') as notes, d.edited,
       cardinality(d.unknown_placeholders) as unknown_count,
       coalesce(d.reviewer, '') as reviewer, d.reviewed_at,
       coalesce(d.reject_reason, '') as reject_reason, coalesce(o.status, '') as item_status,
       (%2)::text as sort_key
)sql"_s;

QString rowColumns(const QString &sortKey)
{
    return rowColumnsSql.arg(stateSql, sortKey);
}

// The rows of `:ids`, in no particular order; %1 is rowColumns(), %2 fromSql.
const auto rowsSql = uR"sql(
%1 %2
 where d.id = any (cast(:ids as uuid[]))
)sql"_s;

// A page of rows in key order. %1 is rowColumns(p.k), %2 fromSql, %3 pickPageSql and %4 the
// direction (empty or desc).
const auto pageSql = uR"sql(
%1 %2
  join (%3) p on p.id = d.id
 order by p.k %4, d.id %4
)sql"_s;

// The ids of a page with their sort key k. %1 is the sort expression, %2 the joins it needs,
// %3 the filters (pickSql()), %4 the cursor condition (afterSql) or nothing, %5 the direction.
const auto pickPageSql = uR"sql(
select d.id, %1 as k
  from staged_drafts d %2
 where %3 %4
 order by %1 %5, d.id %5
 limit :limit
)sql"_s;

// The rows after the cursor; %1 is the sort expression, %2 < or >, %3 the key's type.
const auto afterSql = uR"sql(
and (%1, d.id) %2 (cast(:after_key as %3), cast(:after_id as uuid))
)sql"_s;

// Column positions of a Row, looked up once per query rather than once per value.
struct RowColumns
{
    explicit RowColumns(const QSqlRecord &r)
        : id(r.indexOf(u"id"_s))
        , status(r.indexOf(u"status"_s))
        , contactId(r.indexOf(u"contact_id"_s))
        , contactName(r.indexOf(u"contact_name"_s))
        , company(r.indexOf(u"company"_s))
        , clientId(r.indexOf(u"client_id"_s))
        , campaign(r.indexOf(u"slug"_s))
        , campaignName(r.indexOf(u"campaign_name"_s))
        , stepNumber(r.indexOf(u"step_number"_s))
        , channel(r.indexOf(u"channel"_s))
        , contentType(r.indexOf(u"content_type"_s))
        , subject(r.indexOf(u"subject"_s))
        , scheduledAt(r.indexOf(u"scheduled_at"_s))
        , createdAt(r.indexOf(u"created_at"_s))
        , goal(r.indexOf(u"goal"_s))
        , notes(r.indexOf(u"notes"_s))
        , edited(r.indexOf(u"edited"_s))
        , unknownCount(r.indexOf(u"unknown_count"_s))
        , reviewer(r.indexOf(u"reviewer"_s))
        , reviewedAt(r.indexOf(u"reviewed_at"_s))
        , rejectReason(r.indexOf(u"reject_reason"_s))
        , itemStatus(r.indexOf(u"item_status"_s))
        , sortKey(r.indexOf(u"sort_key"_s))
    {}
    int id, status, contactId, contactName, company, clientId, campaign, campaignName;
    int stepNumber, channel, contentType, subject, scheduledAt, createdAt, goal, notes;
    int edited, unknownCount, reviewer, reviewedAt, rejectReason, itemStatus, sortKey;
};

DraftStore::Row readRow(const QSqlQuery &q, const RowColumns &col)
{
    DraftStore::Row r;
    r.id = q.value(col.id).toString();
    r.status = q.value(col.status).toString();
    r.contactId = q.value(col.contactId).toString();
    r.contactName = q.value(col.contactName).toString();
    r.company = q.value(col.company).toString();
    r.clientId = q.value(col.clientId).toString();
    r.campaign = q.value(col.campaign).toString();
    r.campaignName = q.value(col.campaignName).toString();
    r.stepNumber = q.value(col.stepNumber).toInt();
    r.channel = q.value(col.channel).toString();
    r.contentType = q.value(col.contentType).toString();
    r.subject = q.value(col.subject).toString();
    r.scheduledAt = q.value(col.scheduledAt).toDateTime();
    r.createdAt = q.value(col.createdAt).toDateTime();
    r.goal = q.value(col.goal).toString();
    r.notes = q.value(col.notes).toString();
    r.edited = q.value(col.edited).toBool();
    r.unknownCount = q.value(col.unknownCount).toInt();
    r.reviewer = q.value(col.reviewer).toString();
    r.reviewedAt = q.value(col.reviewedAt).toDateTime();
    r.rejectReason = q.value(col.rejectReason).toString();
    r.itemStatus = q.value(col.itemStatus).toString();
    r.sortKey = q.value(col.sortKey).toString();
    return r;
}

// Every row of an executed query.
QVector<DraftStore::Row> readRows(QSqlQuery &q)
{
    const RowColumns col(q.record());
    QVector<DraftStore::Row> rows;
    while (q.next())
        rows.append(readRow(q, col));
    return rows;
}

struct SortSql
{
    QString expression;
    QString type;
    QString joins; // what the expression needs beyond staged_drafts d
};

const auto scheduledJoinSql = uR"sql(
left join lateral (select q.scheduled_at from outbound_queue q
                    where q.staged_draft_id = d.id limit 1) o on true
)sql"_s;

const auto contentTypeJoinSql = uR"sql(
left join campaign_contacts cc on cc.id = d.enrollment_id
left join campaign_steps s on s.campaign_id = d.campaign_id
      and s.revision = cc.revision and s.step_number = d.step_number
)sql"_s;

SortSql sortSql(DraftStore::SortKey key)
{
    switch (key) {
    case DraftStore::SortKey::Created:
        break;
    case DraftStore::SortKey::Scheduled:
        return {u"coalesce(o.scheduled_at, d.created_at)"_s, u"timestamptz"_s, scheduledJoinSql};
    case DraftStore::SortKey::Contact:
        return {u"lower(concat_ws(' ', ct.last_name, ct.first_name, d.contact_id))"_s,
                u"text"_s,
                u"left join contacts ct on ct.id = d.contact_id"_s};
    case DraftStore::SortKey::Campaign:
        return {u"c.name"_s, u"text"_s, u"join campaigns c on c.id = d.campaign_id"_s};
    case DraftStore::SortKey::Step:
        return {u"d.step_number"_s, u"int"_s, {}};
    case DraftStore::SortKey::Channel:
        return {u"d.channel"_s, u"text"_s, {}};
    case DraftStore::SortKey::ContentType:
        return {u"coalesce(s.content_type, '')"_s, u"text"_s, contentTypeJoinSql};
    }
    return {u"d.created_at"_s, u"timestamptz"_s, {}};
}

// The filters on staged_drafts d alone (no joins), so that a page is picked by an index scan
// in key order and only its rows are joined for display.
// With the partial index campaign_contacts_exited this is one index probe per row of the
// ordered scan, so a page stops after its rows.
const auto exitedSql = uR"sql(
exists (select 1 from campaign_contacts x
         where x.id = d.enrollment_id and x.status <> 'active')
)sql"_s;

// The status filters; %1 is exitedSql.
const auto openPickSql = uR"sql(
d.status in ('awaiting_draft', 'pending_review') and not %1
)sql"_s;
const auto waitingPickSql = uR"sql(
d.status = :status and not %1
)sql"_s;
const auto cancelledPickSql = uR"sql(
(d.status = :status or (d.status in ('awaiting_draft', 'pending_review') and %1))
)sql"_s;

const auto textPickSql = uR"sql(
(d.subject ilike :text or d.body ilike :text
 or exists (select 1 from contacts x
             where x.id = d.contact_id
               and concat_ws(' ', x.first_name, x.last_name, x.company, d.contact_id)
                   ilike :text))
)sql"_s;

QString statusPick(const QString &status)
{
    if (status == u"open")
        return openPickSql.arg(exitedSql);
    if (status == u"pending_review" || status == u"awaiting_draft")
        return waitingPickSql.arg(exitedSql);
    if (status == u"cancelled")
        return cancelledPickSql.arg(exitedSql);
    if (status == u"all" || status.isEmpty())
        return u"true"_s;
    return u"d.status = :status"_s;
}

QString pickSql(const DraftStore::Filter &f)
{
    QStringList where{statusPick(f.status)};
    if (!f.client.isEmpty())
        where.append(u"d.client_id = :client"_s);
    if (!f.campaign.isEmpty())
        where.append(u"d.campaign_id in (select id from campaigns where slug = :campaign)"_s);
    if (!f.channel.isEmpty())
        where.append(u"d.channel = :channel"_s);
    if (!f.text.isEmpty())
        where.append(textPickSql);
    return where.join(u" and "_s);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

void bindFilter(QSqlQuery &q, const DraftStore::Filter &f)
{
    if (f.status != u"open" && f.status != u"all" && !f.status.isEmpty())
        q.bindValue(u":status"_s, f.status);
    if (!f.client.isEmpty())
        q.bindValue(u":client"_s, f.client);
    if (!f.campaign.isEmpty())
        q.bindValue(u":campaign"_s, f.campaign);
    if (!f.channel.isEmpty())
        q.bindValue(u":channel"_s, f.channel);
    if (!f.text.isEmpty())
        q.bindValue(u":text"_s, likePattern(f.text));
}

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

QString uuidArray(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString placeholdersJson(const QString &subject, const QString &body)
{
    return jsonText(
        QJsonArray::fromStringList(TemplateDrafter::placeholders(subject + u'\n' + body)));
}

// The ids that are uuids; the others cannot name a draft.
QStringList validIds(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        if (!QUuid::fromString(id).isNull())
            valid.append(QUuid::fromString(id).toString(QUuid::WithoutBraces));
    }
    return valid;
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

// Each dimension counts with the other dimensions' filters: the facets of a search. %1 is
// stateSql; %2, %3 and %4 the client, campaign and channel conditions (or true); %5 the text
// filter (pickSql()); %6 the status condition on state (or true).
const auto countsSql = uR"sql(
with base as (
  select d.client_id, c.slug as campaign, d.channel, %1 as state,
         %2 as m_client, %3 as m_campaign, %4 as m_channel
    from staged_drafts d
    join campaigns c on c.id = d.campaign_id
    left join campaign_contacts cc on cc.id = d.enrollment_id
   where %5),
b as (
  select client_id, campaign, channel, state, m_client, m_campaign, m_channel,
         %6 as m_status
    from base)
select 'client' as dimension, client_id as facet,
       count(*) filter (where m_campaign and m_channel and m_status) as draft_count
  from b group by client_id
union all
select 'campaign', campaign, count(*) filter (where m_client and m_channel and m_status)
  from b group by campaign
union all
select 'channel', channel, count(*) filter (where m_client and m_campaign and m_status)
  from b group by channel
union all
select 'status', state, count(*) filter (where m_client and m_campaign and m_channel)
  from b group by state
)sql"_s;

QString countsStatement(const DraftStore::Filter &filter)
{
    DraftStore::Filter textOnly;
    textOnly.status = u"all"_s;
    textOnly.text = filter.text;
    QString status = u"true"_s;
    if (filter.status == u"open")
        status = u"state in ('awaiting_draft', 'pending_review')"_s;
    else if (filter.status != u"all" && !filter.status.isEmpty())
        status = u"state = :status"_s;
    return countsSql.arg(stateSql,
                         filter.client.isEmpty() ? u"true"_s : u"d.client_id = :client"_s,
                         filter.campaign.isEmpty() ? u"true"_s : u"c.slug = :campaign"_s,
                         filter.channel.isEmpty() ? u"true"_s : u"d.channel = :channel"_s,
                         pickSql(textOnly),
                         status);
}

// One draft's row and what its detail adds; %1 is rowColumns(), %2 fromSql.
const auto detailSql = uR"sql(
%1, d.body, array_to_json(d.unknown_placeholders)::text as unknown_placeholders,
       coalesce(s.template_instructions, '') as template_instructions,
       coalesce(s.handler, '') as handler, coalesce(ct.email, '') as email,
       coalesce(ct.phone, '') as phone, coalesce(ct.title, '') as title,
       coalesce(ct.linkedin_url, '') as linkedin_url, coalesce(ct.time_zone, '') as time_zone,
       coalesce(cc.status, '') as enrollment_status,
       coalesce(cc.exit_reason, '') as exit_reason, cc.enrolled_at, cc.exited_at,
       d.enrollment_id::text as enrollment_id
%2
 where d.id = cast(:id as uuid)
)sql"_s;

// The conversation so far: every touch of this enrollment, its decisions and outcomes. A
// decision's extra is "reviewer|reason".
const auto historySql = uR"sql(
select o.scheduled_at as at, o.step_number, o.channel, 'item' as kind, o.status as what,
       coalesce(o.error, '') as extra, o.sent_at
  from outbound_queue o
 where o.enrollment_id = cast(:e as uuid)
union all
select so.occurred_at, so.step_number, '', 'outcome', so.outcome, coalesce(so.intent, ''), null
  from step_outcomes so
 where so.enrollment_id = cast(:e as uuid)
union all
select x.reviewed_at, x.step_number, x.channel, 'decision', x.status,
       coalesce(x.reviewer, '') || '|' || coalesce(x.reject_reason, ''), null
  from outbound_queue xo
  join staged_drafts x on x.id = xo.staged_draft_id
 where xo.enrollment_id = cast(:e as uuid) and x.reviewed_at is not null
 order by at, kind
)sql"_s;

// What a history row says for people.
QString
touchText(const QString &kind, const QString &channel, const QString &what, const QString &extra)
{
    if (kind == u"item") {
        QString text = Tr::tr("%1 %2").arg(channel, what);
        if (!extra.isEmpty())
            text += u" ("_s + extra + u')';
        return text;
    }
    if (kind == u"outcome")
        return extra.isEmpty() ? what : Tr::tr("%1 (%2)").arg(what, extra);
    const QString reviewer = extra.section(u'|', 0, 0);
    const QString reason = extra.section(u'|', 1);
    return reason.isEmpty() ? Tr::tr("draft %1 by %2").arg(what, reviewer)
                            : Tr::tr("draft %1 by %2: %3").arg(what, reviewer, reason);
}

// Appends the enrollment's history to d; false (with error) when the statement failed.
bool readHistory(QSqlQuery &q, const QString &enrollment, DraftStore::Detail *d, DbError *error)
{
    q.prepare(historySql);
    q.bindValue(u":e"_s, enrollment);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    const EngineDetail::ColumnReader v(q);
    while (q.next()) {
        DraftStore::Touch t{
            v(u"at"_s).toDateTime(), v(u"step_number"_s).toInt(), v(u"channel"_s).toString(), {}};
        t.what = touchText(
            v(u"kind"_s).toString(), t.channel, v(u"what"_s).toString(), v(u"extra"_s).toString());
        d->history.append(t);
    }
    return true;
}

// The detail's own columns of detailSql's current row.
void readDetail(const QSqlQuery &q, DraftStore::Detail *d)
{
    const EngineDetail::ColumnReader v(q);
    d->body = v(u"body"_s).toString();
    const QJsonArray unknown
        = QJsonDocument::fromJson(v(u"unknown_placeholders"_s).toString().toUtf8()).array();
    for (const QJsonValue &p : unknown)
        d->unknownPlaceholders.append(p.toString());
    d->templateInstructions = v(u"template_instructions"_s).toString();
    d->handler = v(u"handler"_s).toString();
    d->email = v(u"email"_s).toString();
    d->phone = v(u"phone"_s).toString();
    d->title = v(u"title"_s).toString();
    d->linkedinUrl = v(u"linkedin_url"_s).toString();
    d->timeZone = v(u"time_zone"_s).toString();
    d->enrollmentStatus = v(u"enrollment_status"_s).toString();
    d->exitReason = v(u"exit_reason"_s).toString();
    d->enrolledAt = v(u"enrolled_at"_s).toDateTime();
    d->exitedAt = v(u"exited_at"_s).toDateTime();
}

// Why the drafts of `:ids` were not decided; %1 is stateSql, %2 fromSql.
const auto undecidedSql = uR"sql(
select d.id::text as id, %1 as status, coalesce(d.reviewer, '') as reviewer, d.reviewed_at,
       coalesce(o.status, '') as item_status,
       coalesce(cc.exit_reason, cc.status, '') as exit_reason
%2
 where d.id = any (cast(:ids as uuid[]))
)sql"_s;

const auto auditSql = uR"sql(
insert into audit_log (actor, action, subject, detail)
select session_user, :action, x, cast(:detail as jsonb)
  from unnest(cast(:ids as text[])) as x
)sql"_s;

// Says in d why a draft was not `wanted` (approved, rejected, undo, edited, fill); item is the
// status of its touch, exit why its enrollment ended.
void explain(DraftStore::Decision *d,
             const QString &wanted,
             const QString &item,
             const QString &exit)
{
    using Result = DraftStore::Decision::Result;
    if (d->status == u"cancelled") {
        d->result = Result::Exited;
        d->message
            = Tr::tr("draft %1 was cancelled: %2")
                  .arg(d->id,
                       exit.isEmpty() ? Tr::tr("its touch will not be sent")
                                      : Tr::tr("the contact left the campaign (%1)").arg(exit));
    } else if (d->status == u"awaiting_draft") {
        d->result = Result::NotAllowed;
        d->message = Tr::tr("draft %1 has no text yet: it awaits the external drafter").arg(d->id);
    } else if (wanted == u"undo" && (item == u"sending" || item == u"sent")) {
        d->result = Result::InFlight;
        d->message = Tr::tr("draft %1 cannot be undone: its touch is %2").arg(d->id, item);
    } else if (wanted == u"undo" || wanted == u"fill") {
        d->result = Result::NotAllowed;
        d->message = wanted == u"fill"
                         ? Tr::tr("draft %1 is %2, not awaiting a draft").arg(d->id, d->status)
                         : Tr::tr("draft %1 is %2: only your own approval or rejection "
                                  "can be undone")
                               .arg(d->id, d->status);
    } else {
        d->result = Result::AlreadyDecided;
        d->message = d->reviewer.isEmpty()
                         ? Tr::tr("draft %1 was already %2").arg(d->id, d->status)
                         : Tr::tr("draft %1 was already %2 by %3 at %4")
                               .arg(d->id, d->status, d->reviewer, when(d->reviewedAt));
    }
}

} // namespace

DraftStore::DraftStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList DraftStore::statusFilters()
{
    return {u"open"_s,
            u"pending_review"_s,
            u"awaiting_draft"_s,
            u"approved"_s,
            u"rejected"_s,
            u"sent"_s,
            u"cancelled"_s,
            u"all"_s};
}

std::optional<DraftStore::Page> DraftStore::list(const Filter &filter,
                                                 const Sort &sort,
                                                 const std::optional<Cursor> &after,
                                                 int limit,
                                                 DbError *error) const
{
    const SortSql key = sortSql(sort.key);
    const QString direction = sort.descending ? u"desc"_s : QString();
    const QString cursor
        = after ? afterSql.arg(key.expression, sort.descending ? u"<"_s : u">"_s, key.type)
                : QString();
    const QString pick
        = pickPageSql.arg(key.expression, key.joins, pickSql(filter), cursor, direction);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(pageSql.arg(rowColumns(u"p.k"_s), fromSql, pick, direction));
    bindFilter(q, filter);
    if (after) {
        q.bindValue(u":after_key"_s, after->key);
        q.bindValue(u":after_id"_s, after->id);
    }
    q.bindValue(u":limit"_s, limit + 1);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    Page page;
    page.rows = readRows(q);
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.more = true;
    }
    *error = {};
    return page;
}

std::optional<QVector<DraftStore::Row>> DraftStore::rows(const QStringList &ids,
                                                         DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(rowsSql.arg(rowColumns(u"d.created_at"_s), fromSql));
    q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<Row> rows = readRows(q);
    *error = {};
    return rows;
}

std::optional<DraftStore::Counts> DraftStore::counts(const Filter &filter, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(countsStatement(filter));
    Filter binds = filter;
    if (filter.status == u"open" || filter.status == u"all")
        binds.status.clear();
    bindFilter(q, binds);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    Counts counts;
    const EngineDetail::ColumnReader v(q);
    while (q.next())
        counts[v(u"dimension"_s).toString()][v(u"facet"_s).toString()]
            = v(u"draft_count"_s).toInt();
    auto &statuses = counts[u"status"_s];
    statuses[u"open"_s] = statuses.value(u"awaiting_draft"_s) + statuses.value(u"pending_review"_s);
    int all = 0;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.key() != u"open")
            all += it.value();
    }
    statuses[u"all"_s] = all;
    *error = {};
    return counts;
}

std::optional<DraftStore::Detail> DraftStore::detail(const QString &id, DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(detailSql.arg(rowColumns(u"d.created_at"_s), fromSql));
    q.bindValue(u":id"_s, validIds({id}).value(0, QUuid().toString(QUuid::WithoutBraces)));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = {DbError::Kind::Rejected, Tr::tr("no draft %1").arg(id)};
        return std::nullopt;
    }
    Detail d;
    d.row = readRow(q, RowColumns(q.record()));
    readDetail(q, &d);
    const QString enrollment = q.value(u"enrollment_id"_s).toString();
    if (enrollment.isEmpty()) {
        *error = {};
        return d;
    }
    if (!readHistory(q, enrollment, &d, error))
        return std::nullopt;
    if (d.exitedAt.isValid())
        d.history.append({d.exitedAt,
                          0,
                          {},
                          Tr::tr("left the campaign: %1")
                              .arg(d.exitReason.isEmpty() ? d.enrollmentStatus : d.exitReason)});
    *error = {};
    return d;
}

bool DraftStore::audit(const QString &action,
                       const QStringList &ids,
                       const QJsonObject &detail,
                       DbError *error) const
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(auditSql);
    q.bindValue(u":action"_s, action);
    q.bindValue(u":detail"_s, jsonText(detail));
    q.bindValue(u":ids"_s, uuidArray(ids));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

// The decisions for `ids`: Done for those in `done`; for the others, why not, from their rows.
std::optional<DraftStore::Decisions> DraftStore::finish(const QStringList &ids,
                                                        const QStringList &done,
                                                        const QString &wanted,
                                                        DbError *error) const
{
    QHash<QString, Decision> known;
    QStringList others;
    for (const QString &id : validIds(ids)) {
        if (!done.contains(id))
            others.append(id);
    }
    if (!others.isEmpty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(undecidedSql.arg(stateSql, fromSql));
        q.bindValue(u":ids"_s, uuidArray(others));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
        const EngineDetail::ColumnReader v(q);
        while (q.next()) {
            Decision d;
            d.id = v(u"id"_s).toString();
            d.status = v(u"status"_s).toString();
            d.reviewer = v(u"reviewer"_s).toString();
            d.reviewedAt = v(u"reviewed_at"_s).toDateTime();
            explain(&d, wanted, v(u"item_status"_s).toString(), v(u"exit_reason"_s).toString());
            known.insert(d.id, d);
        }
    }
    Decisions out;
    for (const QString &id : ids) {
        const QString norm = validIds({id}).value(0);
        if (!norm.isEmpty() && done.contains(norm)) {
            out.append({norm, Decision::Result::Done, wanted, {}, {}, {}});
        } else if (known.contains(norm)) {
            out.append(known.value(norm));
        } else {
            Decision d;
            d.id = id;
            d.message = Tr::tr("no draft %1").arg(id);
            out.append(d);
        }
    }
    *error = {};
    return out;
}

namespace {

// Runs `body` in a transaction; commits when it returns true.
template<typename F>
bool inTransaction(QSqlDatabase &db, DbError *error, F body)
{
    if (!db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(db.lastError())};
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(db.lastError())};
        db.rollback();
        return false;
    }
    return true;
}

// Runs a statement that returns draft ids in a column named id.
std::optional<QStringList> execIds(QSqlQuery &q, DbError *error)
{
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QStringList ids;
    while (q.next())
        ids.append(v(u"id"_s).toString());
    return ids;
}

// %1 is the condition on the drafts d to approve.
const auto approveSql = uR"sql(
with d as (
  update staged_drafts d set status = 'approved', reviewer = session_user, reviewed_at = now()
   where %1 and d.status = 'pending_review'
     and not exists (select 1 from campaign_contacts cc
                      where cc.id = d.enrollment_id and cc.status <> 'active')
  returning d.id),
o as (
  update outbound_queue o set status = 'approved',
         scheduled_at = greatest(o.scheduled_at, now())
   where o.staged_draft_id in (select id from d) and o.status in ('pending', 'drafted')
  returning o.id)
select d.id::text as id from d
)sql"_s;

const auto campaignExistsSql = uR"sql(
select 1 from campaigns where slug = :slug
)sql"_s;

const auto rejectSql = uR"sql(
with d as (
  update staged_drafts d set status = 'rejected', reviewer = session_user, reviewed_at = now(),
         reject_reason = :reason
   where d.id = any (cast(:ids as uuid[]))
     and d.status in ('pending_review', 'awaiting_draft')
  returning d.id),
o as (
  update outbound_queue o set status = 'cancelled', error = 'rejected: ' || :reason
   where o.staged_draft_id in (select id from d)
     and o.status in ('pending', 'drafted', 'approved')
  returning o.id),
t as (
  update tasks t set status = 'done', completed_at = now(),
         payload = t.payload || jsonb_build_object('result', 'rejected')
   where t.type = 'execute_sequence_step' and t.status in ('pending', 'in_progress')
     and t.payload ->> 'staged_draft_id' in (select id::text from d)
  returning t.id)
select d.id::text as id from d
)sql"_s;

// Locks the login's own decisions first; the two statements after it reopen only the items
// nobody has claimed.
const auto undoMineSql = uR"sql(
select d.id::text as id
  from staged_drafts d
 where d.id = any (cast(:ids as uuid[]))
   and d.status in ('approved', 'rejected') and d.reviewer = session_user
   for update
)sql"_s;

const auto undoItemsSql = uR"sql(
update outbound_queue o set status = 'drafted', error = null
 where o.staged_draft_id = any (cast(:ids as uuid[]))
   and (o.status = 'approved' or (o.status = 'cancelled' and o.error like 'rejected: %'))
returning o.staged_draft_id::text as id
)sql"_s;

const auto undoDraftsSql = uR"sql(
update staged_drafts d
   set status = case when d.subject = '' and d.body = '' then 'awaiting_draft'
                     else 'pending_review' end,
       reviewer = null, reviewed_at = null, reject_reason = null
 where d.id = any (cast(:ids as uuid[]))
returning d.id::text as id
)sql"_s;

const auto editSql = uR"sql(
update staged_drafts d
   set subject = coalesce(:subject, ''), body = coalesce(:body, ''), edited = true,
       unknown_placeholders = array(select jsonb_array_elements_text(cast(:unknown as jsonb)))
 where d.id = cast(:id as uuid) and d.status = 'pending_review'
returning d.id::text as id
)sql"_s;

} // namespace

std::optional<DraftStore::Decisions> DraftStore::approve(const QStringList &ids, DbError *error)
{
    QStringList done;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(approveSql.arg(u"d.id = any (cast(:ids as uuid[]))"_s));
        q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
        const auto approved = execIds(q, error);
        if (!approved)
            return false;
        done = *approved;
        return audit(u"draft_approved"_s, done, {}, error);
    });
    if (!ok)
        return std::nullopt;
    return finish(ids, done, u"approved"_s, error);
}

std::optional<DraftStore::Decisions> DraftStore::approveAll(const QString &campaign, DbError *error)
{
    QStringList done;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        if (!campaign.isEmpty()) {
            q.prepare(campaignExistsSql);
            q.bindValue(u":slug"_s, campaign);
            if (!q.exec() || !q.next()) {
                *error = q.lastError().isValid()
                             ? failure(q)
                             : DbError{DbError::Kind::Rejected,
                                       Tr::tr("--campaign %1: no such campaign").arg(campaign)};
                return false;
            }
        }
        q.prepare(approveSql.arg(
            campaign.isEmpty()
                ? u"true"_s
                : u"d.campaign_id = (select id from campaigns where slug = :slug)"_s));
        if (!campaign.isEmpty())
            q.bindValue(u":slug"_s, campaign);
        const auto approved = execIds(q, error);
        if (!approved)
            return false;
        done = *approved;
        return audit(u"draft_approved"_s, done, {{u"all"_s, true}}, error);
    });
    if (!ok)
        return std::nullopt;
    return finish(done, done, u"approved"_s, error);
}

std::optional<DraftStore::Decisions>
DraftStore::reject(const QStringList &ids, const QString &reason, DbError *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = {DbError::Kind::Rejected, Tr::tr("a rejection needs a reason")};
        return std::nullopt;
    }
    QStringList done;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(rejectSql);
        q.bindValue(u":reason"_s, reason.trimmed());
        q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
        const auto rejected = execIds(q, error);
        if (!rejected)
            return false;
        done = *rejected;
        return audit(u"draft_rejected"_s, done, {{u"reason"_s, reason.trimmed()}}, error);
    });
    if (!ok)
        return std::nullopt;
    return finish(ids, done, u"rejected"_s, error);
}

std::optional<DraftStore::Decisions> DraftStore::undo(const QStringList &ids, DbError *error)
{
    QStringList done;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(undoMineSql);
        q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
        const auto mine = execIds(q, error);
        if (!mine)
            return false;
        q.prepare(undoItemsSql);
        q.bindValue(u":ids"_s, uuidArray(*mine));
        const auto reopened = execIds(q, error);
        if (!reopened)
            return false;
        q.prepare(undoDraftsSql);
        q.bindValue(u":ids"_s, uuidArray(*reopened));
        const auto undone = execIds(q, error);
        if (!undone)
            return false;
        done = *undone;
        return audit(u"draft_undone"_s, done, {}, error);
    });
    if (!ok)
        return std::nullopt;
    return finish(ids, done, u"undo"_s, error);
}

std::optional<DraftStore::Decision>
DraftStore::edit(const QString &id, const QString &subject, const QString &body, DbError *error)
{
    QStringList done;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(editSql);
        q.bindValue(u":subject"_s, subject);
        q.bindValue(u":body"_s, body);
        q.bindValue(u":unknown"_s, placeholdersJson(subject, body));
        q.bindValue(u":id"_s, validIds({id}).value(0, QUuid().toString(QUuid::WithoutBraces)));
        const auto edited = execIds(q, error);
        if (!edited)
            return false;
        done = *edited;
        return audit(u"draft_edited"_s, done, {{u"subject"_s, subject}}, error);
    });
    if (!ok)
        return std::nullopt;
    const auto decisions = finish({id}, done, u"edited"_s, error);
    if (!decisions)
        return std::nullopt;
    Decision d = decisions->value(0);
    if (d.result == Decision::Result::AlreadyDecided)
        d.message = d.reviewer.isEmpty()
                        ? Tr::tr("draft %1 can no longer be edited: it is %2").arg(d.id, d.status)
                        : Tr::tr("draft %1 can no longer be edited: it was %2 "
                                 "by %3 at %4")
                              .arg(d.id, d.status, d.reviewer, when(d.reviewedAt));
    return d;
}

namespace {

const auto claimDraftingSql = uR"sql(
with k as (
  select t.id
    from tasks t
    join staged_drafts d on d.id = cast(t.payload ->> 'staged_draft_id' as uuid)
    join campaigns c on c.id = d.campaign_id
   where t.type = 'execute_sequence_step' and d.status = 'awaiting_draft'
     and (t.status = 'pending'
          or (t.status = 'in_progress'
              and t.claimed_at < now() - make_interval(mins => cast(:lease as int))))
     and (coalesce(cast(:campaign as text), '') = '' or c.slug = :campaign)
   order by t.created_at, t.id
   limit cast(:limit as int)
     for update of t skip locked),
claimed as (
  update tasks t set status = 'in_progress', claimed_by = current_user, claimed_at = now()
    from k where t.id = k.id
  returning t.id, cast(t.payload ->> 'staged_draft_id' as uuid) as draft_id)
select claimed.id::text as task_id, d.id::text as draft_id, d.contact_id, c.slug as campaign,
       d.step_number, coalesce(s.channel, '') as channel,
       coalesce(s.content_type, '') as content_type,
       coalesce(s.template_instructions, '') as instructions,
       (to_jsonb(ct) - 'attributes' - 'sort_name' - 'created_at')
         || coalesce(ct.attributes, '{}') as contact
  from claimed
  join staged_drafts d on d.id = claimed.draft_id
  join campaigns c on c.id = d.campaign_id
  join contacts ct on ct.id = d.contact_id
  left join campaign_contacts cc on cc.id = d.enrollment_id
  left join campaign_steps s on s.campaign_id = d.campaign_id and s.revision = cc.revision
                            and s.step_number = d.step_number
 order by claimed.id
)sql"_s;

// The text of a draft awaiting it: for review, or approved (with its touch) when neither the
// step nor the campaign reviews; the drafting task is done.
const auto fillSql = uR"sql(
with t as (
  select d.id, coalesce(s.review, c.review) as review
    from staged_drafts d
    join campaigns c on c.id = d.campaign_id
    left join campaign_contacts cc on cc.id = d.enrollment_id
    left join campaign_steps s on s.campaign_id = d.campaign_id
          and s.revision = cc.revision and s.step_number = d.step_number
   where d.id = cast(:id as uuid) and coalesce(cc.status, 'active') = 'active'),
d as (
  update staged_drafts d
     set subject = coalesce(:subject, ''), body = coalesce(:body, ''),
         unknown_placeholders = array(select jsonb_array_elements_text(cast(:unknown as jsonb))),
         status = case when t.review then 'pending_review' else 'approved' end,
         reviewed_at = case when t.review then null else now() end
    from t
   where d.id = t.id and d.status = 'awaiting_draft'
  returning d.id, d.status),
o as (
  update outbound_queue o
     set status = case when d.status = 'approved' then 'approved' else 'drafted' end,
         scheduled_at = case when d.status = 'approved' then greatest(o.scheduled_at, now())
                             else o.scheduled_at end
    from d
   where o.staged_draft_id = d.id and o.status in ('pending', 'drafted')
  returning o.id),
k as (
  update tasks k set status = 'done', completed_at = now()
   where k.type = 'execute_sequence_step' and k.status in ('pending', 'in_progress')
     and k.payload ->> 'staged_draft_id' in (select d.id::text from d)
  returning k.id)
select d.id::text as id, d.status from d
)sql"_s;

} // namespace

std::optional<QVector<DraftStore::DraftingJob>>
DraftStore::claimForDrafting(int limit, const QString &campaign, int leaseMinutes, DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(claimDraftingSql);
    q.bindValue(u":limit"_s, std::max(1, limit));
    q.bindValue(u":campaign"_s, campaign);
    q.bindValue(u":lease"_s, std::max(1, leaseMinutes));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<DraftingJob> jobs;
    while (q.next()) {
        DraftingJob j;
        j.taskId = v(u"task_id"_s).toString();
        j.draftId = v(u"draft_id"_s).toString();
        j.contactId = v(u"contact_id"_s).toString();
        j.campaign = v(u"campaign"_s).toString();
        j.stepNumber = v(u"step_number"_s).toInt();
        j.channel = v(u"channel"_s).toString();
        j.contentType = v(u"content_type"_s).toString();
        j.instructions = v(u"instructions"_s).toString();
        j.contact = QJsonDocument::fromJson(v(u"contact"_s).toString().toUtf8()).object();
        jobs.append(j);
    }
    *error = {};
    return jobs;
}

std::optional<DraftStore::Decision>
DraftStore::fill(const QString &id, const QString &subject, const QString &body, DbError *error)
{
    if (body.trimmed().isEmpty()) {
        *error = {DbError::Kind::Rejected, Tr::tr("a draft needs a body")};
        return std::nullopt;
    }
    QStringList done;
    QString status;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(fillSql);
        q.bindValue(u":subject"_s, subject);
        q.bindValue(u":body"_s, body);
        q.bindValue(u":unknown"_s, placeholdersJson(subject, body));
        q.bindValue(u":id"_s, validIds({id}).value(0, QUuid().toString(QUuid::WithoutBraces)));
        if (!q.exec()) {
            *error = failure(q);
            return false;
        }
        if (q.next()) {
            done.append(q.value(u"id"_s).toString());
            status = q.value(u"status"_s).toString();
        }
        return audit(u"draft_filled"_s, done, {{u"status"_s, status}}, error);
    });
    if (!ok)
        return std::nullopt;
    const auto decisions = finish({id}, done, u"fill"_s, error);
    if (!decisions)
        return std::nullopt;
    Decision d = decisions->value(0);
    if (d.result == Decision::Result::Done)
        d.status = status;
    return d;
}

QString DraftStore::describe(const Decision &decision)
{
    return decision.message;
}

} // namespace Touchline
