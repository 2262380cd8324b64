// The campaign map driven with the mouse: ports connect through the document, invalid routes
// are refused with a visible cue, a drag is one undo step, rubber-band delete is one step.
#include "campaignmapscene.h"
#include "campaignnodeitem.h"
#include "demoflows.h"
#include "exitedgeitem.h"
#include "flowdocument.h"
#include "flowview.h"
#include "testcluster.h"

#include <QApplication>
#include <QGraphicsSimpleTextItem>
#include <QTest>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

class TestCampaignMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryCampaignAndRoute();
    void draggingAPortOntoACardSetsOnExit();
    void anInvalidConnectionIsRefusedVisibly();
    void draggingACardIsOneUndoStep();
    void rubberBandDeleteIsOneUndoStep();

private:
    QPoint viewPos(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF cardCenter(const QString &slug) const;
    void drag(const QPoint &from, const QPoint &to);

    std::unique_ptr<FlowDocument> m_doc;
    std::unique_ptr<FlowView> m_view;
    CampaignMapScene *m_scene = nullptr;
};

void TestCampaignMap::init()
{
    m_doc = std::make_unique<FlowDocument>();
    m_doc->setFlow(DemoFlows::read().flow);
    m_scene = new CampaignMapScene(m_doc.get(), m_doc.get());
    m_view = std::make_unique<FlowView>();
    m_view->setScene(m_scene);
    m_view->resize(1400, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setZoom(1.0);
    m_view->fit();
}

void TestCampaignMap::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

QPointF TestCampaignMap::cardCenter(const QString &slug) const
{
    CampaignNodeItem *node = m_scene->nodeFor(m_doc->idForSlug(slug));
    return node->mapToScene(node->cardRect().center());
}

void TestCampaignMap::drag(const QPoint &from, const QPoint &to)
{
    QWidget *vp = m_view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 8; ++i) {
        const QPoint p = from + (to - from) * i / 8;
        QMouseEvent move(
            QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestCampaignMap::showsEveryCampaignAndRoute()
{
    QCOMPARE(m_scene->nodeCount(), 6);
    QCOMPARE(m_scene->edgeCount(), 2);
    ExitEdgeItem *gated = m_scene->edgeFor(m_doc->idForSlug(u"b2bea_membership"_s), u"converted"_s);
    QVERIFY(gated);
    QCOMPARE(gated->target(), u"b2bea_membership_close"_s);
    CampaignNodeItem *close = m_scene->nodeFor(m_doc->idForSlug(u"b2bea_membership_close"_s));
    QCOMPARE(close->campaign().steps.size(), 9);
}

void TestCampaignMap::draggingAPortOntoACardSetsOnExit()
{
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    const QPoint from = viewPos(m_scene->portScenePos(world, u"no_engagement"_s));
    const QPoint to = viewPos(cardCenter(u"dreamborn"_s));
    drag(from, to);
    QCOMPARE(m_doc->campaign(world)->onExit.value(u"no_engagement"_s), u"dreamborn"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->toJson().contains("\"no_engagement\": \"dreamborn\""));
    // The scene follows: an edge now leaves that port.
    QVERIFY(m_scene->edgeFor(world, u"no_engagement"_s));
    m_doc->undoStack()->undo();
    QVERIFY(!m_scene->edgeFor(world, u"no_engagement"_s));
}

void TestCampaignMap::anInvalidConnectionIsRefusedVisibly()
{
    const QByteArray before = m_doc->toJson();
    const Id world = m_doc->idForSlug(u"b2bea_world"_s);
    drag(viewPos(m_scene->portScenePos(world, u"rejected"_s)),
         viewPos(cardCenter(u"b2bea_world"_s)));
    QCOMPARE(m_doc->toJson(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_scene->lastRefusal().isEmpty());
    bool cueShown = false;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->data(0).toString() == u"refusal" && item->isVisible())
            cueShown = true;
    }
    QVERIFY(cueShown);
}

void TestCampaignMap::draggingACardIsOneUndoStep()
{
    const QByteArray before = m_doc->toJson();
    const Id dreamborn = m_doc->idForSlug(u"dreamborn"_s);
    const QPointF start = m_scene->nodeFor(dreamborn)->pos();
    const QPoint from = viewPos(cardCenter(u"dreamborn"_s) + QPointF(-60, -40));
    drag(from, from + QPoint(150, 40));
    const Campaign *c = m_doc->campaign(dreamborn);
    QVERIFY(c->layout);
    QVERIFY(c->layout->x() > start.x());
    QCOMPARE(*c->layout, m_scene->nodeFor(dreamborn)->pos());
    QCOMPARE(std::fmod(c->layout->x(), 20.0), 0.0); // grid snap
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->toJson(), before);
    QCOMPARE(m_scene->nodeFor(dreamborn)->pos(), start);
}

void TestCampaignMap::rubberBandDeleteIsOneUndoStep()
{
    const QByteArray before = m_doc->toJson();
    // A band around the three B2BEA membership campaigns (top row of the demo).
    const QRectF row = m_scene->nodeFor(m_doc->idForSlug(u"b2bea_membership"_s))
                           ->sceneBoundingRect()
                           .united(m_scene->nodeFor(m_doc->idForSlug(u"b2bea_membership_cs"_s))
                                       ->sceneBoundingRect());
    drag(viewPos(row.topLeft() + QPointF(-30, -10)), viewPos(row.bottomRight() + QPointF(10, 5)));
    QCOMPARE(m_scene->selectedCampaigns().size(), 3);
    m_scene->deleteSelection();
    QCOMPARE(m_doc->campaignCount(), 3);
    QCOMPARE(m_scene->nodeCount(), 3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->toJson(), before);
    QCOMPARE(m_scene->nodeCount(), 6);
    QCOMPARE(m_scene->edgeCount(), 2);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestCampaignMap tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_campaignmap.moc"
