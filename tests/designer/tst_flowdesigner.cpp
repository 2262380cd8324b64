// The whole designer as an author uses it: palette drops, port connections in the sequence view,
// keyboard copy/paste/delete, auto-layout, inspector, problems list, files and screenshots.
#include "autolayout.h"
#include "campaignmapscene.h"
#include "campaignnodeitem.h"
#include "demodesigner.h"
#include "demoflows.h"
#include "flowcodec.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "outcomeedgeitem.h"
#include "palettewidget.h"
#include "problemsmodel.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "templateedit.h"
#include "terminalitem.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

class TestFlowDesigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripLeavesTheFlowByteIdentical();
    void draggingFromThePaletteCreatesACampaign();
    void draggingAChannelOntoASequenceAddsAStep();
    void connectingAnOutcomePortSetsOnOutcome_data();
    void connectingAnOutcomePortSetsOnOutcome();
    void aGotoToAnotherCampaignsStepIsRefused();
    void keyboardCopyPasteAndDeleteAreSingleUndoSteps();
    void undoAndRedoThroughTheUiRestoreTheExactJson();
    void autoLayoutProducesNonOverlappingCards();
    void inspectorEditsAreUndoableAndValidatedInline();
    void templateEditorCompletesMergeFields();
    void problemsListJumpsToTheNode();
    void exportsPngAndSvg();
    void screenshots();

private:
    void dropPalette(FlowView *view, const QString &what, const QPointF &scenePos);
    void drag(FlowView *view, const QPointF &fromScene, const QPointF &toScene);

    std::unique_ptr<FlowDesigner> m_designer;
    FlowDocument *m_doc = nullptr;
};

void TestFlowDesigner::init()
{
    m_designer = Test::openDemoDesigner({1600, 1000});
    QVERIFY(m_designer);
    m_doc = m_designer->document();
}

void TestFlowDesigner::cleanup()
{
    m_designer.reset();
}

void TestFlowDesigner::dropPalette(FlowView *view, const QString &what, const QPointF &scenePos)
{
    PaletteWidget *palette = m_designer->palette();
    QTreeWidgetItem *item = palette->itemFor(what);
    QVERIFY(item);
    // The palette's own drag payload, delivered to the canvas as a drop.
    std::unique_ptr<QMimeData> mime(palette->model()->mimeData({palette->indexFromItem(item)}));
    QVERIFY(mime);
    const QPoint at = view->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &drop);
}

