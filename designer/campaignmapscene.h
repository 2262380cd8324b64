// The campaign map: one card per campaign and one edge per on_exit route. It follows the
// document's signals through id -> item maps and turns mouse gestures into document edits.
#pragma once

#include "flowdocument.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace Touchline {

class CampaignNodeItem;
class ExitEdgeItem;
class SimulationSession;

class CampaignMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static const QString campaignsMimeType; // copied campaigns: a flow document's JSON
    static const QString paletteMimeType;   // "campaign:<type>" or "step:<channel>"

    explicit CampaignMapScene(FlowDocument *document, QObject *parent = nullptr);

    FlowDocument *document() const { return m_document; }
    CampaignNodeItem *nodeFor(FlowDocument::Id id) const { return m_nodes.value(id); }
    ExitEdgeItem *edgeFor(FlowDocument::Id id, const QString &reason) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const;
    QPointF portScenePos(FlowDocument::Id id, const QString &reason) const;
    QPointF positionOf(FlowDocument::Id id) const;
    QRectF nodesRect() const;

    QVector<FlowDocument::Id> selectedCampaigns() const;
    void selectCampaigns(const QVector<FlowDocument::Id> &ids);

    bool snapToGrid() const { return m_snap; }
    // Whether the author is dragging cards right now (snapping applies to that only).
    bool isDraggingNodes() const { return m_moving; }
    void setSnapToGrid(bool snap) { m_snap = snap; }

    // Why routing `reason` of `source` into `target` is refused; empty when it is allowed.
    QString
    refusalFor(FlowDocument::Id source, const QString &reason, FlowDocument::Id target) const;
    bool connectPorts(FlowDocument::Id source, const QString &reason, FlowDocument::Id target);
    QString lastRefusal() const { return m_lastRefusal; }

    // Creates what the palette names at `scenePos`; a step needs a campaign under it.
    bool dropPaletteItem(const QString &what, const QPointF &scenePos);

    void copySelection();
    bool paste();
    void duplicateSelection();
    void deleteSelection();

    // Marks the campaigns whose slug or name contains `text`; returns them in flow order.
    QVector<FlowDocument::Id> search(const QString &text);

    // The simulation whose figures the cards show while its overlay is on.
    void setSimulation(const SimulationSession *simulation);

    // Called by a card whenever it moves, to keep its edges attached.
    void nodeMoved(CampaignNodeItem *node);

Q_SIGNALS:
    void campaignActivated(Touchline::FlowDocument::Id id);
    void connectionRefused(const QString &why);
    void statusMessage(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void onFlowReset();
    void onCampaignAdded(FlowDocument::Id id);
    void onCampaignRemoved(FlowDocument::Id id);
    void onCampaignChanged(FlowDocument::Id id);
    void onLayoutChanged(FlowDocument::Id id);
    void onValidated();

    CampaignNodeItem *createNode(FlowDocument::Id id);
    void rebuildEdges(FlowDocument::Id id);
    void removeEdges(FlowDocument::Id id);
    void rebuildAllEdges();
    void updateEdge(ExitEdgeItem *edge);
    QPointF defaultPosition(int index) const;
    CampaignNodeItem *nodeAt(const QPointF &scenePos,
                             const CampaignNodeItem *except = nullptr) const;
    void showRefusal(const QString &why, const QPointF &at);
    void clearConnectionDrag();
    QByteArray selectionJson() const;
    bool pasteJson(const QByteArray &json, const QPointF &offset);

    FlowDocument *m_document;
    QHash<FlowDocument::Id, CampaignNodeItem *> m_nodes;
    QHash<FlowDocument::Id, QVector<ExitEdgeItem *>> m_outgoing;
    QMultiHash<FlowDocument::Id, ExitEdgeItem *> m_incoming;
    bool m_snap = true;
    const SimulationSession *m_simulation = nullptr;

    // A port being dragged towards a target.
    FlowDocument::Id m_connectSource = 0;
    QString m_connectReason;
    QGraphicsPathItem *m_connectLine = nullptr;
    QGraphicsSimpleTextItem *m_connectHint = nullptr;
    CampaignNodeItem *m_hovered = nullptr;
    QString m_lastRefusal;
    QGraphicsItem *m_refusalCue = nullptr;

    // Cards being dragged: their moves merge into one undo step.
    bool m_moving = false;
    int m_dragSerial = 0;
    int m_pasteCount = 0;
};

} // namespace Touchline
