#include "reportstore.h"

#include "engine_p.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

QVariant timeValue(const std::optional<QDateTime> &t)
{
    if (!t)
        return QVariant(QMetaType::fromType<QString>());
    return t->toUTC().toString(Qt::ISODateWithMs);
}

// Text parameters compare with '' for "all": never bind a null QString (that binds NULL).
QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime floorHour(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return QDateTime(u.date(), QTime(u.time().hour(), 0), Qt::UTC);
}

QDateTime ceilHour(const QDateTime &t)
{
    const QDateTime f = floorHour(t);
    return f == t.toUTC() ? f : f.addSecs(3600);
}

// The window as whole days [dfrom, dto) from the daily rows and ragged hours [hfrom, h1) and
// [h2, hto) from the hourly ones; unbounded ends are +-infinity.
void bindWindow(QSqlQuery &q, const ReportFilter &f)
{
    const QString minusInfinity = u"-infinity"_s;
    const QString infinity = u"infinity"_s;
    const std::optional<QDateTime> hfrom
        = f.from ? std::optional(floorHour(*f.from)) : std::nullopt;
    const std::optional<QDateTime> hto = f.to ? std::optional(ceilHour(*f.to)) : std::nullopt;
    std::optional<QDateTime> dfrom;
    if (hfrom)
        dfrom = hfrom->time() == QTime(0, 0)
                    ? *hfrom
                    : QDateTime(hfrom->date().addDays(1), QTime(0, 0), Qt::UTC);
    std::optional<QDateTime> dto;
    if (hto)
        dto = QDateTime(hto->date(), QTime(0, 0), Qt::UTC);
    QString h1 = dfrom ? stamp(*dfrom) : minusInfinity;
    QString h2 = dto ? stamp(*dto) : infinity;
    if (dfrom && dto && *dfrom >= *dto) { // within one day: hours only
        h1 = stamp(*hto);
        h2 = stamp(*hto);
    }
    q.bindValue(u":hfrom"_s, hfrom ? stamp(*hfrom) : minusInfinity);
    q.bindValue(u":hto"_s, hto ? stamp(*hto) : infinity);
    q.bindValue(u":dfrom"_s, dfrom ? stamp(*dfrom) : minusInfinity);
    q.bindValue(u":dto"_s, dto ? stamp(*dto) : infinity);
    q.bindValue(u":h1"_s, h1);
    q.bindValue(u":h2"_s, h2);
}

// Rows of dash_<kind>_days and dash_<kind>_hours of one campaign in the window, as one source
// named w. The placeholders take only fixed fragments: %1 the columns, %2 the kind (item or
// outcome), %3 the campaign id expression.
const auto windowedSql = uR"sql(
(select %1 from dash_%2_days
  where campaign_id = %3
    and day >= cast(:dfrom as timestamptz) and day < cast(:dto as timestamptz)
  union all
 select %1 from dash_%2_hours
  where campaign_id = %3
    and ((hour >= cast(:hfrom as timestamptz) and hour < cast(:h1 as timestamptz))
         or (hour >= cast(:h2 as timestamptz) and hour < cast(:hto as timestamptz)))) w
)sql"_s;

QString windowed(const QString &kind, const QString &columns, const QString &campaign)
{
    return windowedSql.arg(columns, kind, campaign);
}

// The filter's parameters, bound by name; every statement below uses the same names.
void bindFilter(QSqlQuery &q, const ReportFilter &f)
{
    bindWindow(q, f);
    q.bindValue(u":slug"_s, text(f.campaign));
    q.bindValue(u":client"_s, text(f.client));
    q.bindValue(u":channel"_s, text(f.channel));
    q.bindValue(u":rev"_s, f.revision);
    q.bindValue(u":from"_s, timeValue(f.from));
    q.bindValue(u":to"_s, timeValue(f.to));
}

// Summary rows in the window: whole hours, `from` rounded down and `to` up.
const auto hourWindowSql = uR"sql(
(cast(:from as timestamptz) is null
 or hour >= touchline_dash_hour(cast(:from as timestamptz)))
and (cast(:to as timestamptz) is null or hour < cast(:to as timestamptz))
)sql"_s;

// The clients that have campaigns, in order.
const auto clientsSql = uR"sql(
select distinct client_id from campaigns order by client_id
)sql"_s;

