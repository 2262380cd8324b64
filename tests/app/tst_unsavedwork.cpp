// Work is never lost without a word: quitting, reloading and importing with unsaved edits ask
// first (save draft, publish, discard, cancel); the two exports say what they wrote; deletes
// that drop routes ask and name them; deleting a published campaign can archive it.
#include "campaignmapscene.h"
#include "connection.h"
#include "contactstore.h"
#include "demoflows.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "mainwindow.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "testcluster.h"
#include "windowjobs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Choice = MainWindow::UnsavedChoice;

class TestUnsavedWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quitWithUnsavedEditsAsks_data();
    void quitWithUnsavedEditsAsks();
    void closingTheWindowClicksTheRealBox();
    void quitWithoutEditsDoesNotAsk();
    void reloadWithUnsavedEditsAsks_data();
    void reloadWithUnsavedEditsAsks();
    void openingAFileOverUnsavedEditsAsks();
    void importIntoTheDatabaseOverUnsavedEditsAsks();
    void theTwoExportsSayWhatTheyWrote();
    void deletingACampaignWithIncomingRoutesNamesThem();
    void deletingAGotoTargetStepNamesTheGoto();
    void deletingAPublishedCampaignCanArchiveIt();
    void windowSizeIsRemembered();
    void helpListsTheKeyboardShortcuts();

private:
    void renameWorld(const QString &name);
    QVariant scalar(const QString &sql) const;
    FlowDocument *doc() const { return m_window->designer()->document(); }

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked; // what each question said
    QTemporaryDir m_settings;
};

void TestUnsavedWork::initTestCase()
{
    // The window remembers its size in the settings: a throwaway place, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"TouchlineTest"_s);
    QCoreApplication::setApplicationName(u"tst_unsavedwork"_s);
}

void TestUnsavedWork::init()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"unsaved"_s, true, &error), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"unsaved"_s);
    DbError dbError;
    QVERIFY2(m_connection->open(cluster.settings(u"unsaved"_s), &dbError),
             qPrintable(dbError.message));
    QVERIFY(
        FlowStore(m_connection->database()).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->waitUntilIdle());
    m_window->showDesigner();
    m_asked.clear();
}

void TestUnsavedWork::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

QVariant TestUnsavedWork::scalar(const QString &sql) const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestUnsavedWork::renameWorld(const QString &name)
{
    const FlowDocument::Id world = doc()->idForSlug(u"b2bea_world"_s);
    Campaign c = *doc()->campaign(world);
    c.name = name;
    QVERIFY(doc()->updateCampaign(world, c, u"rename"_s));
    QVERIFY(m_window->isWindowModified());
}

void TestUnsavedWork::quitWithUnsavedEditsAsks_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<int>("drafts");
    QTest::addRow("cancel keeps the window") << int(Choice::Cancel) << false << 0;
    QTest::addRow("save draft, then quit") << int(Choice::SaveDraft) << true << 1;
    QTest::addRow("discard, then quit") << int(Choice::Discard) << true << 0;
}

