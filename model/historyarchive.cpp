#include "historyarchive.h"

#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

const auto retentionSql = uR"sql(
select retention_days from history_settings
)sql"_s;

const auto setRetentionSql = uR"sql(
update history_settings set retention_days = :days
)sql"_s;

const auto cutoffSql = uR"sql(
select s.retention_days,
       coalesce(cast(:at as timestamptz), now())
           - make_interval(days => coalesce(cast(:days as int), s.retention_days)) as cutoff
  from history_settings s
)sql"_s;

const auto enrollmentsSql = uR"sql(
select enrollments, items, drafts, outcomes, last_id::text as last_id
  from touchline_archive_enrollments(cast(:cutoff as timestamptz), :limit, cast(:after as uuid))
)sql"_s;

const auto tasksSql = uR"sql(
select tasks, first_block, wrapped
  from touchline_archive_tasks(cast(:cutoff as timestamptz), :pages)
)sql"_s;

// A batch of N enrollments sweeps N / 8 pages of the tasks table (some 40-60 tasks a page).
constexpr int enrollmentsPerTaskPage = 8;

const auto stampSql = uR"sql(
update history_settings set last_archived_at = now()
)sql"_s;

DbError failure(const QSqlError &e)
{
    return {DbError::Kind::Failed, Database::describe(e)};
}

// One statement in its own transaction (the functions move a batch each).
bool runBatch(QSqlDatabase db, QSqlQuery &q, DbError *error)
{
    if (!db.transaction()) {
        *error = failure(db.lastError());
        return false;
    }
    if (!q.exec() || !q.next()) {
        *error = failure(q.lastError());
        q.finish();
        db.rollback();
        return false;
    }
    return true;
}

bool commit(QSqlDatabase db, QSqlQuery &q, DbError *error)
{
    q.finish();
    if (!db.commit()) {
        *error = failure(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

// The retention and the cutoff of a run into report.
bool readCutoff(QSqlQuery &q,
                const HistoryArchive::Options &options,
                HistoryArchive::Report *report,
                DbError *error)
{
    q.prepare(cutoffSql);
    q.bindValue(u":at"_s, options.at ? QVariant(options.at->toUTC()) : QVariant());
    q.bindValue(u":days"_s, options.olderThanDays ? QVariant(*options.olderThanDays) : QVariant());
    if (!q.exec() || !q.next()) {
        *error = failure(q.lastError());
        return false;
    }
    report->retentionDays = options.olderThanDays.value_or(q.value(u"retention_days"_s).toInt());
    report->cutoff = q.value(u"cutoff"_s).toDateTime().toUTC();
    return true;
}

// Batches of `limit` enrollments (with their items, drafts and outcomes) that ended before the
// cutoff, until a batch comes short or maxBatches (when above 0) ran.
bool archiveEnrollments(QSqlDatabase db,
                        QSqlQuery &q,
                        int maxBatches,
                        int limit,
                        HistoryArchive::Report *report,
                        DbError *error)
{
    QVariant after;
    for (int n = 0; maxBatches <= 0 || n < maxBatches; ++n) {
        q.prepare(enrollmentsSql);
        q.bindValue(u":cutoff"_s, report->cutoff);
        q.bindValue(u":limit"_s, limit);
        q.bindValue(u":after"_s, after);
        if (!runBatch(db, q, error))
            return false;
        const qint64 moved = q.value(u"enrollments"_s).toLongLong();
        report->items += q.value(u"items"_s).toLongLong();
        report->drafts += q.value(u"drafts"_s).toLongLong();
        report->outcomes += q.value(u"outcomes"_s).toLongLong();
        after = q.value(u"last_id"_s);
        if (!commit(db, q, error))
            return false;
        report->enrollments += moved;
        ++report->batches;
        if (moved < limit)
            break;
    }
    return true;
}

// One sweep of the tasks table, `pages` pages a batch, from where the last one stopped round to
// there again (or until maxBatches, when above 0, ran).
bool archiveTasks(QSqlDatabase db,
                  QSqlQuery &q,
                  int maxBatches,
                  int pages,
                  HistoryArchive::Report *report,
                  DbError *error)
{
    qint64 start = -1;
    bool wrapped = false;
    for (int n = 0; maxBatches <= 0 || n < maxBatches; ++n) {
        q.prepare(tasksSql);
        q.bindValue(u":cutoff"_s, report->cutoff);
        q.bindValue(u":pages"_s, pages);
        if (!runBatch(db, q, error))
            return false;
        const qint64 moved = q.value(u"tasks"_s).toLongLong();
        const qint64 first = q.value(u"first_block"_s).toLongLong();
        const bool end = q.value(u"wrapped"_s).toBool();
        if (!commit(db, q, error))
            return false;
        report->tasks += moved;
        ++report->batches;
        if (start < 0)
            start = first;
        else if (wrapped && first + pages >= start)
            break; // back where this sweep began
        if (end) {
            if (start == 0 || wrapped)
                break;
            wrapped = true;
        }
    }
    return true;
}

} // namespace

std::optional<int> HistoryArchive::retentionDays(QSqlDatabase db, DbError *error)
{
    QSqlQuery q(db);
    if (!q.exec(retentionSql) || !q.next()) {
        *error = failure(q.lastError());
        return std::nullopt;
    }
    return q.value(u"retention_days"_s).toInt();
}

bool HistoryArchive::setRetentionDays(QSqlDatabase db, int days, DbError *error)
{
    if (days < 1) {
        *error = {DbError::Kind::Rejected,
                  Tr::tr("the retention must be at least one day (got %1)").arg(days)};
        return false;
    }
    QSqlQuery q(db);
    q.prepare(setRetentionSql);
    q.bindValue(u":days"_s, days);
    if (!q.exec()) {
        *error = failure(q.lastError());
        return false;
    }
    return true;
}

std::optional<HistoryArchive::Report>
HistoryArchive::run(QSqlDatabase db, const Options &options, DbError *error)
{
    if (options.olderThanDays && *options.olderThanDays < 0) {
        *error = {
            DbError::Kind::Rejected,
            Tr::tr("--older-than must be zero or more days (got %1)").arg(*options.olderThanDays)};
        return std::nullopt;
    }
    Report report;
    QSqlQuery q(db);
    if (!readCutoff(q, options, &report, error))
        return std::nullopt;
    const int limit = std::max(1, options.batchSize);
    if (!archiveEnrollments(db, q, options.maxBatches, limit, &report, error))
        return std::nullopt;
    const int pages = std::max(1, limit / enrollmentsPerTaskPage);
    if (!archiveTasks(db, q, options.maxBatches, pages, &report, error))
        return std::nullopt;
    if (!q.exec(stampSql)) {
        *error = failure(q.lastError());
        return std::nullopt;
    }
    return report;
}

} // namespace Touchline
