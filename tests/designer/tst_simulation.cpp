// Simulate in the designer: the action runs the open flow (unsaved edits included) off the GUI
// thread, the overlay's figures equal the simulator's report, the plan's problems name their
// field, and a second run shows what changed.
#include "campaignmapscene.h"
#include "campaignnodeitem.h"
#include "demodesigner.h"
#include "demoflows.h"
#include "designertr.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowstore.h"
#include "flowview.h"
#include "sendloadchart.h"
#include "sequencescene.h"
#include "session.h"
#include "simulationpanel.h"
#include "simulationsession.h"
#include "stallmeter.h"
#include "stepnodeitem.h"
#include "terminalitem.h"
#include "testcluster.h"
#include "vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// The step's figure as the simulator's report has it: contacts reached, and the touches when
// retries add some.
QString reachText(const Simulator::StepBreakdown &b)
{
    const QString reached = u"%L1"_s.arg(b.reached);
    if (b.fired == b.reached)
        return DesignerTr::tr("%1 contacts").arg(reached);
    return DesignerTr::tr("%1 contacts · %2 touches").arg(reached, u"%L1"_s.arg(b.fired));
}

} // namespace
using Id = FlowDocument::Id;

class TestSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overlayEqualsTheSimulatorsReport();
    void anUnsavedEditIsWhatRuns();
    void editingTheFlowHidesTheOverlayAndTheToggleToo();
    void invalidProbabilitiesNameTheFieldAndNothingRuns();
    void compareRunsShowsDeltas();
    void theGuiThreadKeepsSpinningAndCancelStops();
    void closingWhileRunningStopsTheRunAndLeavesNoScratchDatabase();
    void screenshots();

private:
    // Opens a campaign's sequence and presses the Simulate shortcut; waits for the run.
    void simulateFromSequence(const QString &slug);
    void clickStep(int index);
    void typeProbability(const QString &outcome, const QString &text);
    Simulator::Result runDirectly() const;

    std::unique_ptr<FlowDesigner> m_designer;
    FlowDocument *m_doc = nullptr;
    SimulationSession *m_sim = nullptr;
    ConnectionSettings m_server;
};

void TestSimulation::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    // The database holds the demo flows as published: what the editor's edits differ from.
    QVERIFY2(cluster.createDemoDatabase(u"simdesign"_s, &error), qPrintable(error));
    m_server = cluster.settings(u"simdesign"_s);
}

void TestSimulation::init()
{
    m_designer = Test::openDemoDesigner({1600, 1000});
    QVERIFY(m_designer);
    m_designer->setSimulationServer(m_server);
    m_doc = m_designer->document();
    m_sim = m_designer->simulation();
    m_designer->simulationPanel()->contactsField()->setValue(300);
    m_designer->simulationPanel()->daysField()->setValue(3);
}

void TestSimulation::cleanup()
{
    m_designer.reset();
}

