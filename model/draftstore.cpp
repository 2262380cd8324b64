#include "draftstore.h"

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
const auto stateSql
    = u"case when d.status in ('awaiting_draft', 'pending_review') "
      "and coalesce(cc.status, 'active') <> 'active' then 'cancelled' else d.status end"_s;

const auto fromSql
    = u" from staged_drafts d join campaigns c on c.id = d.campaign_id "
      "left join contacts ct on ct.id = d.contact_id "
      "left join campaign_contacts cc on cc.id = d.enrollment_id "
      "left join campaign_steps s on s.campaign_id = d.campaign_id and s.revision = cc.revision "
      "  and s.step_number = d.step_number "
      "left join lateral (select q.status, q.scheduled_at from outbound_queue q "
      "  where q.staged_draft_id = d.id limit 1) o on true "_s;

const auto contactNameSql = u"concat_ws(' ', ct.first_name, ct.last_name)"_s;

QString rowColumnsSql(const QString &sortKey)
{
    return u"select d.id::text, "_s + stateSql + u", d.contact_id, "_s + contactNameSql
           + u", coalesce(ct.company, ''), d.client_id, c.slug, c.name, d.step_number, "
             "d.channel, coalesce(s.content_type, ''), d.subject, o.scheduled_at, d.created_at, "
             "coalesce(cc.goal, ''), coalesce(cc.notes, ''), d.edited, "
             "cardinality(d.unknown_placeholders), coalesce(d.reviewer, ''), d.reviewed_at, "
             "coalesce(d.reject_reason, ''), coalesce(o.status, ''), ("_s
           + sortKey + u")::text"_s;
}

DraftStore::Row readRow(const QSqlQuery &q)
{
    DraftStore::Row r;
    r.id = q.value(0).toString();
    r.status = q.value(1).toString();
    r.contactId = q.value(2).toString();
    r.contactName = q.value(3).toString();
    r.company = q.value(4).toString();
    r.clientId = q.value(5).toString();
    r.campaign = q.value(6).toString();
    r.campaignName = q.value(7).toString();
    r.stepNumber = q.value(8).toInt();
    r.channel = q.value(9).toString();
    r.contentType = q.value(10).toString();
    r.subject = q.value(11).toString();
    r.scheduledAt = q.value(12).toDateTime();
    r.createdAt = q.value(13).toDateTime();
    r.goal = q.value(14).toString();
    r.notes = q.value(15).toString();
    r.edited = q.value(16).toBool();
    r.unknownCount = q.value(17).toInt();
    r.reviewer = q.value(18).toString();
    r.reviewedAt = q.value(19).toDateTime();
    r.rejectReason = q.value(20).toString();
    r.itemStatus = q.value(21).toString();
    r.sortKey = q.value(22).toString();
    return r;
}

struct SortSql
{
    QString expression;
    QString type;
    QString joins; // what the expression needs beyond staged_drafts d
};

SortSql sortSql(DraftStore::SortKey key)
{
    switch (key) {
    case DraftStore::SortKey::Created:
        break;
    case DraftStore::SortKey::Scheduled:
        return {u"coalesce(o.scheduled_at, d.created_at)"_s,
                u"timestamptz"_s,
                u" left join lateral (select q.scheduled_at from outbound_queue q "
                "where q.staged_draft_id = d.id limit 1) o on true"_s};
    case DraftStore::SortKey::Contact:
        return {u"lower(concat_ws(' ', ct.last_name, ct.first_name, d.contact_id))"_s,
                u"text"_s,
                u" left join contacts ct on ct.id = d.contact_id"_s};
    case DraftStore::SortKey::Campaign:
        return {u"c.name"_s, u"text"_s, u" join campaigns c on c.id = d.campaign_id"_s};
    case DraftStore::SortKey::Step:
        return {u"d.step_number"_s, u"int"_s, {}};
    case DraftStore::SortKey::Channel:
        return {u"d.channel"_s, u"text"_s, {}};
    case DraftStore::SortKey::ContentType:
        return {u"coalesce(s.content_type, '')"_s,
                u"text"_s,
                u" left join campaign_contacts cc on cc.id = d.enrollment_id "
                "left join campaign_steps s on s.campaign_id = d.campaign_id "
                "and s.revision = cc.revision and s.step_number = d.step_number"_s};
    }
    return {u"d.created_at"_s, u"timestamptz"_s, {}};
}

