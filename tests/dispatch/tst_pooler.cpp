// Consoles behind a real PgBouncer in transaction mode (pool_mode = transaction, fewer server
// connections than clients, so that clients share server sessions between transactions):
// the statement splitter, bound values that come back as they went in, settings that stay in
// their transaction, two engines and two dispatchers racing through the pooler (each firing
// and each send once), the inbox's and the dashboard's stores, the scheduler service, and
// notifications from a direct connection or, without one, by polling.
#include "clirun.h"
#include "database.h"
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "draftstore.h"
#include "engine.h"
#include "pgbouncer.h"
#include "pooleddriver.h"
#include "reportstore.h"
#include "schedulerservice.h"
#include "session.h"
#include "testcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
const QString database = u"pooled"_s;

// A connection for the length of a scope, opened with Database::open like the consoles do.
class Connection
{
public:
    Connection(const ConnectionSettings &settings, const QString &name)
        : m_name(name)
    {
        DbError error;
        m_db = Database::open(settings, name, &error);
        m_error = error.message;
    }
    ~Connection()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    QSqlDatabase db() const { return m_db; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

QString randomText(QRandomGenerator *random)
{
    static const QStringList pieces{
        u"'"_s,  u"''"_s, u"\\"_s,  u":name"_s, u"?"_s,  u"--"_s,       u"/*"_s,
        u"*/"_s, u"$$"_s, u"$x$"_s, u"::int"_s, u"\n"_s, u"ä"_s,        u"名"_s,
        u"😀"_s,  u" "_s,  u"E'"_s,  u"\""_s,    u";"_s,  u"select 1"_s, u"x"_s};
    QString text;
    const int n = random->bounded(0, 8);
    for (int i = 0; i < n; ++i)
        text += pieces.at(random->bounded(pieces.size()));
    return text;
}

QVariant randomValue(QRandomGenerator *random)
{
    switch (random->bounded(7)) {
    case 0:
        return randomText(random);
    case 1:
        return random->bounded(-1000000, 1000000);
    case 2:
        return qint64(random->generate64() >> 2) * (random->bounded(2) ? 1 : -1);
    case 3:
        return random->bounded(2) == 1;
    case 4:
        return QDateTime::fromMSecsSinceEpoch(qint64(random->bounded(2000000000)) * 1000, Qt::UTC);
    case 5:
        return QString(); // NULL
    default:
        return QByteArray(randomText(random).toUtf8() + char(random->bounded(256)));
    }
}

// run(0) and run(1) at once, each in a thread of its own; false when one does not end.
bool runInTwoThreads(const std::function<void(int)> &run)
{
    std::unique_ptr<QThread> a(QThread::create(run, 0));
    std::unique_ptr<QThread> b(QThread::create(run, 1));
    a->start();
    b->start();
    return a->wait(120000) && b->wait(120000);
}

QString sqlType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
        return u"int4"_s;
    case QMetaType::LongLong:
        return u"int8"_s;
    case QMetaType::Bool:
        return u"boolean"_s;
    case QMetaType::QDateTime:
        return u"timestamptz"_s;
    case QMetaType::QByteArray:
        return u"bytea"_s;
    default:
        return u"text"_s;
    }
}

} // namespace

class TestPooler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statementsSplitAtPlaceholdersOnly_data();
    void statementsSplitAtPlaceholdersOnly();
    void boundValuesComeBackAsTheyWent();
    void settingsStayInTheirTransaction();
    void plainQpsqlFailsWherePooledWorks();
    void twoDispatchersSendEachItemOnce();
    void twoEnginesFireEachEnrollmentOnce();
    void inboxAndDashboardStores();
    void notificationsFromADirectConnectionOrByPolling();
    void schedulerServiceFiresThroughThePooler();
    void commandLineThroughThePooler();

private:
    QStringList addContacts(const QString &prefix, const QString &client, int n);
    Test::PgBouncer m_bouncer;
    QSqlDatabase m_db; // direct, for set-up and checks
};

void TestPooler::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(database, true, &error), qPrintable(error));
    m_db = cluster.open(database, u"direct"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    // Two server connections for up to five clients: transactions of different clients
    // take turns on the same server sessions.
    QVERIFY2(m_bouncer.start(2, &error), qPrintable(error));
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
}

