// `touchline report` through the real executable: its JSON equals a GROUP BY over the raw rows
// (whole campaign and a time window), the table names every step, bad input is named, and the
// report reads from a real hot standby (pg_basebackup -R) when given --replica-db.
#include "clirun.h"
#include "database.h"
#include "hotstandby.h"
#include "session.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Touchline::Test::Run;

namespace {

constexpr int processTimeoutMs = 120000;
const QString databaseName = u"cli_report"_s;

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "renewal", "name": "Renewal", "client_id": "acme", "type": "renewal",
     "owner_role": "roles.cs",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "voice", "handler": "ivr",
        "content_type": "call", "template_instructions": "Call."},
       {"step_number": 2, "delay_days": 0, "delay_minutes": 120, "channel": "sms",
        "content_type": "link", "template_instructions": "Link {{first_name}}."}
     ]}
  ]
})";

// What the issue fixes of the JSON: per step its number, fired and outcomes.
QJsonArray essentials(const QJsonObject &report)
{
    QJsonArray steps;
    for (const QJsonValue &v : report.value(u"steps"_s).toArray())
        steps.append(QJsonObject{{u"step_number"_s, v[u"step_number"_s]},
                                 {u"fired"_s, v[u"fired"_s]},
                                 {u"outcomes"_s, v[u"outcomes"_s]}});
    return steps;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonEqualsRawRows_data();
    void jsonEqualsRawRows();
    void table();
    void rejects_data();
    void rejects();
    void readsFromHotStandby();

private:
    Run run(QStringList args, const QString &replica = QString()) const;
    QJsonObject expected(const QString &from, const QString &to);

    QTemporaryDir m_work;
};

Run TestCliReport::run(QStringList args, const QString &replica) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_REPLICA_DB"_s, replica);
    env.insert(u"TOUCHLINE_HOME"_s, m_work.filePath(u"no-embedded-home"_s));
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

void TestCliReport::initTestCase()
{
    QVERIFY(m_work.isValid());
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(databaseName, true, &error),
             qPrintable(error));
    const QString flow = m_work.filePath(u"flow.json"_s);
    QVERIFY(Test::writeFile(flow, flowJson));
    COMPARE_EXIT(run({u"import"_s, flow}), 0);
    QByteArray csv = "id,client_id,first_name\n";
    for (int i = 1; i <= 40; ++i)
        csv += "p" + QByteArray::number(i) + ",acme,Pat" + QByteArray::number(i) + "\n";
    QVERIFY(Test::writeFile(m_work.filePath(u"contacts.csv"_s), csv));
    COMPARE_EXIT(run({u"contacts"_s, u"import"_s, m_work.filePath(u"contacts.csv"_s)}), 0);
    QStringList enroll{
        u"enroll"_s, u"--campaign"_s, u"renewal"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s};
    for (int i = 1; i <= 40; ++i)
        enroll << u"--contact"_s << u"p%1"_s.arg(i);
    COMPARE_EXIT(run(enroll), 0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    const QStringList voice{u"live_answer"_s, u"busy"_s, u"no_answer"_s, u"answering_machine"_s};
    Test::Session s(databaseName);
    // Outcomes as raw rows (the summaries follow whatever writes them), at two hours.
    QVERIFY(Test::exec(s.db(),
                       u"insert into step_outcomes (enrollment_id, campaign_id, revision, "
                       "step_number, outbound_id, outcome, occurred_at) "
                       "select q.enrollment_id, q.campaign_id, 1, 1, q.id, "
                       "(array['live_answer','busy','no_answer','answering_machine'])"
                       "[1 + (row_number() over (order by q.contact_id)) % 4], "
                       "timestamptz '2026-03-02T10:05:00Z' + "
                       "(row_number() over (order by q.contact_id) % 3) * interval '1 hour' "
                       "from outbound_queue q"_s));
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T12:30:00Z"_s}), 0);
    COMPARE_EXIT(run({u"outcome"_s,
                      u"--contact"_s,
                      u"p1"_s,
                      u"--campaign"_s,
                      u"renewal"_s,
                      u"--step"_s,
                      u"2"_s,
                      u"--outcome"_s,
                      u"replied"_s,
                      u"--at"_s,
                      u"2026-03-02T12:40:00Z"_s}),
                 0);
    QVERIFY(Test::exec(s.db(),
                       u"update outbound_queue set status = 'cancelled' where contact_id in "
                       "('p2', 'p3') and step_number = 2"_s));
}

