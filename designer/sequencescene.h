// The sequence of one campaign along a day axis: step cards with outcome ports, exit and
// handoff terminals, labelled on_outcome edges, and below it, read-only, the campaigns its exits
// continue in. Rebuilt from the document whenever the shown campaigns change.
#pragma once

#include "flowdocument.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace Touchline {

class OutcomeEdgeItem;
class SimulationSession;
class StepNodeItem;
class TerminalItem;

class SequenceScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static const QString stepsMimeType;

    explicit SequenceScene(FlowDocument *document, QObject *parent = nullptr);

    void setCampaign(FlowDocument::Id id);
    FlowDocument::Id campaignId() const { return m_campaign; }

    StepNodeItem *stepItem(int index) const { return m_steps.value(index); }
    QVector<StepNodeItem *> contextSteps() const { return m_contextSteps; }
    TerminalItem *exitTerminal(const QString &reason) const { return m_exits.value(reason); }
    TerminalItem *handoffTerminal(const QString &target) const { return m_handoffs.value(target); }
    OutcomeEdgeItem *edgeFor(int stepIndex, const QString &outcome) const;
    QVector<OutcomeEdgeItem *> edges() const { return m_edges; }
    // The open campaign's own lane, its title and axis, exits and handoffs: what Fit frames
    // (the dimmed follow-on campaigns below are a scroll away).
    QRectF ownRect() const;
    QPointF portScenePos(int stepIndex, const QString &outcome) const;
    // The day axis drawn above the lane: its tick labels in step order, and the area it covers.
    QStringList axisLabels() const;
    QRectF axisRect() const;

    // The simulation whose figures the steps and exits show while its overlay is on.
    void setSimulation(const SimulationSession *simulation);

    // Why mapping `outcome` of step `stepIndex` onto the item is refused; empty when allowed.
    QString refusalFor(int stepIndex, const QString &outcome, QGraphicsItem *target) const;
    // What the document is told an item under the pointer is, for its route rules.
    FlowDocument::OutcomeTarget outcomeTarget(QGraphicsItem *target) const;
    bool connectPort(int stepIndex, const QString &outcome, QGraphicsItem *target);
    QString lastRefusal() const { return m_lastRefusal; }

    bool dropPaletteItem(const QString &what, const QPointF &scenePos);
    QVector<int> selectedSteps() const;
    void copySelection();
    bool paste();
    void deleteSelection();

Q_SIGNALS:
    void campaignActivated(Touchline::FlowDocument::Id id);
    void stepActivated(Touchline::FlowDocument::Id id, int stepIndex);
    void statusMessage(const QString &message);
    void connectionRefused(const QString &why);

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
    void rebuild();
    void onValidated();
    double layoutLane(FlowDocument::Id id, double y, bool editable);
    QGraphicsItem *targetAt(const QPointF &scenePos) const;
    void setHover(QGraphicsItem *item, int highlight);
    void showRefusal(const QString &why, const QPointF &at);
    void clearConnectionDrag();

    FlowDocument *m_document;
    FlowDocument::Id m_campaign = 0;
    const SimulationSession *m_simulation = nullptr;
    QHash<int, StepNodeItem *> m_steps;
    QVector<StepNodeItem *> m_contextSteps;
    QHash<QString, TerminalItem *> m_exits;
    QHash<QString, TerminalItem *> m_handoffs;
    QVector<OutcomeEdgeItem *> m_edges;
    struct Tick
    {
        double x;
        QString label;
    };
    QVector<Tick> m_ticks;
    double m_axisEnd = 0;
    QVector<QPair<double, QString>> m_laneTitles;

    int m_connectStep = -1;
    QString m_connectOutcome;
    QGraphicsPathItem *m_connectLine = nullptr;
    QGraphicsSimpleTextItem *m_connectHint = nullptr;
    QGraphicsItem *m_hovered = nullptr;
    QString m_lastRefusal;
    QGraphicsItem *m_refusalCue = nullptr;
};

} // namespace Touchline
