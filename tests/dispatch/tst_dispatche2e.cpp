// End to end through the program: import the insurance renewal demo, import and enroll
// contacts, tick, approve, dispatch to the Twilio-compatible stand-in, let it answer, poll, and
// see the flow branch on each call result; the channel and dispatch commands' errors.
#include "clirun.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
const QString monday = u"2026-11-30T10:00:00Z"_s;
QString at(int minutes)
{
    return QDateTime::fromString(monday, Qt::ISODate).addSecs(minutes * 60).toString(Qt::ISODate);
}
} // namespace

class TestDispatchEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void channelCommandsRefuseBadInput_data();
    void channelCommandsRefuseBadInput();
    void insuranceRenewalBranchesOnCallResults();

private:
    Test::Run run(QStringList args) const;
    QString state(const QString &contact);
    QJsonObject resourceTo(const QString &phone, int nth);

    QTemporaryDir m_work;
    Test::StandIn m_twilio;
    QSqlDatabase m_db;
};

void TestDispatchEndToEnd::initTestCase()
{
    QString error;
    QVERIFY2(m_twilio.start(
                 Test::standInScript(u"twilio_standin.py"_s), {u"--token"_s, u"tok"_s}, &error),
             qPrintable(error));
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"e2e"_s, true, &error), qPrintable(error));
    m_db = cluster.open(u"e2e"_s, u"inspect"_s, &error);
}

void TestDispatchEndToEnd::cleanupTestCase()
{
    m_twilio.stop();
}

Test::Run TestDispatchEndToEnd::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(u"e2e"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    env.insert(u"TOUCHLINE_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"TOUCHLINE_SECRET_NORTHWIND_INSURANCE_VOICE"_s, u"tok"_s);
    env.insert(u"TOUCHLINE_SECRET_NORTHWIND_INSURANCE_SMS"_s, u"tok"_s);
    return Test::runProgram(QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), 60000);
}

QString TestDispatchEndToEnd::state(const QString &contact)
{
    QSqlQuery q(m_db);
    q.exec(u"select status, current_step, (select string_agg(t.assigned_role, ',') "
           "from tasks t where t.enrollment_id = cc.id and t.type = 'handoff') "
           "from campaign_contacts cc where contact_id = '%1'"_s.arg(contact));
    if (!q.next())
        return {};
    if (!q.value(2).isNull()) // the sequence holds while a person has the contact
        return u"%1, handed off to %2"_s.arg(q.value(0).toString(), q.value(2).toString());
    return u"%1 at step %2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
}

QJsonObject TestDispatchEndToEnd::resourceTo(const QString &phone, int nth)
{
    int seen = 0;
    for (const QJsonValue &v : m_twilio.get(u"/_control/stats"_s).value(u"resources"_s).toArray()) {
        if (v.toObject().value(u"to"_s).toString() == phone && seen++ == nth)
            return v.toObject();
    }
    return {};
}

