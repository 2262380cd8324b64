// The scheduler engine under concurrency: four schedulers, each in its own thread on its own
// connection, over 10,000 due enrollments fire every step exactly once; a scheduler whose
// backend is terminated mid-batch leaves nothing half-written and another one completes the work;
// two enrollers of overlapping contact sets enroll each contact once and a suppressed one never.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// No send windows, every step due at once: one pass fires the whole sequence. Step 3 is a voice
// step, which queues a call item without a draft.
const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "one_step", "name": "One step", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}} at {{company}}."}
     ]},
    {"slug": "two_steps", "name": "Two steps", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}} at {{company}}."},
       {"step_number": 2, "delay_days": 0, "channel": "sms", "content_type": "reminder",
        "template_instructions": "Remind {{first_name}}."}
     ]},
    {"slug": "three_steps", "name": "Three steps", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}} at {{company}}."},
       {"step_number": 2, "delay_days": 0, "channel": "sms", "content_type": "reminder",
        "template_instructions": "Remind {{first_name}}."},
       {"step_number": 3, "delay_days": 0, "channel": "voice", "handler": "ivr",
        "content_type": "call", "template_instructions": "Call about the renewal."}
     ]}
  ]
})";

const QString databaseName = u"concurrency"_s;
constexpr int enrollments = 10000;
const QDateTime enrolledAt = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

// A thread that opens its own connection inside run() (a QSqlDatabase belongs to the thread that
// made it), hands it to `body`, and closes it again. Checks happen in the test thread afterwards.
class ConnectionThread : public QThread
{
public:
    ConnectionThread(QString connectionName, std::function<void(QSqlDatabase)> body)
        : m_name(std::move(connectionName))
        , m_body(std::move(body))
    {}

    QString openError;

protected:
    void run() override
    {
        {
            DbError error;
            QSqlDatabase db = Database::open(
                Test::TestCluster::instance().settings(databaseName), m_name, &error);
            if (error)
                openError = error.message;
            m_body(error ? QSqlDatabase() : db);
        }
        Database::close(m_name);
    }

private:
    QString m_name;
    std::function<void(QSqlDatabase)> m_body;
};

struct TickOutcome
{
    bool ok = false;
    QString error;
    Engine::TickResult result;
};

} // namespace

class TestEngineConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fourSchedulersFireEachStepOnce_data();
    void fourSchedulersFireEachStepOnce();
    void terminatedSchedulerLeavesNothingHalfDone_data();
    void terminatedSchedulerLeavesNothingHalfDone();
    void twoEnrollersOfOverlappingSetsEnrollEachContactOnce();
    void streamedEnrollmentOnTwoConnections();
    void streamedEnrollmentStopsAtAFailedChunk();
    void contactDeletedWhileEnrolledIsRefused_data();
    void contactDeletedWhileEnrolledIsRefused();

private:
    int count(const QString &sql);
    void enrollAll(const QString &campaign);
    void verifyEveryStepFiredOnce(int steps, int draftedSteps);
    void verifyNothingHalfWritten();
    void verifyEachEnrolledOnceNoneRefusable(int expected);
    struct Streamed
    {
        std::optional<Engine::StreamResult> result;
        DbError error;
        QSet<QString> reported; // enrolled, as the chunks committed
        qint64 refusedReported = 0;
        QSet<QThread *> threads;
    };
    // Engine::enrollStream of contacts c000001..c0N (then the first `again` once more) on m_db
    // and a second connection.
    Streamed enrollStreamed(int n, int again);

    QSqlDatabase m_db;
};

void TestEngineConcurrency::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"test"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
}

void TestEngineConcurrency::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"test"_s);
}

int TestEngineConcurrency::count(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// Contacts set-based in SQL; the enrollments through the engine's enroll_contact, all due now.
void TestEngineConcurrency::enrollAll(const QString &campaign)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, company) "
              "select 'c' || lpad(i::text, 6, '0'), 'acme', 'First' || i, 'Company ' || i "
              "from generate_series(1, :n) i"_s);
    q.bindValue(u":n"_s, enrollments);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList ids;
    for (int i = 1; i <= enrollments; ++i)
        ids.append(u"c%1"_s.arg(i, 6, 10, QLatin1Char('0')));
    Engine engine(m_db);
    DbError error;
    const auto r = engine.enroll({campaign, ids, QString(), QString(), enrolledAt}, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->enrolled.size(), enrollments);
    QVERIFY(r->refused.isEmpty());
    QVERIFY(q.exec(u"analyze"_s));
}

