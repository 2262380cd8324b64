// The embedded scheduler thread on a real database: woken by NOTIFY, by its timer and by the
// backstop; idle without busy polling; reconnecting after its backend is killed; two of them
// never firing a step twice; pausing; stopping promptly and cleanly.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "schedulerservice.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

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
     ]}
  ]
})";

const QString databaseName = u"scheduler"_s;
const QString applicationName = u"touchline-scheduler"_s;

int firedIn(const QSignalSpy &passes)
{
    int fired = 0;
    for (const QList<QVariant> &args : passes)
        fired += args.at(0).toInt();
    return fired;
}

bool sawState(const QSignalSpy &states, SchedulerService::State state)
{
    for (const QList<QVariant> &args : states)
        if (args.at(0).value<SchedulerService::State>() == state)
            return true;
    return false;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firesWithinASecondOfANotify();
    void firesByItsTimerAtTheDueTime();
    void backstopFindsWhatNoNotifyAnnounced();
    void idleSchedulerRunsABoundedNumberOfQueries_data();
    void idleSchedulerRunsABoundedNumberOfQueries();
    void reconnectsListensAgainAndCatchesUp();
    void twoSchedulersNeverFireAStepTwice();
    void pauseFiresNothingAndResumeCatchesUp();
    void stopIsPromptAndLeavesNoConnection_data();
    void stopIsPromptAndLeavesNoConnection();
    void aRowSetAsideIsReportedAndTheRestFires();

private:
    qint64 scalar(QSqlDatabase db, const QString &sql);
    qint64 count(const QString &sql) { return scalar(m_db, sql); }
    QStringList addContacts(int n);
    void enroll(const QString &campaign, const QStringList &contacts, const QDateTime &at);
    QDateTime databaseNow();
    // Starts `service` and waits until it is connected and its first (catch-up) pass is done.
    bool startAndSettle(SchedulerService *service, QSignalSpy *passes);
    int schedulerPid();
    // Statements the scheduler's database has run so far (see initTestCase).
    qint64 statementsSoFar();
    void resetStatements();
    void allowConnections(bool allow);
    // Seconds from the enrollment to the firing of its step 1, on the database's clock.
    double latencyOf(const QString &contact);

    QSqlDatabase m_db;    // the test's own connection to the scheduler's database
    QSqlDatabase m_admin; // to "postgres": server-wide views and ALTER DATABASE
    int m_contacts = 0;
    bool m_statementStats = false;
};

void TestScheduler::initTestCase()
{
    // Count statements with pg_stat_statements, which needs a restart of this test's own
    // throwaway server to load. Without it, count transactions in pg_stat_database (coarser).
    auto &cluster = Test::TestCluster::instance();
    QString error;
    bool preload = false;
    {
        QSqlDatabase admin = cluster.open(u"postgres"_s, u"restart"_s, &error);
        QVERIFY2(admin.isOpen(), qPrintable(error));
        QSqlQuery q(admin);
        preload = q.exec(u"select 1 from pg_available_extensions "
                         "where name = 'pg_stat_statements'"_s)
                  && q.next()
                  && q.exec(u"alter system set shared_preload_libraries = 'pg_stat_statements'"_s);
        // Autovacuum workers would blur the transaction counts of the fallback.
        QVERIFY(q.exec(u"alter system set autovacuum = off"_s));
        QVERIFY(q.exec(u"select pg_reload_conf()"_s));
    }
    Database::close(u"restart"_s);
    if (preload) {
        QVERIFY2(cluster.cluster()->stop(&error), qPrintable(error));
        QVERIFY2(cluster.cluster()->start(&error), qPrintable(error));
    }
    m_admin = cluster.open(u"postgres"_s, u"admin"_s, &error);
    QVERIFY2(m_admin.isOpen(), qPrintable(error));
    QSqlQuery q(m_admin);
    m_statementStats = preload && q.exec(u"create extension if not exists pg_stat_statements"_s);
    if (!m_statementStats)
        qInfo("pg_stat_statements unavailable: counting transactions instead");
}

void TestScheduler::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    allowConnections(true);
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"test"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    m_contacts = 0;
}

void TestScheduler::cleanup()
{
    allowConnections(true);
    m_db = QSqlDatabase();
    Database::close(u"test"_s);
}

