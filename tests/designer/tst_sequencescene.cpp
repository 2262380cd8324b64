// The sequence view as an author sees it: new steps that start without warnings and with
// instructions for their channel, a day axis that follows a delay change, terminal titles that
// fit, and retry pills clear of every port.
#include "demoflows.h"
#include "designerstyle.h"
#include "flowdesigner.h"
#include "flowdocument.h"
#include "flowview.h"
#include "inspectorwidget.h"
#include "outcomeedgeitem.h"
#include "problemsmodel.h"
#include "sequencescene.h"
#include "stepnodeitem.h"
#include "terminalitem.h"
#include "testcluster.h"
#include "vocabulary.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QPaintEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

namespace {

// Collects what a widget repaints.
class PaintSpy : public QObject
{
public:
    explicit PaintSpy(QWidget *w) { w->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestSequenceScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewStepStartsCleanForItsChannel_data();
    void aNewStepStartsCleanForItsChannel();
    void theAxisFollowsADelayChange();
    void terminalTitlesFit_data();
    void terminalTitlesFit();
    void retryPillsStayClearOfPorts();
    void problemsAndBadgesFollowTheWorker();

private:
    void clickStep(int index);

    std::unique_ptr<FlowDesigner> m_designer;
    FlowDocument *m_doc = nullptr;
};

void TestSequenceScene::init()
{
    m_designer = std::make_unique<FlowDesigner>();
    m_designer->resize(1280, 800);
    m_designer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_designer.get()));
    m_designer->setFlow(DemoFlows::read().flow);
    m_doc = m_designer->document();
}

void TestSequenceScene::cleanup()
{
    m_designer.reset();
}

void TestSequenceScene::clickStep(int index)
{
    FlowView *view = m_designer->sequenceView();
    StepNodeItem *step = m_designer->sequenceScene()->stepItem(index);
    QVERIFY(step);
    view->centerOn(step);
    QTest::mouseClick(view->viewport(),
                      Qt::LeftButton,
                      {},
                      view->mapFromScene(step->mapToScene(QPointF(40, 20))));
    QCOMPARE(m_designer->inspector()->stepIndex(), index);
}

void TestSequenceScene::aNewStepStartsCleanForItsChannel_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("mentions"); // a word the instructions use for this channel
    QTest::addRow("sms") << u"sms"_s << u"Text"_s;
    QTest::addRow("voice") << u"voice"_s << u"Call"_s;
    QTest::addRow("linkedin") << u"linkedin"_s << u"Connection note"_s;
    QTest::addRow("email") << u"email"_s << u"Write to"_s;
}

void TestSequenceScene::aNewStepStartsCleanForItsChannel()
{
    QFETCH(QString, channel);
    QFETCH(QString, mentions);
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    const int count = int(m_doc->campaign(world)->steps.size());
    const QPointF after
        = seq->stepItem(count - 1)->sceneBoundingRect().topRight() + QPointF(60, 40);
    QVERIFY(seq->dropPaletteItem(u"step:"_s + channel, after));
    QCOMPARE(m_doc->campaign(world)->steps.size(), count + 1);
    m_doc->validateNow();

    const Step &s = m_doc->campaign(world)->steps.constLast();
    QVERIFY2(s.templateInstructions.startsWith(mentions), qPrintable(s.templateInstructions));
    QVERIFY(s.templateInstructions.contains(u"{{first_name}}"_s));
    // The routes are the engine's default exits for what the channel can report.
    for (const Vocabulary::DefaultRouteRow &row : Vocabulary::defaultRoutes()) {
        const QString name = QString::fromLatin1(row.name);
        const bool exit = row.step == Vocabulary::DefaultRoute::ExitRejected
                          || row.step == Vocabulary::DefaultRoute::ExitConverted;
        QCOMPARE(s.onOutcome.contains(name), exit && Vocabulary::isOutcomeFor(channel, name));
    }
    StepNodeItem *item = seq->stepItem(count);
    QCOMPARE(item->errorCount(), 0);
    QCOMPARE(item->warningCount(), 0);
    for (const FlowDocument::Issue &i : m_doc->issuesFor(world))
        QVERIFY2(i.step != count, qPrintable(i.issue.toString()));

    // In the inspector, a row that goes on to the next step says so plainly, never in red.
    clickStep(count - 1); // the previous step: not the last, so "next step" is an option
    InspectorWidget *inspector = m_designer->inspector();
    auto *table = inspector->findChild<QTableWidget *>(u"field_on_outcome"_s);
    QVERIFY(table);
    bool sawNextStep = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        QVERIFY(box);
        QVERIFY(!box->currentText().contains(u"unhandled"_s));
        sawNextStep = sawNextStep || box->currentText() == u"next step"_s;
    }
    QVERIFY(sawNextStep);
    QCOMPARE(inspector->problemFor(u"on_outcome"_s), QString());
    QVERIFY(!table->styleSheet().contains(u"#dc2626"_s));
    clickStep(count);
    QCOMPARE(inspector->problemFor(u"on_outcome"_s), QString());
    if (!qEnvironmentVariableIsEmpty("TOUCHLINE_SCREENSHOTS")) {
        QTest::qWait(50);
        m_designer->grab().save(qEnvironmentVariable("TOUCHLINE_SCREENSHOTS")
                                + u"/new-step-%1.png"_s.arg(channel));
    }
}