// The campaigns of a client (all of them for an empty client), by name.
const auto campaignsSql = uR"sql(
select slug, name from campaigns where (:client = '' or client_id = :client)
 order by name, slug
)sql"_s;

// The campaign with its revisions, as a comma-separated list in order.
const auto headerSql = uR"sql(
select c.slug, c.name, c.client_id, c.status, c.current_revision,
       (select string_agg(revision::text, ',' order by revision)
          from campaign_revisions r where r.campaign_id = c.id) as revisions
  from campaigns c
 where c.slug = :slug
)sql"_s;

// The steps of the filter revision (else the current one), which name the channels.
const auto stepsSql = uR"sql(
select s.step_number, s.channel, coalesce(s.handler, '') as handler, s.content_type
  from campaigns c
  join campaign_steps s on s.campaign_id = c.id
   and s.revision = case when :rev > 0 then :rev else c.current_revision end
 where c.slug = :slug and (:channel = '' or s.channel = :channel)
 order by s.step_number
)sql"_s;

// The campaign id expression for windowed() of the filter campaign.
const auto campaignIdSql = uR"sql(
(select id from campaigns where slug = :slug)
)sql"_s;

// Items per step and status in the window; %1 is windowed() of the item rows.
const auto stepItemsSql = uR"sql(
select step_number, channel, status, sum(items) as item_count
  from %1
 where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel)
 group by step_number, channel, status
)sql"_s;

// Outcome events per step, outcome and intent in the window; %1 is windowed() of the outcome
// rows.
const auto stepOutcomesSql = uR"sql(
select step_number, channel, outcome, intent, sum(events) as event_count
  from %1
 where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel)
 group by step_number, channel, outcome, intent
)sql"_s;

// Enrollments per status and exit reason in the window, most first; %1 is hourWindowSql.
const auto enrollmentsSql = uR"sql(
select status, exit_reason, sum(enrollments) as enrollment_count
  from dash_enrollment_hours
 where campaign_id = (select id from campaigns where slug = :slug)
   and (:rev = 0 or revision = :rev) and %1
 group by status, exit_reason
having sum(enrollments) > 0
 order by enrollment_count desc, status, exit_reason
)sql"_s;

// Enrollments routed from the campaign to others in the window, most first; %1 is
// hourWindowSql.
const auto routesSql = uR"sql(
select r.from_status, t.slug, sum(r.enrollments) as enrollment_count
  from dash_route_hours r
  join campaigns t on t.id = r.to_campaign_id
 where r.from_campaign_id = (select id from campaigns where slug = :slug) and %1
 group by r.from_status, t.slug
having sum(r.enrollments) > 0
 order by enrollment_count desc, from_status, slug
)sql"_s;

// The item rows of the filter campaign, revision and channel that count as touches; followed
// by a window condition.
const auto touchFilterSql = uR"sql(
 where campaign_id = (select id from campaigns where slug = :slug)
   and status <> 'cancelled' and (:rev = 0 or revision = :rev)
   and (:channel = '' or channel = :channel) and
)sql"_s;

// Touches per day and channel from the daily rows (whole days touching the window); %1 is
// touchFilterSql.
const auto touchesByDaySql = uR"sql(
select day, channel, sum(items) as item_count
  from dash_item_days
 %1
       day >= date_trunc('day', cast(:hfrom as timestamptz), 'UTC')
   and day < cast(:hto as timestamptz)
 group by day, channel
having sum(items) > 0
 order by day, channel
)sql"_s;

// Touches per hour and channel from the hourly rows; %1 is touchFilterSql, %2 hourWindowSql.
const auto touchesByHourSql = uR"sql(
select hour, channel, sum(items) as item_count
  from dash_item_hours
 %1 %2
 group by hour, channel
having sum(items) > 0
 order by hour, channel
)sql"_s;

