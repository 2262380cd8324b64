// History benchmark (issue 16, item 4): the hot path with a year of finished history behind it,
// before and after `touchline db archive`. With N enrollments (default 20,000 so that the bench
// label stays short; --enrollments N or TOUCHLINE_BENCH_HISTORY_ENROLLMENTS, 1,000,000 for the
// full run) it
// 1. enrolls N contacts with Engine::enroll (one request), fires them (Engine::tick, one
//    scheduler), then resets them to step 1 and fires them again on an empty history:
//    enrollments/s, firings/s;
// 2. loads a year of history set-based: N more enrollments that exited over the twelve months
//    before, each with two sent items, two sent drafts, two outcomes and two done tasks;
// 3. fires N due enrollments again with that history live;
// 4. archives (HistoryArchive::run, the default 90-day retention) and fires them once more;
// printing firings/s, the due scan's buffers, table sizes and the process's peak RSS (VmHWM)
// after each phase. Asserts only that every run fired every enrollment exactly once and that
// archiving left the dashboard summaries as they were.
#include "benchcommon.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "historyarchive.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

int enrollments = 20000;
constexpr int batchSize = 1000;
const QString databaseName = u"bench_history"_s;
const QDateTime at = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

using Bench::flowJson;

// A year of finished history, set-based: :n enrollments of the same contacts that exited
// (timed out) evenly over the twelve months before :at, each with both steps fired, sent,
// drafted, with an outcome and a done task. Triggers are off for the load (replica role): the
// rows are consistent by construction, and this is a fixture, not the hot path.
const QStringList historySql{
    uR"sql(set session_replication_role = replica)sql"_s,
    uR"sql(create temp table bench_history_rows (g int, id uuid, enrolled timestamptz))sql"_s,
    uR"sql(
insert into bench_history_rows
select g, touchline_uuid7() as id,
       cast(:at as timestamptz) - interval '375 days' + interval '365 days' * (g::float8 / :n)
           as enrolled
  from generate_series(1, :n) g
)sql"_s,
    uR"sql(
insert into campaign_contacts (id, contact_id, campaign_id, client_id, revision, status,
                               current_step, enrolled_at, exited_at, exit_reason, visit,
                               last_fired_step, last_fired_at, created_at)
select h.id, 'b' || h.g, c.id, c.client_id, c.current_revision, 'timed_out', 2, h.enrolled,
       h.enrolled + interval '10 days', 'no_engagement', 2, 2, h.enrolled + interval '3 days',
       h.enrolled
  from bench_history_rows h cross join campaigns c where c.slug = 'bench'
)sql"_s,
    uR"sql(
create temp table bench_history_touches (enrollment_id uuid, contact_id text, step int,
                                         at timestamptz, draft_id uuid, item_id uuid)
)sql"_s,
    uR"sql(
insert into bench_history_touches
select h.id as enrollment_id, 'b' || h.g as contact_id, s as step,
       h.enrolled + (s - 1) * interval '3 days' as at, touchline_uuid7() as draft_id,
       touchline_uuid7() as item_id
  from bench_history_rows h cross join generate_series(1, 2) s
)sql"_s,
    uR"sql(
insert into staged_drafts (id, client_id, contact_id, campaign_id, enrollment_id, step_number,
                           channel, subject, body, status, reviewer, reviewed_at, created_at)
select t.draft_id, c.client_id, t.contact_id, c.id, t.enrollment_id, t.step, 'email',
       'Thank you', 'Thank you for the meeting.', 'sent', 'auto', t.at, t.at
  from bench_history_touches t cross join campaigns c where c.slug = 'bench'
)sql"_s,
    uR"sql(
insert into outbound_queue (id, enrollment_id, client_id, contact_id, campaign_id, revision,
                            step_number, visit, channel, staged_draft_id, scheduled_at, sent_at,
                            status, created_at)
select t.item_id, t.enrollment_id, c.client_id, t.contact_id, c.id, c.current_revision, t.step,
       t.step, 'email', t.draft_id, t.at, t.at, 'sent', t.at
  from bench_history_touches t cross join campaigns c where c.slug = 'bench'
)sql"_s,
    uR"sql(
insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, visit,
                           outbound_id, outcome, occurred_at, recorded_at)
select t.enrollment_id, c.id, c.current_revision, t.step, t.step, t.item_id,
       case t.step when 1 then 'sent' else 'no_reply' end, t.at, t.at
  from bench_history_touches t cross join campaigns c where c.slug = 'bench'
)sql"_s,
    uR"sql(
insert into tasks (type, status, enrollment_id, payload, created_at, completed_at)
select 'execute_sequence_step', 'done', t.enrollment_id,
       jsonb_build_object('step', t.step, 'outbound_id', t.item_id), t.at, t.at
  from bench_history_touches t
)sql"_s,
    uR"sql(set session_replication_role = origin)sql"_s,
    uR"sql(drop table bench_history_rows, bench_history_touches)sql"_s,
};

