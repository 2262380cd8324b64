// Saving the designer with another author at work: Ctrl+S asks for a publish message, a save
// another author beat is detected, and the conflict dialog's buttons each do what they say;
// the revision history shows who published what and the changes between revisions.
#include "campaignoverview.h"
#include "connection.h"
#include "demoflows.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "mainwindow.h"
#include "publishdialog.h"
#include "revisionhistorydialog.h"
#include "saveconflictdialog.h"
#include "testcluster.h"
#include "windowjobs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// Runs `act` on the next modal dialog of type T once it is open (polling, as exec() blocks).
template<typename T>
void whenModal(std::function<void(T *)> act, int *handled)
{
    auto poll = std::make_shared<std::function<void(int)>>();
    *poll = [act, handled, poll](int tries) {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(dialog);
            ++*handled;
            return;
        }
        if (tries > 0)
            QTimer::singleShot(20, [poll, tries] { (*poll)(tries - 1); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(250); });
}

} // namespace

class TestDesignerSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onlyChangedCampaignsAreSavedAndOthersEditsSurvive();
    void reloadDiscardsMineAndLoadsTheirs();
    void overwriteSavesMine();
    void saveAsCopyKeepsTheirsAndSavesMineUnderANewSlug();
    void cancelKeepsTheEditsAndWritesNothing();
    void historyShowsRevisionsDiffsAndMovesContacts();
    void draftsAreStoredWithoutPublishingUntilPublished();
    void movesAreCountedApartAndAnExitChangeIsARevision();

private:
    // Edits b2bea_world in the window and, through a second connection, in the database.
    void editBothSides();
    // Presses Ctrl+S, types the publish message and presses `button` in the conflict dialog.
    void saveThroughTheUi(const QString &message, SaveConflictDialog::Choice button);
    QVariant scalar(const QString &sql) const;

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_other;
    int m_handled = 0;
    QStringList m_conflictRows;
};

void TestDesignerSave::init()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"designsave"_s, true, &error), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"designsave"_s);
    DbError dbError;
    QVERIFY2(m_connection->open(cluster.settings(u"designsave"_s), &dbError),
             qPrintable(dbError.message));
    QVERIFY(
        FlowStore(m_connection->database()).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    m_other = cluster.open(u"designsave"_s, u"other-author"_s, &error);
    QVERIFY2(m_other.isOpen(), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->waitUntilIdle());
    m_window->showDesigner();
    m_handled = 0;
    m_conflictRows.clear();
}

void TestDesignerSave::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other-author"_s);
}

QVariant TestDesignerSave::scalar(const QString &sql) const
{
    QSqlQuery q(m_other);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestDesignerSave::editBothSides()
{
    FlowDocument *doc = m_window->designer()->document();
    const FlowDocument::Id world = doc->idForSlug(u"b2bea_world"_s);
    Campaign mine = *doc->campaign(world);
    mine.steps[0].contentType = u"my_invite"_s;
    QVERIFY(doc->updateCampaign(world, mine, u"edit"_s));
    QVERIFY(m_window->isWindowModified());

    FlowStore theirStore(m_other);
    DbError error;
    auto theirs = theirStore.loadWithVersions({u"b2bea_world"_s}, &error);
    QVERIFY(theirs);
    theirs->flow.campaigns[0].steps[1].contentType = u"their_request"_s;
    const auto saved = theirStore.saveDesign(
        theirs->flow, theirs->versions, FlowStore::SaveMode::Normal, u"Theirs"_s, &error);
    QVERIFY(saved && saved->saved);
}

void TestDesignerSave::saveThroughTheUi(const QString &message, SaveConflictDialog::Choice button)
{
    whenModal<PublishDialog>(
        [message, button, this](PublishDialog *d) {
            QTest::keyClicks(d->messageField(), message);
            whenModal<SaveConflictDialog>(
                [button, this](SaveConflictDialog *c) {
                    // Checked after exec() returns: a failed check here would leave it open.
                    for (int i = 0; i < c->conflictList()->topLevelItemCount(); ++i) {
                        const QTreeWidgetItem *item = c->conflictList()->topLevelItem(i);
                        m_conflictRows.append(item->text(0) + u'|' + item->text(1) + u'|'
                                              + (item->text(2).isEmpty() ? u"-"_s : u"when"_s));
                    }
                    QTest::mouseClick(c->button(button), Qt::LeftButton);
                },
                &m_handled);
            QTest::mouseClick(d->publishButton(), Qt::LeftButton);
        },
        &m_handled);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_handled, 2);
    QVERIFY(m_window->waitUntilIdle()); // what the conflict's answer does goes to the database
    QCOMPARE(
        m_conflictRows,
        QStringList{u"b2bea_world|%1|when"_s.arg(scalar(u"select current_user"_s).toString())});
}

