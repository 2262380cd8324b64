// The supervisor dashboard's and `touchline report`'s reads: per-step outcome breakdowns,
// enrollment status, exits and routes, touches over time and the campaign overview, all from
// the trigger-maintained summary rows (migration 0010), plus the drill-down into raw events.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace Touchline {

struct ReportFilter
{
    QString client;   // empty: every client
    QString campaign; // slug; empty: every campaign (overview only)
    QString channel;  // empty: every channel
    int revision = 0; // 0: every revision
    // Half-open [from, to); the summaries' grain is the UTC hour, so `from` is rounded down and
    // `to` up to whole hours. Unset: unbounded.
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
};

struct StepReport
{
    int step = 0;
    QString channel;
    QString handler;
    QString contentType;
    qint64 fired = 0;                   // outbound items of the step, whatever their status
    QMap<QString, qint64> outcomes;     // outcome -> recorded events
    QMap<QString, qint64> replyIntents; // intent -> replied events
    QMap<QString, qint64> items;        // item status -> items
    qint64 outcomeTotal() const;
};

struct ExitRow
{
    QString status; // converted | rejected | timed_out
    QString reason; // the exit_reason kept on the enrollment
    qint64 enrollments = 0;
};

struct RouteRow
{
    QString fromStatus;
    QString toCampaign; // slug
    qint64 enrollments = 0;
};

struct TouchBucket
{
    QDateTime start; // UTC, the start of the bucket
    QString channel;
    qint64 items = 0;
};

struct CampaignReport
{
    QString slug;
    QString name;
    QString client;
    QString status;
    int currentRevision = 0;
    QVector<int> revisions;
    QVector<StepReport> steps;
    QMap<QString, qint64> enrollments; // status -> enrollments
    QVector<ExitRow> exits;
    QVector<RouteRow> routes;
    QVector<TouchBucket> touches; // per hour, or per day over windows longer than three days
    bool touchesByDay = false;
    bool isEmpty() const;
};

struct CampaignRates
{
    QString slug;
    QString name;
    QString client;
    QString status;
    qint64 enrolled = 0;
    qint64 active = 0;
    qint64 converted = 0;
    qint64 rejected = 0;
    qint64 timedOut = 0;
    qint64 fired = 0;
    qint64 sent = 0;
    qint64 events = 0;
    qint64 engaged = 0; // replied, accepted, live_answer
};

struct DrillRow
{
    QString campaign; // slug
    int step = 0;
    QString contactId;
    QString contactName;
    QString enrollmentId;
    QString enrollmentStatus;
    int currentStep = 0;
    QString itemId;
    QString itemStatus;
    QString outcome;
    QString intent;
    QDateTime occurredAt;
};

struct DrillRequest
{
    ReportFilter filter; // campaign required
    int step = 0;
    QString outcome;
    int limit = 10000;
};

class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db);

    // Outcomes that count as the contact engaging, for the overview's rate.
    static const QStringList &engagedOutcomes();

    std::optional<QStringList> clients(DbError *error) const;
    // (slug, name) of the campaigns of `client` (all when empty), by name.
    std::optional<QVector<QPair<QString, QString>>> campaigns(const QString &client,
                                                              DbError *error) const;
    // An unknown campaign is a Rejected error naming it.
    std::optional<CampaignReport> campaign(const ReportFilter &filter, DbError *error) const;
    // Active and paused campaigns of the filter's client.
    std::optional<QVector<CampaignRates>> overview(const ReportFilter &filter,
                                                   DbError *error) const;
    std::optional<QVector<DrillRow>> drill(const DrillRequest &request, DbError *error) const;
    // Contact history: every outcome event of a contact, newest first, as drill rows.
    std::optional<QVector<DrillRow>> history(const QString &contactId, DbError *error) const;

private:
    bool loadHeader(const ReportFilter &filter, CampaignReport *report, DbError *error) const;
    bool loadSteps(const ReportFilter &filter, CampaignReport *report, DbError *error) const;
    bool loadEnrollments(const ReportFilter &filter, CampaignReport *report, DbError *error) const;
    bool loadTouches(const ReportFilter &filter, CampaignReport *report, DbError *error) const;

    QSqlDatabase m_db;
};

} // namespace Touchline
