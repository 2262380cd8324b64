// Engine benchmark: step firings per second with N due enrollments (default 100,000; set with
// --enrollments N or TOUCHLINE_BENCH_ENROLLMENTS; --rounds R or TOUCHLINE_BENCH_ROUNDS repeats,
// default 3, medians reported), for one scheduler and for two at once, against
// - the same writes done by hand-written set-based SQL on Touchline's schema (one data-modifying
//   statement per batch of 1,000), and
// - the shared firing reference (../shared/bench: its schema in a sibling database on the same
//   cluster, fire_batch.sql repeated until it reports due = 0), the floor under a firing;
// with WAL bytes, client and server CPU per firing, the enrollment rate of a file of N contact
// ids (Engine::enrollStream, what `touchline enroll --contacts-file` does) and of 1,000,000
// (--large-enrollment M or TOUCHLINE_BENCH_LARGE_ENROLLMENT, 0: not), and the process's peak RSS
// during each. --statements (or TOUCHLINE_BENCH_STATEMENTS=1) loads
// pg_stat_statements and prints where the first round's time goes, per statement. Prints its
// figures; asserts only that every run fired (or enrolled) every enrollment exactly once.
#include "benchcommon.h"
#include "bulkenrollment.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

int enrollments = 100000;
int largeEnrollment = 1000000; // enrolled once after the rounds (0: not)
int rounds = 3;
bool statements = false;
constexpr int batchSize = 1000;
const QString databaseName = u"bench_engine"_s;
const QString referenceDatabase = u"bench_reference"_s;
const QDateTime at = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

// Contacts b<first>..b<last> with the merge fields the benchmark's templates use.
const auto insertContactsSql = uR"sql(
insert into contacts (id, client_id, first_name, last_name, company, email)
select 'b' || i, 'acme', 'First' || i, 'Last' || i, 'Company ' || (i % 997),
       'p' || i || '@example.com'
  from generate_series(cast(:first as int), cast(:last as int)) i
)sql"_s;

using Bench::flowJson;

// The same rows the engine writes for an email step drafted in-house (advanced enrollment,
// staged draft, queue item; since 0023 no execute_sequence_step task), claimed with SKIP LOCKED,
// in one statement per batch: the statement TOOLCHAIN.md measured.
QString limitSql()
{
    return uR"(
with due as (
  select d.id from campaign_contacts d
  where d.status = 'active' and d.next_send_at <= cast(:at as timestamptz)
  order by d.next_send_at, d.id limit :batch for update skip locked),
adv as (
  update campaign_contacts cc set current_step = cc.current_step + 1, attempt = 1,
    visit = cc.visit + 1, last_fired_step = cc.current_step, last_fired_attempt = cc.attempt,
    last_fired_at = cast(:at as timestamptz),
    next_send_at = cast(:at as timestamptz) + interval '3 days'
  from due where cc.id = any (array(select id from due)) and cc.id = due.id
  returning cc.id, cc.contact_id, cc.campaign_id, cc.client_id, cc.revision,
    cc.last_fired_step as step, cc.visit),
src as (
  select adv.*, gen_random_uuid() as draft_id, gen_random_uuid() as outbound_id, s.channel,
    c.name || ': ' || s.content_type as subject,
    replace(replace(s.template_instructions, '{{first_name}}', coalesce(ct.first_name, '')),
      '{{company}}', coalesce(ct.company, '')) as body
  from adv
  join campaign_steps s on s.campaign_id = adv.campaign_id and s.revision = adv.revision
    and s.step_number = adv.step
  join campaigns c on c.id = adv.campaign_id
  join contacts ct on ct.id = adv.contact_id),
d as (
  insert into staged_drafts (id, client_id, contact_id, campaign_id, enrollment_id, step_number,
    channel, subject, body, created_at)
  select draft_id, client_id, contact_id, campaign_id, id, step, channel, subject, body,
    cast(:at as timestamptz) from src),
o as (
  insert into outbound_queue (id, enrollment_id, client_id, contact_id, campaign_id, revision,
    step_number, attempt, visit, channel, staged_draft_id, scheduled_at, status, created_at)
  select outbound_id, id, client_id, contact_id, campaign_id, revision, step, 1, visit, channel,
    draft_id, cast(:at as timestamptz), 'drafted', cast(:at as timestamptz) from src)
select count(*) from adv)"_s;
}

