// Dispatch throughput to the local stand-ins (items/s with one and two dispatchers, webhook and
// Twilio-compatible SMS) and the time from an approval to the provider receiving the request
// with the dispatcher thread woken by NOTIFY. Prints the figures.
#include "dispatcher.h"
#include "dispatchservice.h"
#include "dispatchtestsupport.h"
#include "engine.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
int generation = 0;
} // namespace

class BenchDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void throughput_data();
    void throughput();
    void approvalToProviderLatency();

private:
    int prepare(const QString &campaign, const QString &client, int items, bool approve);

    Test::StandIn m_hook;
    Test::StandIn m_twilio;
    QSqlDatabase m_db;
};

void BenchDispatch::initTestCase()
{
    QString error;
    QVERIFY2(
        m_hook.start(Test::standInScript(u"webhook_receiver.py"_s), {u"--key"_s, u"k"_s}, &error),
        qPrintable(error));
    QVERIFY2(m_twilio.start(
                 Test::standInScript(u"twilio_standin.py"_s), {u"--token"_s, u"tok"_s}, &error),
             qPrintable(error));
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"bench"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"bench"_s, u"bench"_s, &error);
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    QVERIFY(Test::setAccount(m_db,
                             QJsonObject{{u"client"_s, u"hookco"_s},
                                         {u"channel"_s, u"email"_s},
                                         {u"provider"_s, u"webhook"_s},
                                         {u"url"_s, m_hook.url()}},
                             &error));
    QVERIFY(Test::setAccount(m_db,
                             QJsonObject{{u"client"_s, u"acme"_s},
                                         {u"channel"_s, u"sms"_s},
                                         {u"provider"_s, u"twilio"_s},
                                         {u"url"_s, m_twilio.url()},
                                         {u"account"_s, u"AC1"_s},
                                         {u"from"_s, u"+1555"_s}},
                             &error));
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "k");
    qputenv("TOUCHLINE_SECRET_ACME_SMS", "tok");
}

void BenchDispatch::cleanupTestCase()
{
    m_hook.stop();
    m_twilio.stop();
}

int BenchDispatch::prepare(const QString &campaign, const QString &client, int items, bool approve)
{
    const int g = ++generation;
    QSqlQuery q(m_db);
    q.exec(u"insert into contacts (id, client_id, first_name, email, phone) "
           "select 'b%1-' || i, '%2', 'B' || i, 'b' || i || '@example.org', '+1555' || i "
           "from generate_series(1, %3) i"_s.arg(g)
               .arg(client)
               .arg(items));
    QStringList contacts;
    for (int i = 1; i <= items; ++i)
        contacts << u"b%1-%2"_s.arg(g).arg(i);
    QString error;
    const int n = approve ? Test::fireAndApprove(m_db, campaign, contacts, firedAt, &error) : 0;
    if (!approve) {
        Engine::EnrollRequest r;
        r.campaign = campaign;
        r.contacts = contacts;
        r.at = firedAt;
        DbError e;
        Engine(m_db).enroll(r, &e);
        Engine(m_db).tick(firedAt, 1000, &e);
    }
    return n;
}

void BenchDispatch::throughput_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("dispatchers");
    QTest::addColumn<int>("items");
    QTest::addRow("webhook, one dispatcher") << u"hooks"_s << u"hookco"_s << 1 << 2000;
    QTest::addRow("webhook, two dispatchers") << u"hooks"_s << u"hookco"_s << 2 << 2000;
    QTest::addRow("twilio sms, one dispatcher") << u"texts"_s << u"acme"_s << 1 << 1000;
    QTest::addRow("twilio sms, two dispatchers") << u"texts"_s << u"acme"_s << 2 << 1000;
}

void BenchDispatch::throughput()
{
    QFETCH(QString, campaign);
    QFETCH(QString, client);
    QFETCH(int, dispatchers);
    QFETCH(int, items);
    QCOMPARE(prepare(campaign, client, items, true), items);
    QVector<int> sent(dispatchers, 0);
    auto run = [&](int n) {
        const QString name = u"bench-%1"_s.arg(n);
        {
            QString why;
            QSqlDatabase db = Test::TestCluster::instance().open(u"bench"_s, name, &why);
            Dispatcher d(db);
            DbError e;
            const auto pass = d.dispatch(std::nullopt, &e);
            sent[n] = pass ? pass->sent : -1;
        }
        QSqlDatabase::removeDatabase(name);
    };
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < dispatchers; ++i) {
        threads.emplace_back(QThread::create(run, i));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(300000));
    const qint64 ms = clock.elapsed();
    int total = 0;
    for (int s : sent)
        total += s;
    QCOMPARE(total, items);
    qInfo("%s: %d items in %lld ms = %.0f items/s",
          QTest::currentDataTag(),
          items,
          ms,
          items * 1000.0 / double(std::max<qint64>(ms, 1)));
}

void BenchDispatch::approvalToProviderLatency()
{
    constexpr int samples = 30;
    prepare(u"hooks"_s, u"hookco"_s, samples, false);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select o.id from outbound_queue o where o.status = 'drafted' "
                   "and o.client_id = 'hookco' order by o.id"_s));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QCOMPARE(ids.size(), samples);

    DispatchService service(Test::TestCluster::instance().settings(u"bench"_s));
    service.start();
    QTest::qWait(500); // connected and listening
    QVector<double> latencies;
    for (const QString &id : std::as_const(ids)) {
        const double approvedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QVERIFY(q.exec(u"update outbound_queue set status = 'approved' where id = '%1'"_s.arg(id)));
        double receivedAt = 0;
        QElapsedTimer wait;
        wait.start();
        while (receivedAt == 0 && wait.elapsed() < 10000) {
            QTest::qWait(5);
            receivedAt = m_hook.get(u"/_control/stats"_s)
                             .value(u"first_at"_s)
                             .toObject()
                             .value(id)
                             .toDouble();
        }
        QVERIFY2(receivedAt > 0, qPrintable(id));
        latencies << (receivedAt - approvedAt) * 1000.0;
    }
    service.stop();
    std::sort(latencies.begin(), latencies.end());
    qInfo("approval to provider (NOTIFY-woken dispatcher thread, %d samples): median %.1f ms, "
          "p90 %.1f ms, max %.1f ms",
          samples,
          latencies.at(samples / 2),
          latencies.at(samples * 9 / 10),
          latencies.last());
}

TOUCHLINE_TEST_MAIN(BenchDispatch)
#include "bench_dispatch.moc"
