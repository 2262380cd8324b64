#include "campaignnodeitem.h"

#include "campaignmapscene.h"
#include "designerstyle.h"
#include "designertr.h"
#include "simulationsession.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;

namespace {

constexpr double portRows[3] = {70.0, 98.0, 126.0};
constexpr double portRadius = 6.0;

// A rounded label with a tinted background; returns its width.
double chip(QPainter *p, double x, double y, const QString &text, const QColor &color)
{
    const QFontMetricsF fm(p->font());
    const double w = fm.horizontalAdvance(text) + 12.0;
    const QRectF r(x, y, w, 18.0);
    QColor fill = color;
    fill.setAlpha(26);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r, 9.0, 9.0);
    p->setPen(color.darker(115));
    p->drawText(r, Qt::AlignCenter, text);
    return w;
}

} // namespace

CampaignNodeItem::CampaignNodeItem(FlowDocument::Id id, const Campaign &campaign)
    : m_id(id)
    , m_campaign(campaign)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(NoCache);
    setToolTip(campaign.name);
}

void CampaignNodeItem::setCampaign(const Campaign &campaign)
{
    prepareGeometryChange();
    m_campaign = campaign;
    setToolTip(QString(campaign.name + u"\n"_s + campaign.slug));
    update();
}

void CampaignNodeItem::setProblems(int errors, int warnings, const QString &tooltip)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    setToolTip(tooltip.isEmpty() ? QString(m_campaign.name + u"\n"_s + m_campaign.slug)
                                 : QString(m_campaign.name + u"\n"_s + tooltip));
    update();
}

void CampaignNodeItem::setHighlight(Highlight h)
{
    if (h != m_highlight) {
        m_highlight = h;
        update();
    }
}

void CampaignNodeItem::setSearchMatch(bool match)
{
    if (match != m_searchMatch) {
        m_searchMatch = match;
        update();
    }
}

void CampaignNodeItem::setSimulation(const SimulationSession *simulation)
{
    m_simulation = simulation;
    update();
}

QString CampaignNodeItem::enrolledLabel() const
{
    if (!m_simulation || !m_simulation->showsOverlay())
        return {};
    const auto enrolled = m_simulation->enrolled(m_campaign.slug);
    return enrolled ? DesignerTr::tr("%1 enrolled").arg(enrolled->text()) : QString();
}

QString CampaignNodeItem::exitLabel(const QString &reason) const
{
    return m_simulation ? m_simulation->exitSummary(m_campaign.slug, reason) : QString();
}

void CampaignNodeItem::paintSimulation(QPainter *p)
{
    const QString text = enrolledLabel();
    if (!text.isEmpty())
        Style::paintFigurePill(
            p, QRectF(0, -22, width, 18), Qt::AlignRight, text, Style::textPrimary());
}

QRectF CampaignNodeItem::boundingRect() const
{
    // Room for the entry flag and input marker, the ports and the badge.
    return QRectF(-34.0, -26.0, width + 34.0 + 16.0, height + 34.0);
}

QPainterPath CampaignNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), 10.0, 10.0);
    for (const double y : portRows)
        path.addEllipse(QPointF(width, y), portRadius + 4.0, portRadius + 4.0);
    return path;
}

QString CampaignNodeItem::portAt(const QPointF &localPos) const
{
    const QStringList &reasons = Vocabulary::exitReasons();
    for (int i = 0; i < 3; ++i) {
        if (QLineF(localPos, QPointF(width, portRows[i])).length() <= portRadius + 6.0)
            return reasons.at(i);
    }
    return {};
}

QPointF CampaignNodeItem::portPos(const QString &reason) const
{
    const int i = int(Vocabulary::exitReasons().indexOf(reason));
    return QPointF(width, portRows[std::max(i, 0)]);
}