void TestPooler::cleanupTestCase()
{
    m_bouncer.stop();
}

QStringList TestPooler::addContacts(const QString &prefix, const QString &client, int n)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, email) "
              "select :prefix || i, :client, 'P' || i, :prefix || i || '@example.org' "
              "from generate_series(1, :n) i"_s);
    q.bindValue(u":prefix"_s, prefix);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":n"_s, n);
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    QStringList ids;
    for (int i = 1; i <= n; ++i)
        ids << prefix + QString::number(i);
    return ids;
}

void TestPooler::statementsSplitAtPlaceholdersOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("placeholders");
    QTest::addRow("named") << u"select :a, :b_2 from t where x = :a"_s
                           << QStringList{u":a"_s, u":b_2"_s, u":a"_s};
    QTest::addRow("cast") << u"select :a::int, x::text"_s << QStringList{u":a"_s};
    QTest::addRow("string") << u"select ':a', 'it''s :b', :c"_s << QStringList{u":c"_s};
    QTest::addRow("escape string") << u"select E'\\' :a', :b"_s << QStringList{u":b"_s};
    QTest::addRow("identifier") << u"select \":a\" from t where y = :y"_s << QStringList{u":y"_s};
    QTest::addRow("dollar quote") << u"do $f$ begin x := :a; end $f$; select :b"_s
                                  << QStringList{u":b"_s};
    QTest::addRow("empty dollar tag") << u"select $$ :a $$, :b"_s << QStringList{u":b"_s};
    QTest::addRow("line comment") << u"select 1 -- it's :a\n, :b"_s << QStringList{u":b"_s};
    QTest::addRow("block comment")
        << u"select /* :a /* nested */ :b */ :c"_s << QStringList{u":c"_s};
    QTest::addRow("positional") << u"select ?, '?', ?"_s << QStringList{u"?"_s, u"?"_s};
    QTest::addRow("word ending in e") << u"select value':a'"_s << QStringList();
    QTest::addRow("array") << u"select array[:a, :b][1]"_s << QStringList{u":a"_s, u":b"_s};
}

void TestPooler::statementsSplitAtPlaceholdersOnly()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, placeholders);
    const PooledDriver::Statement s = PooledDriver::parse(sql);
    QCOMPARE(s.placeholders, placeholders);
    QCOMPARE(s.pieces.size(), placeholders.size() + 1);
    // Nothing is lost: the pieces and placeholders put back together are the statement.
    QString joined = s.pieces.first();
    for (qsizetype i = 0; i < s.placeholders.size(); ++i)
        joined += s.placeholders.at(i) + s.pieces.at(i + 1);
    QCOMPARE(joined, sql);
}

// Property: random values of every kind the consoles bind come back through the pooled driver
// as they come back through QPSQL's own server-side parameters.
void TestPooler::boundValuesComeBackAsTheyWent()
{
    Connection pooled(m_bouncer.settings(database, false), u"values"_s);
    QVERIFY2(pooled.db().isOpen(), qPrintable(pooled.error()));
    QRandomGenerator random(20261207);
    for (int round = 0; round < 300; ++round) {
        const QVariant a = randomValue(&random);
        const QVariant b = randomValue(&random);
        const QString sql = u"select cast(:a as %1), cast(:b as %2), cast(:a as %1) is null"_s.arg(
            sqlType(a), sqlType(b));
        const bool inTransaction = round % 2 == 1;
        if (inTransaction)
            QVERIFY(pooled.db().transaction());
        QSqlQuery q(pooled.db());
        QSqlQuery direct(m_db);
        // A placeholder and a quote in a comment are neither (Qt's own parser would take :c).
        const QVector<QPair<QSqlQuery *, QString>> runs{{&q, sql + u" -- :c's\n"_s},
                                                        {&direct, sql}};
        for (const auto &[query, text] : runs) {
            QVERIFY(query->prepare(text));
            query->bindValue(u":a"_s, a);
            query->bindValue(u":b"_s, b);
            QVERIFY2(query->exec() && query->next(), qPrintable(query->lastError().text() + text));
        }
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(q.isNull(column), direct.isNull(column));
            QCOMPARE(q.value(column), direct.value(column));
        }
        if (inTransaction)
            QVERIFY(pooled.db().commit());
    }
}

