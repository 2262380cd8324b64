// The live dashboard, offscreen against a real database: its charts hold the numbers of the raw
// rows (bar set per outcome, pie per status, funnel, touches), filters change them, a committed
// outcome shows within a second, bursts coalesce to two refreshes a second, pause holds, a click
// on a bar segment lists exactly that outcome's contacts (CSV 0600, history), exports work and
// an empty campaign explains itself.
#include "dashboardcharts.h"
#include "dashboarddrill.h"
#include "dashboardpalette.h"
#include "dashboardwidget.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "hotstandby.h"
#include "reportstore.h"
#include "session.h"
#include "simulator.h"
#include "testcluster.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QString databaseName = u"dashboard"_s;
// Recent, so that the default window (the last 7 days) holds it.
const QDateTime base = QDateTime(QDate::currentDate().addDays(-1), QTime(9, 0), Qt::UTC);

const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "renewal", "name": "Renewal", "client_id": "acme", "type": "renewal",
     "owner_role": "roles.cs", "on_exit": {"converted": "upsell"},
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "voice", "handler": "ivr",
        "content_type": "call", "template_instructions": "Call."},
       {"step_number": 2, "delay_days": 0, "delay_minutes": 60, "channel": "sms",
        "content_type": "link", "template_instructions": "Link {{first_name}}.",
        "on_outcome": {"replied": {"exit": "converted"}}},
       {"step_number": 3, "delay_days": 0, "delay_minutes": 120, "channel": "email",
        "content_type": "reminder", "template_instructions": "Remind {{first_name}}."}
     ]},
    {"slug": "upsell", "name": "Upsell", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 5, "channel": "email", "content_type": "offer",
        "template_instructions": "Offer {{first_name}}."}
     ]},
    {"slug": "quiet", "name": "Quiet", "client_id": "zeta", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "sms", "content_type": "hello",
        "template_instructions": "Hello."}
     ]}
  ]
})";

QAbstractBarSeries *barSeries(QChartView *view)
{
    const auto series = view->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
}

QBarSet *barSet(QChartView *view, const QString &label)
{
    if (QAbstractBarSeries *s = barSeries(view))
        for (QBarSet *set : s->barSets())
            if (set->label() == label)
                return set;
    return nullptr;
}

// Step number -> outcome -> events, straight from the raw rows.
QMap<int, QMap<QString, qint64>> rawOutcomes(const QString &channel = QString())
{
    Test::Session s(databaseName);
    QSqlQuery q(s.db());
    q.prepare(u"select o.step_number, o.outcome, count(*) from step_outcomes o "
              "join campaigns c on c.id = o.campaign_id join campaign_steps st "
              "on st.campaign_id = c.id and st.revision = o.revision "
              "and st.step_number = o.step_number "
              "where c.slug = 'renewal' and (:ch = '' or st.channel = :ch) group by 1, 2"_s);
    q.bindValue(u":ch"_s, channel.isNull() ? u""_s : channel);
    if (!q.exec())
        qWarning() << q.lastError().text();
    QMap<int, QMap<QString, qint64>> out;
    while (q.next())
        out[q.value(0).toInt()][q.value(1).toString()] = q.value(2).toLongLong();
    return out;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsHoldTheRawNumbers();
    void overviewListsRunningCampaigns();
    void germanNumbersInTablesAndTooltips();
    void filters_data();
    void filters();
    void clientFilterNarrowsCampaigns();
    void liveUpdateWithinOneSecond();
    void burstsCoalesceToTwoRefreshesASecond();
    void pauseHoldsAndResumeCatchesUp();
    void clickingASegmentListsItsContacts();
    void emptyCampaignExplainsItself();
    void exportsChartsAndData();
    void readsReplicaListensOnPrimary();
    void simulationOpensInTheDashboard();

private:
    bool waitRefreshed(int timeoutMs = 5000);
    void openCampaign(const QString &slug);
    void addOutcome(const QString &outcome, int step = 1);

    std::unique_ptr<DashboardWidget> m_widget;
    QTemporaryDir m_dir;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Test::TestCluster::instance().createDatabase(databaseName, true, &error),
             qPrintable(error));
    Test::Session s(databaseName);
    const FlowReadResult flow = FlowCodec::read(flowJson);
    QVERIFY(flow.ok());
    DbError dbError;
    QVERIFY2(FlowStore(s.db()).importFlow(flow.flow, u"test"_s, &dbError),
             qPrintable(dbError.message));
    QVERIFY(Test::exec(s.db(),
                       u"insert into contacts (id, client_id, first_name, last_name) "
                       "select 'c' || i, 'acme', 'Ann' || i, 'Lee' || i "
                       "from generate_series(1, 60) i"_s));
    QStringList ids;
    for (int i = 1; i <= 60; ++i)
        ids.append(u"c%1"_s.arg(i));
    Engine engine(s.db());
    QVERIFY(engine.enroll({u"renewal"_s, ids, {}, {}, base}, &dbError));
    QVERIFY2(engine.tick(base, 100, &dbError), qPrintable(dbError.message));
    const QStringList voice{u"live_answer"_s, u"answering_machine"_s, u"busy"_s, u"no_answer"_s};
    for (int i = 1; i <= 48; ++i) {
        Engine::OutcomeRequest r{
            u"c%1"_s.arg(i), u"renewal"_s, 1, voice.at(i % 4), {}, base.addSecs(300)};
        QVERIFY2(engine.recordOutcome(r, &dbError), qPrintable(dbError.message));
    }
    QVERIFY2(engine.tick(base.addSecs(3700), 100, &dbError), qPrintable(dbError.message));
    for (int i = 1; i <= 10; ++i) {
        Engine::OutcomeRequest r{u"c%1"_s.arg(i),
                                 u"renewal"_s,
                                 2,
                                 i <= 4 ? u"replied"_s : u"delivered"_s,
                                 {},
                                 base.addSecs(4000)};
        QVERIFY2(engine.recordOutcome(r, &dbError), qPrintable(dbError.message));
    }
}