// The shared reference's folder: TOUCHLINE_BENCH_REFERENCE, else ../shared/bench beside the
// source tree.
QString referenceDir()
{
    const QString env = qEnvironmentVariable("TOUCHLINE_BENCH_REFERENCE");
    return env.isEmpty() ? QStringLiteral(TOUCHLINE_REFERENCE_DIR) : env;
}

// A psql script as statements: meta-command lines (\if, \set) dropped, :name variables
// replaced by their values as psql does, split at the semicolons that end a line.
QStringList
scriptStatements(const QString &file, const QHash<QString, QString> &vars, QString *error)
{
    QFile f(QDir(referenceDir()).filePath(file));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = f.fileName() + u": "_s + f.errorString();
        return {};
    }
    QString text;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'\\') || trimmed.startsWith(u"--"_s))
            continue;
        text += line + u'\n';
    }
    static const QRegularExpression variable(uR"((?<!:):([A-Za-z_]\w*))"_s);
    QString substituted;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!vars.contains(m.captured(1)))
            continue;
        substituted += text.mid(last, m.capturedStart() - last) + vars.value(m.captured(1));
        last = m.capturedEnd();
    }
    substituted += text.mid(last);
    QStringList out;
    static const QRegularExpression end(uR"(;[ \t]*\n)"_s);
    for (const QString &statement : substituted.split(end)) {
        if (!statement.trimmed().isEmpty())
            out.append(statement.trimmed());
    }
    return out;
}

// CPU seconds of the calling thread: the client's share of a firing.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds (user + system) of a server process, from /proc: the server's share.
double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
           / double(sysconf(_SC_CLK_TCK));
}

using Bench::Memory;
using Bench::memory;

// CPU seconds spent by the workers (client threads) and by their server processes.
struct Cpu
{
    double client = 0;
    double server = 0;
};

// Runs `work` in `count` threads, each on its own connection to `database` opened inside the
// thread, started together once all are connected. Returns the wall time of the work in seconds,
// or -1.
double runConcurrently(const QString &database,
                       int count,
                       const std::function<bool(QSqlDatabase, int *fired, QString *error)> &work,
                       int *fired,
                       Cpu *cpu,
                       QString *error)
{
    QSemaphore connected;
    QSemaphore go;
    QSemaphore finished;
    QList<int> counts(count, 0);
    QList<QString> errors(count);
    QList<Cpu> cpus(count);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = u"bench-worker-%1"_s.arg(i);
            {
                DbError dbError;
                QSqlDatabase db = Database::open(
                    Test::TestCluster::instance().settings(database), name, &dbError);
                qint64 backend = 0;
                if (!dbError) {
                    QSqlQuery q(db);
                    if (q.exec(u"select pg_backend_pid()"_s) && q.next())
                        backend = q.value(0).toLongLong();
                }
                connected.release();
                go.acquire();
                const double client = threadCpuSeconds();
                const double server = processCpuSeconds(backend);
                if (dbError)
                    errors[i] = dbError.message;
                else if (!work(db, &counts[i], &errors[i]) && errors[i].isEmpty())
                    errors[i] = u"failed"_s;
                cpus[i] = {threadCpuSeconds() - client, processCpuSeconds(backend) - server};
            }
            Database::close(name);
            finished.release();
        }));
    }
    for (auto &t : threads)
        t->start();
    connected.acquire(count);
    QElapsedTimer timer;
    timer.start();
    go.release(count);
    finished.acquire(count);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (auto &t : threads)
        t->wait();
    *fired = 0;
    *cpu = {};
    for (int i = 0; i < count; ++i) {
        *fired += counts[i];
        cpu->client += cpus[i].client;
        cpu->server += cpus[i].server;
        if (!errors[i].isEmpty()) {
            *error = errors[i];
            return -1;
        }
    }
    return seconds;
}