// The filters on staged_drafts d alone (no joins), so that a page is picked by an index scan
// in key order and only its rows are joined for display.
// With the partial index campaign_contacts_exited this is one index probe per row of the
// ordered scan, so a page stops after its rows.
const auto exitedSql = u"exists (select 1 from campaign_contacts x where x.id = d.enrollment_id "
                       "and x.status <> 'active')"_s;

QString pickSql(const DraftStore::Filter &f)
{
    QString sql;
    if (f.status == u"open")
        sql = u"d.status in ('awaiting_draft', 'pending_review') and not "_s + exitedSql;
    else if (f.status == u"pending_review" || f.status == u"awaiting_draft")
        sql = u"d.status = :status and not "_s + exitedSql;
    else if (f.status == u"cancelled")
        sql = u"(d.status = :status or (d.status in ('awaiting_draft', 'pending_review') and "_s
              + exitedSql + u"))"_s;
    else if (f.status == u"all" || f.status.isEmpty())
        sql = u"true"_s;
    else
        sql = u"d.status = :status"_s;
    if (!f.client.isEmpty())
        sql += u" and d.client_id = :client"_s;
    if (!f.campaign.isEmpty())
        sql += u" and d.campaign_id in (select id from campaigns where slug = :campaign)"_s;
    if (!f.channel.isEmpty())
        sql += u" and d.channel = :channel"_s;
    if (!f.text.isEmpty())
        sql += u" and (d.subject ilike :text or d.body ilike :text or exists (select 1 from "
               "contacts x where x.id = d.contact_id and concat_ws(' ', x.first_name, "
               "x.last_name, x.company, d.contact_id) ilike :text))"_s;
    return sql;
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
    const QString direction = sort.descending ? u" desc"_s : QString();
    QString pick = u"select d.id, %1 as k from staged_drafts d"_s.arg(key.expression) + key.joins
                   + u" where "_s + pickSql(filter);
    if (after) {
        pick += u" and (%1, d.id) %2 (cast(:after_key as %3), cast(:after_id as uuid))"_s.arg(
            key.expression, sort.descending ? u"<"_s : u">"_s, key.type);
    }
    pick += u" order by %1%2, d.id%2 limit :limit"_s.arg(key.expression, direction);
    const QString sql = rowColumnsSql(u"p.k"_s) + fromSql + u" join ("_s + pick
                        + u") p on p.id = d.id order by p.k%1, d.id%1"_s.arg(direction);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
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
    while (q.next())
        page.rows.append(readRow(q));
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
    q.prepare(rowColumnsSql(u"d.created_at"_s) + fromSql
              + u" where d.id = any (cast(:ids as uuid[]))"_s);
    q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<Row> rows;
    while (q.next())
        rows.append(readRow(q));
    *error = {};
    return rows;
}

