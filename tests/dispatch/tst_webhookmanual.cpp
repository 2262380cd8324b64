// The webhook adapter against a receiver that checks the signature (a good and a bad key, a
// timeout, a retry that succeeds) and the manual adapter (a task to send by hand, listed by
// `touchline dispatch manual`, mark sent).
#include "clirun.h"
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"
#include "webhookadapter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
}

class TestWebhookManual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signatureIsHmacSha256OfTheBody();
    void signedPayloadIsDelivered();
    void wrongKeyFailsAtOnce();
    void timeoutRetriesThenSends();
    void serverErrorRetriesThenSends();
    void manualItemBecomesATaskAndMarkSentRecordsIt();
    void manualTasksAreListedOnTheCommandLine();
    void rateLimitSpacesTheSends();
    void missingSecretSaysWhatToSet();

private:
    QString fire(const QString &contact, const QString &campaign);
    Dispatcher::PassResult dispatchNow();
    void dueNow(const QString &item);
    QJsonObject stats() { return m_hook.get(u"/_control/stats"_s); }

    Test::StandIn m_hook;
    QSqlDatabase m_db;
};

void TestWebhookManual::initTestCase()
{
    QString error;
    QVERIFY2(m_hook.start(Test::standInScript(u"webhook_receiver.py"_s),
                          {u"--key"_s, u"signing-key"_s, u"--keep-payloads"_s},
                          &error),
             qPrintable(error));
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"webhook"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"webhook"_s, u"webhook"_s, &error);
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    QVERIFY2(Test::setAccount(m_db,
                              QJsonObject{{u"client"_s, u"hookco"_s},
                                          {u"channel"_s, u"email"_s},
                                          {u"provider"_s, u"webhook"_s},
                                          {u"url"_s, QString(m_hook.url() + u"/touches"_s)},
                                          {u"settings"_s, QJsonObject{{u"timeout_ms"_s, 700}}}},
                              &error),
             qPrintable(error));
    QVERIFY2(Test::setAccount(m_db,
                              QJsonObject{{u"client"_s, u"acme"_s},
                                          {u"channel"_s, u"linkedin"_s},
                                          {u"provider"_s, u"manual"_s}},
                              &error),
             qPrintable(error));
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "signing-key");
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
}

void TestWebhookManual::cleanupTestCase()
{
    m_hook.stop();
}

QString TestWebhookManual::fire(const QString &contact, const QString &campaign)
{
    const QString client = campaign == u"hooks" ? u"hookco"_s : u"acme"_s;
    Test::addContact(m_db,
                     contact,
                     client,
                     contact + u"@example.org"_s,
                     QString(),
                     u"https://www.linkedin.com/in/"_s + contact);
    QString error;
    if (Test::fireAndApprove(m_db, campaign, {contact}, firedAt, &error) != 1)
        qWarning() << error;
    return Test::itemOf(m_db, contact, campaign, 1);
}

Dispatcher::PassResult TestWebhookManual::dispatchNow()
{
    DbError error;
    const auto pass = Dispatcher(m_db).dispatch(std::nullopt, &error);
    if (!pass)
        qWarning() << error.message;
    return pass.value_or(Dispatcher::PassResult{});
}

void TestWebhookManual::dueNow(const QString &item)
{
    QSqlQuery q(m_db);
    q.exec(u"update outbound_queue set next_attempt_at = now() - interval '1 second' "
           "where id = '%1'"_s.arg(item));
}

