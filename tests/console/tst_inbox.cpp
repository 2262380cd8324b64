// The approval inbox on a real database: the model under QAbstractItemModelTester, decisions
// driven with keys and clicks on the real widgets, two approvers racing, live arrival while
// editing, and an exited enrollment's draft leaving the list.
#include "contactstore.h"
#include "database.h"
#include "draftstore.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "inboxmodel.h"
#include "inboxpreview.h"
#include "inboxservice.h"
#include "inboxwidget.h"
#include "session.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <thread>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"inbox"_s;
const QDateTime monday = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "inbox_a", "name": "Acme outreach", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "intro",
        "template_instructions": "Introduce {{company}} to {{first_name}}; mention {{tier}}.",
        "on_outcome": {"replied": {"exit": "converted"}}},
       {"step_number": 2, "delay_days": 1, "channel": "linkedin", "content_type": "connect",
        "template_instructions": "Connect with {{first_name}}."}]},
    {"slug": "inbox_b", "name": "Globex renewals", "client_id": "globex", "type": "renewal",
     "owner_role": "roles.cs",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "sms", "content_type": "reminder",
        "template_instructions": "Remind {{first_name}} of the renewal."}]}
  ]})";

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelUnderTester();
    void approveWithKeyboardMovesToNext();
    void rejectWithReasonDialog();
    void editAutosavesAndMarksEdited();
    void undoLastDecisionWhileNotSent();
    void bulkApproveSelection();
    void secondApproverIsToldWhoDecided();
    void twoApproversRaceOnTwoConnections();
    void liveArrivalKeepsEditSelectionAndScroll();
    void exitedEnrollmentLeavesWithReason();
    void filtersAndCounts();
    void awaitingDraftRowAndSkip();

private:
    // Enrolls `count` contacts (c0001…) of `client` into `campaign` and fires step 1.
    void seed(const QString &campaign, const QString &client, int count, int offset = 0);
    ConnectionSettings as(const QString &login) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    QString draftStatus(const QString &id)
    {
        return scalar(u"select status || '|' || coalesce(reviewer, '') from staged_drafts "
                      "where id = cast(? as uuid)"_s,
                      {id})
            .toString();
    }
    std::unique_ptr<InboxWidget> openInbox(const QString &login = u"alice"_s);

    QSqlDatabase m_db;
};

void TestInbox::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    QSqlDatabase db = cluster.open(databaseName, u"roles"_s, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    for (const QString &login : {u"alice"_s, u"bob"_s})
        QVERIFY(Test::exec(
            db,
            u"do $$ begin if not exists (select 1 from pg_roles where rolname = '%1') "
            "then create role %1 login in role touchline_approver; end if; end $$"_s.arg(login)));
    db = QSqlDatabase();
    Database::close(u"roles"_s);
    QVERIFY2(cluster.allowLogins({u"alice"_s, u"bob"_s}, &error), qPrintable(error));
}

void TestInbox::init()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"inspect"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY2(flow.ok(), "test flow invalid");
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
}

void TestInbox::cleanup()
{
    m_db = QSqlDatabase();
    Database::close(u"inspect"_s);
}

ConnectionSettings TestInbox::as(const QString &login) const
{
    ConnectionSettings s = Test::TestCluster::instance().settings(databaseName);
    s.user = login;
    return s;
}

QVariant TestInbox::scalar(const QString &sql, const QVariantList &values)
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

void TestInbox::seed(const QString &campaign, const QString &client, int count, int offset)
{
    QByteArray csv = "id,client_id,first_name,last_name,company,email\n";
    QStringList ids;
    for (int i = offset; i < offset + count; ++i) {
        const QString id = u"%1_%2"_s.arg(client).arg(i, 4, 10, QLatin1Char('0'));
        ids.append(id);
        csv += u"%1,%2,First%3,Last%3,Company %3,c%3@example.com\n"_s.arg(id, client)
                   .arg(i)
                   .toUtf8();
    }
    DbError error;
    const auto imported = ContactStore(m_db).importCsv(csv, &error);
    QVERIFY2(imported && imported->problems.isEmpty(), qPrintable(error.message));
    Engine engine(m_db);
    const auto enrolled
        = engine.enroll({campaign, ids, u"pipeline"_s, u"Met at the fair"_s, monday}, &error);
    QVERIFY2(enrolled && enrolled->refused.isEmpty(), qPrintable(error.message));
    const auto fired = engine.tick(monday, 1000, &error);
    QVERIFY2(fired, qPrintable(error.message));
}

