// The first window, driven as a user would: it lists the database's campaigns, shows the
// selected one's steps and routes, names its database, imports and exports.
#include "campaignmapscene.h"
#include "campaignoverview.h"
#include "connection.h"
#include "demoflows.h"
#include "dispatchservice.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "inboxwidget.h"
#include "mainwindow.h"
#include "schedulerservice.h"
#include "testcluster.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsCampaignsAndNamesTheDatabase();
    void clickingACampaignShowsItsStepsAndRoutes();
    void gateAndEndsHereAreSpelledOut();
    void invalidImportChangesNothingAndSaysWhy();
    void importAddsCampaignsAndExportWritesTheFlow();
    void theDesignerShowsTheDatabaseAndSavesToIt();
    void aSupervisorLoginMayNotPublish();
    void reloadWithTheServerStalledKeepsTheWindowResponsive();

private:
    QTreeWidgetItem *itemFor(const QString &slug) const;

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"window"_s, false, &error), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"window"_s);
    DbError dbError;
    QVERIFY2(m_connection->open(cluster.settings(u"window"_s), &dbError),
             qPrintable(dbError.message));
    FlowStore store(m_connection->database());
    QVERIFY(store.importFlow(DemoFlows::read().flow, u"test"_s, &dbError));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->waitUntilIdle()); // the campaigns load on the window's worker
    m_window->showOverview(); // the designer opens first; these tests look at the overview
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

QTreeWidgetItem *TestMainWindow::itemFor(const QString &slug) const
{
    QTreeWidget *list = m_window->overview()->campaignList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == slug)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestMainWindow::listsCampaignsAndNamesTheDatabase()
{
    QTreeWidget *list = m_window->overview()->campaignList();
    QCOMPARE(list->topLevelItemCount(), 6);
    QTreeWidgetItem *close = itemFor(u"b2bea_membership_close"_s);
    QVERIFY(close);
    QCOMPARE(close->text(0), u"B2BEA membership close"_s);
    QCOMPARE(close->text(2), u"roles.sales"_s);
    QCOMPARE(close->text(3), u"9"_s);
    auto *label = m_window->findChild<QLabel *>(u"databaseLabel"_s);
    QVERIFY(label);
    // Elided when the window is narrow; all of it in the tooltip.
    QVERIFY2(label->toolTip().contains(u"/window"_s), qPrintable(label->toolTip()));
    QVERIFY(label->toolTip().contains(Test::TestCluster::instance().cluster()->socketDir()));
}

void TestMainWindow::clickingACampaignShowsItsStepsAndRoutes()
{
    QTreeWidget *list = m_window->overview()->campaignList();
    QTreeWidgetItem *item = itemFor(u"b2bea_membership_close"_s);
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->overview()->currentSlug(), u"b2bea_membership_close"_s);
    QCOMPARE(m_window->overview()->titleLabel()->text(), u"B2BEA membership close"_s);

    QTableWidget *steps = m_window->overview()->stepTable();
    QCOMPARE(steps->rowCount(), 9);
    QCOMPARE(steps->item(0, 0)->text(), u"1"_s);
    QCOMPARE(steps->item(8, 3)->text(), u"exit"_s);
    QTableWidget *routes = m_window->overview()->routeTable();
    QCOMPARE(routes->rowCount(), 3);
    QCOMPARE(routes->item(0, 0)->text(), u"converted"_s);
    QVERIFY(routes->item(0, 1)->text().contains(u"b2bea_membership_cs"_s));
    QCOMPARE(routes->item(1, 1)->text(), u"ends here"_s);

    // Keyboard navigation moves the selection and the detail follows.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_window->overview()->currentSlug(), u"b2bea_membership_cs"_s);
    QCOMPARE(steps->rowCount(), 4);
}

void TestMainWindow::gateAndEndsHereAreSpelledOut()
{
    m_window->overview()->selectCampaign(u"dreamborn"_s);
    QTableWidget *routes = m_window->overview()->routeTable();
    QCOMPARE(routes->item(0, 1)->text(), u"exec approver decides (gate)"_s);

    m_window->overview()->selectCampaign(u"insurance_renewal"_s);
    QTableWidget *steps = m_window->overview()->stepTable();
    QVERIFY(steps->item(0, 2)->text().contains(u"voice (ivr)"_s));
    QVERIFY(steps->item(0, 5)->text().contains(u"live_answer → hand off to human_agent"_s));
}