// The rates of the active and paused campaigns in the window. %1 is hourWindowSql, %2 and %3
// windowed() of the item and the outcome rows of c.
const auto overviewSql = uR"sql(
select c.slug, c.name, c.client_id, c.status,
       coalesce(e.enrolled, 0) as enrolled, coalesce(e.active, 0) as active,
       coalesce(e.converted, 0) as converted, coalesce(e.rejected, 0) as rejected,
       coalesce(e.timed_out, 0) as timed_out, coalesce(i.fired, 0) as fired,
       coalesce(i.sent, 0) as sent, coalesce(o.events, 0) as events,
       coalesce(o.engaged, 0) as engaged
  from campaigns c
  left join lateral (
       select sum(enrollments) as enrolled,
              sum(enrollments) filter (where status = 'active') as active,
              sum(enrollments) filter (where status = 'converted') as converted,
              sum(enrollments) filter (where status = 'rejected') as rejected,
              sum(enrollments) filter (where status = 'timed_out') as timed_out
         from dash_enrollment_hours
        where campaign_id = c.id and (:rev = 0 or revision = :rev) and %1) e on true
  left join lateral (
       select sum(items) as fired, sum(items) filter (where status = 'sent') as sent
         from %2
        where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel)) i on true
  left join lateral (
       select sum(events) as events,
              sum(events) filter (where outcome in ('replied', 'accepted', 'live_answer'))
                as engaged
         from %3
        where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel)) o on true
 where c.status in ('active', 'paused')
   and (:client = '' or c.client_id = :client)
   and (:slug = '' or c.slug = :slug)
 order by c.name, c.slug
)sql"_s;

bool run(QSqlQuery &q, const QString &sql, const ReportFilter &f, DbError *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = failure(q);
        return false;
    }
    bindFilter(q, f);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

StepReport *stepFor(CampaignReport *report, int step, const QString &channel)
{
    auto it = std::find_if(report->steps.begin(), report->steps.end(), [&](const StepReport &s) {
        return s.step == step;
    });
    if (it != report->steps.end())
        return &*it;
    StepReport s;
    s.step = step;
    s.channel = channel;
    const auto pos = std::lower_bound(report->steps.begin(),
                                      report->steps.end(),
                                      step,
                                      [](const StepReport &a, int n) { return a.step < n; });
    return &*report->steps.insert(pos, s);
}

DrillRow drillRow(const EngineDetail::ColumnReader &v)
{
    DrillRow r;
    r.campaign = v(u"slug"_s).toString();
    r.step = v(u"step_number"_s).toInt();
    r.contactId = v(u"contact_id"_s).toString();
    r.contactName = v(u"contact_name"_s).toString();
    r.enrollmentId = v(u"enrollment_id"_s).toString();
    r.enrollmentStatus = v(u"enrollment_status"_s).toString();
    r.currentStep = v(u"current_step"_s).toInt();
    r.itemId = v(u"item_id"_s).toString();
    r.itemStatus = v(u"item_status"_s).toString();
    r.outcome = v(u"outcome"_s).toString();
    r.intent = v(u"intent"_s).toString();
    r.occurredAt = v(u"occurred_at"_s).toDateTime().toUTC();
    return r;
}

// Live and archived rows (migration 24): a drill into an old window still finds its contacts.
// Read by drillRow(); followed by drillFilterSql or contactHistoryFilterSql.
const auto drillColumnsSql = uR"sql(
select ct.id as contact_id,
       trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')) as contact_name,
       cc.id as enrollment_id, cc.status as enrollment_status, cc.current_step,
       q.id as item_id, q.status as item_status, o.outcome, coalesce(o.intent, '') as intent,
       o.occurred_at, o.step_number, c.slug
  from step_outcomes_all o
  join campaigns c on c.id = o.campaign_id
  join campaign_contacts_all cc on cc.id = o.enrollment_id
  join contacts ct on ct.id = cc.contact_id
  left join outbound_queue_all q on q.id = o.outbound_id
)sql"_s;

// The outcomes of one step in the filter window, oldest first.
const auto drillFilterSql = uR"sql(
 where c.slug = :slug and o.step_number = :step and o.outcome = :outcome
   and (:rev = 0 or o.revision = :rev)
   and (:client = '' or c.client_id = :client)
   and (cast(:from as timestamptz) is null
        or o.occurred_at >= touchline_dash_hour(cast(:from as timestamptz)))
   and (cast(:to as timestamptz) is null
        or touchline_dash_hour(o.occurred_at) < cast(:to as timestamptz))
 order by o.occurred_at, o.id
 limit :limit
)sql"_s;

// The outcomes of one contact, newest first.
const auto contactHistoryFilterSql = uR"sql(
 where cc.contact_id = :contact
 order by o.occurred_at desc, o.id desc
)sql"_s;

} // namespace