std::unique_ptr<InboxWidget> TestInbox::openInbox(const QString &login)
{
    auto inbox = std::make_unique<InboxWidget>(as(login));
    inbox->resize(1280, 800);
    inbox->show();
    return inbox;
}

#define WAIT_LOADED(inbox, rows) QTRY_COMPARE_WITH_TIMEOUT((inbox)->model()->rowCount(), rows, 5000)

void TestInbox::modelUnderTester()
{
    seed(u"inbox_a"_s, u"acme"_s, 450);
    InboxService service(as(u"alice"_s));
    service.start();
    InboxModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    // A page at a time (the tester itself asks for more, as a view would).
    QTRY_VERIFY(model.rowCount() >= InboxModel::pageSize);
    QCOMPARE(model.rowCount() % InboxModel::pageSize, 0);
    QElapsedTimer waited;
    waited.start();
    while (model.rowCount() < 450 && waited.elapsed() < 10000) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTest::qWait(10);
    }
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.hasMore());
    // Oldest first, every id once.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.row(r)->id);
    QCOMPARE(ids.size(), 450);
    QCOMPARE(model.index(0, InboxModel::CampaignColumn).data().toString(), u"Acme outreach"_s);
    QCOMPARE(model.index(0, InboxModel::GoalColumn).data().toString(), u"pipeline"_s);
    QCOMPARE(model.index(0, InboxModel::NoteColumn).data().toString(), u"Met at the fair"_s);

    // Another console decides 10 and 30 more arrive: the refresh merges them in place.
    DraftStore other(m_db);
    DbError error;
    QStringList decided;
    for (int r = 100; r < 110; ++r)
        decided.append(model.row(r)->id);
    QVERIFY(other.approve(decided, &error));
    seed(u"inbox_b"_s, u"globex"_s, 30);
    const QPersistentModelIndex kept = model.index(200, 0);
    const QString keptId = model.row(200)->id;
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 470);
    QCOMPARE(model.row(kept.row())->id, keptId);
    for (const QString &id : decided)
        QCOMPARE(model.rowOf(id), -1);

    // Sorting and filtering happen in the database.
    // A sort starts over at the first page (the tester may ask for the next one at once).
    model.sort(InboxModel::ContactColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() >= InboxModel::pageSize);
    QTRY_VERIFY(!model.isLoading());
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data().toString() >= model.index(r, 0).data().toString());
    DraftStore::Filter sms;
    sms.channel = u"sms"_s;
    model.setFilter(sms);
    QTRY_COMPARE(model.rowCount(), 30);
    QCOMPARE(model.index(0, InboxModel::ChannelColumn).data().toString(), u"sms"_s);
}