void TestFlowDesigner::drag(FlowView *view, const QPointF &fromScene, const QPointF &toScene)
{
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    QVERIFY(vp->rect().contains(from));
    QVERIFY(vp->rect().contains(to));
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i) {
        const QPoint p = from + (to - from) * i / 6;
        QMouseEvent e(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &e);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestFlowDesigner::roundTripLeavesTheFlowByteIdentical()
{
    // Look at everything without editing: every sequence, fit, zoom, search.
    for (const Id id : m_doc->ids())
        m_designer->openCampaign(id);
    m_designer->showMap();
    QTest::keyClick(m_designer->mapView(), Qt::Key_F);
    m_designer->searchField()->setText(u"dream"_s);
    QTemporaryDir dir;
    QString error;
    const QString out = dir.filePath(u"out.json"_s);
    QVERIFY2(m_designer->exportFile(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), DemoFlows::bytes());
    QVERIFY(!m_doc->isDirty());
    // And an import of that export shows the same flow.
    QVERIFY(m_designer->importFile(out, &error));
    QCOMPARE(m_doc->toJson(), DemoFlows::bytes());
}

void TestFlowDesigner::draggingFromThePaletteCreatesACampaign()
{
    FlowView *view = m_designer->mapView();
    const QPointF at = view->mapToScene(view->viewport()->rect().center());
    dropPalette(view, u"campaign:event"_s, at);
    QCOMPARE(m_doc->campaignCount(), 7);
    const Campaign &c = m_doc->flow().campaigns.constLast();
    QCOMPARE(c.type, u"event"_s);
    QCOMPARE(c.slug, u"new_event"_s);
    QVERIFY(c.layout);
    QVERIFY(QLineF(*c.layout, at).length() < 60);
    // The user sees it: a card at the drop point, selected and in the inspector.
    CampaignNodeItem *node = m_designer->mapScene()->nodeFor(m_doc->idAt(6));
    QVERIFY(node && node->isSelected());
    QCOMPARE(m_designer->inspector()->campaignId(), m_doc->idAt(6));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->validateNow();
    QCOMPARE(m_designer->problemsModel()->errorCount(), 0); // a new campaign is valid as dropped
    dropPalette(view, u"campaign:event"_s, at + QPointF(0, 300));
    QCOMPARE(m_doc->flow().campaigns.constLast().slug, u"new_event_copy"_s);
}

void TestFlowDesigner::draggingAChannelOntoASequenceAddsAStep()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    QVERIFY(m_designer->isShowingSequence());
    SequenceScene *seq = m_designer->sequenceScene();
    StepNodeItem *last = seq->stepItem(4);
    QVERIFY(last);
    m_designer->sequenceView()->centerOn(last);
    dropPalette(m_designer->sequenceView(),
                u"step:voice"_s,
                last->sceneBoundingRect().topRight() + QPointF(60, 60));
    const Campaign *c = m_doc->campaign(world);
    QCOMPARE(c->steps.size(), 6);
    QCOMPARE(c->steps.at(5).channel, u"voice"_s);
    QCOMPARE(c->steps.at(5).delayDays, 16);
    QVERIFY(seq->stepItem(5)); // the scene follows
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestFlowDesigner::connectingAnOutcomePortSetsOnOutcome_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::addRow("goto") << u"replied"_s << u"step:3"_s << u"{\"goto\": 3}"_s;
    QTest::addRow("exit") << u"replied"_s << u"exit:converted"_s << u"{\"exit\": \"converted\"}"_s;
    QTest::addRow("retry") << u"no_reply"_s << u"step:1"_s
                           << u"{\"retry\": {\"after_minutes\": 60, \"max_attempts\": 3}}"_s;
}

void TestFlowDesigner::connectingAnOutcomePortSetsOnOutcome()
{
    QFETCH(QString, outcome);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    view->setZoom(0.5);
    QGraphicsItem *to = target.startsWith(u"step"_s)
                            ? static_cast<QGraphicsItem *>(seq->stepItem(target.mid(5).toInt() - 1))
                            : seq->exitTerminal(target.mid(5));
    QVERIFY(to);
    const QPointF from = seq->portScenePos(0, outcome);
    const QPointF dest = to->sceneBoundingRect().center();
    view->centerOn((from + dest) / 2);
    drag(view, from, dest);
    const Step &s = m_doc->campaign(world)->steps.at(0);
    QVERIFY(s.onOutcome.contains(outcome));
    QCOMPARE(FlowCodec::onOutcomeToJson(s.onOutcome).value(outcome).toObject(),
             QJsonDocument::fromJson(expected.toUtf8()).object());
    QVERIFY(m_designer->sequenceScene()->edgeFor(0, outcome)); // a labelled edge appears
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestFlowDesigner::aGotoToAnotherCampaignsStepIsRefused()
{
    const Id membership = m_doc->idForSlug(u"b2bea_membership"_s);
    m_designer->openCampaign(membership);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    view->setZoom(0.35);
    // The lane below shows b2bea_membership_close, where converted continues.
    QVERIFY(!seq->contextSteps().isEmpty());
    StepNodeItem *other = seq->contextSteps().first();
    const QByteArray before = m_doc->toJson();
    const QPointF from = seq->portScenePos(0, u"replied"_s);
    const QPointF dest = other->sceneBoundingRect().center();
    view->centerOn((from + dest) / 2);
    drag(view, from, dest);
    QCOMPARE(m_doc->toJson(), before);
    QVERIFY(seq->lastRefusal().contains(u"stays inside its campaign"_s));
    bool cue = false;
    for (QGraphicsItem *i : seq->items())
        cue = cue || i->data(0).toString() == u"refusal";
    QVERIFY(cue);
    // sit_uncallable onto its own step would redial a dead number: refused too.
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    m_designer->openCampaign(renewal);
    QVERIFY(!seq->connectPort(0, u"sit_uncallable"_s, seq->stepItem(0)));
    QVERIFY(seq->lastRefusal().contains(u"never redialled"_s));
}

void TestFlowDesigner::keyboardCopyPasteAndDeleteAreSingleUndoSteps()
{
    CampaignMapScene *map = m_designer->mapScene();
    FlowView *view = m_designer->mapView();
    view->setFocus();
    map->selectCampaigns(
        {m_doc->idForSlug(u"b2bea_membership"_s), m_doc->idForSlug(u"b2bea_membership_close"_s)});
    const QByteArray before = m_doc->toJson();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->campaignCount(), 8);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->idForSlug(u"b2bea_membership_copy"_s));
    QCOMPARE(map->selectedCampaigns().size(), 2); // the pasted ones
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_doc->campaignCount(), 6);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->toJson(), before);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->campaignCount(), 8);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->toJson(), before);
    QVERIFY(!m_doc->isDirty());
    // Duplicate.
    map->selectCampaigns({m_doc->idForSlug(u"dreamborn"_s)});
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_doc->idForSlug(u"dreamborn_copy"_s));
}

