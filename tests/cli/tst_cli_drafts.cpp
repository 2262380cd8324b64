// touchline drafts through the real executable: list, approve (ids and --all), reject, undo and
// the external drafter's fill, with their refusals, exit codes and the rows they leave.
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
using Touchline::Test::writeFile;

namespace {

constexpr int processTimeoutMs = 120000;
const QString databaseName = u"cli_drafts"_s;

} // namespace

class TestCliDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listJson();
    void listRejects_data();
    void listRejects();
    void approveIds();
    void approveAlreadyDecidedNamesWhoAndWhen();
    void approveAllOfOneCampaign();
    void approveUsage_data();
    void approveUsage();
    void rejectAndUndo();
    void fillAwaitingDraftForReview();
    void fillWithoutReviewApproves();
    void fillRefusals();
    void twoAgentsClaimDisjointDrafts();

private:
    Run run(QStringList args) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    QStringList ids(const QString &campaign, const QString &status = u"open"_s);
    QString workFile(const QString &name) const { return m_work.filePath(name); }

    QTemporaryDir m_work;
    QSqlDatabase m_db;
};

void TestCliDrafts::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
}

// Three campaigns with two contacts each, fired; the agent's drafts wait for their text as the
// engine leaves them for an external drafter (awaiting_draft, no text, a pending task).
void TestCliDrafts::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    COMPARE_EXIT(run({u"import"_s, fixture(u"drafts-cli-flow.json"_s)}), 0);
    QVERIFY(writeFile(workFile(u"contacts.csv"_s),
                      "id,client_id,first_name,last_name,company\n"
                      "ada,acme,Ada,Lovelace,Analytical Engines\n"
                      "grace,acme,Grace,Hopper,Navy\n"));
    COMPARE_EXIT(run({u"contacts"_s, u"import"_s, workFile(u"contacts.csv"_s)}), 0);
    for (const QString &c : {u"drafts_reviewed"_s, u"drafts_agent"_s, u"drafts_agent_unreviewed"_s})
        COMPARE_EXIT(run({u"enroll"_s,
                          u"--campaign"_s,
                          c,
                          u"--contact"_s,
                          u"ada"_s,
                          u"--contact"_s,
                          u"grace"_s,
                          u"--at"_s,
                          u"2026-03-02T10:00:00Z"_s}),
                     0);
    COMPARE_EXIT(run({u"tick"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s}), 0);
    // The engine leaves the external drafter's drafts without text, awaiting it, each with
    // a pending execute_sequence_step task for the agent to claim.
    QCOMPARE(scalar(u"select count(*) from staged_drafts d join tasks t on t.payload ->> "
                    "'staged_draft_id' = d.id::text where d.status = 'awaiting_draft' and "
                    "t.type = 'execute_sequence_step' and t.status = 'pending'"_s)
                 .toInt(),
             4);
    QCOMPARE(scalar(u"select count(*) from staged_drafts"_s).toInt(), 6);
}

void TestCliDrafts::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

