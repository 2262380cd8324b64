#include "outcomeedgeitem.h"

#include "designerstyle.h"
#include "designertr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

OutcomeEdgeItem::OutcomeEdgeItem(FlowDocument::Id campaign,
                                 int stepIndex,
                                 const QString &outcome,
                                 const OutcomeAction &action)
    : m_campaign(campaign)
    , m_step(stepIndex)
    , m_outcome(outcome)
    , m_action(action)
{
    if (!outcome.isEmpty())
        setFlags(ItemIsSelectable);
    setZValue(outcome.isEmpty() ? -2 : -1);
    // Gotos and retries name their outcome already (the pill on a loop does not, its tooltip
    // does: this runs before setLoop()).
    const bool named
        = action.kind == OutcomeAction::Kind::Goto || action.kind == OutcomeAction::Kind::Retry;
    setToolTip(outcome.isEmpty() || named ? label() : QString(outcome + u": "_s + label()));
}

QString OutcomeEdgeItem::label() const
{
    if (m_outcome.isEmpty())
        return DesignerTr::tr("then");
    switch (m_action.kind) {
    case OutcomeAction::Kind::Goto:
        return DesignerTr::tr("%1 → step %2").arg(m_outcome).arg(m_action.gotoStep);
    case OutcomeAction::Kind::Exit:
        return m_outcome;
    case OutcomeAction::Kind::Retry:
        // On the loop beside its own port the outcome goes without saying (the tooltip has it).
        if (m_loop)
            return DesignerTr::tr("retry %1 min, %2×")
                .arg(m_action.retryAfterMinutes)
                .arg(m_action.retryMaxAttempts);
        return DesignerTr::tr("%1: retry in %2 min, max %3×")
            .arg(m_outcome)
            .arg(m_action.retryAfterMinutes)
            .arg(m_action.retryMaxAttempts);
    case OutcomeAction::Kind::Handoff:
        return m_outcome;
    }
    return {};
}

void OutcomeEdgeItem::setEnds(const QPointF &from, const QPointF &to, bool down)
{
    prepareGeometryChange();
    m_to = to;
    m_arrowDown = down;
    m_path = QPainterPath(from);
    if (down) {
        m_path.cubicTo(from + QPointF(50, 0), to - QPointF(0, 90), to);
    } else if (to.x() > from.x() + 10) {
        const double dx = std::max(40.0, (to.x() - from.x()) / 2);
        m_path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    } else {
        // Backwards: out to the right, over the top, into the target's input.
        const double top = std::min(from.y(), to.y()) - 60;
        m_path.cubicTo(from + QPointF(70, 0),
                       QPointF(from.x() + 70, top),
                       QPointF((from.x() + to.x()) / 2, top));
        m_path.cubicTo(QPointF(to.x() - 70, top), to - QPointF(70, 0), to);
    }
    m_labelAt = m_path.pointAtPercent(down ? 0.25 : 0.5);
    m_bounds = m_path.boundingRect().adjusted(-90, -20, 90, 20);
}

void OutcomeEdgeItem::setRoute(const QVector<QPointF> &points, const QPointF &labelAt)
{
    prepareGeometryChange();
    m_path = QPainterPath(points.first());
    constexpr double radius = 10.0;
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF a = points.at(i - 1);
        const QPointF b = points.at(i);
        const QPointF c = points.at(i + 1);
        QLineF in(b, a);
        QLineF out(b, c);
        const double r = std::min({radius, in.length() / 2, out.length() / 2});
        in.setLength(r);
        out.setLength(r);
        m_path.lineTo(in.p2());
        m_path.quadTo(b, out.p2());
    }
    m_path.lineTo(points.last());
    m_to = points.last();
    m_labelAt = labelAt;
    m_bounds = m_path.boundingRect().adjusted(-90, -20, 90, 20);
}

void OutcomeEdgeItem::setLoop(const QPointF &port)
{
    prepareGeometryChange();
    m_loop = true;
    // A small loop right of the port, back into it from above; its pill sits right of the loop,
    // level with the port, clear of the card and of the ports above and below.
    m_path = QPainterPath(port);
    m_path.cubicTo(port + QPointF(40, 2), port + QPointF(40, -26), port + QPointF(12, -8));
    m_to = port + QPointF(12, -8);
    m_arrowDown = false;
    m_labelAt = QPointF();
    m_bounds = m_path.boundingRect().united(labelRect()).adjusted(-20, -20, 20, 20);
}

QRectF OutcomeEdgeItem::labelRect() const
{
    const QFontMetricsF fm(Style::smallFont());
    const double w = fm.horizontalAdvance(label()) + 12;
    if (m_loop) {
        const QPointF port = m_path.elementAt(0);
        return QRectF(port.x() + 38, port.y() - 8, w, 16);
    }
    return QRectF(m_labelAt.x() - w / 2, m_labelAt.y() - 8, w, 16);
}

QRectF OutcomeEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath OutcomeEdgeItem::shape() const
{
    QPainterPathStroker s;
    s.setWidth(9);
    return s.createStroke(m_path);
}

void OutcomeEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    if (m_outcome.isEmpty()) {
        color = QColor(0x94, 0xA3, 0xB8);
        style = Qt::DashLine;
    } else {
        switch (m_action.kind) {
        case OutcomeAction::Kind::Goto:
            color = QColor(0x25, 0x63, 0xEB);
            break;
        case OutcomeAction::Kind::Exit:
            color = Style::exitColor(m_action.exitReason);
            break;
        case OutcomeAction::Kind::Retry:
            color = QColor(0xD9, 0x77, 0x06);
            break;
        case OutcomeAction::Kind::Handoff:
            color = Style::handoffColor();
            break;
        }
    }
    QColor line = color;
    if (!isSelected() && m_action.kind == OutcomeAction::Kind::Exit && !m_outcome.isEmpty())
        line.setAlpha(150);
    p->setPen(QPen(line, isSelected() ? 3.2 : 1.6, style));
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_path);

    // Arrow head along the path's last direction.
    const QPointF tip = m_path.pointAtPercent(1.0);
    const QPointF back = m_path.pointAtPercent(0.97);
    QLineF dir(tip, back);
    dir.setLength(9);
    QLineF side(dir);
    side.setAngle(dir.angle() + 25);
    QLineF side2(dir);
    side2.setAngle(dir.angle() - 25);
    p->setPen(Qt::NoPen);
    p->setBrush(line);
    p->drawPolygon(QPolygonF{tip, side.p2(), side2.p2()});

    // Labels for what is not obvious from the target: gotos, retries and the "then" link.
    const bool labelled = m_action.kind == OutcomeAction::Kind::Goto
                          || m_action.kind == OutcomeAction::Kind::Retry || m_outcome.isEmpty();
    if (!labelled)
        return;
    p->setFont(Style::smallFont());
    const QString text = label();
    const QRectF r = labelRect();
    p->setPen(QPen(color, 1));
    p->setBrush(Qt::white);
    p->drawRoundedRect(r, 8, 8);
    p->setPen(color.darker(115));
    p->drawText(r, Qt::AlignCenter, text);
}

} // namespace Touchline