// Every (enrollment, step) has exactly one queue item and, for drafted channels, one draft; the
// items are the record of the fired steps (no execute_sequence_step task for steps drafted
// in-house); every enrollment has advanced past its last step.
void TestEngineConcurrency::verifyEveryStepFiredOnce(int steps, int draftedSteps)
{
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), enrollments * steps);
    QCOMPARE(count(u"select count(*) from (select distinct enrollment_id, step_number "
                   "from outbound_queue) x"_s),
             enrollments * steps);
    QCOMPARE(count(u"select count(*) from (select step_number from outbound_queue "
                   "group by step_number having count(*) = %1) x"_s.arg(enrollments)),
             steps);
    QCOMPARE(count(u"select count(*) from outbound_queue where attempt <> 1"_s), 0);

    QCOMPARE(count(u"select count(*) from staged_drafts"_s), enrollments * draftedSteps);
    QCOMPARE(count(u"select count(*) from (select distinct enrollment_id, step_number "
                   "from staged_drafts) x"_s),
             enrollments * draftedSteps);
    // Each draft belongs to the queue item of its own touch, and each queue item of a drafted
    // channel points at one.
    QCOMPARE(count(u"select count(*) from outbound_queue o join staged_drafts d "
                   "on d.id = o.staged_draft_id and d.enrollment_id = o.enrollment_id "
                   "and d.step_number = o.step_number"_s),
             enrollments * draftedSteps);
    QCOMPARE(count(u"select count(*) from outbound_queue where channel <> 'voice' "
                   "and staged_draft_id is null"_s),
             0);

    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s), 0);

    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active' "
                   "and current_step = %1 and last_fired_step = %2"_s.arg(steps + 1)
                       .arg(steps)),
             enrollments);
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), enrollments);
}

// Whatever has committed is whole: every advanced step has its queue item and draft, and no
// queue item or draft exists for a step its enrollment has not advanced past.
void TestEngineConcurrency::verifyNothingHalfWritten()
{
    QCOMPARE(count(u"select count(*) from outbound_queue o join campaign_contacts cc "
                   "on cc.id = o.enrollment_id "
                   "where cc.last_fired_step is null or o.step_number > cc.last_fired_step"_s),
             0);
    QCOMPARE(count(u"select count(*) from staged_drafts d join campaign_contacts cc "
                   "on cc.id = d.enrollment_id "
                   "where cc.last_fired_step is null or d.step_number > cc.last_fired_step"_s),
             0);
    // The other direction: each fired step of each enrollment has both.
    QCOMPARE(count(u"select count(*) from campaign_contacts cc "
                   "cross join lateral generate_series(1, coalesce(cc.last_fired_step, 0)) s "
                   "join campaign_steps st on st.campaign_id = cc.campaign_id "
                   "  and st.revision = cc.revision and st.step_number = s "
                   "where not exists (select 1 from outbound_queue o where o.enrollment_id = cc.id "
                   "  and o.step_number = s) "
                   "or (st.channel <> 'voice' and not exists (select 1 from staged_drafts d "
                   "  where d.enrollment_id = cc.id and d.step_number = s))"_s),
             0);
    const int fired = count(u"select coalesce(sum(last_fired_step), 0) from campaign_contacts"_s);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), fired);
    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s), 0);
}

// After enrollers ran at once: each of the `expected` contacts enrolled once, and none that is
// do-not-contact or suppressed.
void TestEngineConcurrency::verifyEachEnrolledOnceNoneRefusable(int expected)
{
    QCOMPARE(count(u"select count(distinct contact_id) from campaign_contacts"_s), expected);
    QCOMPARE(count(u"select count(*) from campaign_contacts cc join contacts ct "
                   "on ct.id = cc.contact_id where ct.do_not_contact"_s),
             0);
    QCOMPARE(count(u"select count(*) from campaign_contacts cc join suppressions sp "
                   "on sp.contact_id = cc.contact_id"_s),
             0);
}