void TestFlowDesigner::undoAndRedoThroughTheUiRestoreTheExactJson()
{
    const QByteArray s0 = m_doc->toJson();
    FlowView *view = m_designer->mapView();
    dropPalette(view, u"campaign:renewal"_s, QPointF(1200, 900));
    const QByteArray s1 = m_doc->toJson();
    CampaignMapScene *map = m_designer->mapScene();
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    QVERIFY(map->connectPorts(world, u"converted"_s, m_doc->idForSlug(u"new_renewal"_s)));
    const QByteArray s2 = m_doc->toJson();
    QVERIFY(m_designer->autoLayoutAndWait());
    const QByteArray s3 = m_doc->toJson();
    QCOMPARE(m_doc->undoStack()->count(), 3);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->toJson(), s2);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->toJson(), s1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->toJson(), s0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_doc->toJson(), s3);
}

void TestFlowDesigner::autoLayoutProducesNonOverlappingCards()
{
    // The demo plus a pasted copy of everything: 12 campaigns with routes.
    QVector<Campaign> all(m_doc->flow().campaigns.cbegin(), m_doc->flow().campaigns.cend());
    m_doc->addCampaigns(all, u"copy"_s);
    QVERIFY(m_designer->autoLayoutAndWait());
    CampaignMapScene *map = m_designer->mapScene();
    QVector<QRectF> cards;
    for (const Id id : m_doc->ids()) {
        const Campaign *c = m_doc->campaign(id);
        QVERIFY(c->layout);
        CampaignNodeItem *node = map->nodeFor(id);
        QCOMPARE(node->pos(), *c->layout);
        cards.append(node->mapRectToScene(node->cardRect()));
    }
    for (int i = 0; i < cards.size(); ++i) {
        for (int j = i + 1; j < cards.size(); ++j)
            QVERIFY2(!cards.at(i).intersects(cards.at(j)),
                     qPrintable(u"%1 and %2"_s.arg(i).arg(j)));
    }
    // Routes run left to right: a target sits right of its source.
    const Id membership = m_doc->idForSlug(u"b2bea_membership"_s);
    const Id close = m_doc->idForSlug(u"b2bea_membership_close"_s);
    QVERIFY(m_doc->campaign(close)->layout->x() > m_doc->campaign(membership)->layout->x());
    QCOMPARE(m_doc->undoStack()->count(), 2); // the paste and one auto-layout step
}

void TestFlowDesigner::inspectorEditsAreUndoableAndValidatedInline()
{
    const Id dreamborn = m_doc->idForSlug(u"dreamborn"_s);
    m_designer->mapScene()->selectCampaigns({dreamborn});
    InspectorWidget *inspector = m_designer->inspector();
    QCOMPARE(inspector->campaignId(), dreamborn);
    auto *name = qobject_cast<QLineEdit *>(inspector->field(u"name"_s));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Dreamborn platform"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_doc->campaign(dreamborn)->name, u"Dreamborn platform"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    // A slug taken by another campaign: the validator's message shows under the field.
    auto *slug = qobject_cast<QLineEdit *>(inspector->field(u"slug"_s));
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, u"b2bea_world"_s);
    QTest::keyClick(slug, Qt::Key_Return);
    m_doc->validateNow();
    QVERIFY2(inspector->problemFor(u"slug"_s).contains(u"already used"_s),
             qPrintable(inspector->problemFor(u"slug"_s)));
    QCOMPARE(m_designer->problemsModel()->errorCount(), 1);
    m_doc->undoStack()->undo();
    m_doc->validateNow();
    QVERIFY(inspector->problemFor(u"slug"_s).isEmpty());
    // Typing an invalid slug is flagged at once.
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, u"Bad Slug"_s);
    QVERIFY(!inspector->problemFor(u"slug"_s).isEmpty());
}

