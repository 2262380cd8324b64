// The simulator: the real engine on a scratch database in virtual time.
#include "demoflows.h"
#include "flowstore.h"
#include "simulator.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// The first difference between two runs' results, empty when they agree in everything but
// their timing and scratch database.
QString difference(const Simulator::Result &a, const Simulator::Result &b)
{
    if (a.steps.size() != b.steps.size())
        return u"%1 steps against %2"_s.arg(a.steps.size()).arg(b.steps.size());
    for (int i = 0; i < a.steps.size(); ++i) {
        const Simulator::StepBreakdown &x = a.steps.at(i);
        const Simulator::StepBreakdown &y = b.steps.at(i);
        if (x.campaign != y.campaign || x.step != y.step || x.fired != y.fired
            || x.reached != y.reached || x.outcomes != y.outcomes)
            return u"%1 step %2: fired %3/%4, reached %5/%6, outcomes differ: %7"_s.arg(x.campaign)
                .arg(x.step)
                .arg(x.fired)
                .arg(y.fired)
                .arg(x.reached)
                .arg(y.reached)
                .arg(x.outcomes != y.outcomes);
    }
    if (a.enrollments != b.enrollments)
        return u"enrollments differ"_s;
    if (a.exits != b.exits)
        return u"exits differ"_s;
    if (a.sendsPerDay != b.sendsPerDay)
        return u"sends per day differ"_s;
    if (a.events != b.events)
        return u"%1 virtual moments against %2"_s.arg(a.events).arg(b.events);
    return QString();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void insuranceBreakdownIsConsistent();
    void sameSeedSameRunOtherSeedOtherRun();
    void oneOrTwoConnectionsSameRun_data();
    void oneOrTwoConnectionsSameRun();
    void aKeptDatabaseHoldsTheWholeRun();
    void probabilitiesSteerTheOutcomes();
    void routingFollowsOnExitIntoTheNextCampaign();
    void aGivenFlowRunsInsteadOfTheDatabases();
    void cancelStopsTheRun();
    void badProbabilities_data();
    void badProbabilities();
    void unknownCampaign();
    void scratchDatabaseIsDropped();

private:
    Simulator::Result run(const Simulator::Options &options);
    ConnectionSettings m_source;
};

void TestSimulator::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDemoDatabase(u"simsource"_s, &error), qPrintable(error));
    m_source = cluster.settings(u"simsource"_s);
}

Simulator::Result TestSimulator::run(const Simulator::Options &options)
{
    DbError error;
    const auto result = Simulator().run(m_source, options, &error);
    if (!result)
        qWarning("simulate: %s", qPrintable(error.message));
    return result.value_or(Simulator::Result{});
}

void TestSimulator::insuranceBreakdownIsConsistent()
{
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 400;
    o.days = 3;
    o.seed = 11;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    const Simulator::Result r = run(o);
    QCOMPARE(r.steps.size(), 5);
    const Simulator::StepBreakdown &call = r.steps.at(0);
    QCOMPARE(call.channel, u"voice"_s);
    QCOMPARE(call.handler, u"ivr"_s);
    // Every contact is called at least once; busy ones again (retry), never more than 3 times.
    QVERIFY2(call.fired >= 400 && call.fired <= 1200, qPrintable(QString::number(call.fired)));
    int heard = 0;
    for (int n : call.outcomes)
        heard += n;
    QCOMPARE(heard, call.fired); // every call has a call-progress outcome
    // The routes of the first step show up downstream: answering machines reach the voicebot,
    // no-answers the SMS.
    QVERIFY(call.outcomes.value(u"answering_machine"_s) > 0);
    QVERIFY(r.steps.at(1).fired >= call.outcomes.value(u"answering_machine"_s));
    QVERIFY(r.steps.at(2).fired >= call.outcomes.value(u"no_answer"_s));
    // Enrollments add up to the contacts.
    int total = 0;
    for (int n : r.enrollments.value(u"insurance_renewal"_s))
        total += n;
    QCOMPARE(total, 400);
    QVERIFY(r.enrollments.value(u"insurance_renewal"_s).value(u"converted"_s) > 0);
    QVERIFY(r.enrollments.value(u"insurance_renewal"_s).value(u"rejected"_s) > 0);
}