Run TestCliDrafts::run(QStringList args) const
{
    args << u"--db"_s << Test::TestCluster::instance().url(databaseName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOUCHLINE_DB"_s, QString());
    env.insert(u"TOUCHLINE_HOME"_s, workFile(u"no-embedded-home"_s));
    return Test::runProgram(
        QStringLiteral(TOUCHLINE_EXE), args, env, m_work.path(), processTimeoutMs);
}

QVariant TestCliDrafts::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

QStringList TestCliDrafts::ids(const QString &campaign, const QString &status)
{
    const Run r = run(
        {u"drafts"_s, u"list"_s, u"--campaign"_s, campaign, u"--status"_s, status, u"--json"_s});
    QStringList out;
    for (const QJsonValue &d : r.json().value(u"drafts"_s).toArray())
        out.append(d.toObject().value(u"id"_s).toString());
    return out;
}

void TestCliDrafts::listJson()
{
    const Run r = run({u"drafts"_s, u"list"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QJsonArray drafts = r.json().value(u"drafts"_s).toArray();
    QCOMPARE(drafts.size(), 6);
    QSet<QString> statuses;
    for (const QJsonValue &v : drafts) {
        const QJsonObject d = v.toObject();
        for (const QString &key : {u"id"_s,
                                   u"contact_id"_s,
                                   u"campaign"_s,
                                   u"step_number"_s,
                                   u"status"_s,
                                   u"channel"_s,
                                   u"subject"_s,
                                   u"scheduled_at"_s})
            QVERIFY2(d.contains(key), qPrintable(key));
        statuses.insert(d.value(u"status"_s).toString());
        QCOMPARE(d.value(u"step_number"_s).toInt(), 1);
    }
    QCOMPARE(statuses, (QSet<QString>{u"pending_review"_s, u"awaiting_draft"_s}));
    QCOMPARE(ids(u"drafts_reviewed"_s).size(), 2);
    QCOMPARE(ids(u"drafts_agent"_s, u"awaiting_draft"_s).size(), 2);
    QCOMPARE(ids(u"drafts_agent"_s, u"pending_review"_s).size(), 0);
    const Run text = run({u"drafts"_s, u"list"_s, u"--campaign"_s, u"drafts_reviewed"_s});
    COMPARE_EXIT(text, 0);
    QCOMPARE(text.stdOut().count(u"drafts_reviewed#1"_s), 2);
    QVERIFY(text.stdOut().contains(u"Hello Ada at Analytical Engines."_s)
            == false); // body not listed
}

void TestCliDrafts::listRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown status") << QStringList{u"list"_s, u"--status"_s, u"pending"_s} << 1
                                    << u"--status pending: expected one of open, "_s;
    QTest::addRow("unknown verb") << QStringList{u"approvee"_s} << 2 << u"usage"_s;
    QTest::addRow("no verb") << QStringList{} << 2 << u"usage"_s;
}

void TestCliDrafts::listRejects()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.prepend(u"drafts"_s);
    const Run r = run(args);
    COMPARE_EXIT(r, code);
    QVERIFY2(r.stdErr().contains(message), qPrintable(r.dump()));
}

void TestCliDrafts::approveIds()
{
    const QStringList reviewed = ids(u"drafts_reviewed"_s);
    const Run r = run(QStringList{u"drafts"_s, u"approve"_s} + reviewed);
    COMPARE_EXIT(r, 0);
    for (const QString &id : reviewed) {
        QVERIFY(r.stdOut().contains(u"approved "_s + id));
        QCOMPARE(scalar(u"select d.status || '|' || d.reviewer || '|' || o.status || '|' || "
                        "(o.scheduled_at >= now() - interval '1 minute')::text "
                        "from staged_drafts d join outbound_queue o on o.staged_draft_id = d.id "
                        "where d.id = cast(? as uuid)"_s,
                        {id})
                     .toString(),
                 u"approved|touchline|approved|true"_s);
    }
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'draft_approved' "
                    "and actor = 'touchline'"_s)
                 .toInt(),
             2);
}

void TestCliDrafts::approveAlreadyDecidedNamesWhoAndWhen()
{
    const QStringList reviewed = ids(u"drafts_reviewed"_s);
    COMPARE_EXIT(run({u"drafts"_s, u"approve"_s, reviewed.at(0)}), 0);
    const QString when = scalar(u"select to_char(reviewed_at at time zone 'UTC', "
                                "'YYYY-MM-DD HH24:MI:SS') from staged_drafts "
                                "where id = cast(? as uuid)"_s,
                                {reviewed.at(0)})
                             .toString();
    // Again, together with one still pending and one that does not exist: the pending one is
    // approved, the others are refused by name, and the exit code says so.
    const Run r = run({u"drafts"_s,
                       u"approve"_s,
                       reviewed.at(0),
                       reviewed.at(1),
                       u"00000000-0000-0000-0000-000000000000"_s,
                       u"--json"_s});
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.stdErr().contains(u"draft %1 was already approved by touchline at %2 UTC"_s.arg(
                 reviewed.at(0), when)),
             qPrintable(r.dump()));
    QVERIFY(r.stdErr().contains(u"no draft 00000000-0000-0000-0000-000000000000"_s));
    const QJsonObject o = r.json();
    QCOMPARE(Test::stringsOf(o.value(u"done"_s)), QStringList{reviewed.at(1)});
    const QJsonObject refused = o.value(u"refused"_s).toArray().at(0).toObject();
    QCOMPARE(refused.value(u"reviewer"_s).toString(), u"touchline"_s);
    QCOMPARE(refused.value(u"status"_s).toString(), u"approved"_s);
    QVERIFY(!refused.value(u"reviewed_at"_s).toString().isEmpty());
    // Awaiting a draft: nothing to approve yet.
    const Run waiting = run({u"drafts"_s, u"approve"_s, ids(u"drafts_agent"_s).at(0)});
    COMPARE_EXIT(waiting, 1);
    QVERIFY(waiting.stdErr().contains(u"awaits the external drafter"_s));
}

