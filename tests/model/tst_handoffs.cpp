// The two human gates on a real database with the demo flows: a BDR's booked meeting through the
// exec queue into the sales campaign and on by on_exit; agents racing for one live call.
#include "contactdirectory.h"
#include "demoflows.h"
#include "engine.h"
#include "flowstore.h"
#include "handoffstore.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {
// A Monday, 10:00 UTC: inside every demo send window.
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
const QString dbName = u"handoffs"_s;
} // namespace

class TestHandoffs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gateFromMeetingThroughQueueToOnExitRouting();
    void gateDeclineNeedsReasonAndIsAudited();
    void gateDecidedTwiceIsRefused();
    void twoAgentsRaceForOneLiveCall();
    void liveCallRejectedExitsTheFlow();
    void liveCallCallbackQueuesAgainAtTheTime();
    void suppressEndsTheClientsEnrollments();
    void gateApprovalIsAllOrNothing();
    void exitClosesTheWaitingCall();
    void agentResultIsRecordedOnceAgainstTheCall();

private:
    QVariant scalar(const QString &sql);
    void addContact(const QString &id, const QString &client, const QString &phone = {});
    QString liveHandoff(const QString &contact);

    QSqlDatabase m_db;
    std::unique_ptr<Engine> m_engine;
};

void TestHandoffs::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(dbName, true, &error), qPrintable(error));
    m_db = cluster.open(dbName, dbName, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    FlowStore store(m_db);
    DbError dbError;
    FlowReadResult demo = DemoFlows::read();
    QVERIFY(demo.ok());
    QVERIFY2(store.importFlow(demo.flow, u"test"_s, &dbError), qPrintable(dbError.message));
    m_engine = std::make_unique<Engine>(m_db);
}

void TestHandoffs::cleanup()
{
    m_engine.reset();
    m_db = QSqlDatabase();
    Database::close(dbName);
}

QVariant TestHandoffs::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestHandoffs::addContact(const QString &id, const QString &client, const QString &phone)
{
    QSqlQuery q(m_db);
    q.prepare(u"insert into contacts (id, client_id, first_name, last_name, company, phone) "
              "values (:id, :client, 'Ada', 'Lovelace', 'Analytical', nullif(:phone, ''))"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":phone"_s, phone);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// Enrolls the contact in the insurance renewal, fires the IVR call, answers it live.
QString TestHandoffs::liveHandoff(const QString &contact)
{
    addContact(contact, u"northwind_insurance"_s, u"+4930123456"_s);
    DbError error;
    const auto e = m_engine->enroll({u"insurance_renewal"_s, {contact}, {}, {}, monday}, &error);
    if (!e || e->enrolled.size() != 1)
        qWarning("enroll: %s", qPrintable(error.message));
    m_engine->tick(monday, 100, &error);
    const auto o = m_engine->recordOutcome(
        {contact, u"insurance_renewal"_s, 1, u"live_answer"_s, {}, monday.addSecs(60), {}, {}},
        &error);
    if (!o)
        qWarning("outcome: %s", qPrintable(error.message));
    return scalar(u"select id from tasks where type = 'handoff' and status = 'pending' "
                  "and payload ->> 'contact_id' = '%1'"_s.arg(contact))
        .toString();
}

void TestHandoffs::gateFromMeetingThroughQueueToOnExitRouting()
{
    addContact(u"bdr1"_s, u"b2bea"_s);
    DbError error;
    QVERIFY(m_engine->enroll({u"b2bea_membership"_s, {u"bdr1"_s}, {}, u"met at the fair"_s, monday},
                             &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    const auto booked = m_engine->recordOutcome({u"bdr1"_s,
                                                 u"b2bea_membership"_s,
                                                 1,
                                                 u"replied"_s,
                                                 u"meeting_booked"_s,
                                                 monday.addSecs(3600),
                                                 {},
                                                 {}},
                                                &error);
    QVERIFY2(booked && booked->gated, qPrintable(error.message));
    // The gate: nothing routed by itself.
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'bdr1' "
                    "and status = 'active'"_s)
                 .toInt(),
             0);

    HandoffStore store(m_db);
    const auto queue = store.gateQueue(&error);
    QVERIFY2(queue, qPrintable(error.message));
    QCOMPARE(queue->size(), 1);
    const HandoffStore::GateItem item = queue->constFirst();
    QCOMPARE(item.contactId, u"bdr1"_s);
    QCOMPARE(item.campaign, u"b2bea_membership"_s);
    QCOMPARE(item.suggested, u"b2bea_membership_close"_s);
    QCOMPARE(item.bdrNotes, u"met at the fair"_s);
    QVERIFY2(item.booking.contains(u"meeting_booked"_s), qPrintable(item.booking));

    const auto enrolled = store.approveGate(
        item.taskId,
        {{u"b2bea_membership_close"_s}, u"pipeline"_s, u"wants gold tier"_s, monday.addDays(1)},
        &error);
    QVERIFY2(enrolled, qPrintable(error.message));
    QCOMPARE(*enrolled, QStringList{u"b2bea_membership_close"_s});
    QCOMPARE(store.gateQueue(&error)->size(), 0);
    QCOMPARE(scalar(u"select goal || '|' || notes from campaign_contacts cc join campaigns c "
                    "on c.id = cc.campaign_id where c.slug = 'b2bea_membership_close' "
                    "and cc.status = 'active'"_s)
                 .toString(),
             u"pipeline|wants gold tier"_s);
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'handoff_approved' "
                    "and subject = 'bdr1'"_s)
                 .toInt(),
             1);

    // From here on_exit routes by itself: converted in close goes on to cs, no gate.
    QVERIFY(m_engine->tick(monday.addDays(1), 100, &error));
    const auto closed = m_engine->recordOutcome({u"bdr1"_s,
                                                 u"b2bea_membership_close"_s,
                                                 1,
                                                 u"replied"_s,
                                                 u"interested"_s,
                                                 monday.addDays(1).addSecs(3600),
                                                 {},
                                                 {}},
                                                &error);
    QVERIFY2(closed, qPrintable(error.message));
    QVERIFY(!closed->gated);
    QCOMPARE(closed->exitReason, u"converted"_s);
    QCOMPARE(scalar(u"select c.slug from campaign_contacts cc join campaigns c on "
                    "c.id = cc.campaign_id where cc.contact_id = 'bdr1' and cc.status = 'active'"_s)
                 .toString(),
             u"b2bea_membership_cs"_s);
    QCOMPARE(scalar(u"select count(*) from tasks where type = 'meeting_booked'"_s).toInt(), 1);
}

