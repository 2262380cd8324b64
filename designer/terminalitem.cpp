#include "terminalitem.h"

#include "designerstyle.h"
#include "designertr.h"
#include "simulationsession.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

TerminalItem::TerminalItem(Kind kind, const QString &name, const QString &detail)
    : m_kind(kind)
    , m_name(name)
    , m_detail(detail)
{
    setToolTip(detail);
    const double title = QFontMetricsF(Style::titleFont()).horizontalAdvance(this->title());
    const double detailWidth = QFontMetricsF(Style::smallFont()).horizontalAdvance(detail);
    m_width = std::clamp(std::max(title + 62, detailWidth + 64), minWidth, maxWidth);
}

QString TerminalItem::title() const
{
    return m_kind == Kind::Exit ? DesignerTr::tr("Exit: %1").arg(Style::exitLabel(m_name))
                                : DesignerTr::tr("Hand off: %1").arg(m_name);
}

QRectF TerminalItem::boundingRect() const
{
    // Below it, room for the simulation's figures.
    return QRectF(-4, -4, m_width + 8, height + (m_simulation ? 32 : 8));
}

void TerminalItem::setSimulation(const SimulationSession *simulation, const QString &slug)
{
    prepareGeometryChange();
    m_simulation = m_kind == Kind::Exit ? simulation : nullptr;
    m_slug = slug;
    update();
}

QString TerminalItem::simulationLabel() const
{
    return m_simulation ? m_simulation->exitSummary(m_slug, m_name) : QString();
}

void TerminalItem::setHighlight(int h)
{
    if (h != m_highlight) {
        m_highlight = h;
        update();
    }
}

void TerminalItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_kind == Kind::Exit ? Style::exitColor(m_name) : Style::handoffColor();
    QColor fill = color;
    fill.setAlpha(20);
    const QRectF r(0, 0, m_width, height);
    p->setPen(m_highlight == 1   ? QPen(Style::exitColor(u"converted"_s), 3)
              : m_highlight == 2 ? QPen(Style::errorColor(), 3, Qt::DashLine)
                                 : QPen(color, 1.5));
    p->setBrush(Qt::white);
    p->drawRoundedRect(r, height / 2, height / 2);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), height / 2, height / 2);
    const QString icon = m_kind == Kind::Exit ? u"exit-"_s + m_name : u"handoff"_s;
    p->drawPixmap(QRectF(14, 14, 28, 28), Style::icon(icon, 28, 2.0), QRectF());
    p->setFont(Style::titleFont());
    p->setPen(color.darker(115));
    const QFontMetricsF title(p->font());
    p->drawText(titleRect(),
                Qt::AlignLeft | Qt::AlignVCenter,
                title.elidedText(this->title(), Qt::ElideRight, titleRect().width()));
    p->setFont(Style::smallFont());
    p->setPen(Style::textSecondary());
    const QFontMetricsF fm(p->font());
    p->drawText(QRectF(50, 28, m_width - 62, 18),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(m_detail, Qt::ElideRight, m_width - 62));

    const QString figures = simulationLabel();
    if (!figures.isEmpty())
        Style::paintFigurePill(
            p, QRectF(-2, height + 5, m_width + 4, 20), Qt::AlignHCenter, figures, color);
}

} // namespace Touchline
