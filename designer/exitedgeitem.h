// An on_exit route on the map: from a campaign's exit port to the campaign it enrolls into.
#pragma once

#include "flowdocument.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Touchline {

class ExitEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    ExitEdgeItem(FlowDocument::Id source, const QString &reason, const QString &target);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FlowDocument::Id source() const { return m_source; }
    const QString &reason() const { return m_reason; }
    const QString &target() const { return m_target; }
    // A gated converted exit only suggests its target to the exec approver: drawn dashed.
    void setGateSuggestion(bool suggestion);
    void setEnds(const QPointF &from, const QPointF &to);
    QPointF from() const { return m_from; }
    QPointF to() const { return m_to; }

private:
    FlowDocument::Id m_source;
    QString m_reason;
    QString m_target;
    bool m_gateSuggestion = false;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace Touchline
