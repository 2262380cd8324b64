// SMS and voice through the Twilio-compatible stand-in: each call result mapped to its outcome,
// SMS delivery, TwiML per handler, polling until final, a 429 and a 500 retried, a refused
// login failed at once, the item id as idempotency key.
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"
#include "twilioadapter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
}

class TestTwilioAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twimlPerHandler();
    void callResults_data();
    void callResults();
    void smsDeliveryResults();
    void pollsUntilTheResultIsFinal();
    void temporaryErrorsRetryThenSend_data();
    void temporaryErrorsRetryThenSend();
    void refusedLoginFailsAtOnce();

private:
    QJsonObject resourceFor(const QString &item);
    QString call(const QString &contact, const QJsonObject &scenario, DbError *error);
    Dispatcher::PassResult dispatchNow();
    int pollNow();

    Test::StandIn m_twilio;
    QSqlDatabase m_db;
    int m_contacts = 0;
};

void TestTwilioAdapter::initTestCase()
{
    QString error;
    QVERIFY2(m_twilio.start(
                 Test::standInScript(u"twilio_standin.py"_s), {u"--token"_s, u"tok"_s}, &error),
             qPrintable(error));
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"twilio"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"twilio"_s, u"twilio"_s, &error);
    QVERIFY2(Test::importDispatchFlow(m_db, &error), qPrintable(error));
    for (const QString &channel : {u"voice"_s, u"sms"_s}) {
        QVERIFY2(Test::setAccount(m_db,
                                  {{u"client"_s, u"acme"_s},
                                   {u"channel"_s, channel},
                                   {u"provider"_s, u"twilio"_s},
                                   {u"url"_s, m_twilio.url()},
                                   {u"account"_s, u"AC123"_s},
                                   {u"from"_s, u"+15550000000"_s},
                                   {u"settings"_s,
                                    QJsonObject{{u"bot_url"_s, u"wss://bot.example/stream"_s},
                                                {u"agent_number"_s, u"+15559990000"_s}}}},
                                  &error),
                 qPrintable(error));
    }
    qputenv("TOUCHLINE_SECRET_ACME_VOICE", "tok");
    qputenv("TOUCHLINE_SECRET_ACME_SMS", "tok");
}

void TestTwilioAdapter::cleanupTestCase()
{
    m_twilio.stop();
}

QJsonObject TestTwilioAdapter::resourceFor(const QString &item)
{
    const QJsonArray resources = m_twilio.get(u"/_control/stats"_s).value(u"resources"_s).toArray();
    for (const QJsonValue &r : resources) {
        if (r.toObject().value(u"idempotency_key"_s).toString() == item)
            return r.toObject();
    }
    return {};
}

Dispatcher::PassResult TestTwilioAdapter::dispatchNow()
{
    DbError error;
    const auto pass = Dispatcher(m_db).dispatch(std::nullopt, &error);
    if (!pass)
        qWarning() << error.message;
    return pass.value_or(Dispatcher::PassResult{});
}

int TestTwilioAdapter::pollNow()
{
    DbError error;
    const auto pass = Dispatcher(m_db).poll(std::nullopt, &error);
    if (!pass)
        qWarning() << error.message;
    return pass ? pass->outcomes : -1;
}

void TestTwilioAdapter::twimlPerHandler()
{
    ChannelAccount a;
    a.settings = {{u"bot_url"_s, u"wss://bot.example/stream?x=1&y=2"_s},
                  {u"agent_number"_s, u"+15559990000"_s}};
    SendRequest r;
    r.itemId = u"item-1"_s;
    r.contactId = u"c<1>"_s;
    r.body = u"Hello Zoë & co, press 1."_s;
    r.handler = u"ivr"_s;
    QCOMPARE(TwilioAdapter::twiml(a, r),
             u"<Response><Gather input=\"dtmf\" numDigits=\"1\" timeout=\"8\"><Say>Hello Zoë &amp; "
             "co, press 1.</Say></Gather></Response>"_s);
    r.handler = u"voicebot"_s;
    QCOMPARE(TwilioAdapter::twiml(a, r),
             u"<Response><Connect><Stream url=\"wss://bot.example/stream?x=1&amp;y=2\"><Parameter "
             "name=\"item\" value=\"item-1\"/><Parameter name=\"contact\" value=\"c&lt;1&gt;\"/>"
             "</Stream></Connect></Response>"_s);
    a.settings.insert(u"bot_url"_s, u"sip:bot@sip.example"_s);
    QCOMPARE(TwilioAdapter::twiml(a, r),
             u"<Response><Dial><Sip>sip:bot@sip.example</Sip></Dial></Response>"_s);
    r.handler = u"human_agent"_s;
    QCOMPARE(TwilioAdapter::twiml(a, r), u"<Response><Dial>+15559990000</Dial></Response>"_s);
}