qint64 StepReport::outcomeTotal() const
{
    qint64 n = 0;
    for (qint64 v : outcomes)
        n += v;
    return n;
}

bool CampaignReport::isEmpty() const
{
    for (const StepReport &s : steps)
        if (s.fired > 0 || s.outcomeTotal() > 0)
            return false;
    for (qint64 v : enrollments)
        if (v > 0)
            return false;
    return true;
}

ReportStore::ReportStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QStringList &ReportStore::engagedOutcomes()
{
    static const QStringList outcomes{u"replied"_s, u"accepted"_s, u"live_answer"_s};
    return outcomes;
}

std::optional<QStringList> ReportStore::clients(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, clientsSql, {}, error))
        return std::nullopt;
    const EngineDetail::ColumnReader v(q);
    QStringList out;
    while (q.next())
        out.append(v(u"client_id"_s).toString());
    return out;
}

std::optional<QVector<QPair<QString, QString>>> ReportStore::campaigns(const QString &client,
                                                                       DbError *error) const
{
    QSqlQuery q(m_db);
    ReportFilter f;
    f.client = client;
    if (!run(q, campaignsSql, f, error))
        return std::nullopt;
    const EngineDetail::ColumnReader v(q);
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.append({v(u"slug"_s).toString(), v(u"name"_s).toString()});
    return out;
}

std::optional<CampaignReport> ReportStore::campaign(const ReportFilter &filter,
                                                    DbError *error) const
{
    CampaignReport report;
    if (!loadHeader(filter, &report, error) || !loadSteps(filter, &report, error)
        || !loadEnrollments(filter, &report, error) || !loadTouches(filter, &report, error))
        return std::nullopt;
    return report;
}

bool ReportStore::loadHeader(const ReportFilter &filter,
                             CampaignReport *report,
                             DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, headerSql, filter, error))
        return false;
    if (!q.next()) {
        *error = {DbError::Kind::Rejected, Tr::tr("unknown campaign \"%1\"").arg(filter.campaign)};
        return false;
    }
    report->slug = q.value(u"slug"_s).toString();
    report->name = q.value(u"name"_s).toString();
    report->client = q.value(u"client_id"_s).toString();
    report->status = q.value(u"status"_s).toString();
    report->currentRevision = q.value(u"current_revision"_s).toInt();
    for (const QString &r : q.value(u"revisions"_s).toString().split(u',', Qt::SkipEmptyParts))
        report->revisions.append(r.toInt());
    return true;
}

bool ReportStore::loadSteps(const ReportFilter &filter,
                            CampaignReport *report,
                            DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, stepsSql, filter, error))
        return false;
    {
        const EngineDetail::ColumnReader v(q);
        while (q.next()) {
            StepReport *s
                = stepFor(report, v(u"step_number"_s).toInt(), v(u"channel"_s).toString());
            s->handler = v(u"handler"_s).toString();
            s->contentType = v(u"content_type"_s).toString();
        }
    }
    if (!run(q,
             stepItemsSql.arg(windowed(
                 u"item"_s, u"revision, step_number, channel, status, items"_s, campaignIdSql)),
             filter,
             error))
        return false;
    {
        const EngineDetail::ColumnReader v(q);
        while (q.next()) {
            StepReport *s
                = stepFor(report, v(u"step_number"_s).toInt(), v(u"channel"_s).toString());
            const qint64 count = v(u"item_count"_s).toLongLong();
            s->items[v(u"status"_s).toString()] += count;
            s->fired += count;
        }
    }
    if (!run(q,
             stepOutcomesSql.arg(
                 windowed(u"outcome"_s,
                          u"revision, step_number, channel, outcome, intent, events"_s,
                          campaignIdSql)),
             filter,
             error))
        return false;
    const EngineDetail::ColumnReader v(q);
    while (q.next()) {
        StepReport *s = stepFor(report, v(u"step_number"_s).toInt(), v(u"channel"_s).toString());
        const qint64 count = v(u"event_count"_s).toLongLong();
        s->outcomes[v(u"outcome"_s).toString()] += count;
        const QString intent = v(u"intent"_s).toString();
        if (!intent.isEmpty())
            s->replyIntents[intent] += count;
    }
    return true;
}