qint64 TestScheduler::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QStringList TestScheduler::addContacts(int n)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"insert into contacts (id, client_id, first_name, company) "
        "select 'c' || i, 'acme', 'First' || i, 'Company' from generate_series(cast(:a as int), cast(:b as int)) i"_s);
    q.bindValue(u":a"_s, m_contacts + 1);
    q.bindValue(u":b"_s, m_contacts + n);
    if (!q.exec())
        qWarning("contacts: %s", qPrintable(q.lastError().text()));
    QStringList ids;
    for (int i = m_contacts + 1; i <= m_contacts + n; ++i)
        ids.append(u"c%1"_s.arg(i));
    m_contacts += n;
    return ids;
}

void TestScheduler::enroll(const QString &campaign,
                           const QStringList &contacts,
                           const QDateTime &at)
{
    Engine engine(m_db);
    DbError error;
    const auto r = engine.enroll({campaign, contacts, QString(), QString(), at}, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->enrolled.size(), contacts.size());
}

QDateTime TestScheduler::databaseNow()
{
    DbError error;
    const auto now = Engine(m_db).databaseNow(&error);
    if (!now)
        qWarning("now: %s", qPrintable(error.message));
    return now.value_or(QDateTime());
}

bool TestScheduler::startAndSettle(SchedulerService *service, QSignalSpy *passes)
{
    service->start();
    return QTest::qWaitFor(
        [&] { return service->state() == SchedulerService::State::Running && passes->count() > 0; },
        90000); // a first pass over a backlog on a busy machine
}

int TestScheduler::schedulerPid()
{
    return int(scalar(m_admin,
                      u"select coalesce(min(pid), 0) from pg_stat_activity where datname = '%1' "
                      "and application_name = '%2'"_s.arg(databaseName, applicationName)));
}

qint64 TestScheduler::statementsSoFar()
{
    if (m_statementStats)
        return scalar(
            m_admin,
            u"select coalesce(sum(s.calls), 0)::bigint from pg_stat_statements s "
            "join pg_database d on d.oid = s.dbid where d.datname = '%1'"_s.arg(databaseName));
    return scalar(m_admin,
                  u"select xact_commit + xact_rollback from pg_stat_database "
                  "where datname = '%1'"_s.arg(databaseName));
}

void TestScheduler::resetStatements()
{
    if (m_statementStats)
        scalar(m_admin, u"select 1 from (select pg_stat_statements_reset()) x"_s);
    else
        QTest::qWait(1500); // backends publish their counts at most once a second
}

void TestScheduler::allowConnections(bool allow)
{
    QSqlQuery q(m_admin);
    if (scalar(m_admin,
               u"select count(*) from pg_database where datname = '%1'"_s.arg(databaseName))
        != 1)
        return;
    QVERIFY2(q.exec(u"alter database %1 with allow_connections %2"_s.arg(
                 databaseName, allow ? u"true"_s : u"false"_s)),
             qPrintable(q.lastError().text()));
}

double TestScheduler::latencyOf(const QString &contact)
{
    QSqlQuery q(m_db);
    q.prepare(u"select extract(epoch from o.scheduled_at - cc.enrolled_at)::float8 "
              "from outbound_queue o join campaign_contacts cc on cc.id = o.enrollment_id "
              "where cc.contact_id = :c and o.step_number = 1"_s);
    q.bindValue(u":c"_s, contact);
    if (!q.exec() || !q.next()) {
        qWarning("latency: %s", qPrintable(q.lastError().text()));
        return 1e9;
    }
    return q.value(0).toDouble();
}

void TestScheduler::firesWithinASecondOfANotify()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QSignalSpy problems(&service, &SchedulerService::problemOccurred);
    QVERIFY(startAndSettle(&service, &passes));
    // Nothing is enrolled: no due timer is set, and the backstop is a minute away. Only the
    // NOTIFY of the enrollment can wake the scheduler in time.
    QVERIFY(!service.nextDue().isValid());

    const QStringList contacts = addContacts(1);
    enroll(u"one_step"_s, contacts, databaseNow());
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 1, 5000);
    const double latency = latencyOf(contacts.constFirst());
    qInfo("enrollment to firing: %.0f ms", latency * 1000);
    QVERIFY2(latency < 1.0, qPrintable(QString::number(latency)));
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 1);
    QCOMPARE(count(u"select count(*) from staged_drafts"_s), 1);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
    // The one step fired; what follows is the no-engagement exit, days away.
    QTRY_VERIFY(service.nextDue().isValid());
}

