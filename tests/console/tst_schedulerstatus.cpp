// The scheduler's status widget: what it shows after the service's signals, and the same with a
// real scheduler running, paused from the widget's button, and stopped.
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "schedulerservice.h"
#include "schedulerstatus.h"
#include "testcluster.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "one_step", "name": "One step", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}}."}
     ]}
  ]
})";

const QString databaseName = u"status"_s;

// Hosts the widget as a status bar would, in a window whose size its labels do not drive.
class Host : public QWidget
{
public:
    explicit Host(QWidget *child)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setSizeConstraint(QLayout::SetNoConstraint);
        layout->addWidget(child);
        resize(640, 40);
    }
};

} // namespace

class TestSchedulerStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsWhatTheSignalsSay();
    void showsWhatTheServiceLastReported();
    void followsARealScheduler();
    void cleanupTestCase();

private:
    void enroll(int contacts);

    QSqlDatabase m_db;
};

void TestSchedulerStatus::initTestCase()
{
    QString error;
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(databaseName, true, &error), qPrintable(error));
    m_db = cluster.open(databaseName, u"test"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(m_db).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
}

void TestSchedulerStatus::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(u"test"_s);
}

void TestSchedulerStatus::enroll(int contacts)
{
    static int next = 0;
    QStringList ids;
    QSqlQuery q(m_db);
    for (int i = 0; i < contacts; ++i) {
        ids.append(u"c%1"_s.arg(++next));
        q.prepare(u"insert into contacts (id, client_id, first_name) values (:id, 'acme', 'A')"_s);
        q.bindValue(u":id"_s, ids.constLast());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    Engine engine(m_db);
    DbError error;
    const auto r = engine.enroll({u"one_step"_s, ids, QString(), QString(), std::nullopt}, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->enrolled.size(), contacts);
}

void TestSchedulerStatus::showsWhatTheSignalsSay()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    auto *status = new SchedulerStatus(&service);
    Host host(status);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: stopped"_s);
    QCOMPARE(status->firedTodayLabel()->text(), u"0 fired today"_s);
    QVERIFY(status->nextDueLabel()->isHidden());

    Q_EMIT service.stateChanged(SchedulerService::State::Running, u"Running on somewhere."_s);
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: running"_s);
    QCOMPARE(status->stateLabel()->toolTip(), u"Running on somewhere."_s);
    QVERIFY(status->nextDueLabel()->isVisible());
    QCOMPARE(status->nextDueLabel()->text(), u"nothing due"_s);

    const QDateTime due = QDateTime::fromString(u"2026-03-02T10:30:00Z"_s, Qt::ISODate);
    Q_EMIT service.nextDueChanged(due);
    QCOMPARE(status->nextDueLabel()->text(),
             u"next due "_s + QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
    Q_EMIT service.firedTodayChanged(1);
    QCOMPARE(status->firedTodayLabel()->text(), u"1 fired today"_s);
    Q_EMIT service.firedTodayChanged(1234);
    QCOMPARE(status->firedTodayLabel()->text(), u"1234 fired today"_s);

    Q_EMIT service.stateChanged(SchedulerService::State::Reconnecting,
                                u"Connection lost: gone. Reconnecting in 2 s."_s);
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: reconnecting"_s);
    QVERIFY(status->stateLabel()->font().bold());
    QCOMPARE(status->stateLabel()->toolTip(), u"Connection lost: gone. Reconnecting in 2 s."_s);

    Q_EMIT service.stateChanged(SchedulerService::State::Paused, u"Paused."_s);
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: paused"_s);
    QVERIFY(!status->stateLabel()->font().bold());
    QVERIFY(status->pauseButton()->isChecked());
    QCOMPARE(status->pauseButton()->text(), u"Resume"_s);

    Q_EMIT service.nextDueChanged(QDateTime());
    QCOMPARE(status->nextDueLabel()->text(), u"nothing due"_s);
    QVERIFY(!status->grab().isNull());

    // Detached, it shows nothing stale.
    status->setService(nullptr);
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: stopped"_s);
    QCOMPARE(status->firedTodayLabel()->text(), u"0 fired today"_s);
    Q_EMIT service.firedTodayChanged(7);
    QCOMPARE(status->firedTodayLabel()->text(), u"0 fired today"_s);
    QVERIFY(!status->pauseButton()->isEnabled());
}

void TestSchedulerStatus::showsWhatTheServiceLastReported()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), SchedulerService::State::Running, 30000);
    // A widget made later starts from the service's last report, not from "stopped".
    SchedulerStatus status;
    status.setService(&service);
    QCOMPARE(status.stateLabel()->text(), u"Scheduler: running"_s);
    QCOMPARE(status.stateLabel()->toolTip(), service.stateMessage());
    service.stop();
    QCOMPARE(status.stateLabel()->text(), u"Scheduler: stopped"_s);
}

void TestSchedulerStatus::followsARealScheduler()
{
    SchedulerService service(Test::TestCluster::instance().settings(databaseName));
    auto *status = new SchedulerStatus(&service);
    Host host(status);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(status->stateLabel()->text(), u"Scheduler: running"_s, 30000);
    QVERIFY(status->stateLabel()->toolTip().contains(u"Running on"_s));

    enroll(2);
    QTRY_COMPARE_WITH_TIMEOUT(status->firedTodayLabel()->text(), u"2 fired today"_s, 10000);
    // After the one step, the no-engagement exit is days away.
    QTRY_VERIFY(status->nextDueLabel()->text().startsWith(u"next due "_s));

    QTest::mouseClick(status->pauseButton(), Qt::LeftButton);
    QVERIFY(service.isPaused());
    QTRY_COMPARE(status->stateLabel()->text(), u"Scheduler: paused"_s);
    QCOMPARE(status->pauseButton()->text(), u"Resume"_s);
    enroll(1);
    QTest::qWait(1000); // a NOTIFY would have fired it by now
    QCOMPARE(status->firedTodayLabel()->text(), u"2 fired today"_s);

    QTest::mouseClick(status->pauseButton(), Qt::LeftButton);
    QVERIFY(!service.isPaused());
    QTRY_COMPARE(status->stateLabel()->text(), u"Scheduler: running"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->firedTodayLabel()->text(), u"3 fired today"_s, 10000);

    service.stop();
    QCOMPARE(status->stateLabel()->text(), u"Scheduler: stopped"_s);
    QVERIFY(status->nextDueLabel()->isHidden());
}

TOUCHLINE_GUI_TEST_MAIN(TestSchedulerStatus)

#include "tst_schedulerstatus.moc"