void TestDashboard::init()
{
    m_widget
        = std::make_unique<DashboardWidget>(Test::TestCluster::instance().settings(databaseName));
    m_widget->resize(1280, 760);
    m_widget->show();
    QVERIFY(waitRefreshed());
}

void TestDashboard::cleanup()
{
    m_widget.reset();
}

bool TestDashboard::waitRefreshed(int timeoutMs)
{
    QSignalSpy spy(m_widget.get(), &DashboardWidget::refreshed);
    return spy.wait(timeoutMs);
}

void TestDashboard::openCampaign(const QString &slug)
{
    QSignalSpy spy(m_widget.get(), &DashboardWidget::refreshed);
    const int i = m_widget->campaignBox()->findData(slug);
    QVERIFY2(i > 0, qPrintable(slug));
    m_widget->campaignBox()->setCurrentIndex(i);
    QVERIFY(spy.wait(5000));
}

void TestDashboard::addOutcome(const QString &outcome, int step)
{
    Test::Session s(databaseName);
    QVERIFY(Test::exec(s.db(),
                       u"insert into step_outcomes (enrollment_id, campaign_id, revision, "
                       "step_number, outbound_id, outcome, occurred_at) "
                       "select q.enrollment_id, q.campaign_id, 1, q.step_number, q.id, '%1', "
                       "now() from outbound_queue q where q.step_number = %2 "
                       "order by q.contact_id limit 1"_s.arg(outcome)
                           .arg(step)));
}

