// Input that does what the author means: one undo step per typed number and per card move,
// a search field that keeps every letter, a port's centre that starts a route, and a
// selection the inspector follows.
#include "campaignmapscene.h"
#include "campaignnodeitem.h"
#include "demodesigner.h"
#include "demoflows.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "problemsmodel.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "testcluster.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

class TestDesignerInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingANumberIsOneUndoStep();
    void typingIntoTwoFieldsIsTwoUndoSteps();
    void movingACardIsOneUndoStep();
    void searchKeepsEveryLetterAndReturnSelects();
    void pressingAMapPortCentreStartsARoute_data();
    void pressingAMapPortCentreStartsARoute();
    void pressingASequencePortCentreStartsARoute_data();
    void pressingASequencePortCentreStartsARoute();
    void reopeningASequenceShowsTheCampaignAndClickingAStepSwitches();
    void stepTypingNeverReachesTheSlug();
    void problemsNameTheFieldAndTheCampaign();
    void aNewCampaignIsPausedForTheFlowsClient();
    void undoInTheToolbarStaysShort();
    void fitFramesTheOpenCampaignNotTheFollowOn();

private:
    void press(FlowView *view, const QPointF &scene);
    void moveTo(FlowView *view, const QPointF &scene);
    void release(FlowView *view, const QPointF &scene);

    std::unique_ptr<FlowDesigner> m_designer;
    FlowDocument *m_doc = nullptr;
};

void TestDesignerInput::init()
{
    m_designer = Test::openDemoDesigner({1280, 800});
    QVERIFY(m_designer);
    m_doc = m_designer->document();
}

void TestDesignerInput::cleanup()
{
    m_designer.reset();
}

void TestDesignerInput::press(FlowView *view, const QPointF &scene)
{
    // The pointer arrives first, as a hand on a mouse does: hover effects come before the press.
    const QPoint at = view->mapFromScene(scene);
    QTest::mouseMove(view->viewport(), at + QPoint(-30, 0));
    QTest::mouseMove(view->viewport(), at);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
}

void TestDesignerInput::moveTo(FlowView *view, const QPointF &scene)
{
    QWidget *vp = view->viewport();
    const QPoint p = view->mapFromScene(scene);
    QMouseEvent e(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(vp, &e);
}

void TestDesignerInput::release(FlowView *view, const QPointF &scene)
{
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
}

void TestDesignerInput::typingANumberIsOneUndoStep()
{
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    m_designer->openCampaign(renewal);
    m_designer->sequenceScene()->stepItem(1)->setSelected(true);
    InspectorWidget *inspector = m_designer->inspector();
    QCOMPARE(inspector->stepIndex(), 1);
    auto *minutes = qobject_cast<QSpinBox *>(inspector->field(u"delay_minutes"_s));
    QVERIFY(minutes);
    const int before = m_doc->campaign(renewal)->steps.at(1).delayMinutes;
    QVERIFY(before != 120);
    minutes->setFocus();
    minutes->selectAll();
    QTest::keyClicks(minutes, u"120"_s);
    QCOMPARE(m_doc->campaign(renewal)->steps.at(1).delayMinutes, 120);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Ctrl+Z in the spin box undoes the whole number, not its last digit.
    QTest::keyClick(minutes, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->campaign(renewal)->steps.at(1).delayMinutes, before);
    QCOMPARE(minutes->value(), before);
    QVERIFY(!m_doc->isDirty());
}

void TestDesignerInput::typingIntoTwoFieldsIsTwoUndoSteps()
{
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    m_designer->openCampaign(renewal);
    m_designer->sequenceScene()->stepItem(2)->setSelected(true);
    InspectorWidget *inspector = m_designer->inspector();
    auto *days = qobject_cast<QSpinBox *>(inspector->field(u"delay_days"_s));
    auto *minutes = qobject_cast<QSpinBox *>(inspector->field(u"delay_minutes"_s));
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"14"_s);
    minutes->setFocus();
    minutes->selectAll();
    QTest::keyClicks(minutes, u"45"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // Leaving a field and coming back starts a new step too.
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"15"_s);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->campaign(renewal)->steps.at(2).delayDays, 15);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->campaign(renewal)->steps.at(2).delayDays, 14);
    QCOMPARE(m_doc->campaign(renewal)->steps.at(2).delayMinutes, 45);
}

