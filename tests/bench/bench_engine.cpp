// Engine benchmark: step firings per second with N due enrollments (default 100,000; set with
// --enrollments N or TOUCHLINE_BENCH_ENROLLMENTS; --rounds R or TOUCHLINE_BENCH_ROUNDS repeats,
// default 3, medians reported), for one scheduler and for two at once, against
// the same writes done by hand-written set-based SQL (one data-modifying statement per batch of
// 1,000) as the practical limit, and the process's peak RSS. Prints its figures; asserts only that
// every run fired every enrollment exactly once.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

int enrollments = 100000;
int rounds = 3;
constexpr int batchSize = 1000;
const QString databaseName = u"bench_engine"_s;
const QDateTime at = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "bench", "name": "Benchmark", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}} at {{company}} for the meeting."},
       {"step_number": 2, "delay_days": 3, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Follow up with {{first_name}}."}
     ]}
  ]
})";

// The same rows the engine writes for an email step (advanced enrollment, staged draft, queue
// item and, unless left out, the execute_sequence_step task), claimed with SKIP LOCKED, in one
// statement per batch. Without the task it is the statement TOOLCHAIN.md measured.
QString limitSql(bool withTask)
{
    const QString ctes = uR"(
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
  insert into outbound_queue (id, enrollment_id, client_id, contact_id, campaign_id, step_number,
    attempt, visit, channel, staged_draft_id, scheduled_at, status, created_at)
  select outbound_id, id, client_id, contact_id, campaign_id, step, 1, visit, channel, draft_id,
    cast(:at as timestamptz), 'drafted', cast(:at as timestamptz) from src))"_s;
    const QString task = uR"(,
t as (
  insert into tasks (type, status, enrollment_id, payload, created_at, completed_at)
  select 'execute_sequence_step', 'done', id, jsonb_build_object('step', step, 'attempt', 1,
    'channel', channel, 'outbound_id', outbound_id, 'staged_draft_id', draft_id),
    cast(:at as timestamptz), cast(:at as timestamptz) from src))"_s;
    return ctes + (withTask ? task : QString()) + u"\nselect count(*) from adv"_s;
}

struct Memory
{
    qint64 peakKb = 0;    // VmHWM
    qint64 currentKb = 0; // VmRSS
};

Memory memory()
{
    Memory m;
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto value = [&line] {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmHWM:"))
            m.peakKb = value();
        else if (line.startsWith("VmRSS:"))
            m.currentKb = value();
    }
    return m;
}

// Runs `work` in `count` threads, each on its own connection opened inside the thread, started
// together once all are connected. Returns the wall time of the work in seconds, or -1.
double runConcurrently(int count,
                       const std::function<bool(QSqlDatabase, int *fired, QString *error)> &work,
                       int *fired,
                       QString *error)
{
    QSemaphore connected;
    QSemaphore go;
    QSemaphore finished;
    QList<int> counts(count, 0);
    QList<QString> errors(count);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = u"bench-worker-%1"_s.arg(i);
            {
                DbError dbError;
                QSqlDatabase db = Database::open(
                    Test::TestCluster::instance().settings(databaseName), name, &dbError);
                connected.release();
                go.acquire();
                if (dbError)
                    errors[i] = dbError.message;
                else if (!work(db, &counts[i], &errors[i]) && errors[i].isEmpty())
                    errors[i] = u"failed"_s;
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
    for (int i = 0; i < count; ++i) {
        *fired += counts[i];
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

bool limitWork(QSqlDatabase db, bool withTask, int *fired, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(limitSql(withTask))) {
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

} // namespace

class BenchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firings();

private:
    bool exec(const QString &sql, const QVariantMap &values = {});
    int count(const QString &sql);
    bool resetEnrollments(double *seconds);
    void checkFiredOnce(int fired, bool withTask);

    QSqlDatabase m_db;
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
    QVERIFY(exec(u"insert into contacts (id, client_id, first_name, last_name, company, email) "
                 "select 'b' || i, 'acme', 'First' || i, 'Last' || i, 'Company ' || (i % 997), "
                 "'p' || i || '@example.com' from generate_series(1, :n) i"_s,
                 {{u":n"_s, enrollments}}));
    std::printf("setup: %d contacts in %.1f s\n", enrollments, double(t.elapsed()) / 1000);
}

void BenchEngine::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(u"bench"_s);
}

bool BenchEngine::exec(const QString &sql, const QVariantMap &values)
{
    QSqlQuery q(m_db);
    // Utility statements (SET, VACUUM, TRUNCATE) cannot be prepared: only bind when needed.
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        ok = q.exec();
    }
    if (!ok) {
        qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

int BenchEngine::count(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// Every run starts from the same state: no history, N enrollments due a minute ago, fresh
// statistics and no dead rows.
bool BenchEngine::resetEnrollments(double *seconds)
{
    QElapsedTimer t;
    t.start();
    const bool ok
        = exec(u"truncate campaign_contacts, outbound_queue, staged_drafts, tasks, step_outcomes"_s)
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

void BenchEngine::checkFiredOnce(int fired, bool withTask)
{
    QCOMPARE(fired, enrollments);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), enrollments);
    QCOMPARE(count(u"select count(distinct enrollment_id) from outbound_queue"_s), enrollments);
    QCOMPARE(count(u"select count(*) from staged_drafts"_s), enrollments);
    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s),
             withTask ? enrollments : 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where current_step = 2"_s),
             enrollments);
}

