// `touchline db archive` through the real executable: its JSON counts what moved, the stored
// retention and --older-than decide the cutoff, and bad options are usage errors.
#include "clirun.h"
#include "session.h"
#include "testcluster.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::Run;

namespace {

constexpr int processTimeoutMs = 120000;
const QString databaseName = u"cli_archive"_s;
const QString now = u"2026-06-01T00:00:00Z"_s;

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "hist", "name": "History", "client_id": "acme", "type": "event",
     "owner_role": "roles.sales",
     "steps": [{"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
                "template_instructions": "Hello."}]}
  ]
})";

// Enrollments that exited on `exited`, each with a sent item, a sent draft and an outcome.
QString historySql(int from, int to, const QString &exited)
{
    return uR"sql(
with c as (insert into contacts (id, client_id) select 'p' || g, 'acme'
             from generate_series(%1, %2) g returning id),
e as (insert into campaign_contacts (contact_id, campaign_id, client_id, revision, status,
                                     enrolled_at, exited_at, exit_reason, visit)
      select c.id, k.id, 'acme', k.current_revision, 'timed_out',
             timestamptz '%3' - interval '3 days', '%3', 'no_engagement', 1
        from c, campaigns k where k.slug = 'hist' returning *),
d as (insert into staged_drafts (client_id, contact_id, campaign_id, enrollment_id, step_number,
                                 channel, subject, body, status)
      select 'acme', contact_id, campaign_id, id, 1, 'email', 's', 'b', 'sent' from e
      returning *),
q as (insert into outbound_queue (enrollment_id, client_id, contact_id, campaign_id, revision,
                                  step_number, visit, channel, staged_draft_id, scheduled_at,
                                  sent_at, status)
      select enrollment_id, 'acme', contact_id, campaign_id, 1, 1, 1, 'email', id,
             timestamptz '%3' - interval '3 days', timestamptz '%3' - interval '3 days', 'sent'
        from d returning *)
insert into step_outcomes (enrollment_id, campaign_id, revision, step_number, visit,
                           outbound_id, outcome, occurred_at)
select enrollment_id, campaign_id, 1, 1, 1, id, 'sent', scheduled_at from q
)sql"_s.arg(from)
        .arg(to)
        .arg(exited);
}

} // namespace

class TestCliArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonCountsWhatMoved();
    void rejects_data();
    void rejects();

private:
    Run run(QStringList args) const;
    QTemporaryDir m_work;
};

Run TestCliArchive::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

void TestCliArchive::initTestCase()
{
    QVERIFY(m_work.isValid());
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(databaseName, true, &error),
             qPrintable(error));
    const QString flow = m_work.filePath(u"flow.json"_s);
    QVERIFY(Test::writeFile(flow, flowJson));
    COMPARE_EXIT(run({u"import"_s, flow}), 0);
    Test::Session s(databaseName);
    QString sqlError;
    // 30 exited 200 days before `now`, 20 exited 100 days before, 10 exited 10 days before.
    QVERIFY2(Test::exec(s.db(), historySql(1, 30, u"2025-11-13T00:00:00Z"_s), &sqlError),
             qPrintable(sqlError));
    QVERIFY2(Test::exec(s.db(), historySql(31, 50, u"2026-02-21T00:00:00Z"_s), &sqlError),
             qPrintable(sqlError));
    QVERIFY2(Test::exec(s.db(), historySql(51, 60, u"2026-05-22T00:00:00Z"_s), &sqlError),
             qPrintable(sqlError));
}

void TestCliArchive::jsonCountsWhatMoved()
{
    // Stored retention 150 days: only the 30 of 200 days ago.
    Run r = run({u"db"_s,
                 u"archive"_s,
                 u"--set-retention"_s,
                 u"150"_s,
                 u"--batch"_s,
                 u"7"_s,
                 u"--at"_s,
                 now,
                 u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"retention_days"_s).toInt(), 150);
    QCOMPARE(o.value(u"cutoff"_s).toString(), u"2026-01-02T00:00:00.000Z"_s);
    QCOMPARE(o.value(u"enrollments"_s).toInt(), 30);
    QCOMPARE(o.value(u"items"_s).toInt(), 30);
    QCOMPARE(o.value(u"drafts"_s).toInt(), 30);
    QCOMPARE(o.value(u"outcomes"_s).toInt(), 30);
    QVERIFY(o.value(u"batches"_s).toInt() >= 5); // 30 enrollments in batches of 7
    // The stored retention holds for the next run: nothing more.
    r = run({u"db"_s, u"archive"_s, u"--at"_s, now, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QCOMPARE(r.json().value(u"retention_days"_s).toInt(), 150);
    QCOMPARE(r.json().value(u"enrollments"_s).toInt(), 0);
    // --older-than for one run: the 20 of 100 days ago too, not the recent 10.
    r = run({u"db"_s, u"archive"_s, u"--older-than"_s, u"30"_s, u"--at"_s, now, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QCOMPARE(r.json().value(u"enrollments"_s).toInt(), 20);
    QCOMPARE(r.json().value(u"retention_days"_s).toInt(), 30);
    Test::Session s(databaseName);
    QCOMPARE(Test::scalar(s.db(), u"select count(*) from campaign_contacts"_s).toInt(), 10);
    QCOMPARE(Test::scalar(s.db(), u"select count(*) from campaign_contacts_archive"_s).toInt(), 50);
    QCOMPARE(Test::scalar(s.db(), u"select retention_days from history_settings"_s).toInt(), 150);
    // Without --json: one line of counts.
    r = run({u"db"_s, u"archive"_s, u"--at"_s, now});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QVERIFY2(r.stdOut().contains(u"0 enrollment(s)"_s), qPrintable(r.dump()));
}

void TestCliArchive::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("negative age") << QStringList{u"--older-than"_s, u"-1"_s};
    QTest::addRow("not a number") << QStringList{u"--older-than"_s, u"soon"_s};
    QTest::addRow("zero retention") << QStringList{u"--set-retention"_s, u"0"_s};
    QTest::addRow("both") << QStringList{u"--older-than"_s, u"5"_s, u"--set-retention"_s, u"5"_s};
    QTest::addRow("zero batch") << QStringList{u"--batch"_s, u"0"_s};
    QTest::addRow("bad time") << QStringList{u"--at"_s, u"yesterday"_s};
    QTest::addRow("extra word") << QStringList{u"everything"_s};
}

void TestCliArchive::rejects()
{
    QFETCH(QStringList, args);
    const Run r = run(QStringList{u"db"_s, u"archive"_s} + args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
    QVERIFY(!r.stdErr().isEmpty());
}

TOUCHLINE_TEST_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