// What a direct console sets for its session, a pooled one sets for each transaction only:
// the server session the transaction ran on goes back to the pool without it.
void TestPooler::settingsStayInTheirTransaction()
{
    Connection pooled(m_bouncer.settings(database, false), u"settings"_s);
    QVERIFY2(pooled.db().isOpen(), qPrintable(pooled.error()));
    QVERIFY(pooled.db().transaction());
    QSqlQuery q(pooled.db());
    QVERIFY(q.exec(u"select current_setting('statement_timeout'), "
                   "current_setting('lock_timeout'), pg_backend_pid()"_s)
            && q.next());
    QCOMPARE(q.value(0).toString(), u"2min"_s);
    QCOMPARE(q.value(1).toString(), u"15s"_s);
    QVERIFY(pooled.db().commit());
    // With the prepared queries it ran, nothing is left on any server session of the pool.
    QVERIFY(q.exec(u"select current_setting('statement_timeout'), "
                   "(select count(*) from pg_prepared_statements), current_setting('TimeZone')"_s)
            && q.next());
    QCOMPARE(q.value(0).toString(), u"0"_s);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toString(), u"UTC"_s); // the one setting PgBouncer carries along
}

// The reason for the pooled mode: Qt's QPSQL prepares a server-side statement per bound query,
// and under a transaction pooler its EXECUTE may find another server session. Shown here for
// plain QPSQL (so that the pooled tests mean something): prepare, let another client's
// transaction hold that server session, execute.
void TestPooler::plainQpsqlFailsWherePooledWorks()
{
    auto executeElsewhere = [&](const ConnectionSettings &settings, const QString &prefix) {
        Connection one(settings, prefix + u"-one"_s);
        Connection blocker(settings, prefix + u"-blocker"_s);
        QSqlQuery q(one.db());
        q.prepare(u"select :n + 1"_s);
        blocker.db().transaction();
        QSqlQuery(blocker.db()).exec(u"select 1"_s);
        q.bindValue(u":n"_s, 41);
        const bool ok = q.exec() && q.next() && q.value(0).toInt() == 42;
        const QString error = q.lastError().databaseText();
        blocker.db().commit();
        return ok ? QString() : error.isEmpty() ? u"wrong result"_s : error;
    };
    const QString plain = executeElsewhere(m_bouncer.plainSettings(database), u"plain"_s);
    QVERIFY2(plain.contains(u"does not exist"_s), qPrintable(u"plain QPSQL: "_s + plain));
    const QString pooled = executeElsewhere(m_bouncer.settings(database, false), u"pooled"_s);
    QVERIFY2(pooled.isEmpty(), qPrintable(pooled));
}

void TestPooler::twoEnginesFireEachEnrollmentOnce()
{
    constexpr int contacts = 400;
    const QStringList ids = addContacts(u"race-"_s, u"acme"_s, contacts);
    {
        Connection pooled(m_bouncer.settings(database, false), u"enroller"_s);
        Engine::EnrollRequest r;
        r.campaign = u"mail"_s;
        r.contacts = ids;
        r.at = firedAt;
        DbError error;
        const auto enrolled = Engine(pooled.db()).enroll(r, &error);
        QVERIFY2(enrolled, qPrintable(error.message));
        QCOMPARE(enrolled->enrolled.size(), contacts);
    }
    int fired[2] = {0, 0};
    QString problems[2];
    auto run = [&](int n) {
        Connection pooled(m_bouncer.settings(database, false), u"engine-%1"_s.arg(n));
        DbError error;
        const auto result = Engine(pooled.db()).tick(firedAt, 25, &error);
        fired[n] = result ? result->fired : -1;
        problems[n] = error.message;
    };
    QVERIFY(runInTwoThreads(run));
    QVERIFY2(problems[0].isEmpty() && problems[1].isEmpty(), qPrintable(problems[0] + problems[1]));
    QCOMPARE(fired[0] + fired[1], contacts);
    QVERIFY2(fired[0] > 0 && fired[1] > 0, "both engines took part");
    QCOMPARE(Test::scalar(m_db,
                          u"select count(distinct o.enrollment_id) from outbound_queue o "
                          "join contacts c on c.id = o.contact_id where c.id like 'race-%'"_s)
                 .toInt(),
             contacts);
    QCOMPARE(
        Test::scalar(m_db, u"select count(*) from outbound_queue where contact_id like 'race-%'"_s)
            .toInt(),
        contacts);
}