void TestEngineConcurrency::fourSchedulersFireEachStepOnce_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("draftedSteps");

    QTest::addRow("one step") << u"one_step"_s << 1 << 1;
    QTest::addRow("three steps, email sms voice") << u"three_steps"_s << 3 << 2;
}

void TestEngineConcurrency::fourSchedulersFireEachStepOnce()
{
    QFETCH(QString, campaign);
    QFETCH(int, steps);
    QFETCH(int, draftedSteps);

    enrollAll(campaign);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count(u"select count(*) from campaign_contacts where next_send_at <= '%1'"_s.arg(
                 enrolledAt.toString(Qt::ISODate))),
             enrollments);

    constexpr int schedulers = 4;
    // Every thread connects first, then all start ticking together.
    QSemaphore connected;
    QSemaphore go;
    TickOutcome outcomes[schedulers];
    std::vector<std::unique_ptr<ConnectionThread>> threads;
    for (int i = 0; i < schedulers; ++i) {
        TickOutcome *out = &outcomes[i];
        threads.push_back(std::make_unique<ConnectionThread>(
            u"scheduler-%1"_s.arg(i), [out, &connected, &go](QSqlDatabase db) {
                connected.release();
                if (!db.isOpen())
                    return;
                go.acquire();
                Engine engine(db);
                DbError error;
                Engine::TickResult total;
                // tick() claims batches until none is left; a second pass must find nothing.
                for (int pass = 0; pass < 2; ++pass) {
                    const auto r = engine.tick(enrolledAt, 500, &error);
                    if (!r) {
                        out->error = error.message;
                        return;
                    }
                    total.fired += r->fired;
                    total.exited += r->exited;
                    total.enrolled += r->enrolled;
                    total.batches += r->batches;
                }
                out->result = total;
                out->ok = true;
            }));
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &t : threads)
        t->start();
    // Whatever fails below, no thread is left waiting or destroyed while running.
    auto joinAll = qScopeGuard([&] {
        go.release(schedulers);
        for (auto &t : threads)
            t->wait();
    });
    QVERIFY(connected.tryAcquire(schedulers, 60000));
    go.release(schedulers);
    for (auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(300000)));
    const qint64 ms = timer.elapsed();

    int fired = 0;
    int busy = 0;
    for (int i = 0; i < schedulers; ++i) {
        QVERIFY2(threads[i]->openError.isEmpty(), qPrintable(threads[i]->openError));
        QVERIFY2(outcomes[i].ok, qPrintable(u"scheduler %1: %2"_s.arg(i).arg(outcomes[i].error)));
        QCOMPARE(outcomes[i].result.exited, 0);
        QCOMPARE(outcomes[i].result.enrolled, 0);
        fired += outcomes[i].result.fired;
        busy += outcomes[i].result.fired > 0 ? 1 : 0;
        qInfo("scheduler %d: fired %d in %d batches",
              i,
              outcomes[i].result.fired,
              outcomes[i].result.batches);
    }
    qInfo("%d firings by %d schedulers in %lld ms", fired, schedulers, ms);
    QCOMPARE(fired, enrollments * steps);
    // All four were released together over dozens of batches: more than one took part.
    QVERIFY2(busy >= 2, "the schedulers did not run concurrently");
    verifyEveryStepFiredOnce(steps, draftedSteps);
    verifyNothingHalfWritten();
}

void TestEngineConcurrency::terminatedSchedulerLeavesNothingHalfDone_data()
{
    QTest::addColumn<bool>("midStatement");

    // The fire statement waits for a table lock the test holds: rows claimed and locked,
    // nothing written yet.
    QTest::addRow("claimed, before the writes") << false;
    // A trigger on the task insert waits for an advisory lock the test holds: the steps are
    // advanced and queue items and drafts inserted inside the open transaction.
    QTest::addRow("inside the fire statement, rows written") << true;
}