bool ReportStore::loadEnrollments(const ReportFilter &filter,
                                  CampaignReport *report,
                                  DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, enrollmentsSql.arg(hourWindowSql), filter, error))
        return false;
    {
        const EngineDetail::ColumnReader v(q);
        while (q.next()) {
            const QString status = v(u"status"_s).toString();
            const qint64 count = v(u"enrollment_count"_s).toLongLong();
            report->enrollments[status] += count;
            if (status != u"active")
                report->exits.append({status, v(u"exit_reason"_s).toString(), count});
        }
    }
    if (!run(q, routesSql.arg(hourWindowSql), filter, error))
        return false;
    const EngineDetail::ColumnReader v(q);
    while (q.next())
        report->routes.append({v(u"from_status"_s).toString(),
                               v(u"slug"_s).toString(),
                               v(u"enrollment_count"_s).toLongLong()});
    return true;
}

bool ReportStore::loadTouches(const ReportFilter &filter,
                              CampaignReport *report,
                              DbError *error) const
{
    // Per day from the daily rows (whole days touching the window); when that spans three days
    // or less, per hour from the hourly rows instead.
    QSqlQuery q(m_db);
    if (!run(q, touchesByDaySql.arg(touchFilterSql), filter, error))
        return false;
    QVector<TouchBucket> days;
    {
        const EngineDetail::ColumnReader v(q);
        while (q.next())
            days.append({v(u"day"_s).toDateTime().toUTC(),
                         v(u"channel"_s).toString(),
                         v(u"item_count"_s).toLongLong()});
    }
    report->touchesByDay = !days.isEmpty() && days.first().start.daysTo(days.last().start) >= 3;
    if (report->touchesByDay) {
        report->touches = days;
        return true;
    }
    if (!run(q, touchesByHourSql.arg(touchFilterSql, hourWindowSql), filter, error))
        return false;
    const EngineDetail::ColumnReader v(q);
    while (q.next())
        report->touches.append({v(u"hour"_s).toDateTime().toUTC(),
                                v(u"channel"_s).toString(),
                                v(u"item_count"_s).toLongLong()});
    return true;
}

std::optional<QVector<CampaignRates>> ReportStore::overview(const ReportFilter &filter,
                                                            DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             overviewSql.arg(
                 hourWindowSql,
                 windowed(u"item"_s, u"revision, channel, status, items"_s, u"c.id"_s),
                 windowed(u"outcome"_s, u"revision, channel, outcome, events"_s, u"c.id"_s)),
             filter,
             error))
        return std::nullopt;
    const EngineDetail::ColumnReader v(q);
    QVector<CampaignRates> out;
    while (q.next()) {
        CampaignRates o;
        o.slug = v(u"slug"_s).toString();
        o.name = v(u"name"_s).toString();
        o.client = v(u"client_id"_s).toString();
        o.status = v(u"status"_s).toString();
        o.enrolled = v(u"enrolled"_s).toLongLong();
        o.active = v(u"active"_s).toLongLong();
        o.converted = v(u"converted"_s).toLongLong();
        o.rejected = v(u"rejected"_s).toLongLong();
        o.timedOut = v(u"timed_out"_s).toLongLong();
        o.fired = v(u"fired"_s).toLongLong();
        o.sent = v(u"sent"_s).toLongLong();
        o.events = v(u"events"_s).toLongLong();
        o.engaged = v(u"engaged"_s).toLongLong();
        out.append(o);
    }
    return out;
}

std::optional<QVector<DrillRow>> ReportStore::drill(const DrillRequest &request,
                                                    DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(drillColumnsSql + drillFilterSql);
    bindFilter(q, request.filter);
    q.bindValue(u":step"_s, request.step);
    q.bindValue(u":outcome"_s, request.outcome);
    q.bindValue(u":limit"_s, request.limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<DrillRow> rows;
    while (q.next())
        rows.append(drillRow(v));
    return rows;
}

std::optional<QVector<DrillRow>> ReportStore::history(const QString &contactId,
                                                      DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(drillColumnsSql + contactHistoryFilterSql);
    q.bindValue(u":contact"_s, contactId);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<DrillRow> rows;
    while (q.next())
        rows.append(drillRow(v));
    return rows;
}

} // namespace Touchline