void TestUnsavedWork::quitWithUnsavedEditsAsks()
{
    QFETCH(int, choice);
    QFETCH(bool, closes);
    QFETCH(int, drafts);
    renameWorld(u"World, renamed"_s);
    m_window->setUnsavedResolver([this, choice](const QString &consequence) {
        m_asked.append(consequence);
        return Choice(choice);
    });
    QTest::keyClick(m_window->designer()->mapView(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().contains(u"Quitting"_s));
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(scalar(u"select count(*) from campaign_drafts"_s).toInt(), drafts);
    if (!closes) {
        QVERIFY(doc()->isDirty());
        QCOMPARE(doc()->undoStack()->count(), 1);
        QCOMPARE(doc()->campaign(doc()->idForSlug(u"b2bea_world"_s))->name, u"World, renamed"_s);
    }
    // Published nothing either way.
    QCOMPARE(
        scalar(u"select name from campaigns where slug = 'b2bea_world'"_s).toString(),
        DemoFlows::read().flow.campaigns.at(DemoFlows::read().flow.indexOf(u"b2bea_world"_s)).name);
}

void TestUnsavedWork::closingTheWindowClicksTheRealBox()
{
    renameWorld(u"World, renamed"_s);
    // The real box: Cancel first (the window stays), then Save draft (it closes).
    QStringList buttons;
    auto clickWhenOpen = [&buttons](const QString &button) {
        QTimer::singleShot(0, [&buttons, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                buttons.append(b->text());
            auto *target = box->findChild<QAbstractButton *>(button);
            QVERIFY(target);
            target->click();
        });
    };
    clickWhenOpen(u"cancelButton"_s);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(doc()->isDirty());
    QVERIFY(buttons.contains(u"Save draft"_s));
    QVERIFY(buttons.contains(u"Publish…"_s));
    QVERIFY(buttons.contains(u"Discard edits"_s));
    clickWhenOpen(u"saveDraftButton"_s);
    QVERIFY(m_window->close());
    QCOMPARE(scalar(u"select definition->>'name' from campaign_drafts where slug = 'b2bea_world'"_s)
                 .toString(),
             u"World, renamed"_s);
}

void TestUnsavedWork::quitWithoutEditsDoesNotAsk()
{
    m_window->setUnsavedResolver([this](const QString &consequence) {
        m_asked.append(consequence);
        return Choice::Cancel;
    });
    QVERIFY(m_window->close());
    QVERIFY(m_asked.isEmpty());
}

void TestUnsavedWork::reloadWithUnsavedEditsAsks_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("nameAfter");
    QTest::addColumn<bool>("dirtyAfter");
    QTest::addColumn<int>("undoAfter");
    const QString published
        = DemoFlows::read()
              .flow.campaigns.at(DemoFlows::read().flow.indexOf(u"b2bea_world"_s))
              .name;
    QTest::addRow("cancel") << int(Choice::Cancel) << u"World, renamed"_s << true << 1;
    QTest::addRow("discard") << int(Choice::Discard) << published << false << 0;
    // The draft is laid over the reloaded flow: the edit survives the reload.
    QTest::addRow("save draft") << int(Choice::SaveDraft) << u"World, renamed"_s << false << 0;
}

void TestUnsavedWork::reloadWithUnsavedEditsAsks()
{
    QFETCH(int, choice);
    QFETCH(QString, nameAfter);
    QFETCH(bool, dirtyAfter);
    QFETCH(int, undoAfter);
    renameWorld(u"World, renamed"_s);
    m_window->setUnsavedResolver([this, choice](const QString &consequence) {
        m_asked.append(consequence);
        return Choice(choice);
    });
    QTest::keyClick(m_window->designer()->mapView(), Qt::Key_F5);
    QVERIFY(m_window->waitUntilIdle());
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().contains(u"Reloading"_s));
    QCOMPARE(doc()->campaign(doc()->idForSlug(u"b2bea_world"_s))->name, nameAfter);
    QCOMPARE(doc()->isDirty(), dirtyAfter);
    QCOMPARE(doc()->undoStack()->count(), undoAfter);
    // The toolbar's Reload asks too.
    if (choice == int(Choice::Cancel)) {
        auto *reload = m_window->findChild<QAction *>(u"reloadAction"_s);
        QVERIFY(reload);
        reload->trigger();
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(doc()->isDirty());
    }
}

void TestUnsavedWork::openingAFileOverUnsavedEditsAsks()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"other.json"_s);
    Flow other;
    other.campaigns.append(DemoFlows::read().flow.campaigns.first());
    other.campaigns.first().onExit.clear();
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(FlowCodec::write(other));
    }
    renameWorld(u"World, renamed"_s);
    Choice answer = Choice::Cancel;
    m_window->setUnsavedResolver([this, &answer](const QString &consequence) {
        m_asked.append(consequence);
        return answer;
    });
    QString error;
    QVERIFY(!m_window->designer()->importFile(file, &error));
    QVERIFY(error.contains(u"edits are still here"_s));
    QCOMPARE(doc()->campaignCount(), 6);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QVERIFY(m_asked.last().contains(u"other.json"_s));
    answer = Choice::Discard;
    QVERIFY2(m_window->designer()->importFile(file, &error), qPrintable(error));
    QCOMPARE(doc()->campaignCount(), 1);
    QCOMPARE(m_asked.size(), 2);
}