void TestEngineConcurrency::terminatedSchedulerLeavesNothingHalfDone()
{
    QFETCH(bool, midStatement);
    constexpr int firstBatch = 1000;
    constexpr int crashBatch = 5000;
    constexpr int steps = 2;

    enrollAll(u"two_steps"_s);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery q(m_db);
    if (midStatement) {
        QVERIFY2(q.exec(u"create function test_hold_item() returns trigger language plpgsql as $$ "
                        "begin perform pg_advisory_xact_lock_shared(4242); return new; end $$"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"create trigger test_hold_item before insert on outbound_queue "
                        "for each row execute function test_hold_item()"_s),
                 qPrintable(q.lastError().text()));
    }

    QSemaphore ready;
    QSemaphore firstDone;
    QSemaphore go;
    QAtomicInt pid = 0;
    int firstClaimed = -2;
    int crashReturned = -2;
    Engine::TickResult crashResult;
    DbError crashError;
    ConnectionThread scheduler(u"doomed-scheduler"_s, [&](QSqlDatabase db) {
        if (db.isOpen()) {
            QSqlQuery pq(db);
            if (pq.exec(u"select pg_backend_pid()"_s) && pq.next())
                pid.storeRelease(pq.value(0).toInt());
        }
        ready.release();
        if (pid.loadAcquire() == 0)
            return;
        Engine engine(db);
        Engine::TickResult result;
        DbError error;
        firstClaimed = engine.fireBatch(enrolledAt, firstBatch, &result, &error);
        firstDone.release();
        go.acquire();
        crashReturned = engine.fireBatch(enrolledAt, crashBatch, &crashResult, &crashError);
    });
    scheduler.start();
    // Whatever fails below, the thread is released and joined before it goes out of scope.
    auto joinScheduler = qScopeGuard([&] {
        go.release();
        scheduler.wait();
    });
    QVERIFY(ready.tryAcquire(1, 60000));
    QVERIFY2(pid.loadAcquire() != 0, qPrintable(scheduler.openError));
    const int schedulerPid = pid.loadAcquire();
    QVERIFY2(firstDone.tryAcquire(1, 60000), "the first batch did not finish");
    QCOMPARE(firstClaimed, firstBatch);
    verifyNothingHalfWritten();
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), firstBatch);

    // Block the next batch at a known point, then let it run into the block.
    QSqlDatabase holder;
    const QString holderName = u"lock-holder"_s;
    {
        QString error;
        holder = Test::TestCluster::instance().open(databaseName, holderName, &error);
        QVERIFY2(holder.isOpen(), qPrintable(error));
    }
    auto closeHolder = qScopeGuard([&] {
        holder = QSqlDatabase();
        Database::close(holderName);
    });
    QSqlQuery hq(holder);
    QVERIFY(holder.transaction());
    if (midStatement)
        QVERIFY2(hq.exec(u"select pg_advisory_xact_lock(4242)"_s),
                 qPrintable(hq.lastError().text()));
    else
        QVERIFY2(hq.exec(u"lock table outbound_queue in share mode"_s),
                 qPrintable(hq.lastError().text()));
    go.release();

    // Wait until the scheduler's transaction holds its claimed rows and is stuck on our lock.
    const QString expectedWait = midStatement ? u"advisory"_s : u"relation"_s;
    bool blocked = false;
    QString lastState;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        q.prepare(
            u"select a.wait_event_type, a.wait_event, a.state, "
            "  exists (select 1 from pg_locks l where l.pid = a.pid and l.granted "
            "    and l.relation = 'campaign_contacts'::regclass and l.mode = 'RowShareLock'), "
            "  exists (select 1 from pg_locks l where l.pid = a.pid and l.granted "
            "    and l.relation = 'campaign_contacts'::regclass "
            "    and l.mode = 'RowExclusiveLock') "
            "from pg_stat_activity a where a.pid = :pid"_s);
        q.bindValue(u":pid"_s, schedulerPid);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        lastState = u"%1/%2 %3 claim-lock %4 write-lock %5"_s.arg(q.value(0).toString(),
                                                                  q.value(1).toString(),
                                                                  q.value(2).toString(),
                                                                  q.value(3).toString(),
                                                                  q.value(4).toString());
        if (q.value(0).toString() == u"Lock" && q.value(1).toString() == expectedWait
            && q.value(3).toBool() && q.value(4).toBool()) {
            blocked = true;
            break;
        }
        QThread::msleep(5);
    }
    QVERIFY2(blocked, qPrintable(u"the scheduler never blocked where expected: "_s + lastState));

    q.prepare(u"select pg_terminate_backend(:pid, 10000)"_s);
    q.bindValue(u":pid"_s, schedulerPid);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QVERIFY(q.value(0).toBool());
    QVERIFY(holder.rollback());
    QVERIFY(scheduler.wait(QDeadlineTimer(60000)));

    // The failed scheduler reported the failure; the process is still here.
    QCOMPARE(crashReturned, -1);
    QVERIFY(crashError);
    QVERIFY(!crashError.message.isEmpty());
    qInfo("terminated scheduler: %s", qPrintable(crashError.message));
    QCOMPARE(crashResult.fired, 0);

    // Nothing from the terminated batch is visible; the first batch is whole.
    verifyNothingHalfWritten();
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), firstBatch);
    QCOMPARE(count(u"select count(*) from staged_drafts"_s), firstBatch);
    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s), 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where last_fired_step is not null"_s),
             firstBatch);
    if (midStatement) {
        QVERIFY(q.exec(u"drop trigger test_hold_item on outbound_queue"_s));
        QVERIFY(q.exec(u"drop function test_hold_item()"_s));
    }

    // A second scheduler on a fresh connection finishes the work, every step exactly once.
    TickOutcome second;
    ConnectionThread rescuer(u"rescuer"_s, [&second](QSqlDatabase db) {
        if (!db.isOpen())
            return;
        Engine engine(db);
        DbError error;
        const auto r = engine.tick(enrolledAt, 1000, &error);
        if (!r) {
            second.error = error.message;
            return;
        }
        second.result = *r;
        second.ok = true;
    });
    rescuer.start();
    QVERIFY(rescuer.wait(QDeadlineTimer(300000)));
    QVERIFY2(rescuer.openError.isEmpty(), qPrintable(rescuer.openError));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.result.fired, enrollments * steps - firstBatch);
    verifyEveryStepFiredOnce(steps, steps);
    verifyNothingHalfWritten();
}