QVariant CampaignNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *map = qobject_cast<CampaignMapScene *>(scene());
    if (change == ItemPositionChange && map && map->snapToGrid() && map->isDraggingNodes()) {
        const QPointF p = value.toPointF();
        const double g = Style::gridSize;
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged && map)
        map->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void CampaignNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const QColor accent = Style::typeColor(m_campaign.type);
    const QRectF card = cardRect();
    const bool selected = isSelected();

    if (lod < 0.3) {
        // Far away: a plain card in the type's colour is all the eye can use.
        p->setPen(selected ? QPen(Style::selection(), 4.0 / lod) : Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRect(card);
        p->fillRect(QRectF(0, 0, width, 40), accent);
        if (m_errors > 0)
            p->fillRect(QRectF(width - 60, height - 40, 60, 40), Style::errorColor());
        return;
    }

    // Soft shadow, card, accent bar.
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(15, 23, 42, 18));
    p->drawRoundedRect(card.translated(0, 3), 10, 10);
    QPen border(Style::cardBorder(), 1.0);
    if (m_highlight == Highlight::Accept)
        border = QPen(Style::exitColor(u"converted"_s), 3.0);
    else if (m_highlight == Highlight::Refuse)
        border = QPen(Style::errorColor(), 3.0, Qt::DashLine);
    else if (selected)
        border = QPen(Style::selection(), 2.5);
    else if (m_searchMatch)
        border = QPen(QColor(0xF5, 0x9E, 0x0B), 3.0);
    p->setPen(border);
    p->setBrush(m_campaign.status == u"archived" ? QColor(0xF8, 0xFA, 0xFC) : QColor(Qt::white));
    p->drawRoundedRect(card, 10, 10);
    {
        QPainterPath bar;
        bar.addRoundedRect(QRectF(0.5, 0.5, 12, height - 1), 9.5, 9.5);
        QPainterPath clip;
        clip.addRect(QRectF(0.5, 0.5, 5, height - 1));
        p->setPen(Qt::NoPen);
        p->setBrush(accent);
        p->drawPath(bar.intersected(clip));
    }

    if (lod < 0.55) {
        p->setPen(Style::textPrimary());
        QFont f = Style::titleFont();
        f.setPixelSize(20);
        p->setFont(f);
        p->drawText(card.adjusted(16, 10, -16, -10),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    m_campaign.name);
        paintPorts(p);
        paintSimulation(p);
        return;
    }
    paintDetail(p);
    paintPorts(p);
    paintSimulation(p);
}