QString TestTwilioAdapter::call(const QString &contact, const QJsonObject &scenario, DbError *)
{
    const QString phone = u"+1555100%1"_s.arg(++m_contacts, 4, 10, QChar(u'0'));
    m_twilio.post(u"/_control/numbers"_s, {{phone, scenario}});
    if (!Test::addContact(m_db, contact, u"acme"_s, QString(), phone))
        return {};
    QString error;
    if (Test::fireAndApprove(m_db, u"calls"_s, {contact}, firedAt, &error) != 1)
        qWarning() << error;
    return Test::itemOf(m_db, contact, u"calls"_s, 1);
}

void TestTwilioAdapter::callResults_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("next"); // what the flow did: the enrollment's state afterwards
    const QJsonObject human{
        {u"status"_s, u"completed"_s}, {u"answered_by"_s, u"human"_s}, {u"digits"_s, u"1"_s}};
    QTest::addRow("human") << human << u"live_answer"_s << u"held for human_agent"_s;
    QTest::addRow("machine_start")
        << QJsonObject{{u"status"_s, u"completed"_s}, {u"answered_by"_s, u"machine_start"_s}}
        << u"answering_machine"_s << u"step 2"_s;
    QTest::addRow("machine_end_beep")
        << QJsonObject{{u"status"_s, u"completed"_s}, {u"answered_by"_s, u"machine_end_beep"_s}}
        << u"answering_machine"_s << u"step 2"_s;
    QTest::addRow("fax") << QJsonObject{{u"status"_s, u"completed"_s}, {u"answered_by"_s, u"fax"_s}}
                         << u"fax"_s << u"rejected"_s;
    QTest::addRow("busy") << QJsonObject{{u"status"_s, u"busy"_s}} << u"busy"_s
                          << u"step 1 attempt 2"_s;
    QTest::addRow("no-answer") << QJsonObject{{u"status"_s, u"no-answer"_s}} << u"no_answer"_s
                               << u"step 3"_s;
    QTest::addRow("failed") << QJsonObject{{u"status"_s, u"failed"_s}} << u"failed"_s
                            << u"step 3"_s;
    QTest::addRow("unreachable number")
        << QJsonObject{{u"create_error"_s, 21211}} << u"sit_uncallable"_s << u"rejected"_s;
}

void TestTwilioAdapter::callResults()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(QString, outcome);
    QFETCH(QString, next);
    const QString contact
        = u"call-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_');
    DbError error;
    const QString item = call(contact, scenario, &error);
    QVERIFY(!item.isEmpty());
    const auto pass = dispatchNow();
    const bool dead = scenario.contains(u"create_error"_s);
    QCOMPARE(pass.sent, dead ? 0 : 1);
    QCOMPARE(pass.failed, dead ? 1 : 0);
    if (dead) {
        QCOMPARE(Test::statusOf(m_db, item), u"failed"_s);
    } else {
        const QJsonObject res = resourceFor(item);
        QCOMPARE(res.value(u"machine_detection"_s).toString(), u"DetectMessageEnd"_s);
        QVERIFY2(res.value(u"twiml"_s)
                     .toString()
                     .contains(
                         u"<Gather input=\"dtmf\" numDigits=\"1\" timeout=\"8\"><Say>Hello Zoë %1, "
                         "press 1 to renew.</Say></Gather>"_s.arg(contact)),
                 qPrintable(res.value(u"twiml"_s).toString()));
        QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
        QCOMPARE(pollNow(), 1);
        QCOMPARE(pollNow(), 0); // final: not asked again, nothing recorded twice
    }
    QCOMPARE(Test::outcomesOf(m_db, item),
             (dead ? QStringList{outcome} : QStringList{u"sent"_s, outcome}));

    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select cc.status, cc.current_step, cc.attempt, "
                   "(select count(*) from tasks t where t.enrollment_id = cc.id "
                   "and t.type = 'handoff'), o.result ->> 'digits' "
                   "from campaign_contacts cc join outbound_queue o on o.enrollment_id = cc.id "
                   "where o.id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    const QString status = q.value(0).toString();
    if (next == u"rejected") {
        QCOMPARE(status, u"rejected"_s);
    } else if (next.startsWith(u"held")) {
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toString(), u"1"_s); // the IVR key press, kept with the result
    } else if (next == u"step 1 attempt 2") {
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 2);
    } else {
        QCOMPARE(status, u"active"_s);
        QCOMPARE(u"step %1"_s.arg(q.value(1).toInt()), next);
    }
}