void TestFlowDesigner::templateEditorCompletesMergeFields()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    m_designer->sequenceScene()->stepItem(1)->setSelected(true);
    InspectorWidget *inspector = m_designer->inspector();
    QCOMPARE(inspector->stepIndex(), 1);
    auto *edit = qobject_cast<TemplateEdit *>(inspector->field(u"template_instructions"_s));
    QVERIFY(edit);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Mention {{comp"_s);
    QTRY_VERIFY(edit->completer()->popup()->isVisible());
    QCOMPARE(edit->completer()->currentCompletion(), u"company"_s);
    QTest::keyClick(edit->completer()->popup(), Qt::Key_Return);
    QVERIFY2(edit->toPlainText().endsWith(u" Mention {{company}}"_s),
             qPrintable(edit->toPlainText()));
    m_designer->sequenceView()->setFocus(); // leaving the editor commits
    QVERIFY(m_doc->campaign(world)->steps.at(1).templateInstructions.endsWith(u"{{company}}"_s));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestFlowDesigner::problemsListJumpsToTheNode()
{
    QAbstractItemModelTester tester(m_designer->problemsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    Campaign broken = *m_doc->campaign(world);
    broken.steps[3].handler = u"ivr"_s; // a handler on a LinkedIn step
    m_doc->updateCampaign(world, broken, u"break"_s);
    m_doc->validateNow();
    ProblemsModel *model = m_designer->problemsModel();
    QCOMPARE(model->errorCount(), 1);
    const QModelIndex first = model->index(0, ProblemsModel::WhereColumn);
    QCOMPARE(first.data().toString(),
             u"B2B eCommerce World event registration · step 4 · handler"_s);
    QVERIFY(model->index(0, ProblemsModel::MessageColumn).data().toString().contains(u"handler"_s));
    // The card shows a badge.
    QCOMPARE(m_designer->mapScene()->nodeFor(world)->errorCount(), 1);
    QTreeView *view = m_designer->problemsView();
    const QRect r = view->visualRect(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QVERIFY(m_designer->isShowingSequence());
    QCOMPARE(m_designer->sequenceScene()->campaignId(), world);
    QVERIFY(m_designer->sequenceScene()->stepItem(3)->isSelected());
}

void TestFlowDesigner::exportsPngAndSvg()
{
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(u"map.png"_s);
    const QString svg = dir.filePath(u"map.svg"_s);
    QVERIFY2(m_designer->exportImage(png, &error), qPrintable(error));
    QVERIFY2(m_designer->exportImage(svg, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(image.width() > 1000);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("B2BEA membership close"));
}

void TestFlowDesigner::screenshots()
{
    // Not an assertion on looks: pictures for the README and for people reviewing changes.
    const QString dir = QDir::temp().filePath(u"touchline-screenshots"_s);
    QDir().mkpath(dir);
    m_designer->resize(1680, 1000);
    m_designer->showMap();
    m_designer->mapScene()->selectCampaigns({m_doc->idForSlug(u"b2bea_membership_close"_s)});
    m_designer->mapView()->fit();
    QVERIFY(m_designer->grab().save(dir + u"/designer-map.png"_s));
    m_designer->openCampaign(m_doc->idForSlug(u"insurance_renewal"_s));
    QVERIFY(m_designer->grab().save(dir + u"/designer-sequence.png"_s));
    m_designer->openCampaign(m_doc->idForSlug(u"b2bea_membership"_s));
    QVERIFY(m_designer->grab().save(dir + u"/designer-sequence-2.png"_s));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestFlowDesigner tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_flowdesigner.moc"