void TestUnsavedWork::importIntoTheDatabaseOverUnsavedEditsAsks()
{
    renameWorld(u"World, renamed"_s);
    m_window->setUnsavedResolver([this](const QString &consequence) {
        m_asked.append(consequence);
        return Choice::Cancel;
    });
    const QString fixture = QStringLiteral(TOUCHLINE_FIXTURES) + u"/valid-minimal.json"_s;
    const int before = scalar(u"select count(*) from campaigns"_s).toInt();
    QVERIFY(!m_window->importFile(fixture));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(scalar(u"select count(*) from campaigns"_s).toInt(), before);
    QVERIFY(doc()->isDirty());
    QCOMPARE(doc()->campaign(doc()->idForSlug(u"b2bea_world"_s))->name, u"World, renamed"_s);
}

void TestUnsavedWork::theTwoExportsSayWhatTheyWrote()
{
    // An unsaved new campaign: the editor has 7, the database 6.
    doc()->addCampaign(FlowDocument::newCampaign(u"event"_s));
    QCOMPARE(doc()->campaignCount(), 7);
    QTemporaryDir dir;
    const QString editorFile = dir.filePath(u"editor.json"_s);
    const QString publishedFile = dir.filePath(u"published.json"_s);
    QString error;
    QVERIFY2(m_window->designer()->exportFile(editorFile, &error), qPrintable(error));
    QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"7 campaign"_s) && message.contains(u"unsaved edits included"_s)
                 && message.contains(editorFile),
             qPrintable(message));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportFile(publishedFile);
    QVERIFY(exported.wait());
    message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"6 published campaign"_s) && message.contains(u"database"_s)
                 && message.contains(publishedFile),
             qPrintable(message));
    QCOMPARE(FlowCodec::readFile(editorFile).flow.campaigns.size(), 7);
    // Publishing the new one: the status bar counts it at once, without a reload.
    QVERIFY(Test::saveAndWait(m_window.get(), u"new event"_s));
    const QList<QLabel *> count = m_window->statusBar()->findChildren<QLabel *>();
    bool counted = false;
    for (QLabel *l : count)
        counted = counted || l->text().startsWith(u"7 campaign"_s);
    QVERIFY(counted);
    QCOMPARE(FlowCodec::readFile(publishedFile).flow.campaigns.size(), 6);
    // One clear pair in the File menu, side by side.
    auto *editorAction = m_window->findChild<QAction *>(u"exportEditorAction"_s);
    auto *publishedAction = m_window->findChild<QAction *>(u"exportPublishedAction"_s);
    QVERIFY(editorAction && publishedAction);
    QCOMPARE(editorAction->text(), u"Export editor contents…"_s);
    QCOMPARE(publishedAction->text(), u"&Export published campaigns…"_s);
    QMenu *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu);
    const QList<QAction *> items = fileMenu->actions();
    QCOMPARE(items.indexOf(publishedAction), items.indexOf(editorAction) + 1);
}