bool engineWork(QSqlDatabase db, int *fired, QString *error)
{
    Engine engine(db);
    DbError dbError;
    const auto r = engine.tick(at, batchSize, &dbError);
    if (!r) {
        *error = dbError.message;
        return false;
    }
    *fired = r->fired;
    return true;
}

bool limitWork(QSqlDatabase db, int *fired, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(limitSql())) {
        *error = q.lastError().text();
        return false;
    }
    for (;;) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        q.bindValue(u":at"_s, at.toString(Qt::ISODateWithMs));
        q.bindValue(u":batch"_s, batchSize);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
        const int n = q.value(0).toInt();
        q.finish();
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        if (n == 0)
            return true;
        *fired += n;
    }
}

// fire_batch.sql as psql runs it: one statement, one transaction, until it reports due = 0.
bool referenceWork(QSqlDatabase db, const QString &fireSql, int *fired, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (;;) {
        if (!q.exec(fireSql) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const int due = q.value(u"due"_s).toInt();
        const int advanced = q.value(u"advanced"_s).toInt();
        q.finish();
        if (due == 0)
            return true;
        *fired += advanced;
    }
}

} // namespace

class BenchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firings();
    void enrollment();

private:
    bool exec(const QString &sql, const QVariantMap &values = {});
    bool execIn(QSqlDatabase db, const QString &sql);
    int count(const QString &sql);
    int countIn(QSqlDatabase db, const QString &sql);
    bool resetEnrollments(double *seconds);
    bool resetReference(double *seconds);
    void checkFiredOnce(int fired);
    void checkReferenceFiredOnce(int fired);
    QString walPosition();
    double walSince(const QString &position);
    void printStatements(const QString &database, const char *title);
    struct EnrollRun
    {
        double seconds = 0, walBytes = 0;
        qint64 enrolled = 0, refused = 0, baseKb = 0, peakKb = 0;
    };
    EnrollRun enrollFromFile(int n, int connections, bool profile);
    template<typename Enroll>
    EnrollRun measure(const char *what, const Enroll &enroll);
    bool startEnrollment(bool profile);
    static Engine::ConnectionOpener secondConnection(int connections);
    EnrollRun enrollInBulk(int n, int connections, bool profile);
    void printBulk(int n, int connections, bool profile);

    QSqlDatabase m_db;
    QSqlDatabase m_reference;
    QStringList m_referenceSchema;
    QStringList m_referenceLoad;
    QString m_referenceFire;
};

void BenchEngine::initTestCase()
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
    QElapsedTimer t;
    t.start();
    QVERIFY(exec(insertContactsSql, {{u":first"_s, 1}, {u":last"_s, enrollments}}));
    std::printf("setup: %d contacts in %.1f s\n", enrollments, double(t.elapsed()) / 1000);

    m_referenceSchema = scriptStatements(u"schema.sql"_s, {}, &error);
    QVERIFY2(!m_referenceSchema.isEmpty(), qPrintable(error));
    m_referenceLoad
        = scriptStatements(u"load.sql"_s, {{u"n"_s, QString::number(enrollments)}}, &error);
    QVERIFY2(!m_referenceLoad.isEmpty(), qPrintable(error));
    const QStringList fire
        = scriptStatements(u"fire_batch.sql"_s, {{u"batch"_s, QString::number(batchSize)}}, &error);
    QVERIFY2(fire.size() == 1, qPrintable(error));
    m_referenceFire = fire.constFirst();
    QVERIFY2(cluster.createDatabase(referenceDatabase, false, &error), qPrintable(error));
    m_reference = cluster.open(referenceDatabase, u"bench-reference"_s, &error);
    QVERIFY2(m_reference.isOpen(), qPrintable(error));
    QVERIFY(execIn(m_reference, u"set statement_timeout = 0"_s));
    std::printf("reference: %s (schema.sql, load.sql n=%d, fire_batch.sql batch=%d)\n",
                qPrintable(QDir(referenceDir()).absolutePath()),
                enrollments,
                batchSize);
    if (statements) {
        QVERIFY(exec(u"create extension if not exists pg_stat_statements"_s));
        QVERIFY(execIn(m_reference, u"create extension if not exists pg_stat_statements"_s));
    }
}

