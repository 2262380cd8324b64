// SMS and voice through the Twilio-compatible stand-in: each call result mapped to its outcome,
// SMS delivery, TwiML per handler, polling until final, a 429 and a 500 retried, a refused
// login failed at once, the item id as idempotency key. The IVR key press kept with the
// outcome; a late provider result lands on its own item (an older visit), once; voice and SMS
// items wait in the outbox while the client's quiet hours hold. A human_agent call without a
// fixed agent number waits on hold until an agent claims its handoff, then dials that agent.
#include "clirun.h"
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "handoffstore.h"
#include "outcomeintake.h"
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
    void lateResultLandsOnItsOwnItemOnce();
    void heldCallIsRedirectedToTheClaimingAgent();
    void quietHoursHoldTheOutbox();

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
    a.settings.remove(u"agent_number"_s);
    r.clientId = u"acme"_s;
    QCOMPARE(TwilioAdapter::twiml(a, r),
             u"<Response><Enqueue>touchline-acme</Enqueue></Response>"_s);
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
        // …and with the outcome it came with.
        QSqlQuery detail(m_db);
        QVERIFY(detail.exec(u"select detail ->> 'digits', detail ->> 'answered_by' "
                            "from step_outcomes where outbound_id = '%1' "
                            "and outcome = 'live_answer'"_s.arg(item)));
        QVERIFY(detail.next());
        QCOMPARE(detail.value(0).toString(), u"1"_s);
        QCOMPARE(detail.value(1).toString(), u"human"_s);
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