void TestSimulator::sameSeedSameRunOtherSeedOtherRun()
{
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 200;
    o.days = 2;
    o.seed = 5;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    const auto a = run(o);
    const auto b = run(o);
    QVERIFY(!a.steps.isEmpty());
    const QString d = difference(a, b);
    QVERIFY2(d.isEmpty(), qPrintable(d));
    o.seed = 6;
    const auto c = run(o);
    bool differs = false;
    for (int i = 0; i < a.steps.size(); ++i)
        differs = differs || a.steps.at(i).outcomes != c.steps.at(i).outcomes;
    QVERIFY(differs);
}

void TestSimulator::oneOrTwoConnectionsSameRun_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<int>("contacts");
    QTest::addColumn<QJsonObject>("probabilities");
    QTest::newRow("insurance renewal") << u"insurance_renewal"_s << 301 << QJsonObject();
    // Half of the first step's contacts book a meeting and continue in the next campaign,
    // enrolled while the pass that exits them runs.
    QTest::newRow("on_exit routing")
        << u"b2bea_membership_close"_s << 80
        << QJsonObject{{u"b2bea_membership_close"_s,
                        QJsonObject{{u"1"_s, QJsonObject{{u"meeting_booked"_s, 0.5}}}}}};
}

void TestSimulator::oneOrTwoConnectionsSameRun()
{
    QFETCH(QString, campaign);
    QFETCH(int, contacts);
    QFETCH(QJsonObject, probabilities);
    Simulator::Options o;
    o.campaign = campaign;
    o.contacts = contacts;
    o.days = 3;
    o.seed = 7;
    o.probabilities = probabilities;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    o.connections = 1;
    const auto one = run(o);
    o.connections = 2;
    const auto two = run(o);
    QVERIFY(!one.steps.isEmpty());
    int fired = 0;
    for (const auto &s : one.steps)
        fired += s.fired;
    QVERIFY(fired > contacts);
    const QString d = difference(one, two);
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestSimulator::aKeptDatabaseHoldsTheWholeRun()
{
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 40;
    o.days = 1;
    o.keepDatabase = true;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    const auto r = run(o);
    QVERIFY(!r.scratchDatabase.isEmpty());
    auto &cluster = Test::TestCluster::instance();
    QString error;
    {
        QSqlDatabase db = cluster.open(r.scratchDatabase, u"kept"_s, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"select count(*) as n from campaign_contacts"_s) && q.next());
        QCOMPARE(q.value(u"n"_s).toInt(), 40);
    }
    Database::close(u"kept"_s);
    {
        QSqlDatabase db = cluster.open(u"simsource"_s, u"dropkept"_s, &error);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"drop database %1 with (force)"_s.arg(r.scratchDatabase)));
    }
    Database::close(u"dropkept"_s);
}

void TestSimulator::probabilitiesSteerTheOutcomes()
{
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 100;
    o.days = 1;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    // Everyone answers the first call: all of them are handed to a human agent.
    o.probabilities
        = {{u"insurance_renewal"_s, QJsonObject{{u"1"_s, QJsonObject{{u"live_answer"_s, 1.0}}}}}};
    const auto r = run(o);
    QCOMPARE(r.steps.at(0).fired, 100);
    QCOMPARE(r.steps.at(0).outcomes, (QMap<QString, int>{{u"live_answer"_s, 100}}));
    // No answering machine, so no voicebot; no one is left to the SMS either: the agents
    // have them, and the sequence holds for their outcome.
    QCOMPARE(r.steps.at(1).fired, 0);
    QCOMPARE(r.steps.at(2).fired, 0);
}

void TestSimulator::routingFollowsOnExitIntoTheNextCampaign()
{
    Simulator::Options o;
    o.campaign = u"b2bea_membership_close"_s;
    o.contacts = 50;
    o.days = 2;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    o.probabilities = {{u"b2bea_membership_close"_s,
                        QJsonObject{{u"1"_s, QJsonObject{{u"meeting_booked"_s, 1.0}}}}}};
    const auto r = run(o);
    QCOMPARE(r.enrollments.value(u"b2bea_membership_close"_s).value(u"converted"_s), 50);
    int inCs = 0;
    for (int n : r.enrollments.value(u"b2bea_membership_cs"_s))
        inCs += n;
    QCOMPARE(inCs, 50);
    bool sawCs = false;
    for (const auto &s : r.steps)
        sawCs = sawCs || (s.campaign == u"b2bea_membership_cs" && s.fired > 0);
    QVERIFY(sawCs); // the onboarding sequence started within the simulated days
    // The exits by reason name the campaign they continued in.
    QCOMPARE(
        r.exits.value(u"b2bea_membership_close"_s),
        (QMap<QString, QMap<QString, int>>{{u"converted"_s, {{u"b2bea_membership_cs"_s, 50}}}}));
    // Every fired touch is in the per-day load of its channel, on a day of the run.
    int fired = 0;
    for (const auto &s : r.steps)
        fired += s.fired;
    int sends = 0;
    for (const auto &days : std::as_const(r.sendsPerDay)) {
        for (auto it = days.begin(); it != days.end(); ++it) {
            QVERIFY(it.key() >= 0 && it.key() <= o.days);
            sends += it.value();
        }
    }
    QCOMPARE(sends, fired);
}