void BenchEngine::cleanupTestCase()
{
    m_db = QSqlDatabase();
    m_reference = QSqlDatabase();
    Database::close(u"bench"_s);
    Database::close(u"bench-reference"_s);
}

bool BenchEngine::execIn(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

int BenchEngine::countIn(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// The reference from scratch, as its README says: schema.sql, then load.sql (which vacuums,
// analyzes and checkpoints).
bool BenchEngine::resetReference(double *seconds)
{
    QElapsedTimer t;
    t.start();
    for (const QStringList *script : {&m_referenceSchema, &m_referenceLoad}) {
        for (const QString &statement : *script) {
            if (!execIn(m_reference, statement))
                return false;
        }
    }
    *seconds = double(t.elapsed()) / 1000;
    return true;
}

void BenchEngine::checkReferenceFiredOnce(int fired)
{
    QCOMPARE(fired, enrollments);
    QCOMPARE(countIn(m_reference, u"select count(*) from outbound_queue"_s), enrollments);
    QCOMPARE(countIn(m_reference, u"select count(distinct enrollment_id) from outbound_queue"_s),
             enrollments);
    QCOMPARE(countIn(m_reference, u"select count(*) from staged_drafts"_s), enrollments);
    QCOMPARE(
        countIn(m_reference, u"select count(*) from campaign_contacts where current_step = 2"_s),
        enrollments);
}

QString BenchEngine::walPosition()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select pg_current_wal_lsn()::text"_s) || !q.next())
        return {};
    return q.value(0).toString();
}

// WAL bytes written by the whole cluster since `position`.
double BenchEngine::walSince(const QString &position)
{
    QSqlQuery q(m_db);
    q.prepare(u"select pg_wal_lsn_diff(pg_current_wal_lsn(), cast(:p as pg_lsn))"_s);
    q.bindValue(u":p"_s, position);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toDouble();
}

// Where the time went, per statement (pg_stat_statements, track = all: trigger bodies too).
void BenchEngine::printStatements(const QString &database, const char *title)
{
    QSqlQuery q(m_db);
    q.prepare(uR"(
select calls, rows, total_exec_time as total_ms, total_exec_time / greatest(calls, 1) as mean_ms,
       wal_bytes, shared_blks_hit + shared_blks_read + local_blks_hit + local_blks_read as blocks,
       regexp_replace(query, '\s+', ' ', 'g') as query
  from pg_stat_statements
 where dbid = (select oid from pg_database where datname = :db)
 order by total_exec_time desc
 limit 14)"_s);
    q.bindValue(u":db"_s, database);
    if (!q.exec()) {
        qWarning("pg_stat_statements: %s", qPrintable(q.lastError().text()));
        return;
    }
    std::printf("\n%s, per statement (pg_stat_statements, first round):\n", title);
    std::printf("  %8s %9s %10s %9s %12s %10s  %s\n",
                "calls",
                "rows",
                "total ms",
                "mean ms",
                "WAL bytes",
                "blocks",
                "statement");
    while (q.next()) {
        std::printf("  %8lld %9lld %10.1f %9.3f %12lld %10lld  %s\n",
                    q.value(u"calls"_s).toLongLong(),
                    q.value(u"rows"_s).toLongLong(),
                    q.value(u"total_ms"_s).toDouble(),
                    q.value(u"mean_ms"_s).toDouble(),
                    q.value(u"wal_bytes"_s).toLongLong(),
                    q.value(u"blocks"_s).toLongLong(),
                    qPrintable(q.value(u"query"_s).toString().left(110)));
    }
    std::printf("\n");
}

bool BenchEngine::exec(const QString &sql, const QVariantMap &values)
{
    return Bench::exec(m_db, sql, values);
}

int BenchEngine::count(const QString &sql)
{
    return int(Bench::count(m_db, sql));
}

// Every run starts from the same state: no history, N enrollments due a minute ago, fresh
// statistics and no dead rows.
bool BenchEngine::resetEnrollments(double *seconds)
{
    QElapsedTimer t;
    t.start();
    const bool ok
        = exec(u"truncate campaign_contacts, crm_notes_sent, outbound_queue, staged_drafts, tasks, "
               "step_outcomes"_s)
          && exec(u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
                  "current_step, next_send_at, enrolled_at) "
                  "select 'b' || i, c.id, c.client_id, c.current_revision, 1, "
                  "cast(:due as timestamptz), cast(:due as timestamptz) "
                  "from generate_series(1, :n) i cross join campaigns c where c.slug = 'bench'"_s,
                  {{u":n"_s, enrollments}, {u":due"_s, at.addSecs(-60).toString(Qt::ISODate)}})
          && exec(u"vacuum analyze"_s) && exec(u"checkpoint"_s);
    *seconds = double(t.elapsed()) / 1000;
    return ok;
}

void BenchEngine::checkFiredOnce(int fired)
{
    QCOMPARE(fired, enrollments);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), enrollments);
    QCOMPARE(count(u"select count(distinct enrollment_id) from outbound_queue"_s), enrollments);
    QCOMPARE(count(u"select count(*) from staged_drafts"_s), enrollments);
    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s), 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where current_step = 2"_s),
             enrollments);
}