void TestTwilioAdapter::lateResultLandsOnItsOwnItemOnce()
{
    // Busy: the flow retries step 1 in 30 minutes, a new visit with its own item.
    DbError error;
    const QString first = call(u"late-result"_s, {{u"status"_s, u"busy"_s}}, &error);
    QCOMPARE(dispatchNow().sent, 1);
    QVERIFY(pollNow() >= 1); // with the results the earlier tests left open
    QCOMPARE(Test::outcomesOf(m_db, first), (QStringList{u"sent"_s, u"busy"_s}));
    const auto now = Engine(m_db).databaseNow(&error);
    QVERIFY2(now, qPrintable(error.message));
    QString why;
    QVERIFY2(Test::tickAndApprove(m_db, now->addSecs(31 * 60), &why) >= 1, qPrintable(why));
    const QString second = Test::itemOf(m_db, u"late-result"_s, u"calls"_s, 1);
    QVERIFY(!second.isEmpty() && second != first);

    QSqlQuery q(m_db);
    const auto state = [&] {
        q.exec(u"select cc.current_step, cc.attempt, cc.visit, cc.status, "
               "(select count(*) from tasks t where t.enrollment_id = cc.id), "
               "(select count(*) from step_outcomes s where s.enrollment_id = cc.id) "
               "from campaign_contacts cc where cc.contact_id = 'late-result'"_s);
        QStringList out;
        if (q.next()) {
            for (int i = 0; i < 6; ++i)
                out << q.value(i).toString();
        }
        return out;
    };
    const QStringList before = state();
    QVERIFY(q.exec(u"select attempt from outbound_queue where id = '%1'"_s.arg(second)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // step 1 again, its second attempt

    // The first call's result arrives late (a second provider event about the older visit).
    const QJsonObject detail{{u"status"_s, u"completed"_s}, {u"digits"_s, u"2"_s}};
    const auto in = OutcomeIntake::record(
        m_db, first, u"live_answer"_s, QString(), u"late:%1"_s.arg(first), std::nullopt, detail);
    QVERIFY2(in.recorded && !in.duplicate && in.error.isEmpty(), qPrintable(in.error));
    QVERIFY(q.exec(u"select outbound_id::text, outcome, event_id, detail ->> 'digits', visit "
                   "from step_outcomes where event_id = 'late:%1'"_s.arg(first)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), first); // on the item it is about, not the latest one
    QCOMPARE(q.value(1).toString(), u"live_answer"_s);
    QCOMPARE(q.value(3).toString(), u"2"_s);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"select count(*) from step_outcomes where outbound_id = '%1'"_s.arg(second)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QStringList after = state();
    QCOMPARE(after.mid(0, 5), before.mid(0, 5)); // an older visit's result routes nothing
    QCOMPARE(after.at(5).toInt(), before.at(5).toInt() + 1);

    // The provider sends the same event again: a duplicate, nothing changes.
    const auto again = OutcomeIntake::record(
        m_db, first, u"live_answer"_s, QString(), u"late:%1"_s.arg(first), std::nullopt, detail);
    QVERIFY(again.duplicate && !again.recorded && again.error.isEmpty());
    QCOMPARE(state(), after);
    // And a repeated poll result of the first call is a duplicate too.
    const auto repoll = OutcomeIntake::record(
        m_db, first, u"busy"_s, QString(), u"result:%1:busy"_s.arg(first), std::nullopt);
    QVERIFY(repoll.duplicate);
    QCOMPARE(state(), after);
    // The keys live on the outcomes, in the engine's transaction: nothing in dispatch_events.
    QVERIFY(q.exec(u"select count(*) from dispatch_events"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestTwilioAdapter::heldCallIsRedirectedToTheClaimingAgent()
{
    // A client whose voice account names no fixed agent, only the agents' own numbers.
    const QByteArray flow = R"({"format": "touchline-flow", "version": 1, "campaigns": [
      {"slug": "agents", "name": "Agents", "client_id": "holdco", "type": "renewal",
       "owner_role": "roles.cs",
       "steps": [{"step_number": 1, "delay_days": 0, "channel": "voice", "handler": "human_agent",
                  "content_type": "agent_call",
                  "template_instructions": "Talk to {{first_name}} about the renewal.",
                  "on_outcome": {"live_answer": {"handoff": "human_agent"}}}]}]})";
    const FlowReadResult read = FlowCodec::read(flow);
    QVERIFY(read.ok());
    DbError error;
    QVERIFY2(FlowStore(m_db).importFlow(read.flow, u"test"_s, &error), qPrintable(error.message));
    const Test::Run set = Test::runProgram(QStringLiteral(TOUCHLINE_EXE),
                                           {u"channel"_s,
                                            u"set"_s,
                                            u"holdco"_s,
                                            u"voice"_s,
                                            u"--provider"_s,
                                            u"twilio"_s,
                                            u"--url"_s,
                                            m_twilio.url(),
                                            u"--account"_s,
                                            u"AC123"_s,
                                            u"--from"_s,
                                            u"+15550000000"_s,
                                            u"--agent"_s,
                                            u"agent-ann=+15557770001"_s,
                                            u"--json"_s,
                                            u"--db"_s,
                                            Test::TestCluster::instance().url(u"twilio"_s)},
                                           QProcessEnvironment::systemEnvironment(),
                                           QDir::tempPath(),
                                           60000);
    QVERIFY2(set.exitCode == 0, qPrintable(set.dump()));
    QCOMPARE(set.json()
                 .value(u"settings"_s)
                 .toObject()
                 .value(u"agent_numbers"_s)
                 .toObject()
                 .value(u"agent-ann"_s)
                 .toString(),
             u"+15557770001"_s);
    QString why;
    qputenv("TOUCHLINE_SECRET_HOLDCO_VOICE", "tok");
    const QJsonObject answered{{u"status"_s, u"in-progress"_s}, {u"answered_by"_s, u"human"_s}};
    m_twilio.post(u"/_control/numbers"_s,
                  {{u"+15554000001"_s, answered}, {u"+15554000002"_s, answered}});
    QVERIFY(Test::addContact(m_db, u"held-1"_s, u"holdco"_s, QString(), u"+15554000001"_s));
    QVERIFY(Test::addContact(m_db, u"held-2"_s, u"holdco"_s, QString(), u"+15554000002"_s));
    QVERIFY(Test::fireAndApprove(m_db, u"agents"_s, {u"held-1"_s, u"held-2"_s}, firedAt, &why)
            >= 2);
    const QString ann = Test::itemOf(m_db, u"held-1"_s, u"agents"_s, 1);
    const QString bob = Test::itemOf(m_db, u"held-2"_s, u"agents"_s, 1);
    dispatchNow();
    QCOMPARE(Test::statusOf(m_db, ann), u"sent"_s);
    QCOMPARE(resourceFor(ann).value(u"twiml"_s).toString(),
             u"<Response><Enqueue>touchline-holdco</Enqueue></Response>"_s);
    QVERIFY(pollNow() >= 2);
    QCOMPARE(Test::outcomesOf(m_db, ann), (QStringList{u"sent"_s, u"live_answer"_s}));

    QSqlQuery q(m_db);
    const auto taskOf = [&](const QString &item) {
        q.exec(u"select id from tasks where type = 'handoff' and assigned_role = 'human_agent' "
               "and payload ->> 'outbound_id' = '%1'"_s.arg(item));
        return q.next() ? q.value(0).toString() : QString();
    };
    const QString task = taskOf(ann);
    QVERIFY(!task.isEmpty());
    QVERIFY(resourceFor(ann).value(u"redirects"_s).toArray().isEmpty()); // on hold until claimed

    HandoffStore store(m_db);
    QString bridge;
    const auto claimed = store.claim(task, u"agent-ann"_s, &error, &bridge);
    QVERIFY2(claimed && *claimed, qPrintable(error.message));
    const QString sid = resourceFor(ann).value(u"sid"_s).toString();
    QCOMPARE(bridge, u"call %1 redirected to +15557770001"_s.arg(sid));
    QCOMPARE(resourceFor(ann).value(u"redirects"_s).toArray(),
             QJsonArray{u"<Response><Dial>+15557770001</Dial></Response>"_s});
    QVERIFY(q.exec(u"select payload -> 'bridge' ->> 'to', payload -> 'bridge' ->> 'error' "
                   "from tasks where id = '%1'"_s.arg(task)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"+15557770001"_s);
    QCOMPARE(q.value(1).toString(), QString());
    // Claimed once: a second agent neither gets it nor moves the call.
    QString again;
    const auto second = store.claim(task, u"agent-bob"_s, &error, &again);
    QVERIFY(second && !*second);
    QVERIFY(again.isEmpty());
    QCOMPARE(resourceFor(ann).value(u"redirects"_s).toArray().size(), 1);

    // An agent without a number: the claim holds, the call stays on hold, and says why.
    const QString other = taskOf(bob);
    QVERIFY(!other.isEmpty());
    const auto bobs = store.claim(other, u"agent-bob"_s, &error, &again);
    QVERIFY(bobs && *bobs);
    QVERIFY2(again.contains(u"no number for agent agent-bob"_s), qPrintable(again));
    QVERIFY(resourceFor(bob).value(u"redirects"_s).toArray().isEmpty());
}

void TestTwilioAdapter::quietHoursHoldTheOutbox()
{
    // Fired at 10:00 UTC inside the client's SMS hours (08:00-21:00), approved late: the
    // dispatcher's pass at 03:00 the next day leaves it until 08:00.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"insert into client_quiet_hours (client_id, channel, start_time, end_time) "
                   "values ('acme', 'sms', '08:00', '21:00')"_s));
    QVERIFY(Test::addContact(m_db, u"night-owl"_s, u"acme"_s, QString(), u"+15552000099"_s));
    QString error;
    QCOMPARE(Test::fireAndApprove(m_db, u"texts"_s, {u"night-owl"_s}, firedAt, &error), 1);
    const QString item = Test::itemOf(m_db, u"night-owl"_s, u"texts"_s, 1);
    const auto dispatchAt = [&](const char *iso) {
        DbError e;
        const auto pass = Dispatcher(m_db).dispatch(
            QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate), &e);
        if (!pass)
            qWarning() << e.message;
        return pass.value_or(Dispatcher::PassResult{});
    };
    const int before = m_twilio.get(u"/_control/stats"_s).value(u"requests"_s).toInt();
    QCOMPARE(dispatchAt("2026-12-01T03:00:00Z").sent, 0);
    QCOMPARE(Test::statusOf(m_db, item), u"approved"_s);
    QVERIFY(q.exec(u"select next_attempt_at = '2026-12-01T08:00:00Z' from outbound_queue "
                   "where id = '%1'"_s.arg(item)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool()); // due again when the floor opens
    QCOMPARE(dispatchAt("2026-12-01T07:59:00Z").sent, 0);
    QCOMPARE(m_twilio.get(u"/_control/stats"_s).value(u"requests"_s).toInt(), before);
    QCOMPARE(dispatchAt("2026-12-01T08:00:00Z").sent, 1);
    QCOMPARE(Test::statusOf(m_db, item), u"sent"_s);
    QCOMPARE(m_twilio.get(u"/_control/stats"_s).value(u"requests"_s).toInt(), before + 1);
    QVERIFY(q.exec(u"delete from client_quiet_hours where client_id = 'acme'"_s));
}

TOUCHLINE_TEST_MAIN(TestTwilioAdapter)
#include "tst_twilioadapter.moc"
