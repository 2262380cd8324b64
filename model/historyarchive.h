// Moves finished history out of the hot tables: enrollments that exited more than the retention
// ago, with their outbound items, drafts, outcomes and finished tasks, go to the *_archive
// tables (migration 24), one transaction per batch; the dashboard's summaries do not change.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Touchline {

class HistoryArchive
{
public:
    struct Options
    {
        std::optional<int> olderThanDays; // default: history_settings.retention_days
        std::optional<QDateTime> at;      // default: the database's now()
        int batchSize = 1000;             // enrollments (and tasks) per transaction
        int maxBatches = 0;               // per kind; 0: until nothing is left
    };

    struct Report
    {
        int retentionDays = 0;
        QDateTime cutoff; // rows that ended before this moved
        qint64 enrollments = 0;
        qint64 items = 0;
        qint64 drafts = 0;
        qint64 outcomes = 0;
        qint64 tasks = 0;
        int batches = 0;
    };

    static constexpr int defaultRetentionDays = 90;

    static std::optional<int> retentionDays(QSqlDatabase db, DbError *error);
    // Stores the retention (days >= 1) that later runs, and the scheduler's, use.
    static bool setRetentionDays(QSqlDatabase db, int days, DbError *error);
    // Archives in batches until nothing old is left (or maxBatches). A batch that fails rolls
    // back alone: what earlier batches moved stays moved.
    static std::optional<Report> run(QSqlDatabase db, const Options &options, DbError *error);
};

} // namespace Touchline