void TestInbox::approveWithKeyboardMovesToNext()
{
    seed(u"inbox_a"_s, u"acme"_s, 5);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 5);
    QTRY_COMPARE(inbox->currentId(), inbox->model()->row(0)->id);
    const QString first = inbox->model()->row(0)->id;
    const QString second = inbox->model()->row(1)->id;
    inbox->table()->setFocus();
    QTest::keyClick(inbox->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(draftStatus(first), u"approved|alice"_s);
    QTRY_COMPARE(inbox->model()->rowCount(), 4);
    QCOMPARE(inbox->currentId(), second);
    QTRY_COMPARE(inbox->preview()->draftId(), second);
    // Approved long after its scheduled time: due at once, never in the past.
    QCOMPARE(scalar(u"select status || '|' || (scheduled_at >= now() - interval '1 minute')::text "
                    "from outbound_queue where staged_draft_id = cast(? as uuid)"_s,
                    {first})
                 .toString(),
             u"approved|true"_s);
    QCOMPARE(scalar(u"select actor || '|' || action from audit_log where subject = ?"_s, {first})
                 .toString(),
             u"alice|draft_approved"_s);
    // Down moves, and the approve shortcut works from the body editor too.
    QTest::keyClick(inbox->table(), Qt::Key_Down);
    const QString third = inbox->currentId();
    QCOMPARE(third, inbox->model()->row(1)->id);
    QTRY_COMPARE(inbox->preview()->draftId(), third);
    inbox->preview()->bodyEdit()->setFocus();
    QTest::keyClick(inbox->preview()->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(draftStatus(third), u"approved|alice"_s);
}

void TestInbox::rejectWithReasonDialog()
{
    seed(u"inbox_a"_s, u"acme"_s, 3);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 3);
    QTRY_VERIFY(!inbox->currentId().isEmpty());
    const QString id = inbox->currentId();
    QTest::keyClick(inbox->table(), Qt::Key_R, Qt::ControlModifier);
    QDialog *dialog = inbox->findChild<QDialog *>(u"rejectDialog"_s);
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    auto *reasons = dialog->findChild<QListWidget *>(u"rejectReasons"_s);
    QTest::mouseClick(reasons->viewport(),
                      Qt::LeftButton,
                      {},
                      reasons->visualItemRect(reasons->item(0)).center());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"rejectDetail"_s), u"too pushy"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(draftStatus(id), u"rejected|alice"_s);
    QCOMPARE(scalar(u"select reject_reason from staged_drafts where id = cast(? as uuid)"_s, {id})
                 .toString(),
             u"Wrong tone: too pushy"_s);
    QCOMPARE(scalar(u"select status || '|' || error from outbound_queue "
                    "where staged_draft_id = cast(? as uuid)"_s,
                    {id})
                 .toString(),
             u"cancelled|rejected: Wrong tone: too pushy"_s);
    QTRY_COMPARE(inbox->model()->rowCount(), 2);
}

void TestInbox::editAutosavesAndMarksEdited()
{
    seed(u"inbox_a"_s, u"acme"_s, 2);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 2);
    const QString id = inbox->model()->row(0)->id;
    QTRY_COMPARE(inbox->preview()->draftId(), id);
    QPlainTextEdit *body = inbox->preview()->bodyEdit();
    QTRY_VERIFY(!body->toPlainText().isEmpty());
    // {{tier}} is not a field of these contacts: it stays visible and is highlighted.
    QVERIFY(body->toPlainText().contains(u"{{tier}}"_s));
    QVERIFY(
        inbox->preview()->findChild<QLabel *>(u"previewUnknown"_s)->text().contains(u"{{tier}}"_s));
    QTest::mouseClick(body->viewport(), Qt::LeftButton);
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(body, u" See you in Leipzig."_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(u"select edited from staged_drafts where id = cast(? as uuid)"_s, {id}).toBool(),
        3000);
    QVERIFY(scalar(u"select body from staged_drafts where id = cast(? as uuid)"_s, {id})
                .toString()
                .endsWith(u" See you in Leipzig."_s));
    QTRY_COMPARE(inbox->preview()->statusText(), u"Saved · edited"_s);
    QVERIFY(scalar(u"select count(*) from audit_log where action = 'draft_edited' "
                   "and actor = 'alice' and subject = ?"_s,
                   {id})
                .toInt()
            >= 1);
    // The status column says so.
    QTRY_VERIFY(
        inbox->model()->index(0, InboxModel::StatusColumn).data().toString().contains(u"edited"_s));
}