// Two enrollers at once, one of c000001..c007000 in order, the other of c003001..c010000 in
// reverse order (each request spans two 5,000-row statements): each contact ends with exactly
// one enrollment, suppressed and do-not-contact contacts with none, and each enrolled contact is
// reported by exactly one of the two.
void TestEngineConcurrency::twoEnrollersOfOverlappingSetsEnrollEachContactOnce()
{
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"insert into contacts (id, client_id, first_name, do_not_contact) "
                    "select 'c' || lpad(i::text, 6, '0'), 'acme', 'First' || i, i % 11 = 0 "
                    "from generate_series(1, 10000) i"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"insert into suppressions (client_id, contact_id, reason) "
                    "select 'acme', 'c' || lpad(i::text, 6, '0'), 'unsubscribed' "
                    "from generate_series(7, 10000, 7) i"_s),
             qPrintable(q.lastError().text()));
    const auto ids = [](int from, int to) {
        QStringList list;
        for (int i = from; i <= to; ++i)
            list.append(u"c%1"_s.arg(i, 6, 10, QLatin1Char('0')));
        return list;
    };
    QStringList second = ids(3001, 10000);
    std::reverse(second.begin(), second.end());
    const QStringList sets[2] = {ids(1, 7000), second};
    QSemaphore connected;
    QSemaphore go;
    QStringList enrolled[2];
    QString errors[2];
    std::vector<std::unique_ptr<ConnectionThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.push_back(
            std::make_unique<ConnectionThread>(u"enroller-%1"_s.arg(i), [&, i](QSqlDatabase db) {
                connected.release();
                if (!db.isOpen())
                    return;
                go.acquire();
                DbError error;
                const auto r = Engine(db).enroll(
                    {u"two_steps"_s, sets[i], QString(), QString(), enrolledAt}, &error);
                if (r)
                    enrolled[i] = r->enrolled;
                else
                    errors[i] = error.message;
            }));
    }
    for (auto &t : threads)
        t->start();
    auto joinAll = qScopeGuard([&] {
        go.release(2);
        for (auto &t : threads)
            t->wait();
    });
    QVERIFY(connected.tryAcquire(2, 60000));
    go.release(2);
    for (auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(300000)));
    for (int i = 0; i < 2; ++i)
        QVERIFY2(errors[i].isEmpty(), qPrintable(u"enroller %1: %2"_s.arg(i).arg(errors[i])));

    // 10,000 contacts less 909 do-not-contact and 1,428 suppressed (129 are both).
    const int expected = 10000 - 909 - 1428 + 129;
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), expected);
    verifyEachEnrolledOnceNoneRefusable(expected);
    // The enrollment rows are the record: no enroll_contact task for work already done.
    QCOMPARE(count(u"select count(*) from tasks where type = 'enroll_contact'"_s), 0);
    QSet<QString> reported;
    for (const QStringList &list : enrolled)
        for (const QString &id : list)
            reported.insert(id);
    QCOMPARE(int(enrolled[0].size() + enrolled[1].size()), expected);
    QCOMPARE(int(reported.size()), expected);
}

