#include "stepnodeitem.h"

#include "designerstyle.h"
#include "designertr.h"
#include "simulationsession.h"
#include "vocabulary.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

namespace {

QColor actionColor(const OutcomeAction &a)
{
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        return QColor(0x25, 0x63, 0xEB);
    case OutcomeAction::Kind::Exit:
        return Style::exitColor(a.exitReason);
    case OutcomeAction::Kind::Retry:
        return QColor(0xD9, 0x77, 0x06);
    case OutcomeAction::Kind::Handoff:
        return Style::handoffColor();
    }
    return Style::textSecondary();
}

} // namespace

StepNodeItem::StepNodeItem(FlowDocument::Id campaign, int index, const Step &step, bool editable)
    : m_campaign(campaign)
    , m_index(index)
    , m_step(step)
    , m_editable(editable)
{
    m_ports = Vocabulary::outcomesFor(step.channel) + Vocabulary::replyIntents();
    setFlags(editable ? ItemIsSelectable : GraphicsItemFlags());
    setOpacity(editable ? 1.0 : 0.55);
    setToolTip(step.templateInstructions);
}

double StepNodeItem::height() const
{
    return headerHeight + m_ports.size() * rowHeight + 10.0;
}

QRectF StepNodeItem::boundingRect() const
{
    return QRectF(-8, -30, width + 20, height() + 40);
}

QPainterPath StepNodeItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(cardRect(), 10, 10);
    for (const QString &port : m_ports)
        p.addEllipse(portPos(port), 9, 9);
    return p;
}

QString StepNodeItem::portAt(const QPointF &localPos) const
{
    for (const QString &port : m_ports) {
        if (QLineF(localPos, portPos(port)).length() <= 9.0)
            return port;
    }
    return {};
}

QPointF StepNodeItem::portPos(const QString &outcome) const
{
    const int i = int(m_ports.indexOf(outcome));
    return QPointF(width, headerHeight + (std::max(i, 0) + 0.5) * rowHeight);
}

void StepNodeItem::setProblems(int errors, int warnings, const QString &tooltip)
{
    m_errors = errors;
    m_warnings = warnings;
    setToolTip(tooltip.isEmpty() ? m_step.templateInstructions
                                 : QString(tooltip + u"\n\n"_s + m_step.templateInstructions));
    update();
}

void StepNodeItem::setHighlight(int h)
{
    if (h != m_highlight) {
        m_highlight = h;
        update();
    }
}

void StepNodeItem::setSimulation(const SimulationSession *simulation, const QString &slug)
{
    m_simulation = simulation;
    m_slug = slug;
    update();
}

QString StepNodeItem::reachLabel() const
{
    if (!m_simulation || !m_simulation->showsOverlay())
        return {};
    const auto fired = m_simulation->fired(m_slug, m_step.stepNumber);
    const auto reached = m_simulation->reached(m_slug, m_step.stepNumber);
    if (!fired || !reached)
        return {};
    // How many people the step reached; the touches too when retries or revisits add some.
    if (fired->value == reached->value)
        return DesignerTr::tr("%1 contacts").arg(reached->text());
    return DesignerTr::tr("%1 contacts · %2 touches").arg(reached->text(), fired->text());
}

QString StepNodeItem::portLabel(const QString &port) const
{
    if (!m_simulation || !m_simulation->showsOverlay())
        return {};
    const auto fired = m_simulation->fired(m_slug, m_step.stepNumber);
    const auto count = m_simulation->portCount(m_slug, m_step.stepNumber, port);
    if (!fired || !count || (count->value == 0 && count->previous.value_or(0) == 0))
        return {};
    const double share = fired->value > 0 ? 100.0 * count->value / fired->value : 0.0;
    return DesignerTr::tr("%1 · %L2%").arg(count->text()).arg(share, 0, 'f', 0);
}