std::optional<DraftStore::Counts> DraftStore::counts(const Filter &filter, DbError *error) const
{
    // Each dimension counts with the other dimensions' filters: the facets of a search.
    Filter textOnly;
    textOnly.status = u"all"_s;
    textOnly.text = filter.text;
    QString status = u"true"_s;
    if (filter.status == u"open")
        status = u"state in ('awaiting_draft', 'pending_review')"_s;
    else if (filter.status != u"all" && !filter.status.isEmpty())
        status = u"state = :status"_s;
    const QString sql
        = u"with base as (select d.client_id, c.slug as campaign, d.channel, "_s + stateSql
          + u" as state, "_s + (filter.client.isEmpty() ? u"true"_s : u"d.client_id = :client"_s)
          + u" as m_client, "_s + (filter.campaign.isEmpty() ? u"true"_s : u"c.slug = :campaign"_s)
          + u" as m_campaign, "_s
          + (filter.channel.isEmpty() ? u"true"_s : u"d.channel = :channel"_s) + u" as m_channel "_s
          + u" from staged_drafts d join campaigns c on c.id = d.campaign_id "
            "left join campaign_contacts cc on cc.id = d.enrollment_id where "_s
          + pickSql(textOnly) + u"), b as (select *, "_s + status
          + u" as m_status from base) "
            "select 'client', client_id, count(*) filter (where m_campaign and m_channel and "
            "m_status) from b group by client_id "
            "union all select 'campaign', campaign, count(*) filter (where m_client and m_channel "
            "and m_status) from b group by campaign "
            "union all select 'channel', channel, count(*) filter (where m_client and m_campaign "
            "and m_status) from b group by channel "
            "union all select 'status', state, count(*) filter (where m_client and m_campaign "
            "and m_channel) from b group by state"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    Filter binds = filter;
    if (filter.status == u"open" || filter.status == u"all")
        binds.status.clear();
    bindFilter(q, binds);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    Counts counts;
    while (q.next())
        counts[q.value(0).toString()][q.value(1).toString()] = q.value(2).toInt();
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
    q.prepare(rowColumnsSql(u"d.created_at"_s)
              + u", d.body, array_to_json(d.unknown_placeholders)::text, "
                "coalesce(s.template_instructions, ''), coalesce(s.handler, ''), "
                "coalesce(ct.email, ''), coalesce(ct.phone, ''), coalesce(ct.title, ''), "
                "coalesce(ct.linkedin_url, ''), coalesce(ct.time_zone, ''), "
                "coalesce(cc.status, ''), coalesce(cc.exit_reason, ''), cc.enrolled_at, "
                "cc.exited_at, d.enrollment_id::text"_s
              + fromSql + u" where d.id = cast(:id as uuid)"_s);
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
    d.row = readRow(q);
    d.body = q.value(23).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(24).toString().toUtf8()).array())
        d.unknownPlaceholders.append(v.toString());
    d.templateInstructions = q.value(25).toString();
    d.handler = q.value(26).toString();
    d.email = q.value(27).toString();
    d.phone = q.value(28).toString();
    d.title = q.value(29).toString();
    d.linkedinUrl = q.value(30).toString();
    d.timeZone = q.value(31).toString();
    d.enrollmentStatus = q.value(32).toString();
    d.exitReason = q.value(33).toString();
    d.enrolledAt = q.value(34).toDateTime();
    d.exitedAt = q.value(35).toDateTime();
    const QString enrollment = q.value(36).toString();
    if (enrollment.isEmpty()) {
        *error = {};
        return d;
    }
    // The conversation so far: every touch of this enrollment, its decisions and outcomes.
    q.prepare(u"select o.scheduled_at as at, o.step_number, o.channel, 'item' as kind, "
              "  o.status as what, coalesce(o.error, '') as extra, o.sent_at "
              "from outbound_queue o where o.enrollment_id = cast(:e as uuid) "
              "union all select so.occurred_at, so.step_number, '', 'outcome', so.outcome, "
              "  coalesce(so.intent, ''), null from step_outcomes so "
              "where so.enrollment_id = cast(:e as uuid) "
              "union all select x.reviewed_at, x.step_number, x.channel, 'decision', x.status, "
              "  coalesce(x.reviewer, '') || '|' || coalesce(x.reject_reason, ''), null "
              "from outbound_queue xo join staged_drafts x on x.id = xo.staged_draft_id "
              "where xo.enrollment_id = cast(:e as uuid) and x.reviewed_at is not null "
              "order by 1, 4"_s);
    q.bindValue(u":e"_s, enrollment);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    while (q.next()) {
        Touch t{q.value(0).toDateTime(), q.value(1).toInt(), q.value(2).toString(), {}};
        const QString kind = q.value(3).toString();
        const QString what = q.value(4).toString();
        const QString extra = q.value(5).toString();
        if (kind == u"item") {
            t.what = Tr::tr("%1 %2").arg(t.channel, what);
            if (!extra.isEmpty())
                t.what += u" ("_s + extra + u')';
        } else if (kind == u"outcome") {
            t.what = extra.isEmpty() ? what : Tr::tr("%1 (%2)").arg(what, extra);
        } else {
            const QString reviewer = extra.section(u'|', 0, 0);
            const QString reason = extra.section(u'|', 1);
            t.what = reason.isEmpty() ? Tr::tr("draft %1 by %2").arg(what, reviewer)
                                      : Tr::tr("draft %1 by %2: %3").arg(what, reviewer, reason);
        }
        d.history.append(t);
    }
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
    q.prepare(u"insert into audit_log (actor, action, subject, detail) "
              "select session_user, :action, x, cast(:detail as jsonb) "
              "from unnest(cast(:ids as text[])) as x"_s);
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
        q.prepare(u"select d.id::text, "_s + stateSql
                  + u", coalesce(d.reviewer, ''), d.reviewed_at, coalesce(o.status, ''), "
                    "coalesce(cc.exit_reason, cc.status, '') "_s
                  + fromSql + u" where d.id = any (cast(:ids as uuid[]))"_s);
        q.bindValue(u":ids"_s, uuidArray(others));
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
        while (q.next()) {
            Decision d;
            d.id = q.value(0).toString();
            d.status = q.value(1).toString();
            d.reviewer = q.value(2).toString();
            d.reviewedAt = q.value(3).toDateTime();
            const QString item = q.value(4).toString();
            const QString exit = q.value(5).toString();
            if (d.status == u"cancelled") {
                d.result = Decision::Result::Exited;
                d.message = Tr::tr("draft %1 was cancelled: %2")
                                .arg(d.id,
                                     exit.isEmpty()
                                         ? Tr::tr("its touch will not be sent")
                                         : Tr::tr("the contact left the campaign (%1)").arg(exit));
            } else if (d.status == u"awaiting_draft") {
                d.result = Decision::Result::NotAllowed;
                d.message
                    = Tr::tr("draft %1 has no text yet: it awaits the external drafter").arg(d.id);
            } else if (wanted == u"undo" && (item == u"sending" || item == u"sent")) {
                d.result = Decision::Result::InFlight;
                d.message = Tr::tr("draft %1 cannot be undone: its touch is %2").arg(d.id, item);
            } else if (wanted == u"undo" || wanted == u"fill") {
                d.result = Decision::Result::NotAllowed;
                d.message = wanted == u"fill"
                                ? Tr::tr("draft %1 is %2, not awaiting a draft").arg(d.id, d.status)
                                : Tr::tr("draft %1 is %2: only your own approval or rejection "
                                         "can be undone")
                                      .arg(d.id, d.status);
            } else {
                d.result = Decision::Result::AlreadyDecided;
                d.message = d.reviewer.isEmpty()
                                ? Tr::tr("draft %1 was already %2").arg(d.id, d.status)
                                : Tr::tr("draft %1 was already %2 by %3 at %4")
                                      .arg(d.id, d.status, d.reviewer, when(d.reviewedAt));
            }
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

std::optional<QStringList> execIds(QSqlQuery &q, DbError *error)
{
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

const auto approveSql
    = u"with d as (update staged_drafts d set status = 'approved', reviewer = session_user, "
      "    reviewed_at = now() "
      "  where %1 and d.status = 'pending_review' "
      "    and not exists (select 1 from campaign_contacts cc where cc.id = d.enrollment_id "
      "      and cc.status <> 'active') "
      "  returning d.id), "
      "o as (update outbound_queue o set status = 'approved', "
      "    scheduled_at = greatest(o.scheduled_at, now()) "
      "  where o.staged_draft_id in (select id from d) and o.status in ('pending', 'drafted') "
      "  returning o.id) "
      "select d.id::text from d"_s;

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
            q.prepare(u"select 1 from campaigns where slug = :slug"_s);
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
        q.prepare(
            u"with d as (update staged_drafts d set status = 'rejected', reviewer = session_user, "
            "    reviewed_at = now(), reject_reason = :reason "
            "  where d.id = any (cast(:ids as uuid[])) "
            "    and d.status in ('pending_review', 'awaiting_draft') returning d.id), "
            "o as (update outbound_queue o set status = 'cancelled', error = 'rejected: ' || "
            ":reason "
            "  where o.staged_draft_id in (select id from d) "
            "    and o.status in ('pending', 'drafted', 'approved') returning o.id), "
            "t as (update tasks t set status = 'done', completed_at = now(), "
            "    payload = t.payload || jsonb_build_object('result', 'rejected') "
            "  where t.type = 'execute_sequence_step' and t.status in ('pending', 'in_progress') "
            "    and t.payload ->> 'staged_draft_id' in (select id::text from d) returning t.id) "
            "select d.id::text from d"_s);
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
        // Lock the login's own decisions first, then reopen only the items nobody has claimed.
        q.prepare(u"select d.id::text from staged_drafts d where d.id = any (cast(:ids as uuid[])) "
                  "and d.status in ('approved', 'rejected') and d.reviewer = session_user "
                  "for update"_s);
        q.bindValue(u":ids"_s, uuidArray(validIds(ids)));
        const auto mine = execIds(q, error);
        if (!mine)
            return false;
        q.prepare(u"update outbound_queue o set status = 'drafted', error = null "
                  "where o.staged_draft_id = any (cast(:ids as uuid[])) and (o.status = 'approved' "
                  "  or (o.status = 'cancelled' and o.error like 'rejected: %')) "
                  "returning o.staged_draft_id::text"_s);
        q.bindValue(u":ids"_s, uuidArray(*mine));
        const auto reopened = execIds(q, error);
        if (!reopened)
            return false;
        q.prepare(u"update staged_drafts d set status = case when d.subject = '' and d.body = '' "
                  "  then 'awaiting_draft' else 'pending_review' end, "
                  "  reviewer = null, reviewed_at = null, reject_reason = null "
                  "where d.id = any (cast(:ids as uuid[])) returning d.id::text"_s);
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
        q.prepare(u"update staged_drafts d set subject = coalesce(:subject, ''), body = "
                  u"coalesce(:body, ''), edited = true, "
                  "  unknown_placeholders = array(select jsonb_array_elements_text("
                  "    cast(:unknown as jsonb))) "
                  "where d.id = cast(:id as uuid) and d.status = 'pending_review' "
                  "returning d.id::text"_s);
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
    QVector<DraftingJob> jobs;
    while (q.next()) {
        DraftingJob j;
        j.taskId = q.value(u"task_id"_s).toString();
        j.draftId = q.value(u"draft_id"_s).toString();
        j.contactId = q.value(u"contact_id"_s).toString();
        j.campaign = q.value(u"campaign"_s).toString();
        j.stepNumber = q.value(u"step_number"_s).toInt();
        j.channel = q.value(u"channel"_s).toString();
        j.contentType = q.value(u"content_type"_s).toString();
        j.instructions = q.value(u"instructions"_s).toString();
        j.contact = QJsonDocument::fromJson(q.value(u"contact"_s).toString().toUtf8()).object();
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
        q.prepare(
            u"with t as (select d.id, coalesce(s.review, c.review) as review "
            "  from staged_drafts d join campaigns c on c.id = d.campaign_id "
            "  left join campaign_contacts cc on cc.id = d.enrollment_id "
            "  left join campaign_steps s on s.campaign_id = d.campaign_id "
            "    and s.revision = cc.revision and s.step_number = d.step_number "
            "  where d.id = cast(:id as uuid) and coalesce(cc.status, 'active') = 'active'), "
            "d as (update staged_drafts d set subject = coalesce(:subject, ''), body = "
            "coalesce(:body, ''), "
            "    unknown_placeholders = array(select jsonb_array_elements_text("
            "      cast(:unknown as jsonb))), "
            "    status = case when t.review then 'pending_review' else 'approved' end, "
            "    reviewed_at = case when t.review then null else now() end "
            "  from t where d.id = t.id and d.status = 'awaiting_draft' "
            "  returning d.id, d.status), "
            "o as (update outbound_queue o set "
            "    status = case when d.status = 'approved' then 'approved' else 'drafted' end, "
            "    scheduled_at = case when d.status = 'approved' "
            "      then greatest(o.scheduled_at, now()) else o.scheduled_at end "
            "  from d where o.staged_draft_id = d.id and o.status in ('pending', 'drafted') "
            "  returning o.id), "
            "k as (update tasks k set status = 'done', completed_at = now() "
            "  where k.type = 'execute_sequence_step' and k.status in ('pending', 'in_progress') "
            "    and k.payload ->> 'staged_draft_id' in (select d.id::text from d) "
            "  returning k.id) "
            "select d.id::text, d.status from d"_s);
        q.bindValue(u":subject"_s, subject);
        q.bindValue(u":body"_s, body);
        q.bindValue(u":unknown"_s, placeholdersJson(subject, body));
        q.bindValue(u":id"_s, validIds({id}).value(0, QUuid().toString(QUuid::WithoutBraces)));
        if (!q.exec()) {
            *error = failure(q);
            return false;
        }
        if (q.next()) {
            done.append(q.value(0).toString());
            status = q.value(1).toString();
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
