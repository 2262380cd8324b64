// The engine-correctness defects, each through the real touchline executable as they were found:
// an on_exit loop inside one tick, two-campaign cycles, a daily cap under two ticks at once, a
// late unsubscribe after the contact moved on, a reply to the last step, exits cancelling queued
// work, and a send window that opens inside a DST gap.
#include "clirun.h"
#include "database.h"
#include "session.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::fixture;
using Touchline::Test::Run;

namespace {

constexpr int processTimeoutMs = 120000;
const QString databaseName = u"cli_enginedefects"_s;

} // namespace

class TestCliEngineDefects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selfLoopEndsTheTick();
    void twoCampaignCycleStopsWithinADay();
    void capHoldsUnderTwoTicksAtOnce();
    void lateUnsubscribeEndsEverythingAndCancels();
    void replyToTheLastStepWaitsForItsClassification();
    void windowInADstGapOpensAfterTheGap();
    void doNotContactFromAnImportEndsAtOnce();

private:
    Run run(QStringList args) const;
    QVariant scalar(const QString &sql) { return Test::scalar(m_db, sql); }
    int count(const QString &sql) { return scalar(sql).toInt(); }
    void addContacts(const QStringList &ids, const QString &zone = u"UTC"_s);
    QString item(const QString &contact, const QString &campaign, int step);
    Run enroll(const QString &campaign, const QStringList &contacts, const QString &at) const;

    QTemporaryDir m_work;
    QSqlDatabase m_db;
};

void TestCliEngineDefects::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
}

void TestCliEngineDefects::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    COMPARE_EXIT(run({u"import"_s, fixture(u"engine-defects-flow.json"_s)}), 0);
}

void TestCliEngineDefects::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

Run TestCliEngineDefects::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

void TestCliEngineDefects::addContacts(const QStringList &ids, const QString &zone)
{
    QString csv = u"id,client_id,first_name,email,time_zone\n"_s;
    for (const QString &id : ids)
        csv += u"%1,acme,%1,%1@example.com,%2\n"_s.arg(id, zone);
    const QString file = m_work.filePath(u"contacts.csv"_s);
    QVERIFY(Test::writeFile(file, csv.toUtf8()));
    COMPARE_EXIT(run({u"contacts"_s, u"import"_s, file}), 0);
}

Run TestCliEngineDefects::enroll(const QString &campaign,
                                 const QStringList &contacts,
                                 const QString &at) const
{
    QStringList args{u"enroll"_s, u"--campaign"_s, campaign, u"--at"_s, at};
    for (const QString &contact : contacts)
        args << u"--contact"_s << contact;
    return run(args);
}

QString TestCliEngineDefects::item(const QString &contact, const QString &campaign, int step)
{
    return scalar(u"select o.id::text from outbound_queue o join campaigns c on c.id = "
                  "o.campaign_id where o.contact_id = '%1' and c.slug = '%2' and "
                  "o.step_number = %3 order by o.visit desc limit 1"_s.arg(contact, campaign)
                      .arg(step))
        .toString();
}

// Defect 2: no_engagement_after_days 0 and on_exit.no_engagement back to itself wrote thousands
// of rows inside one tick. The tick ends, the exit stands, a warning names the cycle.
void TestCliEngineDefects::selfLoopEndsTheTick()
{
    addContacts({u"a"_s});
    COMPARE_EXIT(enroll(u"loop"_s, {u"a"_s}, u"2026-03-02T10:00:00Z"_s), 0);
    const Run r = run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"exited"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"enrolled"_s).toInt(), 0);
    QVERIFY2(r.stdErr().contains(u"loop -> loop"_s), qPrintable(r.dump()));
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 1);
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active'"_s), 0);
    // The validator says the same ahead of time.
    const Run v = run({u"validate"_s, fixture(u"engine-defects-flow.json"_s)});
    COMPARE_EXIT(v, 0);
    QVERIFY2(v.stdErr().contains(u"less than a day"_s), qPrintable(v.dump()));
}