void TestHandoffs::gateDeclineNeedsReasonAndIsAudited()
{
    addContact(u"bdr2"_s, u"dreamborn"_s);
    DbError error;
    QVERIFY(m_engine->enroll({u"dreamborn"_s, {u"bdr2"_s}, {}, {}, monday}, &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    QVERIFY(m_engine->recordOutcome({u"bdr2"_s,
                                     u"dreamborn"_s,
                                     1,
                                     u"replied"_s,
                                     u"meeting_booked"_s,
                                     monday.addSecs(60),
                                     {},
                                     {}},
                                    &error));
    HandoffStore store(m_db);
    const auto queue = store.gateQueue(&error);
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->constFirst().suggested, QString()); // dreamborn suggests nothing
    QVERIFY(!store.declineGate(queue->constFirst().taskId, u"  "_s, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY2(store.declineGate(queue->constFirst().taskId, u"not a fit"_s, &error),
             qPrintable(error.message));
    QCOMPARE(store.gateQueue(&error)->size(), 0);
    QCOMPARE(scalar(u"select detail ->> 'reason' from audit_log where action = "
                    "'handoff_declined'"_s)
                 .toString(),
             u"not a fit"_s);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'bdr2' "
                    "and status = 'active'"_s)
                 .toInt(),
             0);
}

void TestHandoffs::gateDecidedTwiceIsRefused()
{
    addContact(u"bdr3"_s, u"b2bea"_s);
    DbError error;
    QVERIFY(m_engine->enroll({u"b2bea_membership"_s, {u"bdr3"_s}, {}, {}, monday}, &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    QVERIFY(m_engine->recordOutcome(
        {u"bdr3"_s, u"b2bea_membership"_s, 1, u"replied"_s, u"meeting_booked"_s, monday, {}, {}},
        &error));
    HandoffStore store(m_db);
    const QString task = store.gateQueue(&error)->constFirst().taskId;
    QVERIFY(store.approveGate(task, {{u"b2bea_membership_close"_s}, {}, {}, {}}, &error));
    QVERIFY(!store.approveGate(task, {{u"b2bea_membership_close"_s}, {}, {}, {}}, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY(!store.declineGate(task, u"late"_s, &error));
    // An unknown campaign puts the handoff back in the queue, nothing half-done.
    addContact(u"bdr4"_s, u"b2bea"_s);
    QVERIFY(m_engine->enroll({u"b2bea_membership"_s, {u"bdr4"_s}, {}, {}, monday}, &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    QVERIFY(m_engine->recordOutcome(
        {u"bdr4"_s, u"b2bea_membership"_s, 1, u"replied"_s, u"meeting_booked"_s, monday, {}, {}},
        &error));
    const QString task4 = store.gateQueue(&error)->constFirst().taskId;
    QVERIFY(!store.approveGate(task4, {{u"no_such_campaign"_s}, {}, {}, {}}, &error));
    QCOMPARE(store.gateQueue(&error)->size(), 1);
}

void TestHandoffs::twoAgentsRaceForOneLiveCall()
{
    const QString task = liveHandoff(u"pol1"_s);
    QVERIFY(!task.isEmpty());
    HandoffStore store(m_db);
    DbError error;
    const auto queue = store.liveQueue(monday.addSecs(120), &error);
    QVERIFY2(queue, qPrintable(error.message));
    QCOMPARE(queue->size(), 1);
    QVERIFY2(queue->constFirst().script.contains(u"renewal"_s, Qt::CaseInsensitive),
             qPrintable(queue->constFirst().script));
    QVERIFY(!queue->constFirst().conversation.isEmpty());

    // Rounds of two agents on two connections released at once: exactly one wins each time.
    for (int round = 0; round < 20; ++round) {
        if (round > 0)
            QVERIFY(QSqlQuery(m_db).exec(u"update tasks set status = 'pending', claimed_by = null "
                                         "where id = '%1'"_s.arg(task)));
        std::atomic<int> ready{0};
        std::atomic<int> wins{0};
        QStringList winners(2);
        QVector<QThread *> threads;
        for (int a = 0; a < 2; ++a) {
            threads.append(QThread::create([&, a] {
                const QString name = u"agent%1_%2"_s.arg(a).arg(round);
                QString err;
                {
                    QSqlDatabase db = Test::TestCluster::instance().open(dbName, name, &err);
                    HandoffStore agentStore(db);
                    ++ready;
                    while (ready.load() < 2) {
                        QThread::yieldCurrentThread();
                    }
                    DbError e;
                    const auto got = agentStore.claim(task, u"agent%1"_s.arg(a), &e);
                    if (got && *got) {
                        ++wins;
                        winners[a] = u"agent%1"_s.arg(a);
                    }
                }
                Database::close(name);
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(wins.load(), 1);
        QCOMPARE(scalar(u"select claimed_by from tasks where id = '%1'"_s.arg(task)).toString(),
                 winners.join(QString()));
    }
    const QString winner
        = scalar(u"select claimed_by from tasks where id = '%1'"_s.arg(task)).toString();
    const QString loser = winner == u"agent0" ? u"agent1"_s : u"agent0"_s;
    // Only the claiming agent records the result.
    QVERIFY(!store.recordResult(task, loser, HandoffStore::CallResult::Converted, {}, {}, &error));
    QCOMPARE(error.kind, DbError::Kind::Rejected);
    QVERIFY2(store.recordResult(
                 task, winner, HandoffStore::CallResult::Converted, {}, u"renewed"_s, &error),
             qPrintable(error.message));
    QCOMPARE(scalar(u"select status from campaign_contacts where contact_id = 'pol1'"_s).toString(),
             u"converted"_s);
    QCOMPARE(scalar(u"select status from tasks where id = '%1'"_s.arg(task)).toString(), u"done"_s);
    QCOMPARE(store.liveQueue(monday.addSecs(120), &error)->size(), 0);
}

void TestHandoffs::liveCallRejectedExitsTheFlow()
{
    const QString task = liveHandoff(u"pol2"_s);
    HandoffStore store(m_db);
    DbError error;
    QVERIFY(*store.claim(task, u"agent"_s, &error));
    QVERIFY2(store.recordResult(task,
                                u"agent"_s,
                                HandoffStore::CallResult::Rejected,
                                {},
                                u"moved to a competitor"_s,
                                &error),
             qPrintable(error.message));
    QCOMPARE(scalar(u"select status from campaign_contacts where contact_id = 'pol2'"_s).toString(),
             u"rejected"_s);
    QCOMPARE(scalar(u"select outcome || '/' || intent from step_outcomes o join campaign_contacts "
                    "cc on cc.id = o.enrollment_id where cc.contact_id = 'pol2' "
                    "order by o.id desc limit 1"_s)
                 .toString(),
             u"live_answer/not_interested"_s);
}

void TestHandoffs::liveCallCallbackQueuesAgainAtTheTime()
{
    const QString task = liveHandoff(u"pol3"_s);
    HandoffStore store(m_db);
    DbError error;
    QVERIFY(*store.claim(task, u"agent"_s, &error));
    const QDateTime later = monday.addDays(10);
    QVERIFY2(store.recordResult(task,
                                u"agent"_s,
                                HandoffStore::CallResult::Callback,
                                later,
                                u"call back after the holiday"_s,
                                &error),
             qPrintable(error.message));
    QCOMPARE(store.liveQueue(monday.addDays(1), &error)->size(), 0);
    const auto due = store.liveQueue(later.addSecs(1), &error);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->constFirst().status, u"pending"_s);
    QVERIFY(due->constFirst().conversation.join(u'\n').contains(u"callback"_s));
    // The enrollment does not time out before the callback.
    QVERIFY(
        scalar(u"select next_send_at > '%1' from campaign_contacts where contact_id = 'pol3'"_s.arg(
                   later.toString(Qt::ISODate)))
            .toBool());
    QVERIFY(!store.recordResult(
        due->constFirst().taskId, u"agent"_s, HandoffStore::CallResult::Callback, {}, {}, &error));
}

void TestHandoffs::suppressEndsTheClientsEnrollments()
{
    addContact(u"s1"_s, u"b2bea"_s);
    DbError error;
    QVERIFY(m_engine->enroll({u"b2bea_membership"_s, {u"s1"_s}, {}, {}, monday}, &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    ContactDirectory directory(m_db);
    const auto ended = directory.suppress(u"s1"_s, u"b2bea"_s, u"asked by phone"_s, &error);
    QVERIFY2(ended, qPrintable(error.message));
    QCOMPARE(*ended, 1);
    QCOMPARE(scalar(u"select status || '|' || exit_reason from campaign_contacts "
                    "where contact_id = 's1'"_s)
                 .toString(),
             u"rejected|suppressed"_s);
    QCOMPARE(scalar(u"select count(*) from outbound_queue where contact_id = 's1' "
                    "and status <> 'cancelled'"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from staged_drafts where contact_id = 's1' "
                    "and status <> 'cancelled'"_s)
                 .toInt(),
             0);
    // Re-enrolling is refused while suppressed; unsuppress lifts it; both audited.
    const auto again = m_engine->enroll({u"b2bea_membership"_s, {u"s1"_s}, {}, {}, monday}, &error);
    QVERIFY(again && again->enrolled.isEmpty());
    QVERIFY(directory.unsuppress(u"s1"_s, u"b2bea"_s, u"consent renewed"_s, &error));
    QVERIFY(!directory.unsuppress(u"s1"_s, u"b2bea"_s, u"twice"_s, &error));
    QCOMPARE(scalar(u"select string_agg(action, ',' order by id) from audit_log "
                    "where subject = 's1'"_s)
                 .toString(),
             u"contact_suppressed,contact_unsuppressed"_s);
    const auto history = directory.history(u"s1"_s, &error);
    QVERIFY2(history, qPrintable(error.message));
    QStringList kinds;
    for (const auto &h : *history)
        kinds.append(h.kind);
    QVERIFY2(kinds.contains(u"enrollment"_s) && kinds.contains(u"touch"_s)
                 && kinds.contains(u"exit"_s) && kinds.contains(u"audit"_s),
             qPrintable(kinds.join(u',')));
    for (int i = 1; i < history->size(); ++i)
        QVERIFY(history->at(i - 1).at <= history->at(i).at);
}

void TestHandoffs::gateApprovalIsAllOrNothing()
{
    // Two campaigns, the second unknown: neither enrollment is made, the handoff stays queued.
    addContact(u"bdr5"_s, u"b2bea"_s);
    DbError error;
    QVERIFY(m_engine->enroll({u"b2bea_membership"_s, {u"bdr5"_s}, {}, {}, monday}, &error));
    QVERIFY(m_engine->tick(monday, 100, &error));
    QVERIFY(m_engine->recordOutcome(
        {u"bdr5"_s, u"b2bea_membership"_s, 1, u"replied"_s, u"meeting_booked"_s, monday, {}, {}},
        &error));
    HandoffStore store(m_db);
    const QString task = store.gateQueue(&error)->constFirst().taskId;
    QVERIFY(!store.approveGate(
        task, {{u"b2bea_membership_close"_s, u"no_such_campaign"_s}, {}, {}, {}}, &error));
    QVERIFY2(error.message.contains(u"no_such_campaign"_s), qPrintable(error.message));
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'bdr5' "
                    "and status = 'active'"_s)
                 .toInt(),
             0);
    QCOMPARE(store.gateQueue(&error)->size(), 1);
    // Both then, at once; the enrollment remembers where the contact came from.
    const auto enrolled = store.approveGate(
        task, {{u"b2bea_membership_close"_s, u"b2bea_membership_cs"_s}, {}, {}, {}}, &error);
    QVERIFY2(enrolled, qPrintable(error.message));
    QCOMPARE(enrolled->size(), 2);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where contact_id = 'bdr5' "
                    "and status = 'active' and previous_enrollment_id is not null"_s)
                 .toInt(),
             2);
    // A second approver is told who decided, and when.
    QVERIFY(!store.approveGate(task, {{u"b2bea_membership_close"_s}, {}, {}, {}}, &error));
    QVERIFY2(error.message.contains(u"already decided (approved) by"_s), qPrintable(error.message));
}

void TestHandoffs::exitClosesTheWaitingCall()
{
    // A live answer waits for an agent. A suppression written elsewhere takes it out of the
    // agents' queue at once; an exit (here: nobody took it, the enrollment times out) closes its
    // task with the reason. Nobody phones a person who left.
    const QString task = liveHandoff(u"pol5"_s);
    QVERIFY(!task.isEmpty());
    HandoffStore store(m_db);
    DbError error;
    QCOMPARE(store.liveQueue(monday.addSecs(120), &error)->size(), 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"insert into suppressions (client_id, contact_id, reason) "
                   "values ('northwind_insurance', 'pol5', 'asked by phone')"_s));
    QCOMPARE(store.liveQueue(monday.addSecs(120), &error)->size(), 0);
    QVERIFY(q.exec(u"delete from suppressions where contact_id = 'pol5'"_s));
    QCOMPARE(store.liveQueue(monday.addSecs(120), &error)->size(), 1);

    QVERIFY2(m_engine->tick(monday.addDays(60), 100, &error), qPrintable(error.message));
    QCOMPARE(scalar(u"select status from campaign_contacts where contact_id = 'pol5'"_s).toString(),
             u"timed_out"_s);
    QCOMPARE(
        scalar(u"select status || ' ' || (payload ->> 'closed') from tasks where id = '%1'"_s.arg(
                   task))
            .toString(),
        u"failed exit: no_engagement"_s);
    QCOMPARE(store.liveQueue(monday.addDays(60), &error)->size(), 0);
    QVERIFY(!*store.claim(task, u"agent"_s, &error));
}

void TestHandoffs::agentResultIsRecordedOnceAgainstTheCall()
{
    const QString task = liveHandoff(u"pol6"_s);
    HandoffStore store(m_db);
    DbError error;
    QVERIFY(*store.claim(task, u"agent"_s, &error));
    QVERIFY2(store.recordResult(
                 task, u"agent"_s, HandoffStore::CallResult::Converted, {}, u"renewed"_s, &error),
             qPrintable(error.message));
    // The agent's outcome sits on the call the agent took, keyed by the handoff.
    QCOMPARE(scalar(u"select count(*) from step_outcomes o join tasks t "
                    "on o.outbound_id::text = t.payload ->> 'outbound_id' "
                    "where t.id = '%1' and o.event_id = 'handoff:%1' "
                    "and o.intent = 'meeting_booked'"_s.arg(task))
                 .toInt(),
             1);
}

TOUCHLINE_TEST_MAIN(TestHandoffs)
#include "tst_handoffs.moc"
