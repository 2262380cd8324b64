// The outbox under concurrency: two dispatchers racing over 1,000 approved items send each
// exactly once (counted at the receiver), and a dispatcher killed between the provider taking
// an item and the record: the lease runs out, another dispatcher sends it again with the same
// idempotency key, and the provider stand-in keeps one message (at least once, not twice).
// A lease that runs out in the middle of a batch: the items whose turn comes after it are left
// to the next claim, not sent by both.
#include "clirun.h"
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
}

class TestDispatchConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoDispatchersSendEachItemExactlyOnce();
    void killedBetweenSendAndRecordIsResentUnderTheSameKey();
    void leaseRunningOutMidBatchSendsNoItemTwice();

private:
    QProcessEnvironment environment() const;
    // The signing webhook receiver, set up as hookco's email account (key "k").
    bool startWebhook(Test::StandIn *hook, QString *error);
    QSqlDatabase m_db;
};

bool TestDispatchConcurrency::startWebhook(Test::StandIn *hook, QString *error)
{
    if (!hook->start(Test::standInScript(u"webhook_receiver.py"_s), {u"--key"_s, u"k"_s}, error))
        return false;
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "k");
    return Test::setAccount(m_db,
                            QJsonObject{{u"client"_s, u"hookco"_s},
                                        {u"channel"_s, u"email"_s},
                                        {u"provider"_s, u"webhook"_s},
                                        {u"url"_s, hook->url()}},
                            error);
}

void TestDispatchConcurrency::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"race"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"race"_s, u"race"_s, &error);
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
}

QProcessEnvironment TestDispatchConcurrency::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_SECRET_ACME_SMS"_s, u"tok"_s);
    env.insert(u"TOUCHLINE_NO_KEYCHAIN"_s, u"1"_s);
    return env;
}

void TestDispatchConcurrency::twoDispatchersSendEachItemExactlyOnce()
{
    Test::StandIn hook;
    QString error;
    QVERIFY2(startWebhook(&hook, &error), qPrintable(error));
    constexpr int items = 1000;
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"insert into contacts (id, client_id, first_name, email) "
                   "select 'race-' || i, 'hookco', 'R' || i, 'r' || i || '@example.org' "
                   "from generate_series(1, %1) i"_s.arg(items)));
    QStringList contacts;
    for (int i = 1; i <= items; ++i)
        contacts << u"race-%1"_s.arg(i);
    QCOMPARE(Test::fireAndApprove(m_db, u"hooks"_s, contacts, firedAt, &error), items);

    int sent[2] = {0, 0};
    QString problems[2];
    auto run = [&](int n) {
        QString why;
        const QString name = u"racer-%1"_s.arg(n);
        {
            QSqlDatabase db = Test::TestCluster::instance().open(u"race"_s, name, &why);
            Dispatcher::Options o;
            o.batchSize = 20;
            o.owner = name;
            Dispatcher d(db, o);
            DbError e;
            const auto pass = d.dispatch(std::nullopt, &e);
            sent[n] = pass ? pass->sent : -1;
            problems[n] = pass ? pass->problems.join(u'\n') : e.message;
        }
        QSqlDatabase::removeDatabase(name);
    };
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QThread> a(QThread::create(run, 0));
    std::unique_ptr<QThread> b(QThread::create(run, 1));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    qInfo("two dispatchers: %d items in %lld ms (%d and %d)",
          items,
          clock.elapsed(),
          sent[0],
          sent[1]);
    QVERIFY2(problems[0].isEmpty() && problems[1].isEmpty(), qPrintable(problems[0] + problems[1]));
    QCOMPARE(sent[0] + sent[1], items);
    QVERIFY(sent[0] > 0 && sent[1] > 0);

    const QJsonObject stats = hook.get(u"/_control/stats"_s);
    QCOMPARE(stats.value(u"valid"_s).toInt(), items);
    const QJsonObject byItem = stats.value(u"by_item"_s).toObject();
    QCOMPARE(byItem.size(), items);
    for (auto it = byItem.begin(); it != byItem.end(); ++it)
        QCOMPARE(it.value().toInt(), 1);
    QVERIFY(q.exec(u"select count(*) filter (where status = 'sent'), "
                   "(select count(*) from step_outcomes where outcome = 'sent'), "
                   "(select count(distinct outbound_id) from step_outcomes where outcome = 'sent') "
                   "from outbound_queue"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), items);
    QCOMPARE(q.value(1).toInt(), items);
    QCOMPARE(q.value(2).toInt(), items);
}