void TestInbox::undoLastDecisionWhileNotSent()
{
    seed(u"inbox_a"_s, u"acme"_s, 3);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 3);
    QTRY_VERIFY(!inbox->currentId().isEmpty());
    const QString id = inbox->currentId();
    QTest::keyClick(inbox->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(draftStatus(id), u"approved|alice"_s);
    QTRY_VERIFY(inbox->findChild<QPushButton *>(u"undoButton"_s)->isEnabled());
    QTest::mouseClick(inbox->findChild<QPushButton *>(u"undoButton"_s), Qt::LeftButton);
    QTRY_COMPARE(draftStatus(id), u"pending_review|"_s);
    QCOMPARE(
        scalar(u"select status from outbound_queue where staged_draft_id = cast(? as uuid)"_s, {id})
            .toString(),
        u"drafted"_s);
    QTRY_COMPARE(inbox->model()->rowCount(), 3);
    QTRY_COMPARE(inbox->currentId(), id);

    // Approved again and sent before the undo: the undo is refused and says why.
    QTest::keyClick(inbox->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(draftStatus(id), u"approved|alice"_s);
    QVERIFY(Test::exec(m_db,
                       u"update outbound_queue set status = 'sent', sent_at = now() "
                       "where staged_draft_id = '%1'"_s.arg(id)));
    QTRY_VERIFY(inbox->findChild<QPushButton *>(u"undoButton"_s)->isEnabled());
    QTest::keyClick(inbox->table(), Qt::Key_U, Qt::ControlModifier);
    QTRY_VERIFY(inbox->bannerText().contains(u"cannot be undone"_s));
    QCOMPARE(draftStatus(id), u"approved|alice"_s);
}

void TestInbox::bulkApproveSelection()
{
    seed(u"inbox_a"_s, u"acme"_s, 8);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 8);
    QTableView *table = inbox->table();
    QTRY_VERIFY(!inbox->currentId().isEmpty());
    const auto rowCenter = [table](int r) {
        return table->visualRect(table->model()->index(r, 0)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCenter(1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCenter(4));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(6));
    const QStringList chosen = inbox->selectedIds();
    QCOMPARE(chosen.size(), 5);
    QCOMPARE(inbox->findChild<QPushButton *>(u"approveButton"_s)->text(), u"Approve 5"_s);
    QTest::mouseClick(inbox->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(scalar(u"select count(*) from staged_drafts where status = 'approved' "
                        "and reviewer = 'alice'"_s)
                     .toInt(),
                 5);
    for (const QString &id : chosen)
        QCOMPARE(draftStatus(id), u"approved|alice"_s);
    QTRY_COMPARE(inbox->model()->rowCount(), 3);
    // Bulk reject of what is left, with a free-text reason only.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(inbox->selectedIds().size(), 3);
    inbox->rejectWith(u"Campaign withdrawn"_s);
    QTRY_COMPARE(scalar(u"select count(*) from staged_drafts where status = 'rejected' "
                        "and reject_reason = 'Campaign withdrawn'"_s)
                     .toInt(),
                 3);
    QTRY_COMPARE(inbox->model()->rowCount(), 0);
    QTRY_VERIFY(inbox->findChild<QLabel *>(u"inboxEmpty"_s)->isVisible());
}

void TestInbox::secondApproverIsToldWhoDecided()
{
    seed(u"inbox_a"_s, u"acme"_s, 3);
    auto inbox = openInbox(u"alice"_s);
    WAIT_LOADED(inbox.get(), 3);
    QTRY_VERIFY(!inbox->currentId().isEmpty());
    const QString id = inbox->currentId();
    // Bob, on his own connection, rejects it first.
    {
        DbError dbError;
        QSqlDatabase bob = Database::open(as(u"bob"_s), u"bob"_s, &dbError);
        QVERIFY2(!dbError, qPrintable(dbError.message));
        QVERIFY(DraftStore(bob).reject({id}, u"Not now"_s, &dbError));
        bob = QSqlDatabase();
        Database::close(u"bob"_s);
    }
    inbox->table()->setFocus();
    QTest::keyClick(inbox->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(inbox->bannerText().contains(u"already rejected by bob"_s));
    QVERIFY2(inbox->bannerText().contains(u"nothing was changed"_s),
             qPrintable(inbox->bannerText()));
    QCOMPARE(draftStatus(id), u"rejected|bob"_s);
    QCOMPARE(scalar(u"select reject_reason from staged_drafts where id = cast(? as uuid)"_s, {id})
                 .toString(),
             u"Not now"_s);
}

void TestInbox::twoApproversRaceOnTwoConnections()
{
    seed(u"inbox_a"_s, u"acme"_s, 200);
    QStringList ids;
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"select id::text from staged_drafts order by created_at, id"_s));
    while (q.next())
        ids.append(q.value(0).toString());
    QCOMPARE(ids.size(), 200);
    QStringList reversed = ids;
    std::reverse(reversed.begin(), reversed.end());
    // Each approves one at a time, from opposite ends, on its own connection and thread.
    struct Tally
    {
        int done = 0;
        QStringList refusals;
        QString error;
    };
    const auto approver = [this](const QString &login, const QStringList &order, Tally *t) {
        DbError error;
        {
            QSqlDatabase db = Database::open(as(login), login, &error);
            if (error) {
                t->error = error.message;
                return;
            }
            DraftStore store(db);
            for (const QString &id : order) {
                const auto d = store.approve({id}, &error);
                if (!d) {
                    t->error = error.message;
                    break;
                }
                if (d->first().result == DraftStore::Decision::Result::Done)
                    ++t->done;
                else
                    t->refusals.append(d->first().message);
            }
        }
        Database::close(login);
    };
    Tally alice;
    Tally bob;
    std::thread a(approver, u"alice"_s, ids, &alice);
    std::thread b(approver, u"bob"_s, reversed, &bob);
    a.join();
    b.join();
    QVERIFY2(alice.error.isEmpty(), qPrintable(alice.error));
    QVERIFY2(bob.error.isEmpty(), qPrintable(bob.error));
    QCOMPARE(alice.done + bob.done, 200);
    QCOMPARE(alice.refusals.size() + bob.refusals.size(), 200);
    for (const QString &m : std::as_const(alice.refusals))
        QVERIFY2(m.contains(u"already approved by bob at"_s), qPrintable(m));
    for (const QString &m : std::as_const(bob.refusals))
        QVERIFY2(m.contains(u"already approved by alice at"_s), qPrintable(m));
    QCOMPARE(scalar(u"select count(*) from audit_log where action = 'draft_approved'"_s).toInt(),
             200);
    QCOMPARE(scalar(u"select count(*) from outbound_queue where status = 'approved'"_s).toInt(),
             200);
    QCOMPARE(scalar(u"select count(*) from staged_drafts where reviewer = 'alice'"_s).toInt(),
             alice.done);
}

void TestInbox::liveArrivalKeepsEditSelectionAndScroll()
{
    seed(u"inbox_a"_s, u"acme"_s, 60);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 60);
    QTableView *table = inbox->table();
    table->scrollTo(inbox->model()->index(30, 0), QAbstractItemView::PositionAtTop);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      {},
                      table->visualRect(inbox->model()->index(33, 0)).center());
    const QString id = inbox->currentId();
    QTRY_COMPARE(inbox->preview()->draftId(), id);
    QPlainTextEdit *body = inbox->preview()->bodyEdit();
    QTRY_VERIFY(!body->toPlainText().isEmpty());
    QTest::mouseClick(body->viewport(), Qt::LeftButton);
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(body, u" Typing"_s);
    const QString typed = body->toPlainText();

    // Another console fires 20 new drafts; they arrive within a second.
    QElapsedTimer clock;
    clock.start();
    seed(u"inbox_b"_s, u"globex"_s, 20);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 80, 1000);
    qInfo("new drafts shown %lld ms after commit", qint64(clock.elapsed()));
    QCOMPARE(inbox->currentId(), id);
    QCOMPARE(inbox->selectedIds(), QStringList{id});
    QVERIFY(body->toPlainText().startsWith(typed));
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    // …and the edit was still saved.
    QTRY_VERIFY(scalar(u"select body from staged_drafts where id = cast(? as uuid)"_s, {id})
                    .toString()
                    .endsWith(u" Typing"_s));
}