void TestScheduler::firesByItsTimerAtTheDueTime()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QSignalSpy nextDue(&service, &SchedulerService::nextDueChanged);
    QVERIFY(startAndSettle(&service, &passes));

    // Due in 2 s: the enrollment's NOTIFY wakes the scheduler, which finds nothing due yet and
    // sets its timer; nothing else announces the moment it becomes due.
    const QStringList contacts = addContacts(1);
    const QDateTime due = databaseNow().addMSecs(2000);
    const qsizetype passesBefore = passes.count();
    enroll(u"one_step"_s, contacts, due);
    QTRY_COMPARE_WITH_TIMEOUT(service.nextDue(), due, 5000);
    QCOMPARE(firedIn(passes), 0);
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 1, 10000);
    const double late = latencyOf(contacts.constFirst());
    qInfo("fired %.0f ms after its due time", late * 1000);
    QVERIFY2(late >= 0 && late < 1.0, qPrintable(QString::number(late)));
    // Woken twice: by the enrollment's NOTIFY and by the timer. No polling in between.
    QVERIFY2(passes.count() - passesBefore <= 3, qPrintable(QString::number(passes.count())));
}

void TestScheduler::backstopFindsWhatNoNotifyAnnounced()
{
    SchedulerService::Options options;
    options.backstopInterval = 2s;
    SchedulerService service(Test::TestCluster::instance().settings(databaseName), options);
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QVERIFY(startAndSettle(&service, &passes));

    // Replica mode suppresses triggers: this enrollment sends no NOTIFY.
    const QStringList contacts = addContacts(1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"set session_replication_role = replica"_s));
    enroll(u"one_step"_s, contacts, databaseNow());
    QVERIFY(q.exec(u"set session_replication_role = origin"_s));
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 1, 10000);
    const double latency = latencyOf(contacts.constFirst());
    qInfo("picked up by the backstop after %.0f ms", latency * 1000);
    QVERIFY2(latency < 4.0, qPrintable(QString::number(latency)));
}

void TestScheduler::idleSchedulerRunsABoundedNumberOfQueries_data()
{
    QTest::addColumn<int>("backstopMs");
    QTest::addColumn<int>("minStatements");
    QTest::addColumn<int>("maxStatements");

    // With the default minute-long backstop, a 6 s window sees (almost) nothing.
    QTest::addRow("default backstop") << 60000 << 0 << 10;
    // A 2 s backstop shows that the count does see the scheduler's passes: 2 to 4 of them, each
    // a handful of statements.
    QTest::addRow("2 s backstop") << 2000 << 4 << 60;
}

void TestScheduler::idleSchedulerRunsABoundedNumberOfQueries()
{
    QFETCH(int, backstopMs);
    QFETCH(int, minStatements);
    QFETCH(int, maxStatements);

    SchedulerService::Options options;
    options.backstopInterval = std::chrono::milliseconds(backstopMs);
    SchedulerService service(Test::TestCluster::instance().settings(databaseName), options);
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QVERIFY(startAndSettle(&service, &passes));

    // Idle with work ahead: an enrollment due in an hour keeps the due timer armed (capped at
    // five minutes), as on a quiet afternoon.
    enroll(u"one_step"_s, addContacts(1), databaseNow().addSecs(3600));
    QTRY_VERIFY(service.nextDue().isValid());
    resetStatements();
    const qint64 before = statementsSoFar();
    const qsizetype passesBefore = passes.count();
    QTest::qWait(6000); // the measuring window itself
    const qint64 statements = statementsSoFar() - before;
    const qsizetype idlePasses = passes.count() - passesBefore;
    qInfo("idle for 6 s: %lld %s in %lld passes",
          statements,
          m_statementStats ? "statements" : "transactions",
          qlonglong(idlePasses));
    QVERIFY2(statements >= minStatements && statements <= maxStatements,
             qPrintable(QString::number(statements)));
    QCOMPARE(firedIn(passes), 0);
}