void TestDispatchEndToEnd::channelCommandsRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown provider") << QStringList{u"channel"_s,
                                                     u"set"_s,
                                                     u"acme"_s,
                                                     u"email"_s,
                                                     u"--provider"_s,
                                                     u"carrier-pigeon"_s}
                                      << 1 << u"unknown provider \"carrier-pigeon\""_s;
    QTest::addRow("smtp for sms") << QStringList{u"channel"_s,
                                                 u"set"_s,
                                                 u"acme"_s,
                                                 u"sms"_s,
                                                 u"--provider"_s,
                                                 u"smtp"_s,
                                                 u"--url"_s,
                                                 u"smtp://h:25"_s,
                                                 u"--from"_s,
                                                 u"a@b.c"_s}
                                  << 1 << u"sends email only, not sms"_s;
    QTest::addRow("password in the url") << QStringList{u"channel"_s,
                                                        u"set"_s,
                                                        u"acme"_s,
                                                        u"email"_s,
                                                        u"--provider"_s,
                                                        u"smtp"_s,
                                                        u"--url"_s,
                                                        u"smtp://me:pw@h:25"_s,
                                                        u"--from"_s,
                                                        u"a@b.c"_s}
                                         << 1 << u"must not hold a user or password"_s;
    QTest::addRow("twilio without account") << QStringList{u"channel"_s,
                                                           u"set"_s,
                                                           u"acme"_s,
                                                           u"voice"_s,
                                                           u"--provider"_s,
                                                           u"twilio"_s,
                                                           u"--url"_s,
                                                           u"https://api.example"_s,
                                                           u"--from"_s,
                                                           u"+1555"_s}
                                            << 1 << u"--account: missing"_s;
    QTest::addRow("unknown channel")
        << QStringList{u"channel"_s, u"set"_s, u"acme"_s, u"fax"_s, u"--provider"_s, u"manual"_s}
        << 1 << u"unknown channel \"fax\""_s;
    QTest::addRow("no provider") << QStringList{u"channel"_s, u"set"_s, u"acme"_s, u"email"_s} << 2
                                 << u"needs --provider"_s;
    QTest::addRow("mark-sent unknown")
        << QStringList{u"dispatch"_s, u"mark-sent"_s, u"nope"_s} << 1 << u"no outbound item nope"_s;
    QTest::addRow("retry unknown")
        << QStringList{u"dispatch"_s, u"retry"_s, u"nope"_s} << 1 << u"no outbound item nope"_s;
    QTest::addRow("bad action") << QStringList{u"dispatch"_s, u"launch"_s} << 2
                                << u"unknown dispatch action \"launch\""_s;
}

void TestDispatchEndToEnd::channelCommandsRefuseBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Test::Run r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(message), qPrintable(r.dump()));
}