using Bench::Memory;
using Bench::memory;

void printMemory(const char *when)
{
    const Memory m = memory();
    std::printf("  memory after %s: RSS %.1f MB, peak (VmHWM) %.1f MB\n",
                when,
                double(m.currentKb) / 1024,
                double(m.peakKb) / 1024);
    std::fflush(stdout);
}

} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void historyBeforeAndAfterArchiving();

private:
    bool exec(const QString &sql, const QVariantMap &values = {});
    qint64 count(const QString &sql);
    double enroll();
    double fire(const char *title);
    bool resetDue();
    void printSizes();
    void printDueScan();
    QString summaries();

    QSqlDatabase m_db;
};

void BenchHistory::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"bench"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY(exec(u"set statement_timeout = 0"_s));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"bench"_s, &dbError),
             qPrintable(dbError.message));
    QVERIFY(exec(u"insert into contacts (id, client_id, first_name, last_name, company, email) "
                 "select 'b' || i, 'acme', 'First' || i, 'Last' || i, 'Company ' || (i % 997), "
                 "'p' || i || '@example.com' from generate_series(1, :n) i"_s,
                 {{u":n"_s, enrollments}}));
}

void BenchHistory::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(u"bench"_s);
}

bool BenchHistory::exec(const QString &sql, const QVariantMap &values)
{
    return Bench::exec(m_db, sql, values);
}

qint64 BenchHistory::count(const QString &sql)
{
    return Bench::count(m_db, sql);
}

// Engine::enroll of every contact in one request (what `enroll --contacts-file` does).
double BenchHistory::enroll()
{
    QStringList ids;
    ids.reserve(enrollments);
    for (int i = 1; i <= enrollments; ++i)
        ids.append(u"b%1"_s.arg(i));
    Engine engine(m_db);
    Engine::EnrollRequest request;
    request.campaign = u"bench"_s;
    request.contacts = std::move(ids);
    request.at = at.addSecs(-60);
    QElapsedTimer t;
    t.start();
    DbError error;
    const auto result = engine.enroll(request, &error);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!result) {
        qWarning("enroll: %s", qPrintable(error.message));
        return -1;
    }
    std::printf("enroll %d contacts: %.2f s, %.0f enrollments/s\n",
                enrollments,
                seconds,
                enrollments / seconds);
    printMemory("enrolling");
    return result->enrolled.size() == enrollments ? seconds : -1;
}

// Every due enrollment fired by one scheduler (Engine::tick at `at`, batches of 1,000).
double BenchHistory::fire(const char *title)
{
    Engine engine(m_db);
    QElapsedTimer t;
    t.start();
    DbError error;
    const auto r = engine.tick(at, batchSize, &error);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!r) {
        qWarning("tick: %s", qPrintable(error.message));
        return -1;
    }
    std::printf(
        "%-40s %d fired in %.2f s: %.0f firings/s\n", title, r->fired, seconds, r->fired / seconds);
    printMemory("firing");
    return r->fired == enrollments ? r->fired / seconds : -1;
}

// The N live enrollments due again at step 1, their fired rows gone (history stays).
bool BenchHistory::resetDue()
{
    const QString since = at.addSecs(-3600).toString(Qt::ISODate);
    const QVariantMap values{{u":since"_s, since}};
    return exec(u"delete from step_outcomes where occurred_at >= cast(:since as timestamptz)"_s,
                values)
           && exec(u"delete from outbound_queue where scheduled_at >= cast(:since as "
                   "timestamptz)"_s,
                   values)
           && exec(u"delete from staged_drafts where created_at >= cast(:since as timestamptz)"_s,
                   values)
           && exec(u"delete from tasks where created_at >= cast(:since as timestamptz)"_s, values)
           && exec(u"update campaign_contacts set current_step = 1, visit = 0, attempt = 1, "
                   "next_send_at = cast(:due as timestamptz), last_fired_at = null, "
                   "last_fired_step = null, last_fired_attempt = null where status = 'active'"_s,
                   {{u":due"_s, at.addSecs(-60).toString(Qt::ISODate)}})
           && exec(u"vacuum analyze"_s) && exec(u"checkpoint"_s);
}

void BenchHistory::printSizes()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select c.relname, c.reltuples::bigint, "
                "pg_total_relation_size(c.oid) / 1048576.0 "
                "from pg_class c where c.relkind = 'r' and c.relname in ('campaign_contacts', "
                "'outbound_queue', 'staged_drafts', 'step_outcomes', 'tasks', "
                "'campaign_contacts_archive', 'outbound_queue_archive', 'staged_drafts_archive', "
                "'step_outcomes_archive', 'tasks_archive') order by 1"_s)) {
        qWarning("sizes: %s", qPrintable(q.lastError().text()));
        return;
    }
    while (q.next())
        std::printf("    %-26s %10lld rows %8.1f MB (with indexes)\n",
                    qPrintable(q.value(0).toString()),
                    q.value(1).toLongLong(),
                    q.value(2).toDouble());
}