void BenchEngine::firings()
{
    enum class Kind { Engine, Limit, LimitWithoutTask };
    struct Run
    {
        const char *name;
        Kind kind;
        int threads;
        QVector<double> rates = {};
        // The median over the rounds: the machine is shared, single runs are noisy.
        double rate() const
        {
            QVector<double> sorted = rates;
            std::sort(sorted.begin(), sorted.end());
            return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
        }
    };
    std::vector<Run> runs;
    runs.push_back({"engine, one scheduler", Kind::Engine, 1});
    runs.push_back({"engine, two schedulers", Kind::Engine, 2});
    runs.push_back({"SQL limit, one connection", Kind::Limit, 1});
    runs.push_back({"SQL limit, two connections", Kind::Limit, 2});
    runs.push_back({"SQL without task, one", Kind::LimitWithoutTask, 1});
    runs.push_back({"SQL without task, two", Kind::LimitWithoutTask, 2});
    std::printf("enrollments: %d, batch %d, %d round(s); peak RSS before the runs %lld kB\n",
                enrollments,
                batchSize,
                rounds,
                memory().peakKb);
    // Rounds interleave the kinds, so that a burst of load elsewhere hits them all alike.
    for (int round = 1; round <= rounds; ++round) {
        for (Run &r : runs) {
            double setup = 0;
            QVERIFY(resetEnrollments(&setup));
            QCOMPARE(count(u"select count(*) from campaign_contacts "
                           "where next_send_at <= '2026-03-02T10:00:00Z'"_s),
                     enrollments);
            int fired = 0;
            QString error;
            const bool withTask = r.kind != Kind::LimitWithoutTask;
            const auto work = [&](QSqlDatabase db, int *n, QString *e) {
                return r.kind == Kind::Engine ? engineWork(db, n, e)
                                              : limitWork(db, withTask, n, e);
            };
            const double seconds = runConcurrently(r.threads, work, &fired, &error);
            QVERIFY2(seconds > 0, qPrintable(error));
            r.rates.append(enrollments / seconds);
            const Memory m = memory();
            std::printf("round %d  %-28s %8.2f s %9.0f firings/s  (setup %.1f s; RSS %lld kB, "
                        "peak %lld kB)\n",
                        round,
                        r.name,
                        seconds,
                        enrollments / seconds,
                        setup,
                        m.currentKb,
                        m.peakKb);
            std::fflush(stdout);
            checkFiredOnce(fired, withTask);
        }
    }
    std::printf("\nmedian firings/s over %d round(s), %d enrollments:\n", rounds, enrollments);
    for (const Run &r : runs)
        std::printf("  %-28s %9.0f\n", r.name, r.rate());
    std::printf("engine / limit (same rows), one: %.2f   two: %.2f\n",
                runs[0].rate() / runs[2].rate(),
                runs[1].rate() / runs[3].rate());
    std::printf("engine / limit without task, one: %.2f   two: %.2f\n",
                runs[0].rate() / runs[4].rate(),
                runs[1].rate() / runs[5].rate());
    std::printf("two / one: engine %.2f, limit %.2f, limit without task %.2f\n",
                runs[1].rate() / runs[0].rate(),
                runs[3].rate() / runs[2].rate(),
                runs[5].rate() / runs[4].rate());
    const Memory after = memory();
    std::printf("peak RSS (VmHWM) after the runs: %lld kB (%.1f MB); VmRSS now %lld kB\n",
                after.peakKb,
                double(after.peakKb) / 1024,
                after.currentKb);
}

// --enrollments N and --rounds R are ours; everything else goes to Qt Test.
int main(int argc, char **argv)
{
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_ENROLLMENTS"); !env.isEmpty())
        enrollments = env.toInt();
    if (const QByteArray env = qgetenv("TOUCHLINE_BENCH_ROUNDS"); !env.isEmpty())
        rounds = env.toInt();
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--enrollments") == 0 && i + 1 < argc) {
            enrollments = QByteArray(argv[++i]).toInt();
            continue;
        }
        if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
            rounds = QByteArray(argv[++i]).toInt();
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
    BenchEngine bench;
    return Test::runTests(&bench, count, args.data());
}

#include "bench_engine.moc"