void BenchEngine::firings()
{
    enum class Kind { Engine, Limit, Reference };
    struct Run
    {
        const char *name;
        Kind kind;
        int threads;
        QVector<double> rates = {};
        QVector<double> wal = {};    // bytes per firing
        QVector<double> client = {}; // client CPU microseconds per firing
        QVector<double> server = {}; // server CPU microseconds per firing
    };
    std::vector<Run> runs;
    runs.push_back({"engine, one scheduler", Kind::Engine, 1});
    runs.push_back({"engine, two schedulers", Kind::Engine, 2});
    runs.push_back({"SQL limit, one connection", Kind::Limit, 1});
    runs.push_back({"SQL limit, two connections", Kind::Limit, 2});
    runs.push_back({"reference, one worker", Kind::Reference, 1});
    runs.push_back({"reference, two workers", Kind::Reference, 2});
    std::printf("enrollments: %d, batch %d, %d round(s); peak RSS before the runs %lld kB\n",
                enrollments,
                batchSize,
                rounds,
                memory().peakKb);
    // Rounds interleave the kinds, so that a burst of load elsewhere hits them all alike.
    for (int round = 1; round <= rounds; ++round) {
        for (Run &r : runs) {
            const bool reference = r.kind == Kind::Reference;
            double setup = 0;
            if (reference) {
                QVERIFY(resetReference(&setup));
            } else {
                QVERIFY(resetEnrollments(&setup));
                QCOMPARE(count(u"select count(*) from campaign_contacts "
                               "where next_send_at <= '2026-03-02T10:00:00Z'"_s),
                         enrollments);
            }
            const bool profile = statements && round == 1 && r.threads == 1;
            if (profile)
                QVERIFY(exec(u"select pg_stat_statements_reset()"_s));
            int fired = 0;
            QString error;
            const auto work = [&](QSqlDatabase db, int *n, QString *e) {
                switch (r.kind) {
                case Kind::Engine:
                    return engineWork(db, n, e);
                case Kind::Reference:
                    return referenceWork(db, m_referenceFire, n, e);
                default:
                    return limitWork(db, n, e);
                }
            };
            const QString wal = walPosition();
            Cpu cpu;
            const double seconds = runConcurrently(reference ? referenceDatabase : databaseName,
                                                   r.threads,
                                                   work,
                                                   &fired,
                                                   &cpu,
                                                   &error);
            QVERIFY2(seconds > 0, qPrintable(error));
            const double walBytes = walSince(wal);
            r.rates.append(enrollments / seconds);
            r.wal.append(walBytes / enrollments);
            r.client.append(cpu.client * 1e6 / enrollments);
            r.server.append(cpu.server * 1e6 / enrollments);
            const Memory m = memory();
            std::printf("round %d  %-28s %8.2f s %9.0f firings/s  %6.0f WAL B/firing  "
                        "(setup %.1f s; RSS %lld kB, peak %lld kB)\n",
                        round,
                        r.name,
                        seconds,
                        enrollments / seconds,
                        walBytes / enrollments,
                        setup,
                        m.currentKb,
                        m.peakKb);
            std::fflush(stdout);
            if (profile)
                printStatements(reference ? referenceDatabase : databaseName, r.name);
            if (reference)
                checkReferenceFiredOnce(fired);
            else
                checkFiredOnce(fired);
        }
    }
    std::printf("\nmedians over %d round(s), %d enrollments:\n", rounds, enrollments);
    std::printf("  %-28s %9s %13s %16s %16s\n",
                "",
                "firings/s",
                "WAL B/firing",
                "client CPU us/f",
                "server CPU us/f");
    for (const Run &r : runs)
        std::printf("  %-28s %9.0f %13.0f %16.1f %16.1f\n",
                    r.name,
                    Bench::median(r.rates),
                    Bench::median(r.wal),
                    Bench::median(r.client),
                    Bench::median(r.server));
    const auto rate = [&runs](std::size_t i) {
        return Bench::median(runs[i].rates);
    };
    std::printf("engine / reference (../shared/bench), one: %.2f   two: %.2f\n",
                rate(0) / rate(4),
                rate(1) / rate(5));
    // The same ratio taken within each round, where both ran under the same load elsewhere on
    // the machine, and from CPU per firing (client and server), which load changes least.
    QVector<double> perRoundOne, perRoundTwo;
    for (int i = 0; i < rounds; ++i) {
        perRoundOne.append(runs[0].rates.at(i) / runs[4].rates.at(i));
        perRoundTwo.append(runs[1].rates.at(i) / runs[5].rates.at(i));
    }
    std::printf("engine / reference, median of the rounds' ratios, one: %.2f   two: %.2f\n",
                Bench::median(perRoundOne),
                Bench::median(perRoundTwo));
    const auto cpu = [&runs](std::size_t i) {
        return Bench::median(runs[i].client) + Bench::median(runs[i].server);
    };
    std::printf("reference CPU / engine CPU per firing (client + server), one: %.2f   two: %.2f\n",
                cpu(4) / cpu(0),
                cpu(5) / cpu(1));
    std::printf("engine / limit (same rows), one: %.2f   two: %.2f\n",
                rate(0) / rate(2),
                rate(1) / rate(3));
    std::printf("limit / reference, one: %.2f   two: %.2f\n", rate(2) / rate(4), rate(3) / rate(5));
    std::printf("two / one: engine %.2f, limit %.2f, reference %.2f\n",
                rate(1) / rate(0),
                rate(3) / rate(2),
                rate(5) / rate(4));
    std::printf("WAL bytes per firing, engine / reference: %.2f\n",
                Bench::median(runs[0].wal) / Bench::median(runs[4].wal));
    const Memory after = memory();
    std::printf("peak RSS (VmHWM) after the runs: %lld kB (%.1f MB); VmRSS now %lld kB\n",
                after.peakKb,
                double(after.peakKb) / 1024,
                after.currentKb);
}