void TestMainWindow::invalidImportChangesNothingAndSaysWhy()
{
    QSignalSpy problems(m_window.get(), &MainWindow::problemShown);
    QSignalSpy imported(m_window.get(), &MainWindow::imported);
    QVERIFY(m_window->importFile(QStringLiteral(TOUCHLINE_FIXTURES)
                                 + u"/invalid-on-exit-target.json"_s));
    QVERIFY(imported.wait());
    QCOMPARE(imported.at(0).at(0).toBool(), false);
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(u"nothing was imported"_s));
    QVERIFY(problems.at(0).at(1).toString().contains(u"campaigns[1].on_exit.converted"_s));
    QCOMPARE(m_window->overview()->campaignList()->topLevelItemCount(), 6);
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(u"select count(*) from campaigns"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
}

void TestMainWindow::importAddsCampaignsAndExportWritesTheFlow()
{
    QSignalSpy imported(m_window.get(), &MainWindow::imported);
    QVERIFY(m_window->importFile(QStringLiteral(TOUCHLINE_FIXTURES) + u"/valid-minimal.json"_s));
    QVERIFY(imported.wait());
    QCOMPARE(imported.at(0).at(0).toBool(), true);
    QCOMPARE(m_window->overview()->campaignList()->topLevelItemCount(), 7);
    QVERIFY(itemFor(u"welcome"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 created"_s));

    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.json"_s);
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportFile(out);
    QVERIFY(exported.wait());
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const FlowReadResult back = FlowCodec::read(f.readAll());
    QVERIFY(back.ok());
    QCOMPARE(back.flow.campaigns.size(), 7);
    QCOMPARE(back.flow, m_window->overview()->flow());
}

void TestMainWindow::theDesignerShowsTheDatabaseAndSavesToIt()
{
    m_window->showDesigner();
    FlowDocument *doc = m_window->designer()->document();
    QCOMPARE(doc->campaignCount(), 6);
    QCOMPARE(m_window->designer()->mapScene()->nodeCount(), 6);
    QVERIFY(!m_window->isWindowModified());
    const FlowDocument::Id world = doc->idForSlug(u"b2bea_world"_s);
    QVERIFY(doc->setExitRoute(world, u"no_engagement"_s, u"dreamborn"_s));
    QVERIFY(m_window->isWindowModified());
    QSignalSpy saved(m_window.get(), &MainWindow::designSaved);
    m_window->saveDesign();
    QVERIFY(saved.wait());
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QVERIFY(!m_window->isWindowModified());
    FlowStore store(m_connection->database());
    DbError error;
    const auto flow = store.load({u"b2bea_world"_s}, &error);
    QVERIFY(flow);
    QCOMPARE(flow->campaigns.at(0).onExit.value(u"no_engagement"_s), u"dreamborn"_s);
}

void TestMainWindow::aSupervisorLoginMayNotPublish()
{
    // The owner may publish; a supervisor's window names its role and offers no publishing.
    auto *ownerSave = m_window->findChild<QAction *>(u"saveAction"_s);
    QVERIFY(ownerSave && ownerSave->isEnabled());
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(u"do $$ begin if not exists (select 1 from pg_roles where rolname = 'sue') "
                   "then create role sue login in role touchline_supervisor; end if; end $$"_s));
    ConnectionSettings settings = Test::TestCluster::instance().settings(u"window"_s);
    settings.connectOptions = u"options=-c role=sue"_s; // act as the login sue
    Connection connection(u"window-sue"_s);
    DbError error;
    QVERIFY2(connection.open(settings, &error), qPrintable(error.message));
    MainWindow window(&connection);
    SchedulerService scheduler(settings);
    DispatchService dispatcher(settings);
    window.setServices(&scheduler, &dispatcher);
    QVERIFY(window.waitUntilIdle());
    auto *label = window.findChild<QLabel *>(u"databaseLabel"_s);
    QVERIFY2(label->toolTip().contains(u"login sue (supervisor)"_s), qPrintable(label->toolTip()));
    auto *save = window.findChild<QAction *>(u"saveAction"_s);
    auto *draft = window.findChild<QAction *>(u"saveDraftAction"_s);
    QVERIFY(save && draft);
    QVERIFY(!save->isEnabled());
    QVERIFY(!draft->isEnabled());
    QVERIFY(save->toolTip().contains(u"touchline_author"_s));
    // Nor may it decide drafts, nor run the engine: the inbox says so, the services hold.
    auto *inbox = window.findChild<InboxWidget *>();
    QVERIFY(inbox);
    QVERIFY(!inbox->mayDecide());
    QVERIFY(inbox->bannerText().contains(u"touchline_approver"_s));
    for (const QString &name : {u"approveAction"_s, u"rejectAction"_s, u"undoDecisionAction"_s})
        QVERIFY2(!inbox->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(scheduler.isPaused());
    QVERIFY(dispatcher.isPaused());
    // Contacts: a supervisor neither imports nor enrolls.
    for (const QString &name : {u"contactImport"_s, u"contactBulkEnroll"_s}) {
        auto *button = window.findChild<QPushButton *>(name);
        QVERIFY2(button && !button->isEnabled(), qPrintable(name));
        QVERIFY(button->toolTip().contains(u"touchline_"_s));
    }
    QVERIFY(m_window->findChild<QPushButton *>(u"contactImport"_s)->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(u"touchline_engine"_s));
    // The owner's window keeps all of it.
    auto *ownerInbox = m_window->findChild<InboxWidget *>();
    QVERIFY(ownerInbox && ownerInbox->mayDecide());
}

void TestMainWindow::reloadWithTheServerStalledKeepsTheWindowResponsive()
{
    // The window's connections notice a dropped network in seconds.
    QVERIFY(m_connection->database().connectOptions().contains(u"keepalives=1"_s));

    // Another session holds the campaigns table: every read of it waits.
    QString error;
    QSqlDatabase other
        = Test::TestCluster::instance().open(u"window"_s, u"window-locker"_s, &error);
    QVERIFY2(other.isOpen(), qPrintable(error));
    QVERIFY(other.transaction());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(u"lock table campaigns in access exclusive mode"_s));

    auto *busy = m_window->findChild<QProgressBar *>(u"busyIndicator"_s);
    auto *reload = m_window->findChild<QAction *>(u"reloadAction"_s);
    auto *save = m_window->findChild<QAction *>(u"saveAction"_s);
    QVERIFY(busy && reload && save);
    QVERIFY(!busy->isVisible());
    QSignalSpy reloaded(m_window.get(), &MainWindow::reloaded);
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start(50);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    // The key press returned at once; the window shows it is waiting and keeps running.
    QVERIFY(m_window->isBusy());
    QTest::qWait(1500);
    QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));
    QCOMPARE(reloaded.count(), 0);
    QVERIFY(busy->isVisible());
    QVERIFY(!reload->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_window->designer()->isEnabled()); // what it shows is about to be replaced
    auto *busyLabel = m_window->findChild<QLabel *>(u"busyLabel"_s);
    QVERIFY(busyLabel && busyLabel->isVisible());
    QCOMPARE(busyLabel->toolTip(), u"Loading the campaigns…"_s);
    m_window->resize(1280, 800);
    m_window->grab().save(u"/tmp/touchline-busy.png"_s);
    // The window can still be used meanwhile: another place opens.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->currentIndex(), 2);

    // The lock goes; the reload completes and the busy state with it.
    QVERIFY(other.commit());
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(reloaded.at(0).at(0).toBool(), true);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY(reload->isEnabled());
    QVERIFY(save->isEnabled());
    QVERIFY(m_window->designer()->isEnabled());
    QCOMPARE(m_window->overview()->campaignList()->topLevelItemCount(), 6);
    lock.finish();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"window-locker"_s);
}

TOUCHLINE_GUI_TEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