void TestWebhookManual::signatureIsHmacSha256OfTheBody()
{
    // RFC 4231, test case 2.
    QCOMPARE(WebhookAdapter::signature("Jefe", "what do ya want for nothing?"),
             QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestWebhookManual::signedPayloadIsDelivered()
{
    const QString item = fire(u"hook-1"_s, u"hooks"_s);
    const auto pass = dispatchNow();
    QCOMPARE(pass.sent, 1);
    QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
    QCOMPARE(Test::outcomesOf(m_db, item), QStringList{u"sent"_s});
    const QJsonObject s = stats();
    QCOMPARE(s.value(u"valid"_s).toInt(), 1);
    QCOMPARE(s.value(u"invalid"_s).toInt(), 0);
    const QJsonObject payload = s.value(u"payloads"_s).toArray().last().toObject();
    QCOMPARE(payload.value(u"item"_s).toString(), item);
    QCOMPARE(payload.value(u"client"_s).toString(), u"hookco"_s);
    QCOMPARE(payload.value(u"campaign"_s).toString(), u"hooks"_s);
    QCOMPARE(payload.value(u"step"_s).toInt(), 1);
    QCOMPARE(payload.value(u"channel"_s).toString(), u"email"_s);
    QCOMPARE(payload.value(u"contact"_s).toObject().value(u"id"_s).toString(), u"hook-1"_s);
    QCOMPARE(payload.value(u"contact"_s).toObject().value(u"email"_s).toString(),
             u"hook-1@example.org"_s);
    QVERIFY(payload.value(u"content"_s)
                .toObject()
                .value(u"body"_s)
                .toString()
                .contains(u"Hello Zoë hook-1 from the bot platform."_s));
}

void TestWebhookManual::wrongKeyFailsAtOnce()
{
    const QString item = fire(u"hook-2"_s, u"hooks"_s);
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "not-the-key");
    const auto pass = dispatchNow();
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "signing-key");
    QCOMPARE(pass.failed, 1);
    QCOMPARE(stats().value(u"invalid"_s).toInt(), 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select status, error from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"failed"_s);
    QVERIFY2(q.value(1).toString().contains(u"HTTP 401"_s), qPrintable(q.value(1).toString()));
}

void TestWebhookManual::timeoutRetriesThenSends()
{
    const QString item = fire(u"hook-3"_s, u"hooks"_s);
    m_hook.post(u"/_control/delay"_s, {{u"ms"_s, 2500}, {u"count"_s, 1}});
    auto pass = dispatchNow();
    QCOMPARE(pass.retrying, 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select status, error from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"approved"_s);
    QVERIFY2(q.value(1).toString().contains(u"no answer within 700 ms"_s),
             qPrintable(q.value(1).toString()));
    dueNow(item);
    pass = dispatchNow();
    QCOMPARE(pass.sent, 1);
    // The receiver got it twice (the first answer came too late): at least once, with the
    // item id as Idempotency-Key for the receiver to drop the repeat.
    QCOMPARE(stats().value(u"by_item"_s).toObject().value(item).toInt(), 2);
}

void TestWebhookManual::serverErrorRetriesThenSends()
{
    const QString item = fire(u"hook-4"_s, u"hooks"_s);
    m_hook.post(u"/_control/fail"_s, {{u"status"_s, 503}, {u"count"_s, 1}});
    QCOMPARE(dispatchNow().retrying, 1);
    dueNow(item);
    QCOMPARE(dispatchNow().sent, 1);
    QCOMPARE(stats().value(u"by_item"_s).toObject().value(item).toInt(), 1);
    QCOMPARE(Test::outcomesOf(m_db, item), QStringList{u"sent"_s});
}