void TestDesignerSave::onlyChangedCampaignsAreSavedAndOthersEditsSurvive()
{
    // Another author changes dreamborn; this window changes only b2bea_world: no conflict.
    FlowStore theirStore(m_other);
    DbError error;
    auto theirs = theirStore.loadWithVersions({u"dreamborn"_s}, &error);
    QVERIFY(theirs);
    theirs->flow.campaigns[0].name = u"Their Dreamborn"_s;
    QVERIFY(
        theirStore
            .saveDesign(theirs->flow, theirs->versions, FlowStore::SaveMode::Normal, u"T"_s, &error)
            ->saved);

    FlowDocument *doc = m_window->designer()->document();
    QVERIFY(doc->setExitRoute(
        doc->idForSlug(u"b2bea_world"_s), u"no_engagement"_s, u"b2bea_membership"_s));
    bool asked = false;
    m_window->setConflictResolver([&asked](const QVector<FlowStore::Conflict> &) {
        asked = true;
        return SaveConflictDialog::Choice::Cancel;
    });
    QVERIFY(Test::saveAndWait(m_window.get(), u"Route"_s));
    QVERIFY(!asked);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(scalar(u"select name from campaigns where slug = 'dreamborn'"_s).toString(),
             u"Their Dreamborn"_s);
    QCOMPARE(scalar(u"select on_exit ->> 'no_engagement' from campaigns "
                    "where slug = 'b2bea_world'"_s)
                 .toString(),
             u"b2bea_membership"_s);
    // The window now holds the saved version: a second edit saves without a conflict.
    QVERIFY(doc->setExitRoute(doc->idForSlug(u"b2bea_world"_s), u"no_engagement"_s, QString()));
    QVERIFY(Test::saveAndWait(m_window.get(), u"Unroute"_s));
    QVERIFY(!asked);
}

void TestDesignerSave::draftsAreStoredWithoutPublishingUntilPublished()
{
    const QString published = u"select concat_ws('|', name, version, current_revision) from "
                              "campaigns where slug = 'dreamborn'"_s;
    const QString before = scalar(published).toString();
    FlowDocument *doc = m_window->designer()->document();
    const FlowDocument::Id id = doc->idForSlug(u"dreamborn"_s);
    Campaign c = *doc->campaign(id);
    c.name = u"Dreamborn, reworked"_s;
    c.steps[0].templateInstructions = u"A new opening for {{first_name}}."_s;
    QVERIFY(doc->updateCampaign(id, c, u"rework"_s));
    QVERIFY(m_window->isWindowModified());

    // Ctrl+Shift+S: stored as a draft, nothing published.
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isBusy());
    QVERIFY(m_window->waitUntilIdle());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(scalar(published).toString(), before);
    QCOMPARE(scalar(u"select definition ->> 'name' from campaign_drafts where slug = 'dreamborn'"_s)
                 .toString(),
             u"Dreamborn, reworked"_s);
    QVERIFY(m_window->windowTitle().contains(u"1 unpublished draft"_s));

    // Another window on the database continues the draft; its overview shows what is published.
    MainWindow second(m_connection.get());
    QVERIFY(second.waitUntilIdle());
    const Campaign *shown = second.designer()->document()->campaign(
        second.designer()->document()->idForSlug(u"dreamborn"_s));
    QVERIFY(shown);
    QCOMPARE(shown->name, u"Dreamborn, reworked"_s);
    QCOMPARE(shown->steps.at(0).templateInstructions, u"A new opening for {{first_name}}."_s);
    QCOMPARE(second.designer()->draftSlugs(), QStringList{u"dreamborn"_s});
    QCOMPARE(second.overview()
                 ->flow()
                 .campaigns.at(second.overview()->flow().indexOf(u"dreamborn"_s))
                 .name,
             u"DreamBorn platform outreach"_s);

    // Publishing makes the revision and clears the draft.
    QVERIFY(Test::saveAndWait(&second, u"Publish the rework"_s));
    QCOMPARE(scalar(u"select name from campaigns where slug = 'dreamborn'"_s).toString(),
             u"Dreamborn, reworked"_s);
    QCOMPARE(scalar(u"select count(*) from campaign_drafts"_s).toInt(), 0);
    QCOMPARE(scalar(u"select message from campaign_revisions r join campaigns c "
                    "on c.id = r.campaign_id where c.slug = 'dreamborn' "
                    "order by r.revision desc limit 1"_s)
                 .toString(),
             u"Publish the rework"_s);
    QVERIFY(second.designer()->draftSlugs().isEmpty());
}