TestEngineConcurrency::Streamed TestEngineConcurrency::enrollStreamed(int n, int again)
{
    int next = 1;
    const Engine::ContactChunks chunks = [&next, n, again](qsizetype max, const QSqlDatabase &) {
        QStringList ids;
        for (; ids.size() < max && next <= n + again; ++next)
            ids.append(u"c%1"_s.arg(next <= n ? next : next - n, 6, 10, QLatin1Char('0')));
        return ids;
    };
    Streamed s;
    const Engine::ChunkDone done = [&s](const Engine::EnrollResult &r) {
        s.reported.unite(QSet<QString>(r.enrolled.cbegin(), r.enrolled.cend()));
        s.refusedReported += r.refused.size();
        s.threads.insert(QThread::currentThread());
    };
    const Engine::ConnectionOpener second
        = Engine::openerFor(Test::TestCluster::instance().settings(databaseName));
    s.result = Engine(m_db).enrollStream(
        {u"two_steps"_s, {}, QString(), QString(), enrolledAt}, chunks, done, &s.error, second);
    return s;
}

// A streamed request of 30,000 contacts (three chunks and a bit, the first 100 named again at the
// end) on two connections: every eligible contact enrolled once, each chunk reported as it
// committed, from both threads; do-not-contact and suppressed refused, and refused again when
// named again; the repeats of enrolled contacts neither enrolled twice nor refused.
void TestEngineConcurrency::streamedEnrollmentOnTwoConnections()
{
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"insert into contacts (id, client_id, first_name, do_not_contact) "
                    "select 'c' || lpad(i::text, 6, '0'), 'acme', 'First' || i, i % 11 = 0 "
                    "from generate_series(1, 30000) i"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"insert into suppressions (client_id, contact_id, reason) "
                    "select 'acme', 'c' || lpad(i::text, 6, '0'), 'unsubscribed' "
                    "from generate_series(7, 30000, 7) i"_s),
             qPrintable(q.lastError().text()));
    const Streamed s = enrollStreamed(30000, 100);
    QVERIFY2(s.result, qPrintable(s.error.message));
    // 30,000 less 2,727 do-not-contact and 4,285 suppressed (389 are both); of the first 100
    // named again, 9 + 14 - 1 are refused again.
    const int expected = 30000 - 2727 - 4285 + 389;
    QCOMPARE(s.result->enrolled, qint64(expected));
    QCOMPARE(s.result->refused, qint64(30000 - expected + 22));
    QCOMPARE(s.result->chunks, int((30100 + Engine::streamChunk - 1) / Engine::streamChunk));
    QCOMPARE(int(s.reported.size()), expected);
    QCOMPARE(s.refusedReported, s.result->refused);
    QCOMPARE(int(s.threads.size()), 2);
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), expected);
    verifyEachEnrolledOnceNoneRefusable(expected);
}