void TestDesignerInput::movingACardIsOneUndoStep()
{
    // An edit first, so an undo of the move that undid it instead would show.
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    Campaign renamed = *m_doc->campaign(world);
    renamed.name = u"Renamed"_s;
    m_doc->updateCampaign(world, renamed, u"rename"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Id dreamborn = m_doc->idForSlug(u"dreamborn"_s);
    FlowView *view = m_designer->mapView();
    CampaignNodeItem *node = m_designer->mapScene()->nodeFor(dreamborn);
    view->centerOn(node);
    const QPointF grab = node->mapToScene(QPointF(60, 40));
    const QPointF start = node->pos();
    press(view, grab);
    for (int i = 1; i <= 5; ++i)
        moveTo(view, grab + QPointF(30 * i, 20 * i));
    release(view, grab + QPointF(150, 100));
    QVERIFY(node->pos() != start);
    QCOMPARE(m_doc->campaign(dreamborn)->layout, std::optional<QPointF>(node->pos()));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->campaign(dreamborn)->layout, std::optional<QPointF>(start));
    QCOMPARE(node->pos(), start);
    QCOMPARE(m_doc->campaign(world)->name, u"Renamed"_s);
}

void TestDesignerInput::searchKeepsEveryLetterAndReturnSelects()
{
    QLineEdit *search = m_designer->searchField();
    m_designer->mapView()->setFocus();
    QTest::keyClick(m_designer->mapView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"north"_s);
    QCOMPARE(search->text(), u"north"_s);
    QVERIFY(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!m_designer->isShowingSequence());
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    QCOMPARE(m_designer->mapScene()->selectedCampaigns(), QVector<Id>{renewal});
    QCOMPARE(m_designer->inspector()->campaignId(), renewal);
    QVERIFY(!m_doc->isDirty());
}

void TestDesignerInput::pressingAMapPortCentreStartsARoute_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("target");
    for (const double zoom : {0.0, 0.6, 1.0, 1.7}) {
        QTest::addRow("free port, zoom %.1f", zoom)
            << zoom << u"b2bea_world"_s << u"rejected"_s << u"dreamborn"_s;
        QTest::addRow("routed port, zoom %.1f", zoom)
            << zoom << u"b2bea_membership"_s << u"converted"_s << u"b2bea_membership_cs"_s;
    }
}