void StepNodeItem::paintSimulation(QPainter *p)
{
    const QString reach = reachLabel();
    if (reach.isEmpty())
        return;
    const QColor accent = Style::channelColor(m_step.channel);
    QFont bold = Style::smallFont();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(accent.darker(130));
    p->drawText(QRectF(110, 27, width - 122, 16), Qt::AlignRight | Qt::AlignVCenter, reach);
    const auto fired = m_simulation->fired(m_slug, m_step.stepNumber);
    p->setFont(Style::smallFont());
    for (const QString &port : m_ports) {
        const QString label = portLabel(port);
        if (label.isEmpty())
            continue;
        const QPointF at = portPos(port);
        const int n = m_simulation->portCount(m_slug, m_step.stepNumber, port)->value;
        const double share = fired->value > 0 ? std::min(1.0, double(n) / fired->value) : 0.0;
        QColor fill = accent;
        fill.setAlpha(34);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawRoundedRect(
            QRectF(8, at.y() - rowHeight / 2 + 2, (width - 24) * share, rowHeight - 4), 3, 3);
        p->setPen(accent.darker(140));
        p->drawText(QRectF(12, at.y() - rowHeight / 2, 120, rowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    label);
    }
}

void StepNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor accent = Style::channelColor(m_step.channel);
    const QRectF card = cardRect();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(15, 23, 42, 18));
    p->drawRoundedRect(card.translated(0, 3), 10, 10);
    QPen border(Style::cardBorder(), 1);
    if (m_highlight == 1)
        border = QPen(Style::exitColor(u"converted"_s), 3);
    else if (m_highlight == 2)
        border = QPen(Style::errorColor(), 3, Qt::DashLine);
    else if (isSelected())
        border = QPen(Style::selection(), 2.5);
    p->setPen(border);
    p->setBrush(Qt::white);
    p->drawRoundedRect(card, 10, 10);

    // Header tinted with the channel's colour.
    QPainterPath header;
    header.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, 0), 10, 10);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, width, 50));
    QColor tint = accent;
    tint.setAlpha(22);
    p->setPen(Qt::NoPen);
    p->setBrush(tint);
    p->drawPath(header.intersected(clip));
    p->setPen(QPen(QColor(0xE2, 0xE8, 0xF0), 1));
    p->drawLine(QPointF(0, 50), QPointF(width, 50));

    p->drawPixmap(QRectF(12, 12, 26, 26),
                  Style::icon(Style::channelIconName(m_step.channel), 26, 2.0),
                  QRectF());
    p->setFont(Style::titleFont());
    p->setPen(Style::textPrimary());
    p->drawText(QRectF(46, 8, width - 56, 20),
                Qt::AlignLeft | Qt::AlignVCenter,
                DesignerTr::tr("Step %1 · %2")
                    .arg(m_step.stepNumber)
                    .arg(Style::channelLabel(m_step.channel)));
    p->setFont(Style::smallFont());
    p->setPen(accent.darker(120));
    p->drawText(QRectF(46, 27, width - 56, 16),
                Qt::AlignLeft | Qt::AlignVCenter,
                Style::delayLabel(m_step.delayDays, m_step.delayMinutes));

    // Content type and handler.
    p->setFont(Style::bodyFont());
    p->setPen(Style::textPrimary());
    const QFontMetricsF fm(p->font());
    p->drawText(QRectF(12, 56, width - 24, 18),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(m_step.contentType, Qt::ElideRight, width - 24));
    if (!m_step.handler.isEmpty()) {
        p->setFont(Style::smallFont());
        const QString text = DesignerTr::tr("handled by %1").arg(m_step.handler);
        p->setPen(Style::handoffColor());
        p->drawText(QRectF(12, 70, width - 24, 14), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    paintSimulation(p);

    // Outcome ports.
    p->setFont(Style::smallFont());
    const int channelOutcomes = int(Vocabulary::outcomesFor(m_step.channel).size());
    for (int i = 0; i < m_ports.size(); ++i) {
        const QString &port = m_ports.at(i);
        const QPointF at = portPos(port);
        if (i == channelOutcomes) {
            p->setPen(QPen(QColor(0xE2, 0xE8, 0xF0), 1, Qt::DashLine));
            p->drawLine(QPointF(12, at.y() - rowHeight / 2),
                        QPointF(width - 12, at.y() - rowHeight / 2));
        }
        const auto it = m_step.onOutcome.constFind(port);
        const bool mapped = it != m_step.onOutcome.cend();
        p->setPen(mapped ? Style::textPrimary() : Style::textSecondary());
        p->drawText(QRectF(12, at.y() - rowHeight / 2, width - 28, rowHeight),
                    Qt::AlignRight | Qt::AlignVCenter,
                    port);
        if (i >= channelOutcomes && !mapped && portLabel(port).isEmpty()) {
            p->setPen(QColor(0xCB, 0xD5, 0xE1));
            p->drawText(QRectF(12, at.y() - rowHeight / 2, 80, rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        DesignerTr::tr("intent"));
        }
        if (mapped) {
            p->setPen(QPen(Qt::white, 1.5));
            p->setBrush(actionColor(*it));
            p->drawEllipse(at, 5.5, 5.5);
        } else {
            p->setPen(QPen(QColor(0x94, 0xA3, 0xB8), 1.5));
            p->setBrush(Qt::white);
            p->drawEllipse(at, 4.5, 4.5);
        }
    }

    if (m_errors > 0 || m_warnings > 0) {
        const QPointF c(width - 2, 0);
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(m_errors > 0 ? Style::errorColor() : Style::warningColor());
        p->drawEllipse(c, 10, 10);
        p->setPen(Qt::white);
        QFont f = Style::smallFont();
        f.setBold(true);
        p->setFont(f);
        p->drawText(QRectF(c.x() - 10, c.y() - 10, 20, 20),
                    Qt::AlignCenter,
                    m_errors > 0 ? QString::number(m_errors) : u"!"_s);
    }
    // Input.
    p->setPen(QPen(Style::textSecondary(), 1.5));
    p->setBrush(Qt::white);
    p->drawEllipse(inputPos(), 5, 5);
}

} // namespace Touchline
