#include "reportstore.h"

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

// Rows of dash_<kind>_days and dash_<kind>_hours of one campaign in the window, as one source.
QString windowed(const QString &kind, const QString &columns, const QString &campaign)
{
    return u"(select %1 from dash_%2_days where campaign_id = %3 "
           "and day >= cast(:dfrom as timestamptz) and day < cast(:dto as timestamptz) "
           "union all select %1 from dash_%2_hours where campaign_id = %3 "
           "and ((hour >= cast(:hfrom as timestamptz) and hour < cast(:h1 as timestamptz)) "
           "or (hour >= cast(:h2 as timestamptz) and hour < cast(:hto as timestamptz)))) w "_s.arg(
               columns, kind, campaign);
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
constexpr auto hourWindow
    = "(cast(:from as timestamptz) is null or hour >= touchline_dash_hour(cast(:from as "
      "timestamptz))) and (cast(:to as timestamptz) is null or hour < cast(:to as timestamptz))";

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

DrillRow drillRow(const QSqlQuery &q)
{
    DrillRow r;
    r.campaign = q.value(u"slug"_s).toString();
    r.step = q.value(u"step_number"_s).toInt();
    r.contactId = q.value(u"contact_id"_s).toString();
    r.contactName = q.value(u"contact_name"_s).toString();
    r.enrollmentId = q.value(u"enrollment_id"_s).toString();
    r.enrollmentStatus = q.value(u"enrollment_status"_s).toString();
    r.currentStep = q.value(u"current_step"_s).toInt();
    r.itemId = q.value(u"item_id"_s).toString();
    r.itemStatus = q.value(u"item_status"_s).toString();
    r.outcome = q.value(u"outcome"_s).toString();
    r.intent = q.value(u"intent"_s).toString();
    r.occurredAt = q.value(u"occurred_at"_s).toDateTime().toUTC();
    return r;
}

// Live and archived rows (migration 24): a drill into an old window still finds its contacts.
constexpr auto drillColumns
    = "select ct.id as contact_id, "
      "  trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')) as contact_name, "
      "  cc.id as enrollment_id, cc.status as enrollment_status, cc.current_step, "
      "  q.id as item_id, q.status as item_status, o.outcome, coalesce(o.intent, '') as intent, "
      "  o.occurred_at, o.step_number, c.slug "
      "from step_outcomes_all o "
      "join campaigns c on c.id = o.campaign_id "
      "join campaign_contacts_all cc on cc.id = o.enrollment_id "
      "join contacts ct on ct.id = cc.contact_id "
      "left join outbound_queue_all q on q.id = o.outbound_id ";

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
    if (!run(q, u"select distinct client_id from campaigns order by 1"_s, {}, error))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<QVector<QPair<QString, QString>>> ReportStore::campaigns(const QString &client,
                                                                       DbError *error) const
{
    QSqlQuery q(m_db);
    ReportFilter f;
    f.client = client;
    if (!run(q,
             u"select slug, name from campaigns where (:client = '' or client_id = :client) "
             "order by name, slug"_s,
             f,
             error))
        return std::nullopt;
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
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
    if (!run(q,
             u"select c.slug, c.name, c.client_id, c.status, c.current_revision, "
             "  (select string_agg(revision::text, ',' order by revision) "
             "     from campaign_revisions r where r.campaign_id = c.id) as revisions "
             "from campaigns c where c.slug = :slug"_s,
             filter,
             error))
        return false;
    if (!q.next()) {
        *error = {DbError::Kind::Rejected, Tr::tr("unknown campaign \"%1\"").arg(filter.campaign)};
        return false;
    }
    report->slug = q.value(0).toString();
    report->name = q.value(1).toString();
    report->client = q.value(2).toString();
    report->status = q.value(3).toString();
    report->currentRevision = q.value(4).toInt();
    for (const QString &r : q.value(5).toString().split(u',', Qt::SkipEmptyParts))
        report->revisions.append(r.toInt());
    return true;
}

bool ReportStore::loadSteps(const ReportFilter &filter,
                            CampaignReport *report,
                            DbError *error) const
{
    QSqlQuery q(m_db);
    // The steps of the filter's revision (else the current one) name the channels.
    if (!run(q,
             u"select s.step_number, s.channel, coalesce(s.handler, ''), s.content_type "
             "from campaigns c join campaign_steps s on s.campaign_id = c.id and s.revision = "
             "  case when :rev > 0 then :rev else c.current_revision end "
             "where c.slug = :slug and (:channel = '' or s.channel = :channel) "
             "order by s.step_number"_s,
             filter,
             error))
        return false;
    while (q.next()) {
        StepReport *s = stepFor(report, q.value(0).toInt(), q.value(1).toString());
        s->handler = q.value(2).toString();
        s->contentType = q.value(3).toString();
    }
    const QString campaign = u"(select id from campaigns where slug = :slug)"_s;
    const QString where
        = u" where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel) "_s;
    if (!run(q,
             u"select step_number, channel, status, sum(items) from "_s
                 + windowed(u"item"_s, u"revision, step_number, channel, status, items"_s, campaign)
                 + where + u" group by 1, 2, 3"_s,
             filter,
             error))
        return false;
    while (q.next()) {
        StepReport *s = stepFor(report, q.value(0).toInt(), q.value(1).toString());
        s->items[q.value(2).toString()] += q.value(3).toLongLong();
        s->fired += q.value(3).toLongLong();
    }
    if (!run(q,
             u"select step_number, channel, outcome, intent, sum(events) from "_s
                 + windowed(u"outcome"_s,
                            u"revision, step_number, channel, outcome, intent, events"_s,
                            campaign)
                 + where + u" group by 1, 2, 3, 4"_s,
             filter,
             error))
        return false;
    while (q.next()) {
        StepReport *s = stepFor(report, q.value(0).toInt(), q.value(1).toString());
        s->outcomes[q.value(2).toString()] += q.value(4).toLongLong();
        if (!q.value(3).toString().isEmpty())
            s->replyIntents[q.value(3).toString()] += q.value(4).toLongLong();
    }
    return true;
}

bool ReportStore::loadEnrollments(const ReportFilter &filter,
                                  CampaignReport *report,
                                  DbError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             u"select status, exit_reason, sum(enrollments) from dash_enrollment_hours "
             "where campaign_id = (select id from campaigns where slug = :slug) "
             "and (:rev = 0 or revision = :rev) and "_s
                 + QLatin1StringView(hourWindow)
                 + u" group by 1, 2 having sum(enrollments) > 0 order by 3 desc, 1, 2"_s,
             filter,
             error))
        return false;
    while (q.next()) {
        const QString status = q.value(0).toString();
        report->enrollments[status] += q.value(2).toLongLong();
        if (status != u"active")
            report->exits.append({status, q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (!run(q,
             u"select r.from_status, t.slug, sum(r.enrollments) from dash_route_hours r "
             "join campaigns t on t.id = r.to_campaign_id "
             "where r.from_campaign_id = (select id from campaigns where slug = :slug) and "_s
                 + QLatin1StringView(hourWindow)
                 + u" group by 1, 2 having sum(r.enrollments) > 0 order by 3 desc, 1, 2"_s,
             filter,
             error))
        return false;
    while (q.next())
        report->routes.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return true;
}

bool ReportStore::loadTouches(const ReportFilter &filter,
                              CampaignReport *report,
                              DbError *error) const
{
    // Per day from the daily rows (whole days touching the window); when that spans three days
    // or less, per hour from the hourly rows instead.
    const QString where = u"where campaign_id = (select id from campaigns where slug = :slug) "
                          "and status <> 'cancelled' and (:rev = 0 or revision = :rev) "
                          "and (:channel = '' or channel = :channel) and "_s;
    QSqlQuery q(m_db);
    if (!run(q,
             u"select day, channel, sum(items) from dash_item_days "_s + where
                 + u"day >= date_trunc('day', cast(:hfrom as timestamptz), 'UTC') "
                   "and day < cast(:hto as timestamptz) "
                   "group by 1, 2 having sum(items) > 0 order by 1, 2"_s,
             filter,
             error))
        return false;
    QVector<TouchBucket> days;
    while (q.next())
        days.append(
            {q.value(0).toDateTime().toUTC(), q.value(1).toString(), q.value(2).toLongLong()});
    report->touchesByDay = !days.isEmpty() && days.first().start.daysTo(days.last().start) >= 3;
    if (report->touchesByDay) {
        report->touches = days;
        return true;
    }
    if (!run(q,
             u"select hour, channel, sum(items) from dash_item_hours "_s + where
                 + QLatin1StringView(hourWindow)
                 + u" group by 1, 2 having sum(items) > 0 order by 1, 2"_s,
             filter,
             error))
        return false;
    while (q.next())
        report->touches.append(
            {q.value(0).toDateTime().toUTC(), q.value(1).toString(), q.value(2).toLongLong()});
    return true;
}

std::optional<QVector<CampaignRates>> ReportStore::overview(const ReportFilter &filter,
                                                            DbError *error) const
{
    const QString window = QLatin1StringView(hourWindow);
    QSqlQuery q(m_db);
    if (!run(
            q,
            u"select c.slug, c.name, c.client_id, c.status, "
            "  coalesce(e.enrolled, 0), coalesce(e.active, 0), coalesce(e.converted, 0), "
            "  coalesce(e.rejected, 0), coalesce(e.timed_out, 0), coalesce(i.fired, 0), "
            "  coalesce(i.sent, 0), coalesce(o.events, 0), coalesce(o.engaged, 0) "
            "from campaigns c "
            "left join lateral (select sum(enrollments) as enrolled, "
            "    sum(enrollments) filter (where status = 'active') as active, "
            "    sum(enrollments) filter (where status = 'converted') as converted, "
            "    sum(enrollments) filter (where status = 'rejected') as rejected, "
            "    sum(enrollments) filter (where status = 'timed_out') as timed_out "
            "  from dash_enrollment_hours where campaign_id = c.id "
            "  and (:rev = 0 or revision = :rev) and "_s
                + window
                + u") e on true "
                  "left join lateral (select sum(items) as fired, "
                  "    sum(items) filter (where status = 'sent') as sent from "_s
                + windowed(u"item"_s, u"revision, channel, status, items"_s, u"c.id"_s)
                + u" where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel) "
                  ") i on true "
                  "left join lateral (select sum(events) as events, sum(events) filter "
                  "    (where outcome in ('replied', 'accepted', 'live_answer')) as engaged from "_s
                + windowed(u"outcome"_s, u"revision, channel, outcome, events"_s, u"c.id"_s)
                + u" where (:rev = 0 or revision = :rev) and (:channel = '' or channel = :channel) "
                  ") o on true "
                  "where c.status in ('active', 'paused') "
                  "and (:client = '' or c.client_id = :client) "
                  "and (:slug = '' or c.slug = :slug) "
                  "order by c.name, c.slug"_s,
            filter,
            error))
        return std::nullopt;
    QVector<CampaignRates> out;
    while (q.next()) {
        CampaignRates o;
        o.slug = q.value(0).toString();
        o.name = q.value(1).toString();
        o.client = q.value(2).toString();
        o.status = q.value(3).toString();
        o.enrolled = q.value(4).toLongLong();
        o.active = q.value(5).toLongLong();
        o.converted = q.value(6).toLongLong();
        o.rejected = q.value(7).toLongLong();
        o.timedOut = q.value(8).toLongLong();
        o.fired = q.value(9).toLongLong();
        o.sent = q.value(10).toLongLong();
        o.events = q.value(11).toLongLong();
        o.engaged = q.value(12).toLongLong();
        out.append(o);
    }
    return out;
}

std::optional<QVector<DrillRow>> ReportStore::drill(const DrillRequest &request,
                                                    DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1StringView(drillColumns)
              + u"where c.slug = :slug and o.step_number = :step and o.outcome = :outcome "
                "and (:rev = 0 or o.revision = :rev) "
                "and (:client = '' or c.client_id = :client) "
                "and (cast(:from as timestamptz) is null "
                "  or o.occurred_at >= touchline_dash_hour(cast(:from as timestamptz))) "
                "and (cast(:to as timestamptz) is null "
                "  or touchline_dash_hour(o.occurred_at) < cast(:to as timestamptz)) "
                "order by o.occurred_at, o.id limit :limit"_s);
    bindFilter(q, request.filter);
    q.bindValue(u":step"_s, request.step);
    q.bindValue(u":outcome"_s, request.outcome);
    q.bindValue(u":limit"_s, request.limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<DrillRow> rows;
    while (q.next())
        rows.append(drillRow(q));
    return rows;
}

std::optional<QVector<DrillRow>> ReportStore::history(const QString &contactId,
                                                      DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1StringView(drillColumns)
              + u"where cc.contact_id = :contact order by o.occurred_at desc, o.id desc"_s);
    q.bindValue(u":contact"_s, contactId);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QVector<DrillRow> rows;
    while (q.next())
        rows.append(drillRow(q));
    return rows;
}

} // namespace Touchline