void TestScheduler::reconnectsListensAgainAndCatchesUp()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QSignalSpy states(&service, &SchedulerService::stateChanged);
    QSignalSpy problems(&service, &SchedulerService::problemOccurred);
    QVERIFY(startAndSettle(&service, &passes));
    const int pid = schedulerPid();
    QVERIFY(pid > 0);

    // Keep it out until we let it back in, so that work arrives while it is away.
    allowConnections(false);
    auto readmit = qScopeGuard([this] { allowConnections(true); });
    QCOMPARE(scalar(m_admin, u"select pg_terminate_backend(%1)::int"_s.arg(pid)), 1);
    // Noticed from the socket while idle, not a minute later at the backstop.
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), SchedulerService::State::Reconnecting, 5000);
    QVERIFY(!problems.isEmpty());

    const QStringList whileAway = addContacts(1);
    enroll(u"one_step"_s, whileAway, databaseNow());
    // At least one attempt fails and is reported, with the next one backed off.
    QTRY_VERIFY_WITH_TIMEOUT(problems.count() >= 2, 10000);
    QCOMPARE(firedIn(passes), 0);

    allowConnections(true);
    readmit.dismiss();
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), SchedulerService::State::Running, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 1, 10000); // the catch-up pass
    const int newPid = schedulerPid();
    QVERIFY(newPid > 0);
    QVERIFY(newPid != pid);

    // Listening again: a NOTIFY wakes it as before.
    const QStringList after = addContacts(1);
    enroll(u"one_step"_s, after, databaseNow());
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 2, 5000);
    const double latency = latencyOf(after.constFirst());
    qInfo("after the reconnect, enrollment to firing: %.0f ms", latency * 1000);
    QVERIFY2(latency < 1.0, qPrintable(QString::number(latency)));
    QVERIFY(sawState(states, SchedulerService::State::Reconnecting));
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 2);
}

void TestScheduler::twoSchedulersNeverFireAStepTwice()
{
    SchedulerService::Options options;
    options.batchSize = 100; // many small batches: plenty of chances to collide
    const ConnectionSettings settings = Test::TestCluster::instance().settings(databaseName);
    SchedulerService first(settings, options);
    SchedulerService second(settings, options);
    QVERIFY(first.connectionName() != second.connectionName());
    QSignalSpy firstPasses(&first, &SchedulerService::tickCompleted);
    QSignalSpy secondPasses(&second, &SchedulerService::tickCompleted);
    QSignalSpy firstProblems(&first, &SchedulerService::problemOccurred);
    QSignalSpy secondProblems(&second, &SchedulerService::problemOccurred);
    QVERIFY(startAndSettle(&first, &firstPasses));
    QVERIFY(startAndSettle(&second, &secondPasses));

    constexpr int rounds = 4;
    constexpr int perRound = 500;
    constexpr int steps = 2;
    for (int i = 0; i < rounds; ++i)
        enroll(u"two_steps"_s, addContacts(perRound), databaseNow());
    QTRY_COMPARE_WITH_TIMEOUT(
        firedIn(firstPasses) + firedIn(secondPasses), rounds * perRound * steps, 60000);
    qInfo("first fired %d, second %d", firedIn(firstPasses), firedIn(secondPasses));
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), rounds * perRound * steps);
    QCOMPARE(count(u"select count(*) from (select distinct enrollment_id, step_number, attempt "
                   "from outbound_queue) x"_s),
             rounds * perRound * steps);
    // The items are the record of the fired steps: no task for steps drafted in-house.
    QCOMPARE(count(u"select count(*) from tasks where type = 'execute_sequence_step'"_s), 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where current_step = 3"_s),
             rounds * perRound);
    QVERIFY2(firstProblems.isEmpty(), qPrintable(firstProblems.value(0).value(0).toString()));
    QVERIFY2(secondProblems.isEmpty(), qPrintable(secondProblems.value(0).value(0).toString()));
}

void TestScheduler::pauseFiresNothingAndResumeCatchesUp()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QVERIFY(startAndSettle(&service, &passes));

    service.pause();
    QTRY_COMPARE(service.state(), SchedulerService::State::Paused);
    QVERIFY(service.isPaused());
    enroll(u"one_step"_s, addContacts(3), databaseNow());
    QTest::qWait(1500); // a NOTIFY would have fired them by now
    QCOMPARE(firedIn(passes), 0);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 0);

    service.resume();
    QTRY_COMPARE(service.state(), SchedulerService::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 3, 5000);
    QTRY_COMPARE(service.firedToday(), 3);
}

