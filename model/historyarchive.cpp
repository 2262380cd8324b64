#include "historyarchive.h"

#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

const auto cutoffSql = uR"sql(
select s.retention_days,
       coalesce(cast(:at as timestamptz), now())
           - make_interval(days => coalesce(cast(:days as int), s.retention_days))
  from history_settings s
)sql"_s;

const auto enrollmentsSql = uR"sql(
select enrollments, items, drafts, outcomes, last_id::text
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

} // namespace

std::optional<int> HistoryArchive::retentionDays(QSqlDatabase db, DbError *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"select retention_days from history_settings"_s) || !q.next()) {
        *error = failure(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

bool HistoryArchive::setRetentionDays(QSqlDatabase db, int days, DbError *error)
{
    if (days < 1) {
        *error = {DbError::Kind::Rejected,
                  Tr::tr("the retention must be at least one day (got %1)").arg(days)};
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"update history_settings set retention_days = :days"_s);
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
    q.prepare(cutoffSql);
    q.bindValue(u":at"_s, options.at ? QVariant(options.at->toUTC()) : QVariant());
    q.bindValue(u":days"_s, options.olderThanDays ? QVariant(*options.olderThanDays) : QVariant());
    if (!q.exec() || !q.next()) {
        *error = failure(q.lastError());
        return std::nullopt;
    }
    report.retentionDays = options.olderThanDays.value_or(q.value(0).toInt());
    report.cutoff = q.value(1).toDateTime().toUTC();
    const int limit = std::max(1, options.batchSize);

    QVariant after;
    for (int n = 0; options.maxBatches <= 0 || n < options.maxBatches; ++n) {
        q.prepare(enrollmentsSql);
        q.bindValue(u":cutoff"_s, report.cutoff);
        q.bindValue(u":limit"_s, limit);
        q.bindValue(u":after"_s, after);
        if (!runBatch(db, q, error))
            return std::nullopt;
        const qint64 moved = q.value(0).toLongLong();
        report.items += q.value(1).toLongLong();
        report.drafts += q.value(2).toLongLong();
        report.outcomes += q.value(3).toLongLong();
        after = q.value(4);
        if (!commit(db, q, error))
            return std::nullopt;
        report.enrollments += moved;
        ++report.batches;
        if (moved < limit)
            break;
    }
    // One sweep of the tasks table, from where the last one stopped round to there again.
    const int pages = std::max(1, limit / enrollmentsPerTaskPage);
    qint64 start = -1;
    bool wrapped = false;
    for (int n = 0; options.maxBatches <= 0 || n < options.maxBatches; ++n) {
        q.prepare(tasksSql);
        q.bindValue(u":cutoff"_s, report.cutoff);
        q.bindValue(u":pages"_s, pages);
        if (!runBatch(db, q, error))
            return std::nullopt;
        const qint64 moved = q.value(0).toLongLong();
        const qint64 first = q.value(1).toLongLong();
        const bool end = q.value(2).toBool();
        if (!commit(db, q, error))
            return std::nullopt;
        report.tasks += moved;
        ++report.batches;
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
    if (!q.exec(stampSql)) {
        *error = failure(q.lastError());
        return std::nullopt;
    }
    return report;
}

} // namespace Touchline