void TestDesignerSave::reloadDiscardsMineAndLoadsTheirs()
{
    editBothSides();
    saveThroughTheUi(u"Mine"_s, SaveConflictDialog::Choice::Reload);
    FlowDocument *doc = m_window->designer()->document();
    QVERIFY(!m_window->isWindowModified());
    const Campaign *world = doc->campaign(doc->idForSlug(u"b2bea_world"_s));
    QCOMPARE(world->steps.at(0).contentType, u"event_invite"_s);
    QCOMPARE(world->steps.at(1).contentType, u"their_request"_s);
    QCOMPARE(scalar(u"select count(*) from campaign_revisions where message = 'Mine'"_s).toInt(),
             0);
    // Reloaded versions: the next save of this campaign goes through.
    Campaign again = *world;
    again.name = u"Renamed"_s;
    QVERIFY(doc->updateCampaign(doc->idForSlug(u"b2bea_world"_s), again, u"edit"_s));
    m_window->setConflictResolver(
        [](const QVector<FlowStore::Conflict> &) { return SaveConflictDialog::Choice::Cancel; });
    QVERIFY(Test::saveAndWait(m_window.get(), u"After reload"_s));
}

void TestDesignerSave::overwriteSavesMine()
{
    editBothSides();
    saveThroughTheUi(u"Mine wins"_s, SaveConflictDialog::Choice::Overwrite);
    QVERIFY(!m_window->isWindowModified());
    FlowStore store(m_other);
    DbError error;
    const auto flow = store.load({u"b2bea_world"_s}, &error);
    QVERIFY(flow);
    QCOMPARE(flow->campaigns.at(0).steps.at(0).contentType, u"my_invite"_s);
    QCOMPARE(flow->campaigns.at(0).steps.at(1).contentType, u"connection_request"_s);
    const auto revisions = store.revisions(u"b2bea_world"_s, &error);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).message, u"Mine wins"_s);
    QCOMPARE(revisions.at(0).author, scalar(u"select current_user"_s).toString());
    QCOMPARE(revisions.at(1).message, u"Theirs"_s);
}

void TestDesignerSave::saveAsCopyKeepsTheirsAndSavesMineUnderANewSlug()
{
    editBothSides();
    saveThroughTheUi(u"My copy"_s, SaveConflictDialog::Choice::SaveAsCopy);
    QVERIFY(!m_window->isWindowModified());
    FlowStore store(m_other);
    DbError error;
    const auto flow = store.load({u"b2bea_world"_s, u"b2bea_world_copy"_s}, &error);
    QVERIFY2(flow, qPrintable(error.message));
    QCOMPARE(flow->campaigns.at(0).steps.at(0).contentType, u"event_invite"_s);
    QCOMPARE(flow->campaigns.at(0).steps.at(1).contentType, u"their_request"_s);
    QCOMPARE(flow->campaigns.at(1).steps.at(0).contentType, u"my_invite"_s);
    QCOMPARE(flow->campaigns.at(1).steps.at(1).contentType, u"connection_request"_s);
    // The window shows both.
    FlowDocument *doc = m_window->designer()->document();
    QCOMPARE(doc->campaignCount(), 7);
    QVERIFY(doc->idForSlug(u"b2bea_world"_s));
    QVERIFY(doc->idForSlug(u"b2bea_world_copy"_s));
    QCOMPARE(store.revisions(u"b2bea_world_copy"_s, &error).at(0).message, u"My copy"_s);
}