void TestCliEngineDefects::twoCampaignCycleStopsWithinADay()
{
    addContacts({u"a"_s});
    COMPARE_EXIT(enroll(u"ping"_s, {u"a"_s}, u"2026-03-02T10:00:00Z"_s), 0);
    for (int pass = 0; pass < 4; ++pass)
        COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    // ping fired and routed to pong; pong fired and its route back to ping was refused.
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 2);
    QCOMPARE(count(u"select count(*) from campaign_contacts"_s), 2);
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active'"_s), 0);
}

// Defect 3: two consoles both saw room under the cap. Two tick processes at once, one cap.
void TestCliEngineDefects::capHoldsUnderTwoTicksAtOnce()
{
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids.append(u"c%1"_s.arg(i));
    addContacts(ids);
    COMPARE_EXIT(run({u"campaign"_s,
                      u"cap"_s,
                      u"--client"_s,
                      u"acme"_s,
                      u"--channel"_s,
                      u"email"_s,
                      u"--daily"_s,
                      u"25"_s}),
                 0);
    COMPARE_EXIT(enroll(u"one"_s, ids, u"2026-03-02T10:00:00Z"_s), 0);
    const QStringList tick{u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s, u"--batch"_s, u"5"_s};
    Run first, second;
    std::thread a([&] { first = run(tick); });
    std::thread b([&] { second = run(tick); });
    a.join();
    b.join();
    COMPARE_EXIT(first, 0);
    COMPARE_EXIT(second, 0);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 25);
    // The rest waits for the next local day, and fires then (again within the cap).
    QCOMPARE(count(u"select count(*) from campaign_contacts where visit = 0 "
                   "and next_send_at >= '2026-03-03T00:00:00Z'"_s),
             35);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-03T10:00:00Z"_s}), 0);
    QCOMPARE(count(u"select count(*) from outbound_queue"_s), 50);
}