// The due scan as the claim runs it, with the buffers it touches.
void BenchHistory::printDueScan()
{
    QSqlQuery q(m_db);
    // Not prepared: QPSQL cannot prepare an EXPLAIN; the time is the benchmark's constant.
    if (!q.exec(u"explain (analyze, buffers, costs off, timing off, summary off) "
                "select id from campaign_contacts where status = 'active' "
                "and next_send_at <= timestamptz '%1' order by next_send_at, id "
                "limit 1000 for update skip locked"_s.arg(at.toString(Qt::ISODate)))) {
        qWarning("explain: %s", qPrintable(q.lastError().text()));
        return;
    }
    while (q.next())
        std::printf("    | %s\n", qPrintable(q.value(0).toString()));
}

QString BenchHistory::summaries()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select concat_ws(' ', (select sum(events) from dash_outcome_hours), "
                "(select sum(items) from dash_item_hours), "
                "(select sum(enrollments) from dash_enrollment_hours), "
                "(select md5(string_agg(d::text, ',' order by d::text)) from dash_item_hours d), "
                "(select md5(string_agg(d::text, ',' order by d::text)) "
                "from dash_outcome_hours d))"_s)
        || !q.next())
        return {};
    return q.value(0).toString();
}

void BenchHistory::historyBeforeAndAfterArchiving()
{
    std::printf("N = %d enrollments (history: N more, exited over the 12 months before)\n",
                enrollments);
    QVERIFY(exec(u"vacuum analyze"_s));
    QVERIFY(enroll() > 0);
    QVERIFY(exec(u"vacuum analyze"_s) && exec(u"checkpoint"_s));
    // The first pass over freshly inserted rows, then the same rows reset, as for the runs
    // with history, so that the three measured runs start alike.
    QVERIFY(fire("fire, first pass after enrolling:") > 0);
    QVERIFY(resetDue());
    const double empty = fire("fire, no history:");
    QVERIFY(empty > 0);

    QElapsedTimer t;
    t.start();
    for (const QString &sql : historySql)
        QVERIFY(exec(sql,
                     sql.contains(u":n"_s) ? QVariantMap{{u":n"_s, enrollments}, {u":at"_s, at}}
                                           : QVariantMap{}));
    std::printf("history loaded in %.1f s\n", double(t.elapsed()) / 1000);
    QVERIFY(resetDue());
    printSizes();
    printDueScan();
    const double withHistory = fire("fire, a year of history live:");
    QVERIFY(withHistory > 0);

    QVERIFY(resetDue());
    const QString before = summaries();
    HistoryArchive::Options options;
    options.at = at;
    t.restart();
    DbError error;
    const auto report = HistoryArchive::run(m_db, options, &error);
    QVERIFY2(report, qPrintable(error.message));
    const double seconds = double(t.elapsed()) / 1000;
    std::printf("archived (%d days): %lld enrollments, %lld items, %lld drafts, %lld outcomes, "
                "%lld tasks in %.1f s (%d batches, %.0f enrollments/s)\n",
                report->retentionDays,
                report->enrollments,
                report->items,
                report->drafts,
                report->outcomes,
                report->tasks,
                seconds,
                report->batches,
                double(report->enrollments) / std::max(seconds, 0.001));
    printMemory("archiving");
    QCOMPARE(summaries(), before);
    QVERIFY(exec(u"vacuum analyze"_s) && exec(u"checkpoint"_s));
    printSizes();
    printDueScan();
    const double archived = fire("fire, history archived:");
    QVERIFY(archived > 0);
    std::printf("\nfirings/s: no history %.0f, history live %.0f (%.2f), archived %.0f (%.2f)\n",
                empty,
                withHistory,
                withHistory / empty,
                archived,
                archived / empty);
    const Memory m = memory();
    std::printf(
        "peak RSS (VmHWM) at %d enrollments: %.1f MB\n", enrollments, double(m.peakKb) / 1024);
}

int main(int argc, char **argv)
{
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_HISTORY_ENROLLMENTS"); !env.isEmpty())
        enrollments = env.toInt();
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--enrollments") == 0 && i + 1 < argc) {
            enrollments = QByteArray(argv[++i]).toInt();
            continue;
        }
        args.push_back(argv[i]);
    }
    if (enrollments < 1) {
        std::fprintf(stderr, "--enrollments needs a positive number\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "14400000");
    int count = int(args.size());
    args.push_back(nullptr);
    QCoreApplication app(count, args.data());
    BenchHistory bench;
    return Test::runTests(&bench, count, args.data());
}

#include "bench_history.moc"