// Resets the process's peak resident size (VmHWM) to what is resident now (Linux clear_refs 5),
// so that a phase's peak is its own.
static void resetPeakMemory()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Enrolls contacts b1..bN into the benchmark campaign from a file of their ids, as `touchline
// enroll --contacts-file` does (Engine::enrollStream, a chunk per transaction).
BenchEngine::EnrollRun BenchEngine::enrollFromFile(int n, int connections, bool profile)
{
    EnrollRun run;
    QTemporaryFile file;
    if (!file.open())
        return run;
    for (int i = 1; i <= n; ++i)
        file.write("b" + QByteArray::number(i) + '\n');
    file.seek(0);
    if (!startEnrollment(profile))
        return run;
    Engine engine(m_db);
    Engine::EnrollRequest request;
    request.campaign = u"bench"_s;
    request.at = at;
    const Engine::ConnectionOpener second = secondConnection(connections);
    return measure("enrollment", [&](DbError *error) {
        return engine.enrollStream(request, Engine::contactIdsFrom(&file), {}, error, second);
    });
}

// What the enrollments are given to open a second connection when they run on two.
Engine::ConnectionOpener BenchEngine::secondConnection(int connections)
{
    if (connections < 2)
        return {};
    return Engine::openerFor(Test::TestCluster::instance().settings(databaseName));
}