void TestCliDrafts::approveAllOfOneCampaign()
{
    const Run r = run({u"drafts"_s,
                       u"approve"_s,
                       u"--all"_s,
                       u"--campaign"_s,
                       u"drafts_reviewed"_s,
                       u"--json"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.json().value(u"done"_s).toArray().size(), 2);
    QCOMPARE(scalar(u"select count(*) from staged_drafts where status = 'approved'"_s).toInt(), 2);
    QCOMPARE(
        scalar(u"select count(*) from staged_drafts where status = 'awaiting_draft'"_s).toInt(), 4);
    const Run unknown = run({u"drafts"_s, u"approve"_s, u"--all"_s, u"--campaign"_s, u"nowhere"_s});
    COMPARE_EXIT(unknown, 1);
    QVERIFY(unknown.stdErr().contains(u"--campaign nowhere: no such campaign"_s));
}

void TestCliDrafts::approveUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("nothing") << QStringList{u"approve"_s} << u"needs draft ids or --all"_s;
    QTest::addRow("both") << QStringList{u"approve"_s, u"x"_s, u"--all"_s}
                          << u"needs draft ids or --all"_s;
    QTest::addRow("reject without reason")
        << QStringList{u"reject"_s, u"x"_s} << u"needs --reason"_s;
    QTest::addRow("reject without ids")
        << QStringList{u"reject"_s, u"--reason"_s, u"r"_s} << u"needs one or more draft ids"_s;
    QTest::addRow("fill without body") << QStringList{u"fill"_s, u"x"_s} << u"--body-file"_s;
    QTest::addRow("fill two") << QStringList{u"fill"_s, u"x"_s, u"y"_s, u"--body-file"_s, u"f"_s}
                              << u"one draft id"_s;
}

void TestCliDrafts::approveUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.prepend(u"drafts"_s);
    const Run r = run(args);
    COMPARE_EXIT(r, 2);
    QVERIFY2(r.stdErr().contains(message), qPrintable(r.dump()));
    QCOMPARE(scalar(u"select count(*) from staged_drafts where status not in "
                    "('pending_review', 'awaiting_draft')"_s)
                 .toInt(),
             0);
}