// A chunk that fails rolls back whole and stops the request: what was reported as committed is
// exactly what is in the database, the failing chunk wrote nothing, and the error says why.
void TestEngineConcurrency::streamedEnrollmentStopsAtAFailedChunk()
{
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"insert into contacts (id, client_id, first_name) "
                    "select 'c' || lpad(i::text, 6, '0'), 'acme', 'First' || i "
                    "from generate_series(1, 40000) i"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"create function refuse_one() returns trigger language plpgsql as $$ "
                    "begin if new.contact_id = 'c015000' then "
                    "raise exception 'refused for the test: %', new.contact_id; end if; "
                    "return new; end $$"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"create trigger refuse_one before insert on campaign_contacts "
                    "for each row execute function refuse_one()"_s),
             qPrintable(q.lastError().text()));
    const Streamed s = enrollStreamed(40000, 0);
    QVERIFY(!s.result);
    QVERIFY2(s.error.message.contains(u"refused for the test: c015000"_s),
             qPrintable(s.error.message));
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), int(s.reported.size()));
    // The failing chunk: the one holding c015000.
    const int first = int((15000 - 1) / Engine::streamChunk * Engine::streamChunk + 1);
    const int last = first + int(Engine::streamChunk) - 1;
    QSqlQuery failed(m_db);
    failed.prepare(u"select count(*) from campaign_contacts where contact_id between ? and ?"_s);
    failed.addBindValue(u"c%1"_s.arg(first, 6, 10, QLatin1Char('0')));
    failed.addBindValue(u"c%1"_s.arg(last, 6, 10, QLatin1Char('0')));
    QVERIFY(failed.exec() && failed.next());
    QCOMPARE(failed.value(0).toInt(), 0);
    // Stopped: at most the chunk the other thread had taken ran after it.
    QVERIFY(s.reported.size() <= last + Engine::streamChunk);
}

void TestEngineConcurrency::contactDeletedWhileEnrolledIsRefused_data()
{
    QTest::addColumn<bool>("enrollFirst");
    QTest::addRow("enrollment first") << true;
    QTest::addRow("delete first") << false;
}

// The contact key of an enrollment (0026: one advisory lock instead of a row lock per contact):
// an enrollment and a delete of its contact, each in an open transaction on its own connection;
// the second waits for the first, then is refused with a foreign key violation, and no
// enrollment is left naming a deleted contact.
void TestEngineConcurrency::contactDeletedWhileEnrolledIsRefused()
{
    QFETCH(bool, enrollFirst);
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"insert into contacts (id, client_id) values ('x1', 'acme')"_s),
             qPrintable(q.lastError().text()));
    const QString enrollSql
        = u"insert into campaign_contacts (contact_id, campaign_id, client_id, revision, "
          "current_step, next_send_at, enrolled_at) select 'x1', c.id, c.client_id, "
          "c.current_revision, 1, now(), now() from campaigns c where c.slug = 'one_step'"_s;
    const QString deleteSql = u"delete from contacts where id = 'x1'"_s;
    const QString first = enrollFirst ? enrollSql : deleteSql;
    const QString second = enrollFirst ? deleteSql : enrollSql;
    QVERIFY(m_db.transaction());
    QVERIFY2(q.exec(first), qPrintable(q.lastError().text()));
    QString secondError, secondCode;
    bool secondOk = false;
    ConnectionThread other(u"second-writer"_s, [&](QSqlDatabase db) {
        QSqlQuery w(db);
        secondOk = w.exec(second);
        secondError = w.lastError().databaseText();
        secondCode = w.lastError().nativeErrorCode();
    });
    other.start();
    QVERIFY(!other.wait(QDeadlineTimer(500))); // waits for the first to end
    QVERIFY(m_db.commit());
    QVERIFY(other.wait(QDeadlineTimer(30000)));
    QVERIFY2(other.openError.isEmpty(), qPrintable(other.openError));
    QVERIFY(!secondOk);
    QCOMPARE(secondCode, u"23503"_s);
    if (enrollFirst) {
        QCOMPARE(count(u"select count(*) from contacts where id = 'x1'"_s), 1);
        QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'x1'"_s), 1);
    } else {
        QVERIFY2(secondError.contains(u"campaign_contacts_contact_id_fkey"_s),
                 qPrintable(secondError));
        QCOMPARE(count(u"select count(*) from contacts where id = 'x1'"_s), 0);
        QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'x1'"_s), 0);
    }
}

TOUCHLINE_TEST_MAIN(TestEngineConcurrency)
#include "tst_engineconcurrency.moc"