void TestDesignerInput::pressingAMapPortCentreStartsARoute()
{
    QFETCH(double, zoom);
    QFETCH(QString, source);
    QFETCH(QString, reason);
    QFETCH(QString, target);
    const Id world = m_doc->idForSlug(source);
    const Id targetId = m_doc->idForSlug(target);
    QTest::qWait(20); // the first show's fit
    CampaignMapScene *map = m_designer->mapScene();
    FlowView *view = m_designer->mapView();
    if (zoom > 0)
        view->setZoom(zoom);
    else
        view->fit();
    const QPointF port = map->portScenePos(world, reason);
    const QPointF dest = map->nodeFor(targetId)->sceneBoundingRect().center();
    if (zoom > 0)
        view->centerOn((port + dest) / 2);
    const QPointF cardBefore = map->nodeFor(world)->pos();
    press(view, port);
    for (int i = 1; i <= 6; ++i)
        moveTo(view, port + (dest - port) * i / 6);
    release(view, dest);
    QCOMPARE(map->nodeFor(world)->pos(), cardBefore);
    QCOMPARE(m_doc->campaign(world)->onExit.value(reason), target);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestDesignerInput::pressingASequencePortCentreStartsARoute_data()
{
    QTest::addColumn<double>("zoom");
    for (const double zoom : {0.0, 0.5, 1.0, 1.6})
        QTest::addRow("zoom %.1f", zoom) << zoom;
}

void TestDesignerInput::pressingASequencePortCentreStartsARoute()
{
    QFETCH(double, zoom);
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    if (zoom > 0)
        view->setZoom(zoom);
    StepNodeItem *to = seq->stepItem(2);
    const QPointF port = seq->portScenePos(0, u"replied"_s);
    const QPointF dest = to->sceneBoundingRect().center();
    if (zoom > 0)
        view->centerOn((port + dest) / 2);
    press(view, port);
    for (int i = 1; i <= 6; ++i)
        moveTo(view, port + (dest - port) * i / 6);
    release(view, dest);
    const Step &s = m_doc->campaign(world)->steps.at(0);
    QVERIFY(s.onOutcome.contains(u"replied"_s));
    QCOMPARE(s.onOutcome.value(u"replied"_s).gotoStep, 3);
}

void TestDesignerInput::reopeningASequenceShowsTheCampaignAndClickingAStepSwitches()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    seq->stepItem(1)->setSelected(true);
    QCOMPARE(m_designer->inspector()->stepIndex(), 1);
    m_designer->showMap();
    m_designer->openCampaign(world);
    // What shows selected is what the inspector shows.
    QVERIFY(seq->selectedSteps().isEmpty());
    QCOMPARE(m_designer->inspector()->campaignId(), world);
    QCOMPARE(m_designer->inspector()->stepIndex(), -1);
    StepNodeItem *step = seq->stepItem(1);
    view->centerOn(step);
    QTest::mouseClick(view->viewport(),
                      Qt::LeftButton,
                      {},
                      view->mapFromScene(step->mapToScene(QPointF(40, 20))));
    QCOMPARE(seq->selectedSteps(), QVector<int>{1});
    QCOMPARE(m_designer->inspector()->stepIndex(), 1);
    // Clicking the campaign's background goes back to the campaign.
    QTest::mouseClick(view->viewport(),
                      Qt::LeftButton,
                      {},
                      view->mapFromScene(step->mapToScene(QPointF(40, -30))));
    QVERIFY(seq->selectedSteps().isEmpty());
    QCOMPARE(m_designer->inspector()->stepIndex(), -1);
}

void TestDesignerInput::stepTypingNeverReachesTheSlug()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    StepNodeItem *step = seq->stepItem(0);
    view->centerOn(step);
    QTest::mouseClick(view->viewport(),
                      Qt::LeftButton,
                      {},
                      view->mapFromScene(step->mapToScene(QPointF(40, 20))));
    QCOMPARE(m_designer->inspector()->stepIndex(), 0);
    QTest::keyClicks(QApplication::focusWidget(), u"1"_s);
    QCOMPARE(m_doc->campaign(world)->slug, u"b2bea_world"_s);
    // The slug field: the DESIGN pattern ^[a-z0-9_]+$ admits "1"; it refuses what it excludes.
    m_designer->showMap();
    m_designer->mapScene()->selectCampaigns({world});
    auto *slug = qobject_cast<QLineEdit *>(m_designer->inspector()->field(u"slug"_s));
    QVERIFY(slug && slug->isVisible());
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, u"b2bea world!"_s);
    QTest::keyClick(slug, Qt::Key_Return);
    QCOMPARE(m_doc->campaign(world)->slug, u"b2bea_world"_s);
    QVERIFY(!m_designer->inspector()->problemFor(u"slug"_s).isEmpty());
}