void TestPooler::twoDispatchersSendEachItemOnce()
{
    Test::StandIn hook;
    QString error;
    QVERIFY2(
        hook.start(Test::standInScript(u"webhook_receiver.py"_s), {u"--key"_s, u"k"_s}, &error),
        qPrintable(error));
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "k");
    QVERIFY2(Test::setAccount(m_db,
                              QJsonObject{{u"client"_s, u"hookco"_s},
                                          {u"channel"_s, u"email"_s},
                                          {u"provider"_s, u"webhook"_s},
                                          {u"url"_s, hook.url()}},
                              &error),
             qPrintable(error));
    constexpr int items = 200;
    const QStringList ids = addContacts(u"hook-"_s, u"hookco"_s, items);
    QCOMPARE(Test::fireAndApprove(m_db, u"hooks"_s, ids, firedAt, &error), items);

    int sent[2] = {0, 0};
    QString problems[2];
    auto run = [&](int n) {
        Connection pooled(m_bouncer.settings(database, false), u"dispatcher-%1"_s.arg(n));
        Dispatcher::Options o;
        o.batchSize = 10;
        o.owner = u"dispatcher-%1"_s.arg(n);
        Dispatcher d(pooled.db(), o);
        DbError e;
        const auto pass = d.dispatch(std::nullopt, &e);
        sent[n] = pass ? pass->sent : -1;
        problems[n] = pass ? pass->problems.join(u'\n') : e.message;
    };
    QVERIFY(runInTwoThreads(run));
    QVERIFY2(problems[0].isEmpty() && problems[1].isEmpty(), qPrintable(problems[0] + problems[1]));
    QCOMPARE(sent[0] + sent[1], items);
    const QJsonObject stats = hook.get(u"/_control/stats"_s);
    QCOMPARE(stats.value(u"valid"_s).toInt(), items);
    const QJsonObject byItem = stats.value(u"by_item"_s).toObject();
    QCOMPARE(byItem.size(), items);
    for (auto it = byItem.begin(); it != byItem.end(); ++it)
        QCOMPARE(it.value().toInt(), 1);
}

// The stores behind the inbox and the dashboard, through the pooler: list, count, read one,
// approve (once: the second approval is refused), and the campaign report.
void TestPooler::inboxAndDashboardStores()
{
    const QStringList ids = addContacts(u"inbox-"_s, u"acme"_s, 5);
    Connection pooled(m_bouncer.settings(database, false), u"views"_s);
    Engine engine(pooled.db());
    DbError error;
    Engine::EnrollRequest r;
    r.campaign = u"mail"_s;
    r.contacts = ids;
    r.at = firedAt;
    QVERIFY2(engine.enroll(r, &error), qPrintable(error.message));
    QVERIFY2(engine.tick(firedAt, 100, &error), qPrintable(error.message));

    DraftStore drafts(pooled.db());
    DraftStore::Filter filter;
    filter.campaign = u"mail"_s;
    const auto all = drafts.list(filter, {}, std::nullopt, 1000, &error);
    QVERIFY2(all, qPrintable(error.message));
    QVector<DraftStore::Row> rows;
    for (const DraftStore::Row &row : all->rows) {
        if (row.contactId.startsWith(u"inbox-"_s))
            rows.append(row);
    }
    QCOMPARE(rows.size(), 5);
    const auto counts = drafts.counts(filter, &error);
    QVERIFY2(counts, qPrintable(error.message));
    const auto detail = drafts.detail(rows.first().id, &error);
    QVERIFY2(detail, qPrintable(error.message));
    const auto first = drafts.approve({rows.first().id}, &error);
    QVERIFY2(first, qPrintable(error.message));
    QCOMPARE(first->first().result, DraftStore::Decision::Result::Done);
    const auto again = drafts.approve({rows.first().id}, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->first().result, DraftStore::Decision::Result::AlreadyDecided);

    ReportStore reports(pooled.db());
    ReportFilter reportFilter;
    reportFilter.campaign = u"mail"_s;
    const auto report = reports.campaign(reportFilter, &error);
    QVERIFY2(report, qPrintable(error.message));
    QVERIFY(!report->steps.isEmpty());
    QVERIFY(report->steps.first().fired >= 5);
    QVERIFY2(reports.overview(reportFilter, &error), qPrintable(error.message));
}