void TestDesignerSave::cancelKeepsTheEditsAndWritesNothing()
{
    editBothSides();
    const QVariant before = scalar(u"select count(*) || ' ' || max(id) from audit_log"_s);
    saveThroughTheUi(u"Not now"_s, SaveConflictDialog::Choice::Cancel);
    QVERIFY(m_window->isWindowModified());
    FlowDocument *doc = m_window->designer()->document();
    QCOMPARE(doc->campaign(doc->idForSlug(u"b2bea_world"_s))->steps.at(0).contentType,
             u"my_invite"_s);
    QCOMPARE(scalar(u"select count(*) || ' ' || max(id) from audit_log"_s), before);
    // The edits are still one undo step away, as before the attempt.
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestDesignerSave::historyShowsRevisionsDiffsAndMovesContacts()
{
    FlowDocument *doc = m_window->designer()->document();
    const FlowDocument::Id id = doc->idForSlug(u"dreamborn"_s);
    Campaign edited = *doc->campaign(id);
    edited.steps[0].delayMinutes = 20;
    edited.steps.removeLast();
    QVERIFY(doc->updateCampaign(id, edited, u"edit"_s));
    QVERIFY(Test::saveAndWait(m_window.get(), u"Shorter dreamborn"_s));

    QSqlQuery q(m_other);
    QVERIFY(q.exec(u"insert into contacts (id, client_id) values ('x1', 'dreamborn'), "
                   "('x2', 'dreamborn')"_s));
    QVERIFY(q.exec(u"insert into campaign_contacts (contact_id, campaign_id, client_id, "
                   "revision, status, current_step, exited_at) select v.id, c.id, 'dreamborn', "
                   "1, v.status, 4, v.exited from campaigns c, (values ('x1', 'active', "
                   "null::timestamptz), ('x2', 'rejected', now())) as v(id, status, exited) "
                   "where c.slug = 'dreamborn'"_s));

    // Reached from the campaign's context: select it on the map and use the action.
    m_window->designer()->openCampaign(id);
    QAction *history = m_window->designer()->findChild<QAction *>(u"historyAction"_s);
    QVERIFY(history);
    QVERIFY(m_window->designer()->sequenceView()->actions().contains(history));
    int handled = 0;
    whenModal<RevisionHistoryDialog>(
        [](RevisionHistoryDialog *d) {
            // Every query runs on the window's worker: the dialog fills in when it answers.
            QTRY_VERIFY(!d->isBusy());
            QTreeWidget *list = d->revisionList();
            QCOMPARE(list->topLevelItemCount(), 2);
            QCOMPARE(list->topLevelItem(0)->text(0), u"2 (current)"_s);
            QCOMPARE(list->topLevelItem(0)->text(4), u"Shorter dreamborn"_s);
            QCOMPARE(list->topLevelItem(1)->text(3), u"1"_s);
            // The current revision is selected: what it changed from revision 1.
            QCOMPARE(d->diffList()->count(), 2);
            QCOMPARE(d->diffList()->item(0)->text(), u"step 1 delay_minutes: 0 -> 20"_s);
            QVERIFY(d->diffList()->item(1)->text().startsWith(u"step 4 removed: "_s));
            QVERIFY(!d->migrateButton()->isEnabled());
            // Both selected: revision 1's contacts can move to 2.
            d->selectRevisions({1, 2});
            QTRY_VERIFY(!d->isBusy());
            QCOMPARE(d->diffList()->count(), 2);
            QVERIFY(d->migrateButton()->isEnabled());
            QCOMPARE(d->proposedMigration(), std::make_pair(1, 2));
            QSignalSpy migrated(d, &RevisionHistoryDialog::enrollmentsMigrated);
            d->migrate(1, 2);
            QTRY_COMPARE(migrated.count(), 1);
            QCOMPARE(migrated.first().at(3).toInt(), 1);
            QTRY_VERIFY(!d->isBusy());
            QVERIFY(d->statusLabel()->text().startsWith(u"Moved 1 contact"_s));
            QCOMPARE(d->revisionList()->topLevelItem(0)->text(3), u"1"_s);
            QCOMPARE(d->revisionList()->topLevelItem(1)->text(3), u"0"_s);
            d->reject();
        },
        &handled);
    history->trigger();
    QCOMPARE(handled, 1);
    QCOMPARE(scalar(u"select revision || ':' || current_step from campaign_contacts "
                    "where contact_id = 'x1'"_s)
                 .toString(),
             u"2:4"_s);
    QCOMPARE(scalar(u"select revision from campaign_contacts where contact_id = 'x2'"_s).toInt(),
             1);
}

void TestDesignerSave::movesAreCountedApartAndAnExitChangeIsARevision()
{
    // Two edits (an on_exit route, a step), then an auto-layout that moves the cards.
    FlowDesigner *designer = m_window->designer();
    FlowDocument *doc = designer->document();
    QVERIFY(doc->setExitRoute(
        doc->idForSlug(u"b2bea_world"_s), u"no_engagement"_s, u"b2bea_membership"_s));
    const FlowDocument::Id dreamborn = doc->idForSlug(u"dreamborn"_s);
    Campaign d = *doc->campaign(dreamborn);
    d.steps[0].delayMinutes += 30;
    QVERIFY(doc->updateCampaign(dreamborn, d, u"later"_s));
    QVERIFY(designer->autoLayoutAndWait());
    const FlowDesigner::ChangeSummary summary = designer->changeSummary();
    QCOMPARE(summary.changed, (QStringList{u"b2bea_world"_s, u"dreamborn"_s}));
    QVERIFY(!summary.moved.isEmpty());
    QVERIFY(!summary.moved.contains(u"b2bea_world"_s));

    QString shown;
    whenModal<PublishDialog>(
        [&shown](PublishDialog *dialog) {
            shown = dialog->summaryLabel()->text();
            if (!qEnvironmentVariableIsEmpty("TOUCHLINE_SCREENSHOTS"))
                dialog->grab().save(qEnvironmentVariable("TOUCHLINE_SCREENSHOTS")
                                    + u"/publish-dialog.png"_s);
            QTest::keyClicks(dialog->messageField(), u"Route and timing"_s);
            QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        },
        &m_handled);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_handled, 1);
    QVERIFY2(shown.startsWith(u"Changed (2): b2bea_world, dreamborn."_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Only moved on the map (%1)"_s.arg(summary.moved.size())),
             qPrintable(shown));
    QTRY_VERIFY(!m_window->isWindowModified());

    // The on_exit change is a revision in b2bea_world's history; moved campaigns get none, but
    // their new positions are saved.
    const auto revisionCount = [this](const QString &slug) {
        return scalar(u"select count(*) from campaign_revisions r join campaigns c on "
                      "c.id = r.campaign_id where c.slug = '%1'"_s.arg(slug))
            .toInt();
    };
    QCOMPARE(revisionCount(u"b2bea_world"_s), 2);
    QCOMPARE(revisionCount(u"dreamborn"_s), 2);
    for (const QString &slug : summary.moved) {
        QCOMPARE(revisionCount(slug), 1);
        const Campaign *c = doc->campaign(doc->idForSlug(slug));
        QCOMPARE(
            scalar(u"select (layout ->> 'x')::float from campaigns where slug = '%1'"_s.arg(slug))
                .toDouble(),
            c->layout->x());
    }
    QCOMPARE(scalar(u"select r.message from campaign_revisions r join campaigns c on "
                    "c.id = r.campaign_id where c.slug = 'b2bea_world' and r.revision = 2"_s)
                 .toString(),
             u"Route and timing"_s);
}

TOUCHLINE_GUI_TEST_MAIN(TestDesignerSave)

#include "tst_designersave.moc"