// Runs one enrollment (`enroll` returns what it enrolled and refused) with its time, its WAL
// and its own peak RSS.
template<typename Enroll>
BenchEngine::EnrollRun BenchEngine::measure(const char *what, const Enroll &enroll)
{
    EnrollRun run;
    resetPeakMemory();
    const Memory before = memory();
    const QString position = walPosition();
    QElapsedTimer t;
    t.start();
    DbError error;
    const auto result = enroll(&error);
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    if (!result) {
        std::printf("%s failed: %s\n", what, qPrintable(error.message));
        return run;
    }
    run.walBytes = walSince(position);
    run.enrolled = result->enrolled;
    run.refused = result->refused;
    run.baseKb = before.currentKb;
    run.peakKb = memory().peakKb;
    return run;
}

// No enrollment and no history: each enrollment run starts from the same empty tables.
bool BenchEngine::startEnrollment(bool profile)
{
    return exec(u"truncate campaign_contacts, crm_notes_sent, outbound_queue, staged_drafts, "
                "tasks, step_outcomes"_s)
           && exec(u"vacuum analyze"_s) && exec(u"checkpoint"_s)
           && (!profile || exec(u"select pg_stat_statements_reset()"_s));
}

// Enrolls every contact of the benchmark's client in one day, as the window's bulk enrollment
// does (BulkEnrollment: a count for the preview, pages of the filter, the engine's stream).
BenchEngine::EnrollRun BenchEngine::enrollInBulk(int n, int connections, bool profile)
{
    if (!startEnrollment(profile))
        return {};
    BulkEnrollment bulk(m_db);
    const Engine::ConnectionOpener second = secondConnection(connections);
    return measure("bulk enrollment", [&](DbError *error) {
        return bulk.enroll(
            {u"bench"_s, {}, {}, {}, {}}, {1, n, at, u"awareness"_s, {}}, error, second);
    });
}

void BenchEngine::printBulk(int n, int connections, bool profile)
{
    const EnrollRun r = enrollInBulk(n, connections, profile);
    QCOMPARE(r.enrolled, qint64(n));
    std::printf("bulk enrollment (the window's) of %d contacts in one day, %d connection(s) "
                "%8.2f s %9.0f enrollments/s  peak RSS %lld kB (%.1f MB; %lld kB at the start)\n",
                n,
                connections,
                r.seconds,
                n / r.seconds,
                r.peakKb,
                double(r.peakKb) / 1024,
                r.baseKb);
    std::fflush(stdout);
    if (profile)
        printStatements(databaseName, "bulk enrollment");
}