void TestInbox::exitedEnrollmentLeavesWithReason()
{
    seed(u"inbox_a"_s, u"acme"_s, 4);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 4);
    const QString id = inbox->model()->row(2)->id;
    const QString contact = inbox->model()->row(2)->contactId;
    DbError error;
    const auto outcome = Engine(m_db).recordOutcome(
        {contact, u"inbox_a"_s, 1, u"replied"_s, {}, monday.addSecs(3600)}, &error);
    QVERIFY2(outcome, qPrintable(error.message));
    QCOMPARE(outcome->exitReason, u"converted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 3, 2000);
    QCOMPARE(inbox->model()->rowOf(id), -1);
    // Approving it anyway (a script, another console) is refused with the reason.
    const auto refused = DraftStore(m_db).approve({id}, &error);
    QVERIFY(refused);
    QCOMPARE(refused->first().result, DraftStore::Decision::Result::Exited);
    QVERIFY2(refused->first().message.contains(u"left the campaign"_s),
             qPrintable(refused->first().message));
    // The cancelled filter shows it, and the preview says why.
    auto *status = inbox->findChild<QComboBox *>(u"inboxStatus"_s);
    status->setCurrentIndex(status->findData(u"cancelled"_s));
    Q_EMIT status->activated(status->currentIndex());
    QTRY_COMPARE(inbox->model()->rowCount(), 1);
    QTRY_COMPARE(inbox->preview()->draftId(), id);
    auto *decision = inbox->preview()->findChild<QLabel *>(u"previewDecision"_s);
    QTRY_VERIFY(decision->text().contains(u"left the campaign"_s));
    QCOMPARE(inbox->model()->row(0)->status, u"cancelled"_s);
}

