#include "exitedgeitem.h"

#include "designerstyle.h"
#include "designertr.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

ExitEdgeItem::ExitEdgeItem(FlowDocument::Id source, const QString &reason, const QString &target)
    : m_source(source)
    , m_reason(reason)
    , m_target(target)
{
    setFlags(ItemIsSelectable);
    setZValue(-1.0);
    setToolTip(QString(reason + u" → "_s + target));
}

void ExitEdgeItem::setGateSuggestion(bool suggestion)
{
    m_gateSuggestion = suggestion;
    update();
}

void ExitEdgeItem::setEnds(const QPointF &from, const QPointF &to)
{
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = QPainterPath(from);
    const double dx = std::max(60.0, std::abs(to.x() - from.x()) * 0.5);
    if (to.x() > from.x() + 20) {
        m_path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    } else {
        // Backwards: leave to the right, come round below and enter from the left.
        const double below = std::max(from.y(), to.y()) + 110.0;
        m_path.cubicTo(from + QPointF(120, 0),
                       QPointF(from.x() + 120, below),
                       QPointF((from.x() + to.x()) / 2, below));
        m_path.cubicTo(QPointF(to.x() - 120, below), to - QPointF(120, 0), to);
    }
    m_bounds = m_path.boundingRect().adjusted(-40, -20, 40, 20);
}

QRectF ExitEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ExitEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void ExitEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    QColor color = m_gateSuggestion ? QColor(0xD9, 0x77, 0x06) : Style::exitColor(m_reason);
    QPen pen(color, isSelected() ? 3.5 : 2.0);
    if (m_gateSuggestion)
        pen.setStyle(Qt::DashLine);
    if (lod < 0.3) {
        pen.setWidthF(2.0 / lod);
        p->setPen(pen);
        p->drawLine(m_from, m_to);
        return;
    }
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_path);

    // Arrow head into the target's input.
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    const QPointF t = m_to;
    p->drawPolygon(QPolygonF{t, t + QPointF(-10, -5), t + QPointF(-10, 5)});

    if (lod < 0.55)
        return;
    const QString text
        = m_gateSuggestion ? DesignerTr::tr("suggested by exec gate") : Style::exitLabel(m_reason);
    p->setFont(Style::smallFont());
    const QFontMetricsF fm(p->font());
    // A label only where the gap between the cards has room for it.
    if (std::abs(m_to.x() - m_from.x()) < fm.horizontalAdvance(text) + 40 && m_to.x() > m_from.x())
        return;
    const QPointF mid = m_path.pointAtPercent(0.5);
    const QRectF r(mid.x() - fm.horizontalAdvance(text) / 2 - 7,
                   mid.y() - 9,
                   fm.horizontalAdvance(text) + 14,
                   18);
    p->setPen(QPen(color, 1));
    p->setBrush(Qt::white);
    p->drawRoundedRect(r, 9, 9);
    p->setPen(color.darker(110));
    p->drawText(r, Qt::AlignCenter, text);
}

} // namespace Touchline