// Defects 4 and 7: an unsubscribe that arrived after the contact converted and moved on was
// refused, and the next campaign kept emailing. Now it is recorded, suppresses, ends every active
// enrollment of that client and cancels their unsent items.
void TestCliEngineDefects::lateUnsubscribeEndsEverythingAndCancels()
{
    addContacts({u"a"_s});
    for (const QString &campaign : {u"two"_s, u"one"_s})
        COMPARE_EXIT(enroll(campaign, {u"a"_s}, u"2026-03-02T10:00:00Z"_s), 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    const QString first = item(u"a"_s, u"two"_s, 1);
    COMPARE_EXIT(run({u"outcome"_s,
                      u"--item"_s,
                      first,
                      u"--outcome"_s,
                      u"replied"_s,
                      u"--intent"_s,
                      u"meeting_booked"_s,
                      u"--at"_s,
                      u"2026-03-02T11:00:00Z"_s}),
                 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'converted'"_s), 1);
    const QString queued = item(u"a"_s, u"one"_s, 1);
    QVERIFY(Test::exec(
        m_db, u"update outbound_queue set status = 'approved' where id = '%1'"_s.arg(queued)));
    const Run late = run({u"outcome"_s,
                          u"--item"_s,
                          first,
                          u"--outcome"_s,
                          u"replied"_s,
                          u"--intent"_s,
                          u"unsubscribe"_s,
                          u"--at"_s,
                          u"2026-03-02T12:00:00Z"_s,
                          u"--json"_s});
    COMPARE_EXIT(late, 0);
    QCOMPARE(count(u"select count(*) from suppressions where contact_id = 'a'"_s), 1);
    QCOMPARE(count(u"select count(*) from campaign_contacts where status = 'active'"_s), 0);
    QCOMPARE(scalar(u"select status from outbound_queue where id = '%1'"_s.arg(queued)).toString(),
             u"cancelled"_s);
    QCOMPARE(count(u"select count(*) from staged_drafts where status in "
                   "('pending_review', 'approved')"_s),
             0);
    // Nothing new is fired for the suppressed contact, whatever is enrolled later.
    enroll(u"one"_s, {u"a"_s}, u"2026-03-03T10:00:00Z"_s); // refused or not: nothing may fire
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-03T10:00:00Z"_s}), 0);
    QCOMPARE(count(u"select count(*) from outbound_queue where status <> 'cancelled' and "
                   "created_at > '2026-03-02T12:00:00Z'"_s),
             0);
}

// Defect 5: a reply to the last step answered "the sequence continues" and later timed out.
void TestCliEngineDefects::replyToTheLastStepWaitsForItsClassification()
{
    addContacts({u"a"_s});
    COMPARE_EXIT(enroll(u"one"_s, {u"a"_s}, u"2026-03-02T10:00:00Z"_s), 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    const Run r = run({u"outcome"_s,
                       u"--contact"_s,
                       u"a"_s,
                       u"--campaign"_s,
                       u"one"_s,
                       u"--step"_s,
                       u"1"_s,
                       u"--outcome"_s,
                       u"replied"_s,
                       u"--at"_s,
                       u"2026-03-02T11:00:00Z"_s,
                       u"--json"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.json().value(u"action"_s).toString().contains(u"classified"_s),
             qPrintable(r.dump()));
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-04-02T10:00:00Z"_s}), 0);
    QCOMPARE(scalar(u"select status from campaign_contacts"_s).toString(), u"active"_s);
    COMPARE_EXIT(run({u"outcome"_s,
                      u"--item"_s,
                      item(u"a"_s, u"one"_s, 1),
                      u"--outcome"_s,
                      u"replied"_s,
                      u"--intent"_s,
                      u"interested"_s,
                      u"--at"_s,
                      u"2026-04-02T11:00:00Z"_s}),
                 0);
    QCOMPARE(scalar(u"select status from campaign_contacts"_s).toString(), u"converted"_s);
}

// Also seen: a window 02:30-04:00 in New York on the spring-forward day fired at 01:00.
void TestCliEngineDefects::windowInADstGapOpensAfterTheGap()
{
    addContacts({u"ny"_s}, u"America/New_York"_s);
    COMPARE_EXIT(enroll(u"night"_s, {u"ny"_s}, u"2026-03-08T06:00:00Z"_s), 0);
    Run r = run({u"tick"_s, u"--at"_s, u"2026-03-08T06:00:01Z"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 0);
    QVERIFY(
        scalar(u"select next_send_at = '2026-03-08T07:00:00Z' from campaign_contacts"_s).toBool());
    r = run({u"tick"_s, u"--at"_s, u"2026-03-08T07:00:00Z"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"fired"_s).toInt(), 1);
}

// Defect 4's other half: do-not-contact set by a contacts import (or a CRM sync) ends the
// person's enrollments and cancels what is queued at once, not at the next due firing.
void TestCliEngineDefects::doNotContactFromAnImportEndsAtOnce()
{
    addContacts({u"a"_s, u"b"_s});
    for (const QString &campaign : {u"two"_s, u"one"_s})
        COMPARE_EXIT(enroll(campaign, {u"a"_s, u"b"_s}, u"2026-03-02T10:00:00Z"_s), 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    QCOMPARE(count(u"select count(*) from outbound_queue where contact_id = 'a' "
                   "and status in ('pending', 'drafted', 'approved')"_s),
             2);
    const QString file = m_work.filePath(u"dnc.csv"_s);
    QVERIFY(Test::writeFile(file, "id,client_id,first_name,do_not_contact\na,acme,a,true\n"));
    COMPARE_EXIT(run({u"contacts"_s, u"import"_s, file}), 0);
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'a' "
                   "and status = 'active'"_s),
             0);
    QCOMPARE(scalar(u"select string_agg(distinct exit_reason, ',') from campaign_contacts "
                    "where contact_id = 'a'"_s)
                 .toString(),
             u"do_not_contact"_s);
    QCOMPARE(count(u"select count(*) from outbound_queue where contact_id = 'a' "
                   "and status in ('pending', 'drafted', 'approved')"_s),
             0);
    QCOMPARE(count(u"select count(*) from staged_drafts d join outbound_queue o on "
                   "o.staged_draft_id = d.id where o.contact_id = 'a' and d.status <> "
                   "'cancelled'"_s),
             0);
    QCOMPARE(count(u"select count(*) from audit_log where action = 'contact_do_not_contact' "
                   "and subject = 'a'"_s),
             1);
    // The other contact goes on as before.
    QCOMPARE(count(u"select count(*) from campaign_contacts where contact_id = 'b' "
                   "and status = 'active'"_s),
             2);
}

TOUCHLINE_TEST_MAIN(TestCliEngineDefects)
#include "tst_cli_enginedefects.moc"
