// The window survives a server restart: the banner says so and counts down, "Retry now"
// probes at once with backoff between attempts, the designer's unsaved edit is kept, and the
// banner goes and the window's connection works again once the server is back.
#include "connection.h"
#include "connectionbanner.h"
#include "connectionmonitor.h"
#include "demoflows.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "mainwindow.h"
#include "testcluster.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolBar>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestConnectionLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerWhileTheServerRestartsAndTheEditSurvives();
};

void TestConnectionLoss::bannerWhileTheServerRestartsAndTheEditSurvives()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"loss"_s, false, &error), qPrintable(error));
    Connection connection(u"loss"_s);
    DbError dbError;
    QVERIFY2(connection.open(cluster.settings(u"loss"_s), &dbError), qPrintable(dbError.message));
    QVERIFY(FlowStore(connection.database()).importFlow(DemoFlows::read().flow, u"t"_s, &dbError));
    MainWindow window(&connection);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<ConnectionBanner *>();
    QVERIFY(banner);
    auto *bar = window.findChild<QToolBar *>(u"connectionBannerBar"_s);
    QVERIFY(bar);
    ConnectionMonitor *monitor = banner->monitor();
    monitor->setProbeInterval(200);
    monitor->setBackoff(300, 1200);
    QTest::qWait(500);
    QVERIFY(!bar->isVisible());

    // An unsaved edit in the designer.
    FlowDocument *doc = window.designer()->document();
    const FlowDocument::Id world = doc->idForSlug(u"b2bea_world"_s);
    Campaign c = *doc->campaign(world);
    c.name = u"World, edited offline"_s;
    QVERIFY(doc->updateCampaign(world, c, u"rename"_s));
    QVERIFY(doc->isDirty());

    QSignalSpy lost(monitor, &ConnectionMonitor::lost);
    QSignalSpy retries(monitor, &ConnectionMonitor::retryScheduled);
    QSignalSpy reconnected(banner, &ConnectionBanner::reconnected);
    QVERIFY2(cluster.cluster()->stop(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QCOMPARE(lost.count(), 1);
    QVERIFY2(
        banner->message()->text().startsWith(u"Connection to the database lost — reconnecting"_s),
        qPrintable(banner->message()->text()));
    QVERIFY(bar->geometry().top() < window.centralWidget()->geometry().top());
    // Backoff doubles up to its limit while the server is away.
    QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 4, 8000);
    QCOMPARE(retries.at(0).at(0).toInt(), 300);
    QCOMPARE(retries.at(1).at(0).toInt(), 600);
    QCOMPARE(retries.at(2).at(0).toInt(), 1200);
    QCOMPARE(retries.at(3).at(0).toInt(), 1200);
    // "Retry now" probes at once, and the server still does not answer.
    QTRY_VERIFY(monitor->state() == ConnectionMonitor::State::Lost);
    const int before = int(retries.count());
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(retries.count() > before, 3000);
    QCOMPARE(reconnected.count(), 0);
    window.grab().save(u"/tmp/touchline-connection-lost.png"_s);

    QVERIFY2(cluster.cluster()->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 8000);
    QCOMPARE(monitor->state(), ConnectionMonitor::State::Connected);
    QTRY_COMPARE(reconnected.count(), 1);
    // The edit is still there, unsaved, and the window's own connection works again.
    QVERIFY(doc->isDirty());
    QCOMPARE(doc->campaign(doc->idForSlug(u"b2bea_world"_s))->name, u"World, edited offline"_s);
    QSqlQuery q(connection.database());
    QVERIFY2(q.exec(u"select count(*) from campaigns"_s) && q.next(),
             qPrintable(q.lastError().text()));
    QVERIFY(q.value(0).toInt() > 0);
}

TOUCHLINE_GUI_TEST_MAIN(TestConnectionLoss)

#include "tst_connectionloss.moc"