void TestCliDrafts::rejectAndUndo()
{
    const QStringList reviewed = ids(u"drafts_reviewed"_s);
    const Run r = run({u"drafts"_s, u"reject"_s, reviewed.at(0), u"--reason"_s, u"Wrong tone"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(scalar(u"select d.status || '|' || d.reject_reason || '|' || o.status || '|' || "
                    "o.error from staged_drafts d join outbound_queue o "
                    "on o.staged_draft_id = d.id where d.id = cast(? as uuid)"_s,
                    {reviewed.at(0)})
                 .toString(),
             u"rejected|Wrong tone|cancelled|rejected: Wrong tone"_s);
    const Run again = run({u"drafts"_s, u"reject"_s, reviewed.at(0), u"--reason"_s, u"x"_s});
    COMPARE_EXIT(again, 1);
    QVERIFY(again.stdErr().contains(u"already rejected by touchline at"_s));
    QCOMPARE(scalar(u"select reject_reason from staged_drafts where id = cast(? as uuid)"_s,
                    {reviewed.at(0)})
                 .toString(),
             u"Wrong tone"_s); // nothing overwritten

    COMPARE_EXIT(run({u"drafts"_s, u"undo"_s, reviewed.at(0)}), 0);
    QCOMPARE(scalar(u"select d.status || '|' || o.status from staged_drafts d join outbound_queue "
                    "o on o.staged_draft_id = d.id where d.id = cast(? as uuid)"_s,
                    {reviewed.at(0)})
                 .toString(),
             u"pending_review|drafted"_s);
    // An undo of something never decided is refused.
    const Run nothing = run({u"drafts"_s, u"undo"_s, reviewed.at(1)});
    COMPARE_EXIT(nothing, 1);
    QVERIFY(nothing.stdErr().contains(u"only your own approval or rejection"_s));
    // Once sent, an approval stays.
    COMPARE_EXIT(run({u"drafts"_s, u"approve"_s, reviewed.at(1)}), 0);
    QVERIFY(
        Test::exec(m_db,
                   u"update outbound_queue set status = 'sent' where staged_draft_id = '%1'"_s.arg(
                       reviewed.at(1))));
    const Run sent = run({u"drafts"_s, u"undo"_s, reviewed.at(1)});
    COMPARE_EXIT(sent, 1);
    QVERIFY2(sent.stdErr().contains(u"cannot be undone: its touch is sent"_s),
             qPrintable(sent.dump()));
}

void TestCliDrafts::fillAwaitingDraftForReview()
{
    const QString id = ids(u"drafts_agent"_s, u"awaiting_draft"_s).at(0);
    QVERIFY(writeFile(workFile(u"body.txt"_s), "Dear Ada,\n\nThanks for the meeting. {{tier}}\n"));
    const Run r = run({u"drafts"_s,
                       u"fill"_s,
                       id,
                       u"--subject"_s,
                       u"Our meeting"_s,
                       u"--body-file"_s,
                       workFile(u"body.txt"_s)});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.stdOut().trimmed(), u"pending_review "_s + id);
    QCOMPARE(scalar(u"select status || '|' || subject || '|' || array_to_string("
                    "unknown_placeholders, ',') from staged_drafts where id = cast(? as uuid)"_s,
                    {id})
                 .toString(),
             u"pending_review|Our meeting|tier"_s);
    QCOMPARE(
        scalar(u"select status from outbound_queue where staged_draft_id = cast(? as uuid)"_s, {id})
            .toString(),
        u"drafted"_s);
    QCOMPARE(scalar(u"select status from tasks where payload ->> 'staged_draft_id' = ?"_s, {id})
                 .toString(),
             u"done"_s);
    QCOMPARE(scalar(u"select actor || '|' || action from audit_log where subject = ?"_s, {id})
                 .toString(),
             u"touchline|draft_filled"_s);
    // Now it is in review like any other.
    COMPARE_EXIT(run({u"drafts"_s, u"approve"_s, id}), 0);
}

void TestCliDrafts::fillWithoutReviewApproves()
{
    const QString id = ids(u"drafts_agent_unreviewed"_s, u"awaiting_draft"_s).at(0);
    QVERIFY(writeFile(workFile(u"sms.txt"_s), "Your policy renews soon."));
    const Run r = run({u"drafts"_s, u"fill"_s, id, u"--body-file"_s, workFile(u"sms.txt"_s)});
    COMPARE_EXIT(r, 0);
    QCOMPARE(scalar(u"select d.status || '|' || o.status || '|' || "
                    "(o.scheduled_at >= now() - interval '1 minute')::text || '|' || d.body "
                    "from staged_drafts d join outbound_queue o on o.staged_draft_id = d.id "
                    "where d.id = cast(? as uuid)"_s,
                    {id})
                 .toString(),
             u"approved|approved|true|Your policy renews soon."_s);
}

void TestCliDrafts::fillRefusals()
{
    const QString pending = ids(u"drafts_reviewed"_s).at(0);
    const QString awaiting = ids(u"drafts_agent"_s, u"awaiting_draft"_s).at(0);
    QVERIFY(writeFile(workFile(u"b.txt"_s), "Text"));
    QVERIFY(writeFile(workFile(u"empty.txt"_s), "  \n"));
    const Run notAwaiting
        = run({u"drafts"_s, u"fill"_s, pending, u"--body-file"_s, workFile(u"b.txt"_s)});
    COMPARE_EXIT(notAwaiting, 1);
    QVERIFY(notAwaiting.stdErr().contains(u"is pending_review, not awaiting a draft"_s));
    const Run missing
        = run({u"drafts"_s, u"fill"_s, awaiting, u"--body-file"_s, workFile(u"nope.txt"_s)});
    COMPARE_EXIT(missing, 2);
    QVERIFY(missing.stdErr().contains(u"cannot read"_s));
    const Run empty
        = run({u"drafts"_s, u"fill"_s, awaiting, u"--body-file"_s, workFile(u"empty.txt"_s)});
    COMPARE_EXIT(empty, 1);
    QVERIFY(empty.stdErr().contains(u"a draft needs a body"_s));
    QCOMPARE(scalar(u"select status from staged_drafts where id = cast(? as uuid)"_s, {awaiting})
                 .toString(),
             u"awaiting_draft"_s);
    // Filled twice (two agents): the second is told.
    COMPARE_EXIT(run({u"drafts"_s, u"fill"_s, awaiting, u"--body-file"_s, workFile(u"b.txt"_s)}),
                 0);
    const Run twice
        = run({u"drafts"_s, u"fill"_s, awaiting, u"--body-file"_s, workFile(u"b.txt"_s)});
    COMPARE_EXIT(twice, 1);
    QVERIFY(twice.stdErr().contains(u"not awaiting a draft"_s));
}

// The external drafter's protocol: agents claim execute_sequence_step tasks with SKIP LOCKED,
// so two at once never get the same draft, then fill what they claimed.
void TestCliDrafts::twoAgentsClaimDisjointDrafts()
{
    const QStringList claim{u"drafts"_s, u"claim"_s, u"--limit"_s, u"3"_s, u"--json"_s};
    Run first, second;
    std::thread a([&] { first = run(claim); });
    std::thread b([&] { second = run(claim); });
    a.join();
    b.join();
    COMPARE_EXIT(first, 0);
    COMPARE_EXIT(second, 0);
    QStringList claimed;
    for (const Run *r : {&first, &second}) {
        for (const QJsonValue &v : r->json().value(u"claimed"_s).toArray()) {
            const QJsonObject job = v.toObject();
            claimed.append(job.value(u"id"_s).toString());
            QVERIFY(!job.value(u"template_instructions"_s).toString().isEmpty());
            QVERIFY(
                !job.value(u"contact"_s).toObject().value(u"first_name"_s).toString().isEmpty());
        }
    }
    claimed.sort();
    QCOMPARE(claimed.size(), 4); // every draft awaiting text, none twice
    QCOMPARE(claimed.removeDuplicates(), 0);
    QCOMPARE(scalar(u"select count(*) from tasks where type = 'execute_sequence_step' "
                    "and status = 'in_progress' and claimed_by is not null"_s)
                 .toInt(),
             4);
    // Nothing is left to claim; the claimed drafts are still awaiting their text.
    const Run none = run(claim);
    COMPARE_EXIT(none, 0);
    QCOMPARE(none.json().value(u"claimed"_s).toArray().size(), 0);
    // Filling completes the claimed task.
    QVERIFY(writeFile(workFile(u"body.txt"_s), "Hello."));
    COMPARE_EXIT(
        run({u"drafts"_s, u"fill"_s, claimed.first(), u"--body-file"_s, workFile(u"body.txt"_s)}),
        0);
    QCOMPARE(scalar(u"select status from tasks where payload ->> 'staged_draft_id' = ?"_s,
                    {claimed.first()})
                 .toString(),
             u"done"_s);
    // An agent that died: its claim is taken again once the lease has run out.
    QVERIFY(Test::exec(m_db,
                       u"update tasks set claimed_at = now() - interval '1 hour' "
                       "where type = 'execute_sequence_step' and status = 'in_progress'"_s));
    const Run again = run(claim);
    COMPARE_EXIT(again, 0);
    QCOMPARE(again.json().value(u"claimed"_s).toArray().size(), 3);
    COMPARE_EXIT(run({u"drafts"_s, u"claim"_s, u"extra-id"_s}), 2);
}

TOUCHLINE_TEST_MAIN(TestCliDrafts)

#include "tst_cli_drafts.moc"