// The report built directly from the raw rows, in the same shape as the JSON.
QJsonObject TestCliReport::expected(const QString &from, const QString &to)
{
    Test::Session s(databaseName);
    QSqlQuery q(s.db());
    const QString window
        = u"(:from = '' or date_trunc('hour', %1, 'UTC') >= date_trunc('hour', "
          "cast(nullif(:from, '') as timestamptz), 'UTC')) and (:to = '' or "
          "date_trunc('hour', %1, 'UTC') < cast(nullif(:to, '') as timestamptz))"_s;
    QMap<int, QJsonObject> steps;
    q.prepare(u"select step_number, count(*) from outbound_queue where "_s
              + window.arg(u"scheduled_at"_s) + u" group by 1"_s);
    q.bindValue(u":from"_s, from.isNull() ? u""_s : from);
    q.bindValue(u":to"_s, to.isNull() ? u""_s : to);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        steps[q.value(0).toInt()][u"fired"_s] = q.value(1).toInt();
    q.prepare(u"select step_number, outcome, count(*) from step_outcomes where "_s
              + window.arg(u"occurred_at"_s) + u" group by 1, 2"_s);
    q.bindValue(u":from"_s, from.isNull() ? u""_s : from);
    q.bindValue(u":to"_s, to.isNull() ? u""_s : to);
    if (!q.exec())
        qWarning() << q.lastError().text();
    QMap<int, QJsonObject> outcomes;
    while (q.next())
        outcomes[q.value(0).toInt()][q.value(1).toString()] = q.value(2).toInt();
    QJsonArray out;
    for (int step : {1, 2})
        out.append(QJsonObject{{u"step_number"_s, step},
                               {u"fired"_s, steps[step].value(u"fired"_s).toInt()},
                               {u"outcomes"_s, outcomes[step]}});
    return {{u"campaign"_s, u"renewal"_s}, {u"steps"_s, out}};
}

void TestCliReport::jsonEqualsRawRows_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addRow("everything") << QString() << QString();
    QTest::addRow("first hour") << u"2026-03-02T10:00:00Z"_s << u"2026-03-02T11:00:00Z"_s;
    QTest::addRow("odd minutes, offset")
        << u"2026-03-02T12:20:00+01:00"_s << u"2026-03-02T12:10:00Z"_s;
    QTest::addRow("nothing yet") << u"2026-03-01T00:00:00Z"_s << u"2026-03-01T05:00:00Z"_s;
}

void TestCliReport::jsonEqualsRawRows()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QStringList args{u"report"_s, u"--campaign"_s, u"renewal"_s, u"--json"_s};
    if (!from.isEmpty())
        args << u"--from"_s << from << u"--to"_s << to;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    const QJsonObject got = r.json();
    QCOMPARE(got.value(u"campaign"_s).toString(), u"renewal"_s);
    const QJsonObject want = expected(from, to);
    QCOMPARE(QJsonObject({{u"campaign"_s, u"renewal"_s}, {u"steps"_s, essentials(got)}}), want);
    if (from.isEmpty()) {
        QCOMPARE(want[u"steps"_s][0][u"fired"_s].toInt(), 40);
        QVERIFY(want[u"steps"_s][1][u"outcomes"_s][u"replied"_s].toInt() == 1);
        QCOMPARE(got[u"steps"_s][1][u"items"_s][u"cancelled"_s].toInt(), 2);
        QCOMPARE(got[u"enrollments"_s][u"converted"_s].toInt()
                     + got[u"enrollments"_s][u"active"_s].toInt(),
                 40);
    }
}