void TestWebhookManual::manualItemBecomesATaskAndMarkSentRecordsIt()
{
    const QString item = fire(u"social-1"_s, u"social"_s);
    const auto pass = dispatchNow();
    QCOMPARE(pass.manual, 1);
    QCOMPARE(Test::statusOf(m_db, item), u"manual"_s);
    QVERIFY(Test::outcomesOf(m_db, item).isEmpty());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select status, payload::text from tasks where type = 'send_by_hand' "
                   "and payload ->> 'outbound_id' = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"pending"_s);
    const QJsonObject task = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(task.value(u"profile"_s).toString(), u"https://www.linkedin.com/in/social-1"_s);
    QVERIFY(task.value(u"text"_s).toString().contains(u"Connect with Zoë social-1"_s));
    QCOMPARE(dispatchNow().manual, 0); // handed over once

    DbError error;
    Outbox outbox(m_db);
    QVERIFY2(outbox.markSent(item, std::nullopt, &error), qPrintable(error.message));
    QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
    QCOMPARE(Test::outcomesOf(m_db, item), QStringList{u"sent"_s});
    QVERIFY(q.exec(u"select status from tasks where type = 'send_by_hand' "
                   "and payload ->> 'outbound_id' = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"done"_s);
    QVERIFY(!outbox.markSent(item, std::nullopt, &error));
    QCOMPARE(int(error.kind), int(DbError::Kind::Rejected));
    QVERIFY2(error.message.contains(u"is sent, not waiting to be sent by hand"_s),
             qPrintable(error.message));
    QVERIFY(!outbox.markSent(u"no-such-item"_s, std::nullopt, &error));
    QVERIFY(error.message.contains(u"no outbound item no-such-item"_s));
    QCOMPARE(Test::outcomesOf(m_db, item), QStringList{u"sent"_s});
}

void TestWebhookManual::manualTasksAreListedOnTheCommandLine()
{
    const QString item = fire(u"social-2"_s, u"social"_s);
    QCOMPARE(dispatchNow().manual, 1);
    const QString url = Test::TestCluster::instance().url(u"webhook"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_NO_KEYCHAIN"_s, u"1"_s);
    const auto run = [&](const QStringList &args) {
        return Test::runProgram(QStringLiteral(TOUCHLINE_EXE),
                                QStringList{u"dispatch"_s} + args + QStringList{u"--db"_s, url},
                                env,
                                QDir::tempPath(),
                                60000);
    };
    Test::Run listed = run({u"manual"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.dump()));
    const QJsonArray tasks = listed.json().value(u"manual"_s).toArray();
    QJsonObject mine;
    for (const QJsonValue &t : tasks) {
        if (t.toObject().value(u"item"_s).toString() == item)
            mine = t.toObject();
    }
    QVERIFY2(!mine.isEmpty(), qPrintable(listed.dump()));
    QCOMPARE(mine.value(u"profile"_s).toString(), u"https://www.linkedin.com/in/social-2"_s);
    QCOMPARE(mine.value(u"campaign"_s).toString(), u"social"_s);
    QCOMPARE(mine.value(u"channel"_s).toString(), u"linkedin"_s);
    QCOMPARE(mine.value(u"contact"_s).toString(), u"social-2"_s);
    QCOMPARE(mine.value(u"step"_s).toInt(), 1);
    QVERIFY(
        mine.value(u"text"_s).toString().contains(u"Connect with Zoë social-2 about the summit"_s));

    Test::Run text = run({u"manual"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.dump()));
    QVERIFY2(text.stdOut().contains(u"https://www.linkedin.com/in/social-2"_s),
             qPrintable(text.dump()));
    QVERIFY(text.stdOut().contains(u"Connect with Zoë social-2"_s));
    QVERIFY(text.stdOut().contains(u"touchline dispatch mark-sent %1"_s.arg(item)));

    // The id it shows is the one mark-sent takes; once sent, the task leaves the list.
    Test::Run marked = run({u"mark-sent"_s, mine.value(u"item"_s).toString(), u"--json"_s});
    QVERIFY2(marked.exitCode == 0, qPrintable(marked.dump()));
    QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
    Test::Run after = run({u"manual"_s, u"--json"_s});
    QVERIFY2(after.exitCode == 0, qPrintable(after.dump()));
    for (const QJsonValue &t : after.json().value(u"manual"_s).toArray())
        QVERIFY(t.toObject().value(u"item"_s).toString() != item);
}

void TestWebhookManual::rateLimitSpacesTheSends()
{
    QString error;
    QVERIFY(Test::setAccount(m_db,
                             QJsonObject{{u"client"_s, u"hookco"_s},
                                         {u"channel"_s, u"email"_s},
                                         {u"provider"_s, u"webhook"_s},
                                         {u"url"_s, m_hook.url()},
                                         {u"settings"_s, QJsonObject{{u"rate_per_second"_s, 10}}}},
                             &error));
    QStringList contacts;
    for (int i = 0; i < 6; ++i) {
        contacts << u"rate-%1"_s.arg(i);
        Test::addContact(m_db, contacts.last(), u"hookco"_s, contacts.last() + u"@example.org"_s);
    }
    QCOMPARE(Test::fireAndApprove(m_db, u"hooks"_s, contacts, firedAt, &error), 6);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(dispatchNow().sent, 6);
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms >= 480, qPrintable(QString::number(ms))); // 10 a second: 5 gaps of 100 ms
}

void TestWebhookManual::missingSecretSaysWhatToSet()
{
    const QString item = fire(u"hook-nokey"_s, u"hooks"_s);
    qunsetenv("TOUCHLINE_SECRET_HOOKCO_EMAIL");
    const auto pass = dispatchNow();
    qputenv("TOUCHLINE_SECRET_HOOKCO_EMAIL", "signing-key");
    QCOMPARE(pass.failed, 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select error from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(u"no secret for the email account of hookco: set "
                                            "TOUCHLINE_SECRET_HOOKCO_EMAIL"_s),
             qPrintable(q.value(0).toString()));
}

TOUCHLINE_TEST_MAIN(TestWebhookManual)
#include "tst_webhookmanual.moc"