void TestSimulator::aGivenFlowRunsInsteadOfTheDatabases()
{
    // The database has the demo flows; the given flow has the insurance renewal without its
    // voicebot step, paused (as an unsaved draft would be), and no campaign named.
    Flow flow;
    Flow demo = DemoFlows::read().flow;
    Campaign c = demo.campaigns.at(demo.indexOf(u"insurance_renewal"_s));
    c.status = u"paused"_s;
    c.ownerRole = u"roles.bdr"_s;
    c.steps.resize(1);
    c.steps[0].onOutcome.clear();
    flow.campaigns.append(c);
    QCOMPARE(Simulator::entryCampaign(flow), u"insurance_renewal"_s);
    Simulator::Options o;
    o.flow = flow;
    o.contacts = 30;
    o.days = 1;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    const auto r = run(o);
    QCOMPARE(r.steps.size(), 1);
    QCOMPARE(r.steps.at(0).campaign, u"insurance_renewal"_s);
    QVERIFY(r.steps.at(0).fired >= 30);
}

void TestSimulator::cancelStopsTheRun()
{
    std::atomic_bool cancel{true};
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 20;
    o.cancel = &cancel;
    DbError error;
    QVERIFY(!Simulator().run(m_source, o, &error));
    QVERIFY2(error.message.contains(u"cancelled"_s), qPrintable(error.message));
}

void TestSimulator::badProbabilities_data()
{
    QTest::addColumn<QJsonObject>("probabilities");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("unknown outcome for the channel")
        << QJsonObject{{u"default"_s, QJsonObject{{u"sms"_s, QJsonObject{{u"busy"_s, 0.5}}}}}}
        << u"default.sms.busy: unknown outcome \"busy\" for channel sms"_s;
    QTest::addRow("more than 1 in all")
        << QJsonObject{{u"default"_s,
                        QJsonObject{{u"voice"_s, QJsonObject{{u"busy"_s, 0.7}, {u"fax"_s, 0.6}}}}}}
        << u"default.voice: the probabilities add up to 1.3"_s;
    QTest::addRow("not a number")
        << QJsonObject{{u"insurance_renewal"_s,
                        QJsonObject{{u"1"_s, QJsonObject{{u"busy"_s, u"often"_s}}}}}}
        << u"insurance_renewal.1.busy: expected a probability"_s;
    QTest::addRow("step key not a number")
        << QJsonObject{{u"insurance_renewal"_s, QJsonObject{{u"first"_s, QJsonObject{}}}}}
        << u"insurance_renewal.first: expected a step number"_s;
    QTest::addRow("outcome not for that step's channel")
        << QJsonObject{{u"insurance_renewal"_s,
                        QJsonObject{{u"3"_s, QJsonObject{{u"busy"_s, 0.5}}}}}}
        << u"insurance_renewal.3.busy: unknown outcome for a sms step"_s;
}

void TestSimulator::badProbabilities()
{
    QFETCH(QJsonObject, probabilities);
    QFETCH(QString, fragment);
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 10;
    o.probabilities = probabilities;
    DbError error;
    QVERIFY(!Simulator().run(m_source, o, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestSimulator::unknownCampaign()
{
    Simulator::Options o;
    o.campaign = u"nope"_s;
    DbError error;
    QVERIFY(!Simulator().run(m_source, o, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY(error.message.contains(u"nope"_s));
}

void TestSimulator::scratchDatabaseIsDropped()
{
    QString error;
    {
        QSqlDatabase db = Test::TestCluster::instance().open(u"simsource"_s, u"check"_s, &error);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"select count(*) from pg_database where datname like 'touchline_sim_%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    Database::close(u"check"_s);
}

TOUCHLINE_TEST_MAIN(TestSimulator)

#include "tst_simulator.moc"