void TestUnsavedWork::deletingACampaignWithIncomingRoutesNamesThem()
{
    FlowDesigner *designer = m_window->designer();
    // A campaign only in the editor (not published): routes into it are asked about.
    const FlowDocument::Id fresh = doc()->addCampaign(FlowDocument::newCampaign(u"event"_s));
    const QString freshSlug = doc()->campaign(fresh)->slug;
    QVERIFY(doc()->setExitRoute(doc()->idForSlug(u"dreamborn"_s), u"rejected"_s, freshSlug));
    doc()->undoStack()->clear();
    doc()->markClean();
    QVector<FlowDesigner::DeleteQuestion> asked;
    FlowDesigner::DeleteChoice answer = FlowDesigner::DeleteChoice::Cancel;
    designer->setDeleteConfirmer([&](const FlowDesigner::DeleteQuestion &q) {
        asked.append(q);
        return answer;
    });
    designer->showMap();
    designer->mapScene()->selectCampaigns({fresh});
    designer->mapView()->setFocus();
    QTest::keyClick(designer->mapView(), Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().routesLost, QStringList{u"dreamborn on rejected → %1"_s.arg(freshSlug)});
    QVERIFY(asked.first().published.isEmpty());
    QCOMPARE(doc()->campaignCount(), 7); // cancelled
    QCOMPARE(doc()->undoStack()->count(), 0);
    answer = FlowDesigner::DeleteChoice::Delete;
    QTest::keyClick(designer->mapView(), Qt::Key_Delete);
    QCOMPARE(doc()->campaignCount(), 6);
    QVERIFY(!doc()->campaign(doc()->idForSlug(u"dreamborn"_s))->onExit.contains(u"rejected"_s));
    QCOMPARE(doc()->undoStack()->count(), 1);
    // A campaign with no routes into it and not published goes without a question.
    const FlowDocument::Id lone = doc()->addCampaign(FlowDocument::newCampaign(u"event"_s));
    designer->mapScene()->selectCampaigns({lone});
    QTest::keyClick(designer->mapView(), Qt::Key_Delete);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(doc()->campaignCount(), 6);
}

void TestUnsavedWork::deletingAGotoTargetStepNamesTheGoto()
{
    FlowDesigner *designer = m_window->designer();
    const FlowDocument::Id world = doc()->idForSlug(u"b2bea_world"_s);
    QVERIFY(doc()->setOutcome(world, 0, u"replied"_s, OutcomeAction::makeGoto(3)));
    doc()->undoStack()->clear();
    QVector<FlowDesigner::DeleteQuestion> asked;
    designer->setDeleteConfirmer([&](const FlowDesigner::DeleteQuestion &q) {
        asked.append(q);
        return FlowDesigner::DeleteChoice::Cancel;
    });
    designer->openCampaign(world);
    designer->sequenceScene()->stepItem(2)->setSelected(true);
    designer->sequenceView()->setFocus();
    QTest::keyClick(designer->sequenceView(), Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().removed, QStringList{u"step 3"_s});
    QCOMPARE(asked.first().routesLost, QStringList{u"step 1 on replied → step 3"_s});
    QCOMPARE(doc()->campaign(world)->steps.size(), 5);
    QCOMPARE(doc()->undoStack()->count(), 0);
}

void TestUnsavedWork::deletingAPublishedCampaignCanArchiveIt()
{
    // Two running enrollments in b2bea_membership_close, one touch already queued.
    ContactStore contacts(m_connection->database());
    DbError error;
    QVERIFY(contacts.importCsv("id,client_id,first_name,email\n"
                               "c1,b2bea,Ada,ada@example.com\nc2,b2bea,Bo,bo@example.com\n",
                               &error));
    Engine engine(m_connection->database());
    // A Monday morning inside the campaign's send window.
    const QDateTime monday = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);
    const auto enrolled
        = engine.enroll({u"b2bea_membership_close"_s, {u"c1"_s, u"c2"_s}, {}, {}, monday}, &error);
    QVERIFY2(enrolled && enrolled->enrolled.size() == 2, qPrintable(error.message));
    QVERIFY(engine.tick(monday, 100, &error));
    QVERIFY(scalar(u"select count(*) from outbound_queue where status <> 'cancelled'"_s).toInt()
            > 0);
    m_window->reload();
    QVERIFY(m_window->waitUntilIdle());

    FlowDesigner *designer = m_window->designer();
    const FlowDocument::Id close = doc()->idForSlug(u"b2bea_membership_close"_s);
    QVector<FlowDesigner::DeleteQuestion> asked;
    designer->setDeleteConfirmer([&](const FlowDesigner::DeleteQuestion &q) {
        asked.append(q);
        return FlowDesigner::DeleteChoice::Archive;
    });
    designer->showMap();
    designer->mapScene()->selectCampaigns({close});
    designer->mapView()->setFocus();
    QTest::keyClick(designer->mapView(), Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().published, QStringList{u"b2bea_membership_close"_s});
    QVERIFY(asked.first().canArchive);
    QVERIFY(asked.first().routesLost.contains(
        u"b2bea_membership on converted → b2bea_membership_close"_s));
    // The database: archived, its enrollments ended, its unsent touches cancelled.
    QCOMPARE(
        scalar(u"select status from campaigns where slug = 'b2bea_membership_close'"_s).toString(),
        u"archived"_s);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts cc join campaigns c on c.id = "
                    "cc.campaign_id where c.slug = 'b2bea_membership_close' and cc.status = "
                    "'active'"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"select count(*) from campaign_contacts where exit_reason = "
                    "'campaign_archived'"_s)
                 .toInt(),
             2);
    QCOMPARE(scalar(u"select count(*) from outbound_queue where status in ('pending', 'drafted', "
                    "'approved')"_s)
                 .toInt(),
             0);
    // The editor shows what the database holds, with nothing left to publish.
    QCOMPARE(doc()->campaign(close)->status, u"archived"_s);
    QVERIFY(designer->changedCampaigns().campaigns.isEmpty());
    QVERIFY(!doc()->isDirty());
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"Archived in the database: b2bea_membership_close"_s)
                 && said.contains(u"2 running enrollment(s) ended"_s),
             qPrintable(said));
    // Publishing later does not bring it back or trip over the version archiving bumped.
    renameWorld(u"World, renamed"_s);
    QVERIFY(Test::saveAndWait(m_window.get(), u"after archive"_s));
    QCOMPARE(
        scalar(u"select status from campaigns where slug = 'b2bea_membership_close'"_s).toString(),
        u"archived"_s);
}