void TestDispatchConcurrency::killedBetweenSendAndRecordIsResentUnderTheSameKey()
{
    Test::StandIn twilio;
    QString error;
    QVERIFY2(
        twilio.start(Test::standInScript(u"twilio_standin.py"_s), {u"--token"_s, u"tok"_s}, &error),
        qPrintable(error));
    QVERIFY2(Test::setAccount(m_db,
                              QJsonObject{{u"client"_s, u"acme"_s},
                                          {u"channel"_s, u"sms"_s},
                                          {u"provider"_s, u"twilio"_s},
                                          {u"url"_s, twilio.url()},
                                          {u"account"_s, u"AC1"_s},
                                          {u"from"_s, u"+15550000000"_s}},
                              &error),
             qPrintable(error));
    QVERIFY(Test::addContact(m_db, u"crash"_s, u"acme"_s, QString(), u"+15553000001"_s));
    QCOMPARE(Test::fireAndApprove(m_db, u"texts"_s, {u"crash"_s}, firedAt, &error), 1);
    const QString item = Test::itemOf(m_db, u"crash"_s, u"texts"_s, 1);
    // The provider takes the request, then stalls: the dispatcher is killed while it waits,
    // after the provider has the message and before the outbox knows.
    twilio.post(u"/_control/delay"_s, {{u"ms"_s, 20000}, {u"count"_s, 1}});

    const QString url = Test::TestCluster::instance().url(u"race"_s);
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(TOUCHLINE_EXE),
                {u"dispatch"_s, u"--db"_s, url, u"--lease"_s, u"3"_s, u"--json"_s});
    QVERIFY(first.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(
        twilio.get(u"/_control/stats"_s).value(u"requests"_s).toInt(), 1, 20000);
    first.kill();
    QVERIFY(first.waitForFinished());
    QCOMPARE(Test::statusOf(m_db, item), u"sending"_s);
    QVERIFY(Test::outcomesOf(m_db, item).isEmpty());

    auto dispatchOnce = [&] {
        return Test::runProgram(QStringLiteral(TOUCHLINE_EXE),
                                {u"dispatch"_s, u"--db"_s, url, u"--json"_s},
                                environment(),
                                QDir::tempPath(),
                                60000);
    };
    // While the lease holds, nobody else touches it.
    Test::Run held = dispatchOnce();
    QCOMPARE(held.exitCode, 0);
    QCOMPARE(held.json().value(u"sent"_s).toInt(), 0);
    QCOMPARE(Test::statusOf(m_db, item), u"sending"_s);

    // Once it ran out, the next pass claims the item again and resends it under the same key.
    QSqlQuery q(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(
        q.exec(u"select lease_until < now() from outbound_queue where id = '%1'"_s.arg(item))
            && q.next() && q.value(0).toBool(),
        10000);
    Test::Run resent = dispatchOnce();
    QVERIFY2(resent.exitCode == 0, qPrintable(resent.dump()));
    QCOMPARE(resent.json().value(u"sent"_s).toInt(), 1);
    QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
    QCOMPARE(Test::outcomesOf(m_db, item), QStringList{u"sent"_s});

    const QJsonObject stats = twilio.get(u"/_control/stats"_s);
    QCOMPARE(stats.value(u"requests"_s).toInt(), 2); // sent twice…
    QCOMPARE(stats.value(u"creates"_s).toInt(), 1);  // …one message at the provider
    QCOMPARE(stats.value(u"replays"_s).toInt(), 1);
    const QJsonObject resource = stats.value(u"resources"_s).toArray().first().toObject();
    QVERIFY(q.exec(
        u"select provider_id, send_attempts from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), resource.value(u"sid"_s).toString());
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(resource.value(u"idempotency_key"_s).toString(), item);
}

void TestDispatchConcurrency::leaseRunningOutMidBatchSendsNoItemTwice()
{
    Test::StandIn hook;
    QString error;
    QVERIFY2(startWebhook(&hook, &error), qPrintable(error));
    constexpr int items = 16;
    QStringList contacts;
    for (int i = 1; i <= items; ++i) {
        contacts << u"lease-%1"_s.arg(i);
        QVERIFY(
            Test::addContact(m_db, contacts.last(), u"hookco"_s, contacts.last() + u"@x.org"_s));
    }
    QCOMPARE(Test::fireAndApprove(m_db, u"hooks"_s, contacts, firedAt, &error), items);
    // Each send takes 300 ms. The first dispatcher claims all 16 under a 2 s lease (one batch)
    // and gets through about seven before the rest of its leases run out. The second starts
    // after 3 s and claims those (their leases ran out): the first must not send them as well.
    hook.post(u"/_control/delay"_s, {{u"ms"_s, 300}, {u"count"_s, 1000}});

    Dispatcher::PassResult passes[2];
    QString problems[2];
    auto run = [&](int n) {
        if (n == 1)
            QThread::msleep(3000);
        QString why;
        const QString name = u"leaser-%1"_s.arg(n);
        {
            QSqlDatabase db = Test::TestCluster::instance().open(u"race"_s, name, &why);
            Dispatcher::Options o;
            o.batchSize = items;
            o.leaseSeconds = n == 0 ? 2 : 120;
            o.once = n == 0;
            o.owner = name;
            Dispatcher d(db, o);
            DbError e;
            const auto pass = d.dispatch(std::nullopt, &e);
            passes[n] = pass.value_or(Dispatcher::PassResult{});
            problems[n] = pass ? QString() : e.message;
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::unique_ptr<QThread> a(QThread::create(run, 0));
    std::unique_ptr<QThread> b(QThread::create(run, 1));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QVERIFY2(problems[0].isEmpty() && problems[1].isEmpty(), qPrintable(problems[0] + problems[1]));
    qInfo("lease 2 s, 300 ms a send: first sent %d and skipped %d, second sent %d and skipped %d",
          passes[0].sent,
          passes[0].skipped,
          passes[1].sent,
          passes[1].skipped);
    QVERIFY(passes[0].skipped > 0); // the lease did run out in the middle of the first batch
    QVERIFY(passes[1].sent > 0);    // and the second dispatcher sent what it left
    QCOMPARE(passes[0].sent + passes[1].sent, items);
    QCOMPARE(passes[0].lost + passes[1].lost, 0);

    const QJsonObject stats = hook.get(u"/_control/stats"_s);
    const QJsonObject byItem = stats.value(u"by_item"_s).toObject();
    QCOMPARE(byItem.size(), items);
    for (auto it = byItem.begin(); it != byItem.end(); ++it)
        QVERIFY2(it.value().toInt() == 1,
                 qPrintable(u"%1 sent %2 times"_s.arg(it.key()).arg(it.value().toInt())));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select count(*) filter (where o.status = 'sent'), "
                   "count(s.id), count(distinct s.outbound_id) "
                   "from outbound_queue o join contacts ct on ct.id = o.contact_id "
                   "left join step_outcomes s on s.outbound_id = o.id and s.outcome = 'sent' "
                   "where ct.id like 'lease-%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), items);
    QCOMPARE(q.value(1).toInt(), items);
    QCOMPARE(q.value(2).toInt(), items);
}

TOUCHLINE_TEST_MAIN(TestDispatchConcurrency)
#include "tst_dispatchconcurrency.moc"