void TestCliReport::table()
{
    const Run r = run({u"report"_s, u"--campaign"_s, u"renewal"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    QVERIFY2(r.stdOut().contains(u"step 1  voice (ivr)  call  fired 40"_s), qPrintable(r.dump()));
    QVERIFY2(r.stdOut().contains(u"step 2  sms  link  fired"_s), qPrintable(r.dump()));
    QVERIFY2(r.stdOut().contains(u"live_answer"_s), qPrintable(r.dump()));
}

void TestCliReport::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("no campaign") << QStringList{} << 2 << u"--campaign"_s;
    QTest::addRow("unknown campaign")
        << QStringList{u"--campaign"_s, u"nope"_s} << 1 << u"unknown campaign \"nope\""_s;
    QTest::addRow("bad time") << QStringList{u"--campaign"_s,
                                             u"renewal"_s,
                                             u"--from"_s,
                                             u"yesterday"_s}
                              << 1 << u"--from yesterday"_s;
    QTest::addRow("reversed window") << QStringList{u"--campaign"_s,
                                                    u"renewal"_s,
                                                    u"--from"_s,
                                                    u"2026-03-03T00:00:00Z"_s,
                                                    u"--to"_s,
                                                    u"2026-03-02T00:00:00Z"_s}
                                     << 1 << u"--from must be before --to"_s;
}

void TestCliReport::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(QStringList{u"report"_s} + args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.dump()));
    QVERIFY2(r.stdErr().contains(message), qPrintable(r.dump()));
}

// The report reads the standby: proved by a row written on the primary that shows only once
// the standby has replayed it, and by the standby being in recovery (read-only).
void TestCliReport::readsFromHotStandby()
{
    Test::HotStandby standby;
    QString error;
    QVERIFY2(standby.start(&error), qPrintable(error));
    QVERIFY2(standby.waitForCatchUp(30000, &error), qPrintable(error));
    {
        DbError dbError;
        QSqlDatabase db = Database::open(standby.settings(databaseName), u"standby"_s, &dbError);
        QVERIFY2(!dbError, qPrintable(dbError.message));
        QCOMPARE(Test::scalar(db, u"select pg_is_in_recovery()"_s).toBool(), true);
    }
    Database::close(u"standby"_s);
    const Run before
        = run({u"report"_s, u"--campaign"_s, u"renewal"_s, u"--json"_s}, standby.url(databaseName));
    QVERIFY2(before.exitCode == 0, qPrintable(before.dump()));
    QCOMPARE(QJsonValue(essentials(before.json())), expected({}, {}).value(u"steps"_s));

    Test::Session s(databaseName);
    QVERIFY(Test::exec(s.db(),
                       u"insert into step_outcomes (enrollment_id, campaign_id, revision, "
                       "step_number, outcome, occurred_at) select enrollment_id, campaign_id, 1, "
                       "2, 'replica_seen', '2026-03-02T13:00:00Z' from outbound_queue "
                       "where step_number = 2 limit 1"_s));
    QVERIFY2(standby.waitForCatchUp(30000, &error), qPrintable(error));
    const Run after
        = run({u"report"_s, u"--campaign"_s, u"renewal"_s, u"--json"_s}, standby.url(databaseName));
    QVERIFY2(after.exitCode == 0, qPrintable(after.dump()));
    QCOMPARE(after.json()[u"steps"_s][1][u"outcomes"_s][u"replica_seen"_s].toInt(), 1);
    QCOMPARE(QJsonValue(essentials(after.json())), expected({}, {}).value(u"steps"_s));
    standby.stop();
    // With the standby gone, the report says it cannot reach it (it does not fall back silently).
    const Run gone = run({u"report"_s, u"--campaign"_s, u"renewal"_s}, standby.url(databaseName));
    QCOMPARE(gone.exitCode, 3);
}

TOUCHLINE_TEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