void TestSimulation::simulateFromSequence(const QString &slug)
{
    m_designer->openCampaign(m_doc->idForSlug(slug));
    QSignalSpy finished(m_sim, &SimulationSession::finished);
    QTest::keyClick(
        m_designer->sequenceView()->viewport(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_sim->isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(m_sim->campaign(), slug);
}

void TestSimulation::clickStep(int index)
{
    FlowView *view = m_designer->sequenceView();
    StepNodeItem *item = m_designer->sequenceScene()->stepItem(index);
    QVERIFY(item);
    view->ensureVisible(item);
    const QPoint at = view->mapFromScene(item->mapToScene(QPointF(60, 60)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_designer->sequenceScene()->selectedSteps(), QVector<int>{index});
}

void TestSimulation::typeProbability(const QString &outcome, const QString &text)
{
    QTableWidget *table = m_designer->simulationPanel()->probabilityTable();
    const int row = m_designer->simulationPanel()->rowOf(outcome);
    QVERIFY2(row >= 0, qPrintable(outcome));
    table->scrollToItem(table->item(row, 1));
    const QPoint at = table->visualItemRect(table->item(row, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && table->isAncestorOf(editor),
             editor ? editor->metaObject()->className() : "no focus");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the typed text in a queued call.
    QTRY_COMPARE(table->item(row, 1)->text(), text);
}

Simulator::Result TestSimulation::runDirectly() const
{
    // The same plan, start and seed, run straight through the simulator.
    Simulator::Options o = m_sim->options(m_doc->flow(), m_sim->campaign());
    o.start = m_sim->result()->start;
    DbError error;
    const auto r = Simulator().run(m_server, o, &error);
    if (!r)
        qWarning("simulate: %s", qPrintable(error.message));
    return r.value_or(Simulator::Result{});
}

void TestSimulation::overlayEqualsTheSimulatorsReport()
{
    simulateFromSequence(u"insurance_renewal"_s);
    const Simulator::Result report = runDirectly();
    QVERIFY(!report.steps.isEmpty());
    SequenceScene *sequence = m_designer->sequenceScene();
    const Campaign *c = m_doc->campaign(m_doc->idForSlug(u"insurance_renewal"_s));
    int checkedPorts = 0;
    for (const Simulator::StepBreakdown &b : report.steps) {
        if (b.campaign != u"insurance_renewal")
            continue;
        StepNodeItem *item = sequence->stepItem(b.step - 1);
        QVERIFY(item);
        QCOMPARE(item->reachLabel(), reachText(b));
        for (const QString &port : item->ports()) {
            int n = b.outcomes.value(port);
            if (Vocabulary::replyIntents().contains(port))
                n = b.outcomes.value(u"replied/"_s + port);
            if (port == u"replied") {
                for (auto it = b.outcomes.cbegin(); it != b.outcomes.cend(); ++it)
                    n += it.key().startsWith(u"replied/") ? it.value() : 0;
            }
            if (n == 0) {
                QVERIFY2(item->portLabel(port).isEmpty(), qPrintable(port));
                continue;
            }
            const double share = 100.0 * n / b.fired;
            QCOMPARE(item->portLabel(port),
                     DesignerTr::tr("%1 · %L2%").arg(u"%L1"_s.arg(n)).arg(share, 0, 'f', 0));
            ++checkedPorts;
        }
    }
    QVERIFY(checkedPorts >= 4);
    // Exits on the sequence's terminals and on the map's card, with where they went.
    CampaignNodeItem *node = m_designer->mapScene()->nodeFor(m_doc->idForSlug(c->slug));
    int enrolled = 0;
    for (int n : report.enrollments.value(c->slug))
        enrolled += n;
    QCOMPARE(enrolled, 300);
    QCOMPARE(node->enrolledLabel(), DesignerTr::tr("%1 enrolled").arg(u"%L1"_s.arg(enrolled)));
    for (const QString &reason : Vocabulary::exitReasons()) {
        int exits = 0;
        for (int n : report.exits.value(c->slug).value(reason))
            exits += n;
        const QString label = node->exitLabel(reason);
        QVERIFY2(label.startsWith(u"%L1 "_s.arg(exits)), qPrintable(label));
        QCOMPARE(sequence->exitTerminal(reason)->simulationLabel(), label);
    }
    // The send load per day is the report's.
    QCOMPARE(m_designer->simulationPanel()->loadChart()->load(), report.sendsPerDay);
}

void TestSimulation::anUnsavedEditIsWhatRuns()
{
    // The database holds five steps; the editor, unsaved, the first alone, a day later.
    const Id id = m_doc->idForSlug(u"insurance_renewal"_s);
    QVERIFY(m_doc->removeSteps(id, {1, 2, 3, 4}));
    Step first = m_doc->campaign(id)->steps.at(0);
    first.delayDays = 1;
    QVERIFY(m_doc->updateStep(id, 0, first, u"delay"_s));
    QVERIFY(m_doc->isDirty());
    simulateFromSequence(u"insurance_renewal"_s);
    const Simulator::Result &r = *m_sim->result();
    int steps = 0;
    for (const Simulator::StepBreakdown &b : r.steps)
        steps += b.campaign == u"insurance_renewal" ? 1 : 0;
    QCOMPARE(steps, 1);
    // Nothing is sent on the first day: the delay moved every call to the second.
    for (const auto &days : r.sendsPerDay) {
        QCOMPARE(days.value(0), 0);
        QVERIFY(days.value(1) > 0);
    }
    QCOMPARE(m_designer->sequenceScene()->stepItem(0)->reachLabel(), reachText(r.steps.at(0)));
}

void TestSimulation::editingTheFlowHidesTheOverlayAndTheToggleToo()
{
    simulateFromSequence(u"insurance_renewal"_s);
    StepNodeItem *item = m_designer->sequenceScene()->stepItem(0);
    QVERIFY(!item->reachLabel().isEmpty());
    // The toggle (its shortcut) hides the figures and brings them back.
    QTest::keyClick(
        m_designer->sequenceView()->viewport(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_designer->overlayAction()->isChecked());
    QCOMPARE(item->reachLabel(), QString());
    m_designer->overlayAction()->trigger();
    QVERIFY(!item->reachLabel().isEmpty());
    // An edit makes the run stale: no figures until the next run, and the panel says so.
    const Id id = m_doc->idForSlug(u"insurance_renewal"_s);
    Step s = m_doc->campaign(id)->steps.at(2);
    s.delayMinutes += 30;
    QVERIFY(m_doc->updateStep(id, 2, s, u"delay"_s));
    QVERIFY(m_sim->isStale());
    QCOMPARE(m_designer->sequenceScene()->stepItem(0)->reachLabel(), QString());
    QVERIFY(m_designer->simulationPanel()->summaryText().contains(u"simulate again"_s));
}

void TestSimulation::invalidProbabilitiesNameTheFieldAndNothingRuns()
{
    m_designer->openCampaign(m_doc->idForSlug(u"insurance_renewal"_s));
    QTest::keyClick(
        m_designer->sequenceView()->viewport(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QTest::qWaitForWindowExposed(m_designer->simulationPanel()));
    clickStep(0);
    typeProbability(u"busy"_s, u"2"_s);
    SimulationPanel *panel = m_designer->simulationPanel();
    QVERIFY2(panel->problemsText().contains(
                 u"insurance_renewal.1.busy: expected a probability between 0 and 1"_s),
             qPrintable(panel->problemsText()));
    QSignalSpy started(m_sim, &SimulationSession::started);
    QVERIFY(!m_designer->simulate());
    QVERIFY(!m_sim->isRunning());
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_sim->result());
    // Typed text that is no number is named too; a valid value clears it.
    typeProbability(u"busy"_s, u"often"_s);
    QVERIFY(panel->problemsText().contains(u"insurance_renewal.1.busy"_s));
    typeProbability(u"busy"_s, u"0.1"_s);
    QCOMPARE(panel->problemsText(), QString());
}

void TestSimulation::compareRunsShowsDeltas()
{
    simulateFromSequence(u"insurance_renewal"_s);
    StepNodeItem *call = m_designer->sequenceScene()->stepItem(0);
    const int before = m_sim->portCount(u"insurance_renewal"_s, 1, u"live_answer"_s)->value;
    // Everyone answers now: the live answers rise, the answering machines vanish.
    clickStep(0);
    for (const QString &o : Vocabulary::outcomesFor(u"voice"_s))
        typeProbability(o, o == u"live_answer" ? u"1"_s : u"0"_s);
    QVERIFY(m_sim->isStale());
    QSignalSpy finished(m_sim, &SimulationSession::finished);
    m_designer->simulateAction()->trigger();
    QVERIFY(finished.wait(60000));
    call = m_designer->sequenceScene()->stepItem(0);
    const auto live = m_sim->portCount(u"insurance_renewal"_s, 1, u"live_answer"_s);
    QCOMPARE(live->previous.value_or(-1), before);
    QVERIFY(live->value > before);
    QVERIFY2(call->portLabel(u"live_answer"_s).contains(u"(+%L1)"_s.arg(live->value - before)),
             qPrintable(call->portLabel(u"live_answer"_s)));
    QVERIFY2(call->portLabel(u"answering_machine"_s).startsWith(u"0 (−"_s),
             qPrintable(call->portLabel(u"answering_machine"_s)));
    // Without comparing, the plain figures.
    QTest::mouseClick(m_designer->simulationPanel()->compareBox(), Qt::LeftButton);
    QVERIFY(!m_sim->isComparing());
    QVERIFY(!call->portLabel(u"live_answer"_s).contains(u"(+"_s));
}

void TestSimulation::theGuiThreadKeepsSpinningAndCancelStops()
{
    m_designer->simulationPanel()->contactsField()->setValue(3000);
    m_designer->openCampaign(m_doc->idForSlug(u"insurance_renewal"_s));
    // The longest gap between the ticks of a 10 ms timer is how long the GUI thread was kept
    // from its events.
    Test::StallMeter meter(10);
    QSignalSpy finished(m_sim, &SimulationSession::finished);
    meter.start();
    QVERIFY(m_designer->simulate());
    QVERIFY(m_designer->simulationPanel()->busyBar()->isVisible());
    QVERIFY(finished.wait(120000));
    meter.stop();
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    qInfo("run %lld ms, %d ticks, longest gap %lld ms",
          meter.elapsedMs(),
          meter.ticks(),
          meter.longestGapMs());
    QVERIFY(meter.elapsedMs() > 300); // long enough for the measure to mean something
    QVERIFY2(meter.longestGapMs() < 250, qPrintable(QString::number(meter.longestGapMs())));
    QVERIFY(!m_designer->simulationPanel()->busyBar()->isVisible());

    // Cancel: the run stops, nothing of it is shown, the last good run stays.
    const Simulator::Result kept = *m_sim->result();
    finished.clear();
    QVERIFY(m_designer->simulate());
    QPushButton *cancel = m_designer->simulationPanel()->cancelButton();
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_sim->isRunning());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.last().at(0).toBool());
    QCOMPARE(m_sim->result()->start, kept.start);
    QCOMPARE(m_sim->result()->steps.size(), kept.steps.size());
}

void TestSimulation::closingWhileRunningStopsTheRunAndLeavesNoScratchDatabase()
{
    m_designer->simulationPanel()->contactsField()->setValue(3000);
    QVERIFY(m_designer->simulate());
    QTest::qWait(300); // well into the run
    QVERIFY(m_sim->isRunning());
    m_designer.reset(); // waits for the worker, which stops at its next virtual moment
    const Test::Session check(u"simdesign"_s);
    QCOMPARE(
        Test::scalar(check.db(),
                     u"select count(*) from pg_database where datname like 'touchline_sim_%'"_s)
            .toInt(),
        0);
}

void TestSimulation::screenshots()
{
    // Pictures for review and the README: the overlay on the insurance renewal at two sizes.
    const QString dir = QDir::temp().filePath(u"touchline-screenshots"_s);
    QDir().mkpath(dir);
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        // A fresh window at each size, as an author opens it.
        cleanup();
        init();
        m_designer->resize(size);
        QTest::qWait(50);
        m_designer->simulationPanel()->contactsField()->setValue(1000);
        simulateFromSequence(u"insurance_renewal"_s);
        clickStep(0);
        const QString suffix = u"-%1x%2.png"_s.arg(size.width()).arg(size.height());
        QVERIFY(m_designer->grab().save(dir + u"/simulate-sequence"_s + suffix));
        m_designer->showMap();
        const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
        m_designer->mapScene()->selectCampaigns({renewal});
        // Framed as an author looks at the figures: the card and its neighbours, readable.
        m_designer->mapView()->fit(
            m_designer->mapScene()->nodeFor(renewal)->sceneBoundingRect().adjusted(
                -80, -420, 560, 60));
        QVERIFY(m_designer->grab().save(dir + u"/simulate-map"_s + suffix));
    }
}

TOUCHLINE_GUI_TEST_MAIN(TestSimulation)

#include "tst_simulation.moc"