void TestUnsavedWork::windowSizeIsRemembered()
{
    m_window->resize(1111, 777);
    QTest::qWait(20);
    // The designer's main splitter moved: its first pane 80 pixels wider.
    auto *split = m_window->findChild<QSplitter *>(u"designerSplitter1"_s);
    QVERIFY(split && split->isVisible());
    QList<int> sizes = split->sizes();
    QVERIFY(sizes.size() >= 2 && sizes.at(1) > 200);
    sizes[0] += 80;
    sizes[1] -= 80;
    split->setSizes(sizes);
    QApplication::processEvents();
    const QList<int> moved = split->sizes();
    QVERIFY(m_window->close());
    // Every place's splitters are remembered.
    QSettings settings;
    settings.beginGroup(u"window/splitters"_s);
    const QStringList saved = settings.childKeys();
    for (const QString &name : {u"designerSplitter1"_s,
                                u"overviewSplitter1"_s,
                                u"inboxSplitter"_s,
                                u"contactsSplitter1"_s,
                                u"handoffsSplitter1"_s})
        QVERIFY2(saved.contains(name), qPrintable(saved.join(u", "_s)));
    MainWindow again(m_connection.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1111, 777));
    auto *restored = again.findChild<QSplitter *>(u"designerSplitter1"_s);
    QVERIFY(restored);
    QTRY_COMPARE(restored->sizes(), moved);
    QVERIFY(again.waitUntilIdle());
}

void TestUnsavedWork::helpListsTheKeyboardShortcuts()
{
    QTest::keyClick(m_window->designer()->mapView(), Qt::Key_F1);
    auto *list = m_window->findChild<QTreeWidget *>(u"shortcutList"_s);
    QVERIFY(list && list->isVisible());
    QHash<QString, QString> keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        keys.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QCOMPARE(keys.value(u"Quit"_s), u"Ctrl+Q"_s);
    QCOMPARE(keys.value(u"Reload"_s), u"F5"_s);
    QCOMPARE(keys.value(u"Find"_s), u"Ctrl+F"_s);
    QCOMPARE(keys.value(u"Minimap"_s), u"Ctrl+M"_s);
    QVERIFY(keys.value(u"Undo"_s).contains(u"Ctrl+Z"_s));
    QVERIFY(keys.contains(u"Open sequence"_s));
}

TOUCHLINE_GUI_TEST_MAIN(TestUnsavedWork)

#include "tst_unsavedwork.moc"