void CampaignNodeItem::paintDetail(QPainter *p)
{
    const QColor accent = Style::typeColor(m_campaign.type);

    // Header: name, slug, status.
    p->setFont(Style::titleFont());
    p->setPen(Style::textPrimary());
    const QFontMetricsF title(p->font());
    p->drawText(QRectF(18, 10, width - 34, 20),
                Qt::AlignLeft | Qt::AlignVCenter,
                title.elidedText(m_campaign.name, Qt::ElideRight, width - 34));
    p->setFont(Style::monoFont());
    p->setPen(Style::textSecondary());
    p->drawText(QRectF(18, 30, width - 40, 16), Qt::AlignLeft | Qt::AlignVCenter, m_campaign.slug);

    p->setPen(QPen(QColor(0xE2, 0xE8, 0xF0), 1));
    p->drawLine(QPointF(12, 52), QPointF(width - 1, 52));

    // Facts: type, owner role, client.
    p->setFont(Style::smallFont());
    double x = 18;
    x += chip(p, x, 60, m_campaign.type, accent) + 5;
    chip(p, x, 60, m_campaign.ownerRole.mid(6), Style::roleColor(m_campaign.ownerRole));
    const QColor statusColor = m_campaign.status == u"active"   ? QColor(0x22, 0xC5, 0x5E)
                               : m_campaign.status == u"paused" ? QColor(0xF5, 0x9E, 0x0B)
                                                                : QColor(0x94, 0xA3, 0xB8);
    p->setPen(Qt::NoPen);
    p->setBrush(statusColor);
    p->drawEllipse(QPointF(22, 90), 3.5, 3.5);
    p->setPen(Style::textSecondary());
    p->drawText(QRectF(30, 82, 140, 16),
                Qt::AlignLeft | Qt::AlignVCenter,
                DesignerTr::tr("%1 · client %2").arg(m_campaign.status, m_campaign.clientId));

    // Steps: count, span and a strip coloured by channel.
    const int n = int(m_campaign.steps.size());
    const int lastDay = n > 0 ? m_campaign.steps.constLast().delayDays : 0;
    p->setPen(Style::textPrimary());
    p->drawText(QRectF(18, 100, 150, 16),
                Qt::AlignLeft | Qt::AlignVCenter,
                DesignerTr::tr("%n step(s) · %1 days", nullptr, n).arg(lastDay));
    const int shown = std::min(n, 14);
    p->setPen(Qt::NoPen);
    for (int i = 0; i < shown; ++i) {
        p->setBrush(Style::channelColor(m_campaign.steps.at(i).channel));
        p->drawRoundedRect(QRectF(18 + i * 10.5, 121, 8, 8), 2, 2);
    }
    if (n > shown) {
        p->setPen(Style::textSecondary());
        p->drawText(QPointF(20 + shown * 10.5, 129), u"+%1"_s.arg(n - shown));
    }

    // The map's entry: roles.bdr campaigns take contacts from outside.
    if (m_campaign.ownerRole == QLatin1String(Vocabulary::ownerRoleBdr)) {
        const QRectF flag(14, -22, 0, 18);
        p->setFont(Style::smallFont());
        const QFontMetricsF fm(p->font());
        const QString text
            = m_campaign.gate ? DesignerTr::tr("ENTRY · EXEC GATE") : DesignerTr::tr("ENTRY");
        const QRectF r(flag.left(), flag.top(), fm.horizontalAdvance(text) + 28, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(m_campaign.gate ? QColor(0xFE, 0xF3, 0xC7) : QColor(0xDC, 0xFC, 0xE7));
        p->drawRoundedRect(r, 6, 6);
        p->drawPixmap(QRectF(r.left() + 4, r.top() + 2, 14, 14),
                      Style::icon(m_campaign.gate ? u"gate"_s : u"entry"_s, 14, 2.0),
                      QRectF());
        p->setPen(m_campaign.gate ? QColor(0x92, 0x40, 0x0E) : QColor(0x15, 0x80, 0x3D));
        p->drawText(r.adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        // Where contacts come in.
        p->setPen(QPen(QColor(0x15, 0x80, 0x3D), 2));
        p->drawLine(QPointF(-26, inputPos().y()), QPointF(-6, inputPos().y()));
        p->setBrush(QColor(0x15, 0x80, 0x3D));
        p->drawEllipse(QPointF(-28, inputPos().y()), 4, 4);
    }

    // Problems badge.
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
}

void CampaignNodeItem::paintPorts(QPainter *p)
{
    // Input.
    p->setPen(QPen(Style::textSecondary(), 1.5));
    p->setBrush(Qt::white);
    p->drawEllipse(inputPos(), 5, 5);

    const QStringList &reasons = Vocabulary::exitReasons();
    p->setFont(Style::smallFont());
    for (int i = 0; i < 3; ++i) {
        const QString &reason = reasons.at(i);
        const QColor color = Style::exitColor(reason);
        const QPointF at(width, portRows[i]);
        const bool gated = m_campaign.gate && reason == u"converted";
        const QString target = m_campaign.onExit.value(reason);
        p->setPen(color);
        p->setFont(Style::smallFont());
        p->drawText(QRectF(width - 130, at.y() - 12, 116, 14),
                    Qt::AlignRight | Qt::AlignVCenter,
                    Style::exitLabel(reason));
        // Under the label: where the route goes, or that the journey ends.
        QFont sub = Style::smallFont();
        sub.setPixelSize(9);
        sub.setItalic(target.isEmpty());
        p->setFont(sub);
        p->setPen(target.isEmpty() ? QColor(0x94, 0xA3, 0xB8) : Style::textSecondary());
        QString where = target.isEmpty() ? (gated ? DesignerTr::tr("exec approver routes")
                                                  : DesignerTr::tr("ends here"))
                                         : QString(u"→ "_s + target);
        // With the simulation's figures: how many left this way, and where to.
        if (const QString figures = exitLabel(reason); !figures.isEmpty()) {
            where = figures;
            sub.setItalic(false);
            sub.setBold(true);
            p->setFont(sub);
            p->setPen(color.darker(130));
        }
        p->drawText(QRectF(width - 130, at.y() + 1, 116, 12),
                    Qt::AlignRight | Qt::AlignVCenter,
                    QFontMetricsF(sub).elidedText(where, Qt::ElideMiddle, 116));
        p->setPen(target.isEmpty() ? QPen(color, 2) : QPen(Qt::white, 2));
        p->setBrush(target.isEmpty() ? QColor(Qt::white) : color);
        if (gated) {
            QPolygonF diamond{{at.x() - 7, at.y()},
                              {at.x(), at.y() - 7},
                              {at.x() + 7, at.y()},
                              {at.x(), at.y() + 7}};
            p->setPen(QPen(Qt::white, 2));
            p->setBrush(QColor(0xD9, 0x77, 0x06));
            p->drawPolygon(diamond);
        } else {
            p->drawEllipse(at, portRadius, portRadius);
        }
    }
}

} // namespace Touchline