void TestTwilioAdapter::smsDeliveryResults()
{
    m_twilio.post(u"/_control/numbers"_s,
                  {{u"+15552000001"_s, QJsonObject{{u"status"_s, u"delivered"_s}}},
                   {u"+15552000002"_s, QJsonObject{{u"status"_s, u"undelivered"_s}}}});
    QVERIFY(Test::addContact(m_db, u"text-ok"_s, u"acme"_s, QString(), u"+15552000001"_s));
    QVERIFY(Test::addContact(m_db, u"text-bad"_s, u"acme"_s, QString(), u"+15552000002"_s));
    QString error;
    QCOMPARE(Test::fireAndApprove(m_db, u"texts"_s, {u"text-ok"_s, u"text-bad"_s}, firedAt, &error),
             2);
    QCOMPARE(dispatchNow().sent, 2);
    const QString ok = Test::itemOf(m_db, u"text-ok"_s, u"texts"_s, 1);
    const QString bad = Test::itemOf(m_db, u"text-bad"_s, u"texts"_s, 1);
    QSqlQuery draft(m_db);
    QVERIFY(draft.exec(u"select d.body from staged_drafts d join outbound_queue o "
                       "on o.staged_draft_id = d.id where o.id = '%1'"_s.arg(ok)));
    QVERIFY(draft.next());
    QCOMPARE(resourceFor(ok).value(u"body"_s).toString(), draft.value(0).toString());
    QVERIFY(
        draft.value(0).toString().contains(u"Hi Zoë text-ok, renew at https://example.test/r."_s));
    QCOMPARE(pollNow(), 2);
    QCOMPARE(Test::outcomesOf(m_db, ok), (QStringList{u"sent"_s, u"delivered"_s}));
    QCOMPARE(Test::outcomesOf(m_db, bad), (QStringList{u"sent"_s, u"failed"_s}));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select contact_id, status, current_step from campaign_contacts "
                   "where contact_id like 'text-%' order by contact_id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), u"rejected"_s); // text-bad: failed → exit rejected
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toInt(), 2); // text-ok: delivered → goto 2
}

void TestTwilioAdapter::pollsUntilTheResultIsFinal()
{
    DbError error;
    const QString item = call(
        u"slow-answer"_s, {{u"status"_s, u"no-answer"_s}, {u"polls_before_final"_s, 2}}, &error);
    QCOMPARE(dispatchNow().sent, 1);
    QCOMPARE(pollNow(), 0); // ringing
    QCOMPARE(pollNow(), 0); // ringing
    QCOMPARE(pollNow(), 1);
    QCOMPARE(Test::outcomesOf(m_db, item), (QStringList{u"sent"_s, u"no_answer"_s}));
}

void TestTwilioAdapter::temporaryErrorsRetryThenSend_data()
{
    QTest::addColumn<int>("status");
    QTest::addRow("429") << 429;
    QTest::addRow("500") << 500;
}

void TestTwilioAdapter::temporaryErrorsRetryThenSend()
{
    QFETCH(int, status);
    DbError error;
    const QString item = call(u"retry-%1"_s.arg(status), {{u"status"_s, u"busy"_s}}, &error);
    m_twilio.post(u"/_control/fail"_s, {{u"status"_s, status}, {u"count"_s, 1}});
    const int createsBefore = m_twilio.get(u"/_control/stats"_s).value(u"creates"_s).toInt();
    auto pass = dispatchNow();
    QCOMPARE(pass.retrying, 1);
    QCOMPARE(Test::statusOf(m_db, item), u"approved"_s);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(
        u"select error, next_attempt_at > now() from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(u"HTTP %1"_s.arg(status)),
             qPrintable(q.value(0).toString()));
    QVERIFY(q.value(1).toBool());
    QCOMPARE(dispatchNow().sent, 0); // not before the backoff
    QVERIFY(q.exec(u"update outbound_queue set next_attempt_at = now() - interval '1 second' "
                   "where id = '%1'"_s.arg(item)));
    QCOMPARE(dispatchNow().sent, 1);
    QCOMPARE(m_twilio.get(u"/_control/stats"_s).value(u"creates"_s).toInt(), createsBefore + 1);
    QCOMPARE(resourceFor(item).value(u"idempotency_key"_s).toString(), item);
}

void TestTwilioAdapter::refusedLoginFailsAtOnce()
{
    DbError error;
    const QString item = call(u"bad-token"_s, {{u"status"_s, u"busy"_s}}, &error);
    qputenv("TOUCHLINE_SECRET_ACME_VOICE", "wrong");
    const auto pass = dispatchNow();
    qputenv("TOUCHLINE_SECRET_ACME_VOICE", "tok");
    QCOMPARE(pass.failed, 1);
    QCOMPARE(Test::statusOf(m_db, item), u"failed"_s);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select error from outbound_queue where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(u"HTTP 401"_s), qPrintable(q.value(0).toString()));
}

TOUCHLINE_TEST_MAIN(TestTwilioAdapter)
#include "tst_twilioadapter.moc"