void TestDesignerInput::problemsNameTheFieldAndTheCampaign()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    const Id dreamborn = m_doc->idForSlug(u"dreamborn"_s);
    Campaign unnamed = *m_doc->campaign(world);
    unnamed.name.clear();
    m_doc->updateCampaign(world, unnamed, u"unname"_s);
    Campaign twin = *m_doc->campaign(dreamborn);
    twin.slug = u"b2bea_membership"_s;
    m_doc->updateCampaign(dreamborn, twin, u"twin"_s);
    m_doc->validateNow();
    ProblemsModel *model = m_designer->problemsModel();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(model->index(r, ProblemsModel::WhereColumn).data().toString() + u" | "_s
                    + model->index(r, ProblemsModel::MessageColumn).data().toString());
    const QString all = rows.join(u'\n');
    // The field, and the campaign by its name (the slug when it has none).
    QVERIFY2(all.contains(u"b2bea_world · name | "_s), qPrintable(all));
    QVERIFY2(all.contains(u"DreamBorn platform outreach · slug | "_s), qPrintable(all));
    QVERIFY2(all.contains(u"B2BEA vendor membership outreach (b2bea_membership)"_s),
             qPrintable(all));
    QVERIFY2(!all.contains(u"campaigns["_s), qPrintable(all));
    // One click goes to the problem.
    QTreeView *view = m_designer->problemsView();
    int dreambornRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ProblemsModel::WhereColumn)
                .data(ProblemsModel::CampaignRole)
                .value<Id>()
            == dreamborn)
            dreambornRow = r;
    }
    QVERIFY(dreambornRow >= 0);
    const QRect r = view->visualRect(model->index(dreambornRow, ProblemsModel::WhereColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(m_designer->mapScene()->selectedCampaigns(), QVector<Id>{dreamborn});
    QCOMPARE(m_designer->inspector()->campaignId(), dreamborn);
}

void TestDesignerInput::aNewCampaignIsPausedForTheFlowsClient()
{
    FlowView *view = m_designer->mapView();
    QVERIFY(m_designer->mapScene()->dropPaletteItem(
        u"campaign:event"_s, view->mapToScene(view->viewport()->rect().center())));
    const Campaign &c = m_doc->flow().campaigns.constLast();
    QCOMPARE(c.status, u"paused"_s);
    QCOMPARE(c.clientId, u"b2bea"_s); // four of the demo's six campaigns
    m_doc->validateNow();
    for (const FlowDocument::Issue &i : m_doc->issuesFor(m_doc->idAt(6)))
        QVERIFY2(!i.issue.isError(), qPrintable(i.issue.toString()));
}

void TestDesignerInput::undoInTheToolbarStaysShort()
{
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    Campaign c = *m_doc->campaign(renewal);
    c.name = u"Renamed"_s;
    m_doc->updateCampaign(
        renewal, c, u"Edit step 1 of insurance_renewal and a very long description"_s);
    QToolButton *undoButton = nullptr;
    for (QToolButton *b : m_designer->findChildren<QToolButton *>()) {
        if (b->defaultAction() && b->defaultAction()->shortcuts().contains(QKeySequence::Undo))
            undoButton = b;
    }
    QVERIFY(undoButton);
    QCOMPARE(undoButton->text(), u"Undo"_s);
    QVERIFY(undoButton->toolTip().contains(u"very long description"_s));
    QVERIFY(m_designer->searchField()->isVisible());
}

void TestDesignerInput::fitFramesTheOpenCampaignNotTheFollowOn()
{
    // b2bea_membership continues in b2bea_membership_close, shown dimmed below its lane.
    m_designer->openCampaign(m_doc->idForSlug(u"b2bea_membership"_s));
    SequenceScene *seq = m_designer->sequenceScene();
    QVERIFY(!seq->contextSteps().isEmpty());
    FlowView *view = m_designer->sequenceView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(seq->stepItem(0)->sceneBoundingRect()));
    QVERIFY(visible.contains(seq->ownRect().adjusted(10, 10, -10, -10)));
    QVERIFY(!visible.contains(seq->contextSteps().constLast()->sceneBoundingRect()));
    QVERIFY(view->zoom() > 0.3); // one's own steps stay readable
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestDesignerInput tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_designerinput.moc"