void TestSequenceScene::theAxisFollowsADelayChange()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    SequenceScene *seq = m_designer->sequenceScene();
    FlowView *view = m_designer->sequenceView();
    const int last = int(m_doc->campaign(world)->steps.size()) - 1;
    clickStep(last);
    const int before = m_doc->campaign(world)->steps.at(last).delayDays;
    const int after = before + 17;
    view->centerOn(seq->axisRect().center());
    QApplication::processEvents();

    PaintSpy spy(view->viewport());
    auto *days = qobject_cast<QSpinBox *>(m_designer->inspector()->field(u"delay_days"_s));
    QVERIFY(days);
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, QString::number(after));
    QTest::keyClick(days, Qt::Key_Tab);
    QCOMPARE(m_doc->campaign(world)->steps.at(last).delayDays, after);
    QCOMPARE(seq->axisLabels().constLast(), DesignerStyle::delayLabel(after, 0));
    // What showed the old axis is painted again (the background is no item's area).
    const QRect axis
        = view->mapFromScene(seq->axisRect()).boundingRect() & view->viewport()->rect();
    QVERIFY(!axis.isEmpty());
    QTRY_VERIFY((QRegion(axis) - spy.painted).isEmpty());
}

void TestSequenceScene::terminalTitlesFit_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addRow("voice campaign (exits and handoffs)") << u"insurance_renewal"_s;
    QTest::addRow("gated campaign") << u"b2bea_membership"_s;
}

void TestSequenceScene::terminalTitlesFit()
{
    QFETCH(QString, slug);
    m_designer->openCampaign(m_doc->idForSlug(slug));
    SequenceScene *seq = m_designer->sequenceScene();
    QVector<TerminalItem *> terminals;
    for (const QString &r : Vocabulary::exitReasons())
        terminals.append(seq->exitTerminal(r));
    for (const QString &h : Vocabulary::handoffTargets()) {
        if (TerminalItem *t = seq->handoffTerminal(h))
            terminals.append(t);
    }
    const QFontMetricsF fm(DesignerStyle::titleFont());
    for (int i = 0; i < terminals.size(); ++i) {
        TerminalItem *t = terminals.at(i);
        QVERIFY(t);
        QVERIFY2(fm.horizontalAdvance(t->title()) <= t->titleRect().width(),
                 qPrintable(t->title()));
        QVERIFY(QRectF(0, 0, t->width(), TerminalItem::height).contains(t->titleRect()));
        for (int j = i + 1; j < terminals.size(); ++j)
            QVERIFY(!t->sceneBoundingRect().intersects(terminals.at(j)->sceneBoundingRect()));
    }
}

void TestSequenceScene::retryPillsStayClearOfPorts()
{
    const Id renewal = m_doc->idForSlug(u"insurance_renewal"_s);
    m_designer->openCampaign(renewal);
    SequenceScene *seq = m_designer->sequenceScene();
    int pills = 0;
    for (OutcomeEdgeItem *e : seq->edges()) {
        if (e->action().kind != OutcomeAction::Kind::Retry)
            continue;
        ++pills;
        QVERIFY2(e->toolTip().startsWith(e->outcome() + u": retry in"_s), qPrintable(e->toolTip()));
        const QRectF pill = e->labelRect();
        const QFontMetricsF fm(DesignerStyle::smallFont());
        QVERIFY(fm.horizontalAdvance(e->label()) <= pill.width());
        const Campaign *c = m_doc->campaign(renewal);
        for (int i = 0; i < c->steps.size(); ++i) {
            StepNodeItem *step = seq->stepItem(i);
            QVERIFY2(!step->mapRectToScene(step->cardRect()).intersects(pill),
                     qPrintable(e->label()));
            for (const QString &port : step->ports()) {
                const QPointF at = seq->portScenePos(i, port);
                QVERIFY2(
                    !pill.adjusted(-6, -6, 6, 6).contains(at),
                    qPrintable(u"%1 over port %2 of step %3"_s.arg(e->label(), port).arg(i + 1)));
            }
        }
    }
    QVERIFY(pills > 0);
    if (!qEnvironmentVariableIsEmpty("TOUCHLINE_SCREENSHOTS")) {
        m_designer->sequenceView()->fitInView(seq->ownRect(), Qt::KeepAspectRatio);
        m_designer->grab().save(qEnvironmentVariable("TOUCHLINE_SCREENSHOTS")
                                + u"/sequence-renewal.png"_s);
    }
}

void TestSequenceScene::problemsAndBadgesFollowTheWorker()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    m_designer->openCampaign(world);
    clickStep(1);
    ProblemsModel *problems = m_designer->problemsModel();
    const int before = problems->errorCount();
    // Emptying the content type is an error the validator reports, off the GUI thread.
    auto *content = qobject_cast<QComboBox *>(m_designer->inspector()->field(u"content_type"_s));
    QVERIFY(content && content->lineEdit());
    content->lineEdit()->setFocus();
    content->lineEdit()->selectAll();
    QTest::keyClick(content->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(content->lineEdit(), Qt::Key_Tab);
    QCOMPARE(m_doc->campaign(world)->steps.at(1).contentType, QString());
    QVERIFY(m_doc->isValidating());
    QCOMPARE(problems->errorCount(), before); // not yet: the pass has not returned
    QTRY_COMPARE(problems->errorCount(), before + 1);
    QVERIFY(!m_doc->isValidating());
    QCOMPARE(m_designer->sequenceScene()->stepItem(1)->errorCount(), 1);
    QVERIFY(m_designer->inspector()->problemFor(u"content_type"_s).contains(u"empty"_s));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestSequenceScene tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_sequencescene.moc"