void TestPooler::notificationsFromADirectConnectionOrByPolling()
{
    for (const bool direct : {true, false}) {
        Connection pooled(m_bouncer.settings(database, direct), u"listener"_s);
        QSqlDriver *driver = pooled.db().driver();
        QVERIFY(driver->subscribeToNotification(u"touchline_test"_s));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QSqlQuery(m_db).exec(u"notify touchline_test, 'hello'"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        QCOMPARE(spy.first().at(0).toString(), u"touchline_test"_s);
        if (direct) {
            QCOMPARE(spy.first().at(2).toString(), u"hello"_s);
            QVERIFY2(clock.elapsed() < 1000, "a direct LISTEN hears at once");
        } else {
            QVERIFY(clock.elapsed() <= PooledDriver::pollInterval.count() + 1000);
        }
    }
}

void TestPooler::schedulerServiceFiresThroughThePooler()
{
    const QStringList ids = addContacts(u"sched-"_s, u"acme"_s, 3);
    SchedulerService::Options o;
    o.backstopInterval = std::chrono::minutes(10); // only the polled notification can wake it
    SchedulerService scheduler(m_bouncer.settings(database, false), o);
    QSignalSpy ticks(&scheduler, &SchedulerService::tickCompleted);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), SchedulerService::State::Running, 10000);
    ticks.clear();
    Engine::EnrollRequest r;
    r.campaign = u"mail"_s;
    r.contacts = ids;
    r.at = firedAt; // due at once
    DbError error;
    QVERIFY2(Engine(m_db).enroll(r, &error), qPrintable(error.message));
    QTRY_COMPARE_WITH_TIMEOUT(Test::scalar(m_db,
                                           u"select count(*) from outbound_queue "
                                           "where contact_id like 'sched-%'"_s)
                                  .toInt(),
                              3,
                              10000);
    scheduler.stop();
}

// The command line takes the pooled mode from the URI (?pooler=transaction).
void TestPooler::commandLineThroughThePooler()
{
    const QStringList ids = addContacts(u"cli-"_s, u"acme"_s, 2);
    const QString url = m_bouncer.settings(database, false).toUrl();
    QVERIFY2(url.contains(u"pooler=transaction"_s), qPrintable(url));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_NO_KEYCHAIN"_s, u"1"_s);
    const auto run = [&](const QStringList &args) {
        return Test::runProgram(QStringLiteral(TOUCHLINE_EXE),
                                args + QStringList{u"--db"_s, url, u"--json"_s},
                                env,
                                QDir::tempPath(),
                                60000);
    };
    const Test::Run enroll = run({u"enroll"_s,
                                  u"--campaign"_s,
                                  u"mail"_s,
                                  u"--contact"_s,
                                  ids.at(0),
                                  u"--contact"_s,
                                  ids.at(1)});
    QVERIFY2(enroll.exitCode == 0, qPrintable(enroll.dump()));
    // Later than any send window or delay of the campaign's first step (the last test: what
    // else this fires is not looked at again).
    const Test::Run tick = run({u"tick"_s, u"--at"_s, u"2027-01-04T10:00:00Z"_s});
    QVERIFY2(tick.exitCode == 0, qPrintable(tick.dump()));
    QVERIFY2(tick.json().value(u"fired"_s).toInt() >= 2, qPrintable(tick.dump()));
    QCOMPARE(
        Test::scalar(m_db, u"select count(*) from outbound_queue where contact_id like 'cli-%'"_s)
            .toInt(),
        2);
}

TOUCHLINE_TEST_MAIN(TestPooler)
#include "tst_pooler.moc"