void TestScheduler::stopIsPromptAndLeavesNoConnection_data()
{
    QTest::addColumn<QString>("situation");

    QTest::addRow("idle") << u"idle"_s;
    QTest::addRow("reconnecting") << u"reconnecting"_s;
    QTest::addRow("firing a backlog") << u"backlog"_s;
}

void TestScheduler::stopIsPromptAndLeavesNoConnection()
{
    QFETCH(QString, situation);

    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QSignalSpy states(&service, &SchedulerService::stateChanged);
    auto readmit = qScopeGuard([this] { allowConnections(true); });
    if (situation == u"backlog") {
        enroll(u"two_steps"_s, addContacts(20000), databaseNow());
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(count(u"select count(*) from outbound_queue"_s) > 0, 30000);
    } else {
        QVERIFY(startAndSettle(&service, &passes));
    }
    if (situation == u"reconnecting") {
        const int pid = schedulerPid();
        allowConnections(false);
        QCOMPARE(scalar(m_admin, u"select pg_terminate_backend(%1)::int"_s.arg(pid)), 1);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), SchedulerService::State::Reconnecting, 5000);
    }

    const QString name = service.connectionName();
    QElapsedTimer timer;
    timer.start();
    service.stop();
    const qint64 ms = timer.elapsed();
    qInfo("stop() took %lld ms", ms);
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    QVERIFY(!service.isStarted());
    QCOMPARE(service.state(), SchedulerService::State::Stopped);
    QCOMPARE(states.constLast().at(0).value<SchedulerService::State>(),
             SchedulerService::State::Stopped);
    QVERIFY(!QSqlDatabase::contains(name));
    allowConnections(true);
    readmit.dismiss();
    QTRY_COMPARE(
        scalar(m_admin,
               u"select count(*) from pg_stat_activity where application_name = '%1'"_s.arg(
                   applicationName)),
        0);
    // Whatever was fired before the stop is whole.
    QCOMPARE(count(u"select count(*) from outbound_queue"_s),
             count(u"select coalesce(sum(last_fired_step), 0) from campaign_contacts"_s));
    QCOMPARE(count(u"select count(*) from staged_drafts"_s),
             count(u"select count(*) from outbound_queue where channel <> 'voice'"_s));

    // And it starts again.
    passes.clear();
    QVERIFY(startAndSettle(&service, &passes));
    service.stop();
}

// A row the database refuses is set aside with its error and reported to the window; the other
// rows of the batch fire, and the next pass does not trip over it again.
void TestScheduler::aRowSetAsideIsReportedAndTheRestFires()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"create or replace function refuse_second() returns trigger language plpgsql "
                   "as $$ begin if new.contact_id = 'refused' then raise exception "
                   "'refused by a check'; end if; return new; end $$"_s));
    QVERIFY(q.exec(u"create trigger refuse_second before insert on outbound_queue for each row "
                   "execute function refuse_second()"_s));
    const auto dropTrigger = qScopeGuard(
        [this] { QSqlQuery(m_db).exec(u"drop trigger refuse_second on outbound_queue"_s); });
    QVERIFY(q.exec(u"insert into contacts (id, client_id, first_name) values ('refused', 'acme', "
                   "'R')"_s));
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    QSignalSpy passes(&service, &SchedulerService::tickCompleted);
    QSignalSpy problems(&service, &SchedulerService::problemOccurred);
    QVERIFY(startAndSettle(&service, &passes));
    QStringList contacts = addContacts(3);
    contacts.append(u"refused"_s);
    enroll(u"one_step"_s, contacts, databaseNow());
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 5000);
    const QString message = problems.constLast().value(0).toString();
    QVERIFY2(message.contains(u"set aside"_s) && message.contains(u"refused by a check"_s),
             qPrintable(message));
    QCOMPARE(count(u"select count(*) from campaign_contacts where engine_error is not null"_s), 1);
    // Out of the due scan: later passes fire nothing more and report nothing new.
    const int reported = int(problems.size());
    enroll(u"one_step"_s, addContacts(1), databaseNow());
    QTRY_COMPARE_WITH_TIMEOUT(firedIn(passes), 4, 5000);
    QCOMPARE(int(problems.size()), reported);
}

TOUCHLINE_TEST_MAIN(TestScheduler)

#include "tst_scheduler.moc"
