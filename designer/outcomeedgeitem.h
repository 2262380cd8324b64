// An on_outcome mapping in the sequence view, labelled: a goto to a step, an exit or handoff to
// its terminal, or a retry drawn as a loop on its own port. Also the plain "then" link between
// consecutive steps.
#pragma once

#include "flow.h"
#include "flowdocument.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Touchline {

class OutcomeEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    // `outcome` empty: the default move on to the next step.
    OutcomeEdgeItem(FlowDocument::Id campaign,
                    int stepIndex,
                    const QString &outcome,
                    const OutcomeAction &action);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FlowDocument::Id campaignId() const { return m_campaign; }
    int stepIndex() const { return m_step; }
    const QString &outcome() const { return m_outcome; }
    const OutcomeAction &action() const { return m_action; }
    QString label() const;
    // Where the label pill is drawn, in scene coordinates (the item sits at the origin).
    QRectF labelRect() const;
    // Routes the edge; `down` sends it to a terminal below, `loop` makes a retry loop.
    void setEnds(const QPointF &from, const QPointF &to, bool down);
    void setLoop(const QPointF &port);
    // Routes along an orthogonal polyline with rounded corners; the label sits at `labelAt`.
    void setRoute(const QVector<QPointF> &points, const QPointF &labelAt);

private:
    FlowDocument::Id m_campaign;
    int m_step;
    QString m_outcome;
    OutcomeAction m_action;
    QPainterPath m_path;
    QPointF m_labelAt;
    QPointF m_to;
    bool m_arrowDown = false;
    bool m_loop = false;
    QRectF m_bounds;
};

} // namespace Touchline