void TestInbox::filtersAndCounts()
{
    seed(u"inbox_a"_s, u"acme"_s, 12);
    seed(u"inbox_b"_s, u"globex"_s, 5);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 17);
    auto *client = inbox->findChild<QComboBox *>(u"inboxClient"_s);
    QTRY_VERIFY(client->findText(u"globex (5)"_s) >= 0);
    QVERIFY(client->findText(u"acme (12)"_s) >= 0);
    auto *channel = inbox->findChild<QComboBox *>(u"inboxChannel"_s);
    QTRY_VERIFY(channel->findText(u"sms (5)"_s) >= 0);
    client->setCurrentIndex(client->findData(u"globex"_s));
    Q_EMIT client->activated(client->currentIndex());
    QTRY_COMPARE(inbox->model()->rowCount(), 5);
    // Facets: the channel counts follow the client filter.
    QTRY_VERIFY(channel->findText(u"email (0)"_s) >= 0 || channel->findText(u"email (12)"_s) < 0);
    QTest::keyClicks(inbox->findChild<QLineEdit *>(u"inboxSearch"_s), u"First2"_s);
    QTRY_COMPARE(inbox->model()->rowCount(), 1);
    QCOMPARE(inbox->model()->row(0)->contactName, u"First2 Last2"_s);
    QTRY_VERIFY(inbox->findChild<QLabel *>(u"inboxTitle"_s)->text().contains(u"to review"_s));
}

// A draft an external agent has not written yet shows as "Awaiting draft" and cannot be approved;
// Skip (Ctrl+Down) leaves a draft undecided and moves on.
void TestInbox::awaitingDraftRowAndSkip()
{
    seed(u"inbox_a"_s, u"acme"_s, 3);
    QVERIFY(
        Test::exec(m_db, u"update campaigns set drafter = 'external' where slug = 'inbox_b'"_s));
    seed(u"inbox_b"_s, u"globex"_s, 1);
    auto inbox = openInbox();
    WAIT_LOADED(inbox.get(), 4);
    int awaiting = -1;
    for (int r = 0; r < inbox->model()->rowCount(); ++r) {
        if (inbox->model()->row(r)->status == u"awaiting_draft")
            awaiting = r;
    }
    QVERIFY(awaiting >= 0);
    const QModelIndex status = inbox->model()->index(awaiting, InboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Awaiting draft"_s);
    QTableView *table = inbox->table();
    table->scrollTo(status);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(status).center());
    QTRY_COMPARE(inbox->currentId(), inbox->model()->row(awaiting)->id);
    auto *decision = inbox->preview()->findChild<QLabel *>(u"previewDecision"_s);
    QTRY_VERIFY2(decision->text().startsWith(u"Awaiting draft"_s), qPrintable(decision->text()));
    QVERIFY(!inbox->findChild<QAction *>(u"approveAction"_s)->isEnabled());

    // Skip from the first pending draft: the next is selected, nothing is decided.
    const QModelIndex first = inbox->model()->index(0, InboxModel::ContactColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const QString firstId = inbox->model()->row(0)->id;
    QTRY_COMPARE(inbox->currentId(), firstId);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(inbox->currentId(), inbox->model()->row(1)->id);
    QCOMPARE(inbox->model()->rowCount(), 4);
    QCOMPARE(draftStatus(firstId).section(u'|', 0, 0), inbox->model()->row(0)->status);
}

TOUCHLINE_GUI_TEST_MAIN(TestInbox)

#include "tst_inbox.moc"