void TestDispatchEndToEnd::insuranceRenewalBranchesOnCallResults()
{
    Test::Run r = run({u"import"_s, Test::demoFlowsFile()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    r = run({u"contacts"_s,
             u"import"_s,
             QStringLiteral(TOUCHLINE_FIXTURES) + u"/dispatch-northwind-contacts.csv"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    for (const QString &channel : {u"voice"_s, u"sms"_s}) {
        r = run({u"channel"_s,
                 u"set"_s,
                 u"northwind_insurance"_s,
                 channel,
                 u"--provider"_s,
                 u"twilio"_s,
                 u"--url"_s,
                 m_twilio.url(),
                 u"--account"_s,
                 u"ACnorthwind"_s,
                 u"--from"_s,
                 u"+15550009999"_s,
                 u"--bot-url"_s,
                 u"wss://bot.northwind.example/ws"_s,
                 u"--agent-number"_s,
                 u"+15550001111"_s,
                 u"--rate"_s,
                 u"20"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    }
    r = run({u"channel"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    const QJsonArray channels = r.json().value(u"channels"_s).toArray();
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels.at(1).toObject().value(u"secret_env"_s).toString(),
             u"TOUCHLINE_SECRET_NORTHWIND_INSURANCE_VOICE"_s);
    QVERIFY(!r.stdOut().contains(u"tok"_s));

    m_twilio.post(
        u"/_control/numbers"_s,
        {{u"+15554000001"_s,
          QJsonObject{{u"status"_s, u"completed"_s}, {u"answered_by"_s, u"human"_s}}},
         {u"+15554000002"_s,
          QJsonObject{{u"status"_s, u"completed"_s}, {u"answered_by"_s, u"machine_end_beep"_s}}},
         {u"+15554000003"_s, QJsonObject{{u"status"_s, u"no-answer"_s}}}});
    r = run({u"enroll"_s,
             u"--campaign"_s,
             u"insurance_renewal"_s,
             u"--contact"_s,
             u"nw-human"_s,
             u"--contact"_s,
             u"nw-machine"_s,
             u"--contact"_s,
             u"nw-noanswer"_s,
             u"--at"_s,
             monday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    r = run({u"tick"_s, u"--at"_s, monday, u"--json"_s});
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 3);
    // The renewal's calls need no review (the flow says so): approved as they fired.
    QCOMPARE(Test::approveAll(m_db), 0);
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"select count(*) from outbound_queue where status = 'approved'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    r = run({u"dispatch"_s, u"--at"_s, at(1), u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QCOMPARE(r.json().value(u"sent"_s).toInt(), 3);
    const QString ivr = resourceTo(u"+15554000001"_s, 0).value(u"twiml"_s).toString();
    QVERIFY2(ivr.contains(u"<Gather input=\"dtmf\""_s) && ivr.contains(u"policy NW-1001"_s),
             qPrintable(ivr));

    r = run({u"poll"_s, u"--at"_s, at(2), u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QCOMPARE(r.json().value(u"outcomes"_s).toInt(), 3);
    QCOMPARE(state(u"nw-human"_s),
             u"active, handed off to human_agent"_s);         // live_answer: to an agent
    QCOMPARE(state(u"nw-machine"_s), u"active at step 2"_s);  // answering machine: the voicemail
    QCOMPARE(state(u"nw-noanswer"_s), u"active at step 3"_s); // no answer: the SMS

    // The voicemail (step 2) is due 5 minutes after the machine answered.
    r = run({u"tick"_s, u"--at"_s, at(8), u"--json"_s});
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
    QCOMPARE(Test::approveAll(m_db), 0); // needs no review: approved as it fired
    r = run({u"dispatch"_s, u"--at"_s, at(8), u"--json"_s});
    QCOMPARE(r.json().value(u"sent"_s).toInt(), 1);
    const QString bot = resourceTo(u"+15554000002"_s, 1).value(u"twiml"_s).toString();
    QVERIFY2(bot.contains(u"<Connect><Stream url=\"wss://bot.northwind.example/ws\">"_s),
             qPrintable(bot));
    r = run({u"poll"_s, u"--at"_s, at(9), u"--json"_s});
    QCOMPARE(r.json().value(u"outcomes"_s).toInt(), 1);
    QCOMPARE(state(u"nw-machine"_s), u"active at step 3"_s); // voicemail left: the SMS next

    // The SMS (step 3) is due 10 minutes after the unanswered call.
    m_twilio.post(u"/_control/numbers"_s,
                  {{u"+15554000003"_s, QJsonObject{{u"status"_s, u"delivered"_s}}}});
    r = run({u"tick"_s, u"--at"_s, at(12), u"--json"_s});
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
    QCOMPARE(Test::approveAll(m_db), 0); // needs no review: approved as it fired
    r = run({u"dispatch"_s, u"--at"_s, at(12), u"--json"_s});
    QCOMPARE(r.json().value(u"sent"_s).toInt(), 1);
    const QString text = resourceTo(u"+15554000003"_s, 1).value(u"body"_s).toString();
    QVERIFY2(text.contains(u"NW-1003"_s) && text.contains(u"https://northwind.example/r/1003"_s),
             qPrintable(text));
    r = run({u"poll"_s, u"--at"_s, at(13), u"--json"_s});
    QCOMPARE(r.json().value(u"outcomes"_s).toInt(), 1);
    QCOMPARE(state(u"nw-noanswer"_s), u"active at step 4"_s); // delivered: the email reminder
    r = run({u"poll"_s, u"--json"_s});
    QCOMPARE(r.json().value(u"outcomes"_s).toInt(), 0);

    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select outcome, count(*) from step_outcomes group by outcome order by 1"_s));
    QStringList breakdown;
    while (q.next())
        breakdown << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(breakdown,
             (QStringList{u"answering_machine=2"_s,
                          u"delivered=1"_s,
                          u"live_answer=1"_s,
                          u"no_answer=1"_s,
                          u"sent=5"_s}));
}

TOUCHLINE_TEST_MAIN(TestDispatchEndToEnd)
#include "tst_dispatche2e.moc"