// Enrollment of N contacts (default 100,000) over the rounds, on one connection and on two (what
// the command line does), then once of the large size (default 1,000,000) on two: the rate, WAL
// and peak RSS of each; the peak should not grow with N.
void BenchEngine::enrollment()
{
    QVector<double> rates[2], wal[2];
    qint64 peakKb = 0, baseKb = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (const int connections : {1, 2}) {
            const bool profile = statements && round == 1 && connections == 1;
            const EnrollRun r = enrollFromFile(enrollments, connections, profile);
            QCOMPARE(r.enrolled, qint64(enrollments));
            QCOMPARE(r.refused, qint64(0));
            QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active'"_s),
                     enrollments);
            rates[connections - 1].append(enrollments / r.seconds);
            wal[connections - 1].append(r.walBytes / enrollments);
            peakKb = std::max(peakKb, r.peakKb);
            baseKb = r.baseKb;
            std::printf("round %d  enroll %d contacts, %d connection(s) %8.2f s %9.0f "
                        "enrollments/s  %6.0f WAL B/enrollment  (RSS at start %lld kB, peak %lld "
                        "kB)\n",
                        round,
                        enrollments,
                        connections,
                        r.seconds,
                        enrollments / r.seconds,
                        r.walBytes / enrollments,
                        r.baseKb,
                        r.peakKb);
            std::fflush(stdout);
            if (profile)
                printStatements(databaseName, "enroll");
        }
    }
    for (const int connections : {1, 2})
        std::printf("\nmedian enrollments/s over %d round(s), %d connection(s): %.0f (WAL %.0f "
                    "B/enrollment)",
                    rounds,
                    connections,
                    Bench::median(rates[connections - 1]),
                    Bench::median(wal[connections - 1]));
    std::printf("\npeak RSS (VmHWM) while enrolling %d: %lld kB (%.1f MB; %lld kB at the start)\n",
                enrollments,
                peakKb,
                double(peakKb) / 1024,
                baseKb);
    printBulk(enrollments, 1, statements);
    printBulk(enrollments, 2, false); // what the window does
    if (largeEnrollment <= enrollments)
        return;
    QVERIFY(
        exec(insertContactsSql, {{u":first"_s, enrollments + 1}, {u":last"_s, largeEnrollment}}));
    const EnrollRun r = enrollFromFile(largeEnrollment, 2, false);
    QCOMPARE(r.enrolled, qint64(largeEnrollment));
    std::printf("enroll %d contacts, 2 connections %8.2f s %9.0f enrollments/s  %6.0f WAL "
                "B/enrollment\n"
                "peak RSS (VmHWM) while enrolling %d: %lld kB (%.1f MB; %lld kB at the start); "
                "%d: %.1f MB\n",
                largeEnrollment,
                r.seconds,
                largeEnrollment / r.seconds,
                r.walBytes / largeEnrollment,
                largeEnrollment,
                r.peakKb,
                double(r.peakKb) / 1024,
                r.baseKb,
                enrollments,
                double(peakKb) / 1024);
    printBulk(largeEnrollment, 2, false);
    QVERIFY(exec(u"truncate campaign_contacts, crm_notes_sent"_s)
            && exec(u"delete from contacts where id in (select 'b' || i from "
                    "generate_series(cast(:first as int), cast(:last as int)) i)"_s,
                    {{u":first"_s, enrollments + 1}, {u":last"_s, largeEnrollment}}));
}

// --enrollments N and --rounds R are ours; everything else goes to Qt Test.
int main(int argc, char **argv)
{
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_ENROLLMENTS"); !env.isEmpty())
        enrollments = env.toInt();
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_LARGE_ENROLLMENT"); !env.isEmpty())
        largeEnrollment = env.toInt();
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_ROUNDS"); !env.isEmpty())
        rounds = env.toInt();
    statements = qEnvironmentVariableIntValue("TOUCHLINE_BENCH_STATEMENTS") != 0;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--enrollments") == 0 && i + 1 < argc) {
            enrollments = QByteArray(argv[++i]).toInt();
            continue;
        }
        if (std::strcmp(argv[i], "--large-enrollment") == 0 && i + 1 < argc) {
            largeEnrollment = QByteArray(argv[++i]).toInt();
            continue;
        }
        if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
            rounds = QByteArray(argv[++i]).toInt();
            continue;
        }
        if (std::strcmp(argv[i], "--statements") == 0) {
            statements = true;
            continue;
        }
        args.push_back(argv[i]);
    }
    if (enrollments < 1 || rounds < 1) {
        std::fprintf(stderr, "--enrollments and --rounds need positive numbers\n");
        return 2;
    }
    // A million enrollments take longer than Qt Test's default five minutes per function.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "14400000");
    int count = int(args.size());
    args.push_back(nullptr);
    QCoreApplication app(count, args.data());
    if (statements) {
        // track = all: the statements inside trigger functions (the dashboard's) too.
        Test::TestCluster::instance().addSettings(
            {u"shared_preload_libraries = 'pg_stat_statements'"_s,
             u"pg_stat_statements.track = all"_s});
    }
    BenchEngine bench;
    return Test::runTests(&bench, count, args.data());
}

#include "bench_engine.moc"