void TestDashboard::chartsHoldTheRawNumbers()
{
    openCampaign(u"renewal"_s);
    QCOMPARE(m_widget->currentPage(), m_widget->campaignPage());
    const auto raw = rawOutcomes();
    QVERIFY(raw.value(1).value(u"live_answer"_s) > 0);
    QAbstractBarSeries *series = barSeries(m_widget->outcomesView());
    QVERIFY(series);
    const auto steps = m_widget->currentReport()->steps;
    QCOMPARE(steps.size(), 3);
    QSet<QString> labels;
    for (QBarSet *set : series->barSets()) {
        labels.insert(set->label());
        QCOMPARE(set->count(), 3);
        if (set->label() == DashboardCharts::pendingSetName())
            continue;
        QCOMPARE(set->color(), DashboardPalette::outcomeColor(set->label()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(qint64(set->at(i)), raw.value(i + 1).value(set->label()));
    }
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        for (const QString &outcome : it->keys())
            QVERIFY2(labels.contains(outcome), qPrintable(outcome));
    // The categories name step and channel; the axes have titles; the legend shows.
    auto *x = qobject_cast<QBarCategoryAxis *>(
        m_widget->outcomesView()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x);
    QCOMPARE(x->categories().first(), u"1 · ivr"_s);
    QCOMPARE(x->categories().at(1), u"2 · sms"_s);
    QVERIFY(!x->titleText().isEmpty());
    QVERIFY(!m_widget->outcomesView()->chart()->axes(Qt::Vertical).first()->titleText().isEmpty());
    QVERIFY(m_widget->outcomesView()->chart()->legend()->isVisible());

    // Enrollment status: one slice per status with the raw count.
    auto *pie = qobject_cast<QPieSeries *>(m_widget->enrollmentView()->chart()->series().first());
    QVERIFY(pie);
    Test::Session s(databaseName);
    for (QPieSlice *slice : pie->slices()) {
        const QString status = slice->label().section(u' ', 0, 0);
        QCOMPARE(
            qint64(slice->value()),
            Test::scalar(
                s.db(),
                u"select count(*) from campaign_contacts cc join campaigns c on "
                "c.id = cc.campaign_id where c.slug = 'renewal' and cc.status = '%1'"_s.arg(status))
                .toLongLong());
        QCOMPARE(slice->color(), DashboardPalette::statusColor(status));
    }
    // Funnel: fired per step, step 1 at the top (the last category of a horizontal axis).
    QBarSet *fired = barSet(m_widget->funnelView(), u"fired"_s);
    QVERIFY(fired);
    QCOMPARE(qint64(fired->at(2)),
             Test::scalar(s.db(), u"select count(*) from outbound_queue where step_number = 1"_s)
                 .toLongLong());
    // Touches over time: the lines add up to the items not cancelled.
    qint64 touches = 0;
    for (QAbstractSeries *line : m_widget->touchesView()->chart()->series())
        for (const QPointF &p : static_cast<QLineSeries *>(line)->points())
            touches += qint64(p.y());
    QCOMPARE(
        touches,
        Test::scalar(s.db(), u"select count(*) from outbound_queue where status <> 'cancelled'"_s)
            .toLongLong());
    // Exits and routes: the converted contacts went to upsell.
    QTableWidget *exits = m_widget->exitsTable();
    QVERIFY(exits->rowCount() > 0);
    bool routed = false;
    for (int r = 0; r < exits->rowCount(); ++r)
        routed = routed || exits->item(r, 3)->text().contains(u"upsell (4)"_s);
    QVERIFY(routed);

    // Percentages: the same sets on a percent bar series.
    m_widget->percentButton()->click();
    QCOMPARE(barSeries(m_widget->outcomesView())->type(), QAbstractSeries::SeriesTypePercentBar);
    QCOMPARE(qint64(barSet(m_widget->outcomesView(), u"live_answer"_s)->at(0)),
             raw.value(1).value(u"live_answer"_s));
    QVERIFY(m_widget->campaignPage()->grab().save(u"/tmp/tst_dashboard-renewal.png"_s));
}

void TestDashboard::overviewListsRunningCampaigns()
{
    QCOMPARE(m_widget->currentPage()->objectName().isEmpty(), true);
    QTableWidget *t = m_widget->overviewTable();
    QCOMPARE(t->rowCount(), 3);
    QCOMPARE(t->item(0, 0)->text(), u"Quiet"_s);
    QCOMPARE(t->item(1, 0)->text(), u"Renewal"_s);
    QCOMPARE(t->item(1, 3)->data(Qt::UserRole).toLongLong(), 60);
    // Double-click opens the campaign.
    QSignalSpy spy(m_widget.get(), &DashboardWidget::refreshed);
    Q_EMIT t->cellDoubleClicked(1, 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(m_widget->currentReport()->slug, u"renewal"_s);
}

void TestDashboard::germanNumbersInTablesAndTooltips()
{
    // Under the German locale, shares carry a decimal comma, in the tables and the tooltips.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    m_widget.reset();
    m_widget
        = std::make_unique<DashboardWidget>(Test::TestCluster::instance().settings(databaseName));
    m_widget->resize(1280, 760);
    m_widget->show();
    QVERIFY(waitRefreshed());
    const QRegularExpression german(u"^\\d+,\\d %$"_s);
    QTableWidget *t = m_widget->overviewTable();
    QCOMPARE(t->item(1, 0)->text(), u"Renewal"_s);
    QVERIFY2(german.match(t->item(1, 10)->text()).hasMatch(), qPrintable(t->item(1, 10)->text()));
    QVERIFY2(QRegularExpression(u"\\d,\\d %\\)$"_s).match(t->item(1, 5)->text()).hasMatch(),
             qPrintable(t->item(1, 5)->text()));

    openCampaign(u"renewal"_s);
    QBarSet *live = barSet(m_widget->outcomesView(), u"live_answer"_s);
    QVERIFY(live);
    m_widget->activateWindow();
    Q_EMIT live->hovered(true, 0); // as the mouse does over step 1's segment
    const QString tip = QToolTip::text();
    // 12 live answers of 60 fired items and of 48 outcomes.
    QVERIFY2(tip.contains(u"20,0 %"_s) && tip.contains(u"25,0 %"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"20.0"_s), qPrintable(tip));
    QPieSlice *slice
        = qobject_cast<QPieSeries *>(m_widget->enrollmentView()->chart()->series().first())
              ->slices()
              .first();
    Q_EMIT slice->hovered(true);
    QVERIFY2(QRegularExpression(u"\\d,\\d %\\)$"_s).match(QToolTip::text()).hasMatch(),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestDashboard::filters_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("steps");
    QTest::addRow("voice") << u"voice"_s << int(DashboardWidget::Window::Days7) << 1;
    QTest::addRow("sms") << u"sms"_s << int(DashboardWidget::Window::AllTime) << 1;
    QTest::addRow("all, 30 days") << QString() << int(DashboardWidget::Window::Days30) << 3;
}

void TestDashboard::filters()
{
    QFETCH(QString, channel);
    QFETCH(int, window);
    QFETCH(int, steps);
    openCampaign(u"renewal"_s);
    QSignalSpy spy(m_widget.get(), &DashboardWidget::refreshed);
    m_widget->setWindow(DashboardWidget::Window(window));
    m_widget->channelBox()->setCurrentIndex(m_widget->channelBox()->findData(channel));
    QTRY_VERIFY(m_widget->currentFilter().channel == channel && !spy.isEmpty()
                && m_widget->currentReport()->steps.size() == steps);
    const auto raw = rawOutcomes(channel);
    const auto report = *m_widget->currentReport();
    for (const StepReport &s : report.steps) {
        if (!channel.isEmpty())
            QCOMPARE(s.channel, channel);
        QCOMPARE(s.outcomes, raw.value(s.step));
    }
    auto *x = qobject_cast<QBarCategoryAxis *>(
        m_widget->outcomesView()->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(x->count(), steps);
    // A custom window before anything happened: the empty state, not zeroed charts.
    QSignalSpy custom(m_widget.get(), &DashboardWidget::refreshed);
    m_widget->fromEdit()->setDateTime(base.addDays(-20).toLocalTime());
    m_widget->toEdit()->setDateTime(base.addDays(-10).toLocalTime());
    m_widget->setWindow(DashboardWidget::Window::Custom);
    QTRY_VERIFY(!custom.isEmpty() && m_widget->currentFilter().to.has_value()
                && m_widget->currentPage() != m_widget->campaignPage());
    QVERIFY(m_widget->emptyLabel()->text().contains(u"Nothing has happened"_s));
}

void TestDashboard::clientFilterNarrowsCampaigns()
{
    QSignalSpy spy(m_widget.get(), &DashboardWidget::refreshed);
    m_widget->clientBox()->setCurrentIndex(m_widget->clientBox()->findData(u"zeta"_s));
    QTRY_VERIFY(!spy.isEmpty() && m_widget->campaignBox()->count() == 2);
    QCOMPARE(m_widget->campaignBox()->itemData(1).toString(), u"quiet"_s);
    QCOMPARE(m_widget->overviewTable()->rowCount(), 1);
}

void TestDashboard::liveUpdateWithinOneSecond()
{
    openCampaign(u"renewal"_s);
    qint64 worst = 0;
    for (int round = 0; round < 5; ++round) {
        QBarSet *before = barSet(m_widget->outcomesView(), u"fax"_s);
        const qint64 had = before ? qint64(before->at(0)) : 0;
        QTest::qWait(600); // a quiet spell, as between two real events
        QElapsedTimer clock;
        addOutcome(u"fax"_s); // committed when this returns
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(barSet(m_widget->outcomesView(), u"fax"_s)
                                     && qint64(barSet(m_widget->outcomesView(), u"fax"_s)->at(0))
                                            == had + 1,
                                 2000);
        worst = std::max(worst, clock.elapsed());
    }
    qInfo("live update: worst %lld ms from commit to chart over 5 events", worst);
    QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
    QVERIFY(m_widget->updatedLabel()->text().contains(u"updated"_s));
    QVERIFY(m_widget->liveLabel()->text().contains(u"Live"_s));
}

void TestDashboard::burstsCoalesceToTwoRefreshesASecond()
{
    openCampaign(u"renewal"_s);
    QTest::qWait(600);
    const int before = m_widget->refreshCount();
    QElapsedTimer clock;
    clock.start();
    int commits = 0;
    Test::Session writer(databaseName);
    while (clock.elapsed() < 2000) {
        QVERIFY(Test::exec(writer.db(),
                           u"insert into step_outcomes (enrollment_id, campaign_id, revision, "
                           "step_number, outbound_id, outcome, occurred_at) "
                           "select q.enrollment_id, q.campaign_id, 1, 1, q.id, 'no_answer', now() "
                           "from outbound_queue q where q.step_number = 1 limit 1"_s));
        ++commits;
        QTest::qWait(20);
    }
    QTest::qWait(700);
    const qint64 seconds = (clock.elapsed() + 999) / 1000;
    const int refreshes = m_widget->refreshCount() - before;
    qInfo("%d commits in %lld s gave %d refreshes", commits, seconds, refreshes);
    QVERIFY(commits > 20);
    QVERIFY2(refreshes <= 2 * seconds + 1, qPrintable(QString::number(refreshes)));
    QVERIFY(refreshes >= 2);
    QCOMPARE(qint64(barSet(m_widget->outcomesView(), u"no_answer"_s)->at(0)),
             rawOutcomes().value(1).value(u"no_answer"_s));
}

void TestDashboard::pauseHoldsAndResumeCatchesUp()
{
    openCampaign(u"renewal"_s);
    m_widget->pauseButton()->click();
    QVERIFY(!m_widget->isLive());
    QVERIFY(m_widget->liveLabel()->text().contains(u"Paused"_s));
    const int before = m_widget->refreshCount();
    const qint64 had = qint64(barSet(m_widget->outcomesView(), u"busy"_s)->at(0));
    addOutcome(u"busy"_s);
    QTest::qWait(1200);
    QCOMPARE(m_widget->refreshCount(), before);
    QCOMPARE(qint64(barSet(m_widget->outcomesView(), u"busy"_s)->at(0)), had);
    m_widget->pauseButton()->click();
    QVERIFY(m_widget->liveLabel()->text().contains(u"Live"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        qint64(barSet(m_widget->outcomesView(), u"busy"_s)->at(0)), had + 1, 1000);
}

void TestDashboard::clickingASegmentListsItsContacts()
{
    openCampaign(u"renewal"_s);
    QChartView *view = m_widget->outcomesView();
    QChart *chart = view->chart();
    QAbstractBarSeries *series = barSeries(view);
    // The middle of step 1's live_answer segment, in the view's coordinates.
    qreal below = 0;
    qreal height = 0;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == u"live_answer") {
            height = set->at(0);
            break;
        }
        below += set->at(0);
    }
    QVERIFY(height > 0);
    const QPointF inChart = chart->mapToPosition(QPointF(0, below + height / 2), series);
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    QSignalSpy opened(m_widget.get(), &DashboardWidget::drillOpened);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(opened.size(), 1);
    auto *drill = opened.first().first().value<DashboardDrill *>();
    QTRY_VERIFY(drill->table()->rowCount() > 0);
    Test::Session s(databaseName);
    QSqlQuery q(s.db());
    QVERIFY(q.exec(u"select cc.contact_id from step_outcomes o join campaign_contacts cc on "
                   "cc.id = o.enrollment_id where o.step_number = 1 and o.outcome = "
                   "'live_answer' order by 1"_s));
    QStringList expected;
    while (q.next())
        expected.append(q.value(0).toString());
    QStringList got;
    for (int r = 0; r < drill->table()->rowCount(); ++r) {
        got.append(drill->table()->item(r, 0)->text());
        QCOMPARE(drill->table()->item(r, 4)->text(), u"live_answer"_s);
        QVERIFY(!drill->rows().at(r).itemId.isEmpty());
    }
    got.sort();
    QCOMPARE(got, expected);

    const QString csv = m_dir.filePath(u"drill.csv"_s);
    QString error;
    QVERIFY2(drill->exportCsv(csv, &error), qPrintable(error));
    // 0600: the owner reads and writes, nobody else anything.
    const QFileDevice::Permissions perms = QFile::permissions(csv);
    QVERIFY(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(perms & QFileDevice::Permissions(0x0077), QFileDevice::Permissions());
    QVERIFY(!perms.testFlag(QFileDevice::ExeOwner));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size() - 2, expected.size()); // header, and the empty part after the last
    QVERIFY(lines.first().startsWith("contact_id,contact_name"));

    // History of the first contact listed.
    drill->table()->selectRow(0);
    QSignalSpy history(m_widget.get(), &DashboardWidget::historyOpened);
    QTest::mouseClick(drill->historyButton(), Qt::LeftButton);
    QTRY_COMPARE(history.size(), 1);
    auto *h = history.first().first().value<DashboardDrill *>();
    const QString contact = drill->table()->item(0, 0)->text();
    const qint64 events = Test::scalar(s.db(),
                                       u"select count(*) from step_outcomes o join "
                                       "campaign_contacts cc on cc.id = o.enrollment_id "
                                       "where cc.contact_id = '%1'"_s.arg(contact))
                              .toLongLong();
    QTRY_COMPARE(qint64(h->table()->rowCount()), events);
    QCOMPARE(h->table()->item(0, 0)->text(), contact);
}

void TestDashboard::emptyCampaignExplainsItself()
{
    openCampaign(u"upsell"_s);
    // Upsell has its routed enrollments but no touches yet (its step waits five days).
    QVERIFY(m_widget->currentReport()->enrollments.value(u"active"_s) > 0);
    QCOMPARE(m_widget->currentPage(), m_widget->campaignPage());
    m_widget->clientBox()->setCurrentIndex(m_widget->clientBox()->findData(u"zeta"_s));
    QTRY_VERIFY(m_widget->campaignBox()->count() == 2);
    openCampaign(u"quiet"_s);
    QVERIFY(m_widget->currentPage() != m_widget->campaignPage());
    QVERIFY(m_widget->emptyLabel()->isVisible());
    QVERIFY(m_widget->emptyLabel()->text().contains(u"Nothing has happened in Quiet"_s));
    QVERIFY(m_widget->emptyLabel()->text().contains(u"touchline enroll --campaign quiet"_s));
}

void TestDashboard::exportsChartsAndData()
{
    openCampaign(u"renewal"_s);
    QString error;
    const QString png = m_dir.filePath(u"d.png"_s);
    const QString svg = m_dir.filePath(u"d.svg"_s);
    const QString csv = m_dir.filePath(u"d.csv"_s);
    QVERIFY2(m_widget->exportCharts(png, &error), qPrintable(error));
    QVERIFY2(m_widget->exportCharts(svg, &error), qPrintable(error));
    QVERIFY2(m_widget->exportCsv(csv, &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), m_widget->campaignPage()->size());
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QByteArray svgText = s.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("Renewal"));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray csvText = c.readAll();
    const qint64 live = rawOutcomes().value(1).value(u"live_answer"_s);
    QVERIFY2(csvText.contains(QByteArray(QByteArray("renewal,1,voice,ivr,60,live_answer,")
                                         + QByteArray::number(live))),
             csvText.constData());
}

// Reads from a real hot standby, LISTENs on the primary: an outcome committed on the primary
// shows once the standby replayed it, without any other nudge.
void TestDashboard::readsReplicaListensOnPrimary()
{
    Test::HotStandby standby;
    QString error;
    QVERIFY2(standby.start(&error), qPrintable(error));
    QVERIFY2(standby.waitForCatchUp(30000, &error), qPrintable(error));
    m_widget.reset();
    m_widget = std::make_unique<DashboardWidget>(
        Test::TestCluster::instance().settings(databaseName), standby.settings(databaseName));
    QSignalSpy connected(m_widget.get(), &DashboardWidget::connected);
    m_widget->resize(1280, 760);
    m_widget->show();
    QVERIFY(connected.wait(10000));
    QVERIFY2(connected.first().at(1).toString().isEmpty(),
             qPrintable(connected.first().at(1).toString()));
    QVERIFY(connected.first().at(0).toString().contains(
        standby.settings(databaseName).host.section(u'/', -2)));
    QVERIFY(waitRefreshed());
    openCampaign(u"renewal"_s);
    for (int round = 0; round < 3; ++round) {
        QBarSet *before = barSet(m_widget->outcomesView(), u"sit_uncallable"_s);
        const qint64 had = before ? qint64(before->at(0)) : 0;
        QTest::qWait(600);
        QElapsedTimer clock;
        addOutcome(u"sit_uncallable"_s);
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            barSet(m_widget->outcomesView(), u"sit_uncallable"_s)
                && qint64(barSet(m_widget->outcomesView(), u"sit_uncallable"_s)->at(0)) == had + 1,
            3000);
        qInfo("replica read: %lld ms from commit on the primary to the chart", clock.elapsed());
    }
    m_widget.reset();
    standby.stop();
}

// A simulation kept by `touchline simulate --keep` opens in the same dashboard: the database box
// lists it, choosing it shows its breakdown, which equals the simulator's own report.
void TestDashboard::simulationOpensInTheDashboard()
{
    Simulator::Options options;
    options.campaign = u"renewal"_s;
    options.contacts = 120;
    options.days = 2;
    options.seed = 11;
    options.keepDatabase = true;
    DbError error;
    const auto result
        = Simulator().run(Test::TestCluster::instance().settings(databaseName), options, &error);
    QVERIFY2(result, qPrintable(error.message));
    const auto drop = qScopeGuard([&] {
        m_widget.reset();
        Test::Session s(databaseName);
        Test::exec(s.db(),
                   u"drop database if exists %1 with (force)"_s.arg(result->scratchDatabase));
    });
    // A dashboard opened now finds the kept run.
    m_widget.reset();
    init();
    QComboBox *box = m_widget->databaseBox();
    QVERIFY(box->isVisible());
    const int i = box->findData(result->scratchDatabase);
    QVERIFY2(i > 0, qPrintable(result->scratchDatabase));
    QVERIFY(box->itemText(i).startsWith(u"Simulation "_s));
    // Chosen as a user does: focus the box, move down to the run.
    QSignalSpy refreshed(m_widget.get(), &DashboardWidget::refreshed);
    box->setFocus();
    for (int k = 0; k < i; ++k)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), i);
    QVERIFY(refreshed.wait(5000));
    openCampaign(u"renewal"_s);
    const auto &report = m_widget->currentReport();
    QVERIFY(report);
    int compared = 0;
    for (const Simulator::StepBreakdown &b : result->steps) {
        if (b.campaign != u"renewal")
            continue;
        QVERIFY(b.step >= 1 && b.step <= report->steps.size());
        const StepReport &shown = report->steps.at(b.step - 1);
        QCOMPARE(shown.fired, qint64(b.fired));
        // The simulator counts outcome/intent pairs; the dashboard counts each outcome.
        QMap<QString, qint64> perOutcome;
        for (auto it = b.outcomes.cbegin(); it != b.outcomes.cend(); ++it)
            perOutcome[it.key().section(u'/', 0, 0)] += it.value();
        for (auto it = perOutcome.cbegin(); it != perOutcome.cend(); ++it)
            QCOMPARE(shown.outcomes.value(it.key()), it.value());
        ++compared;
    }
    QCOMPARE(compared, 3);
    QVERIFY(report->steps.at(0).fired >= 120);
}

TOUCHLINE_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
