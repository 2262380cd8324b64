#include "campaignmapscene.h"

#include "campaignnodeitem.h"
#include "designerstyle.h"
#include "exitedgeitem.h"
#include "flowcodec.h"
#include "simulationsession.h"
#include "vocabulary.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPainter>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;
using Id = FlowDocument::Id;

const QString CampaignMapScene::campaignsMimeType = u"application/x-touchline-campaigns"_s;
const QString CampaignMapScene::paletteMimeType = u"application/x-touchline-palette"_s;

CampaignMapScene::CampaignMapScene(FlowDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(BspTreeIndex);
    connect(document, &FlowDocument::flowReset, this, &CampaignMapScene::onFlowReset);
    connect(document, &FlowDocument::campaignAdded, this, &CampaignMapScene::onCampaignAdded);
    connect(document, &FlowDocument::campaignRemoved, this, &CampaignMapScene::onCampaignRemoved);
    connect(document, &FlowDocument::campaignChanged, this, &CampaignMapScene::onCampaignChanged);
    connect(document, &FlowDocument::layoutChanged, this, &CampaignMapScene::onLayoutChanged);
    connect(document, &FlowDocument::slugChanged, this, &CampaignMapScene::rebuildAllEdges);
    connect(document, &FlowDocument::validated, this, &CampaignMapScene::onValidated);
    onFlowReset();
}

// --- following the document ------------------------------------------------------------------

QPointF CampaignMapScene::defaultPosition(int index) const
{
    // Campaigns without a stored position wait in rows below the origin until placed.
    return QPointF(80.0 + (index % 6) * 340.0, 80.0 + (index / 6) * 220.0);
}

QPointF CampaignMapScene::positionOf(Id id) const
{
    const Campaign *c = m_document->campaign(id);
    if (!c)
        return {};
    return c->layout ? *c->layout : defaultPosition(m_document->indexOf(id));
}

CampaignNodeItem *CampaignMapScene::createNode(Id id)
{
    auto *node = new CampaignNodeItem(id, *m_document->campaign(id));
    node->setSimulation(m_simulation);
    node->setPos(positionOf(id));
    addItem(node);
    m_nodes.insert(id, node);
    return node;
}

void CampaignMapScene::setSimulation(const SimulationSession *simulation)
{
    if (m_simulation)
        disconnect(m_simulation, nullptr, this, nullptr);
    m_simulation = simulation;
    for (CampaignNodeItem *node : std::as_const(m_nodes))
        node->setSimulation(simulation);
    if (simulation)
        connect(simulation, &SimulationSession::overlayChanged, this, [this] {
            for (CampaignNodeItem *node : std::as_const(m_nodes))
                node->update();
        });
}

void CampaignMapScene::onFlowReset()
{
    clearConnectionDrag();
    m_refusalCue = nullptr;
    m_hovered = nullptr;
    m_nodes.clear();
    m_outgoing.clear();
    m_incoming.clear();
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    for (const Id id : m_document->ids())
        createNode(id);
    for (const Id id : m_document->ids())
        rebuildEdges(id);
    onValidated();
    setSceneRect(nodesRect().adjusted(-2000, -2000, 2000, 2000));
}

void CampaignMapScene::onCampaignAdded(Id id)
{
    createNode(id);
    rebuildEdges(id);
    // Routes that already named this slug (an undone delete, a paste) find their target now.
    const QString slug = m_document->campaign(id)->slug;
    for (const Id other : m_document->ids()) {
        if (other != id && m_document->campaign(other)->onExit.values().contains(slug))
            rebuildEdges(other);
    }
    setSceneRect(sceneRect().united(nodesRect().adjusted(-2000, -2000, 2000, 2000)));
}

void CampaignMapScene::onCampaignRemoved(Id id)
{
    removeEdges(id);
    const QList<ExitEdgeItem *> incoming = m_incoming.values(id);
    for (ExitEdgeItem *e : incoming) {
        auto &list = m_outgoing[e->source()];
        list.removeAll(e);
        delete e;
    }
    m_incoming.remove(id);
    if (m_hovered == m_nodes.value(id))
        m_hovered = nullptr;
    delete m_nodes.take(id);
}

void CampaignMapScene::onCampaignChanged(Id id)
{
    if (CampaignNodeItem *node = m_nodes.value(id))
        node->setCampaign(*m_document->campaign(id));
    rebuildEdges(id);
}

void CampaignMapScene::onLayoutChanged(Id id)
{
    if (CampaignNodeItem *node = m_nodes.value(id)) {
        node->setCampaign(*m_document->campaign(id));
        node->setPos(positionOf(id));
    }
}

void CampaignMapScene::onValidated()
{
    QHash<Id, QPair<int, QStringList>> problems;
    for (const FlowDocument::Issue &i : m_document->issues()) {
        if (i.campaign == 0)
            continue;
        auto &p = problems[i.campaign];
        if (i.issue.isError())
            ++p.first;
        p.second.append(i.issue.toString());
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto p = problems.value(it.key());
        const int warnings = int(p.second.size()) - p.first;
        QStringList lines = p.second.mid(0, 6);
        if (p.second.size() > 6)
            lines.append(tr("… and %n more", nullptr, int(p.second.size()) - 6));
        it.value()->setProblems(p.first, warnings, lines.join(u'\n'));
    }
}

void CampaignMapScene::removeEdges(Id id)
{
    const QVector<ExitEdgeItem *> edges = m_outgoing.take(id);
    for (ExitEdgeItem *e : edges) {
        for (auto it = m_incoming.begin(); it != m_incoming.end();) {
            if (it.value() == e)
                it = m_incoming.erase(it);
            else
                ++it;
        }
        delete e;
    }
}

void CampaignMapScene::rebuildEdges(Id id)
{
    removeEdges(id);
    const Campaign *c = m_document->campaign(id);
    if (!c)
        return;
    QVector<ExitEdgeItem *> edges;
    for (const QString &reason : Vocabulary::exitReasons()) {
        const QString target = c->onExit.value(reason);
        const Id targetId = m_document->idForSlug(target);
        if (target.isEmpty() || !m_nodes.contains(targetId))
            continue;
        auto *edge = new ExitEdgeItem(id, reason, target);
        edge->setGateSuggestion(c->gate && reason == u"converted");
        addItem(edge);
        edges.append(edge);
        m_incoming.insert(targetId, edge);
        updateEdge(edge);
    }
    m_outgoing.insert(id, edges);
}

void CampaignMapScene::rebuildAllEdges()
{
    for (const Id id : m_document->ids())
        rebuildEdges(id);
}

void CampaignMapScene::updateEdge(ExitEdgeItem *edge)
{
    CampaignNodeItem *from = m_nodes.value(edge->source());
    CampaignNodeItem *to = m_nodes.value(m_document->idForSlug(edge->target()));
    if (!from || !to)
        return;
    edge->setEnds(from->mapToScene(from->portPos(edge->reason())), to->mapToScene(to->inputPos()));
}

void CampaignMapScene::nodeMoved(CampaignNodeItem *node)
{
    for (ExitEdgeItem *e : m_outgoing.value(node->campaignId()))
        updateEdge(e);
    const auto incoming = m_incoming.values(node->campaignId());
    for (ExitEdgeItem *e : incoming)
        updateEdge(e);
}

ExitEdgeItem *CampaignMapScene::edgeFor(Id id, const QString &reason) const
{
    for (ExitEdgeItem *e : m_outgoing.value(id)) {
        if (e->reason() == reason)
            return e;
    }
    return nullptr;
}

int CampaignMapScene::edgeCount() const
{
    int n = 0;
    for (const auto &v : m_outgoing)
        n += int(v.size());
    return n;
}

QPointF CampaignMapScene::portScenePos(Id id, const QString &reason) const
{
    CampaignNodeItem *node = m_nodes.value(id);
    return node ? node->mapToScene(node->portPos(reason)) : QPointF();
}

QRectF CampaignMapScene::nodesRect() const
{
    QRectF r;
    for (CampaignNodeItem *n : m_nodes)
        r = r.united(n->sceneBoundingRect());
    return r;
}

QVector<Id> CampaignMapScene::selectedCampaigns() const
{
    QVector<Id> out;
    for (const Id id : m_document->ids()) {
        if (CampaignNodeItem *n = m_nodes.value(id); n && n->isSelected())
            out.append(id);
    }
    return out;
}

void CampaignMapScene::selectCampaigns(const QVector<Id> &ids)
{
    clearSelection();
    for (const Id id : ids) {
        if (CampaignNodeItem *n = m_nodes.value(id))
            n->setSelected(true);
    }
}

// --- connecting ------------------------------------------------------------------------------

QString CampaignMapScene::refusalFor(Id source, const QString &reason, Id target) const
{
    return m_document->exitRouteRefusal(source, reason, target);
}

bool CampaignMapScene::connectPorts(Id source, const QString &reason, Id target)
{
    QString why;
    if (m_document->drawExitRoute(source, reason, target, &why)) {
        m_lastRefusal.clear();
        return true;
    }
    if (!why.isEmpty()) {
        m_lastRefusal = why;
        Q_EMIT connectionRefused(why);
    }
    return false;
}

CampaignNodeItem *CampaignMapScene::nodeAt(const QPointF &scenePos,
                                           const CampaignNodeItem *except) const
{
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == CampaignNodeItem::Type && item != except
            && item->mapToScene(static_cast<CampaignNodeItem *>(item)->cardRect())
                   .containsPoint(scenePos, Qt::OddEvenFill))
            return static_cast<CampaignNodeItem *>(item);
    }
    return nullptr;
}

void CampaignMapScene::clearConnectionDrag()
{
    delete m_connectLine;
    m_connectLine = nullptr;
    delete m_connectHint;
    m_connectHint = nullptr;
    if (m_hovered)
        m_hovered->setHighlight(CampaignNodeItem::Highlight::None);
    m_hovered = nullptr;
    m_connectSource = 0;
    m_connectReason.clear();
}

void CampaignMapScene::showRefusal(const QString &why, const QPointF &at)
{
    DesignerStyle::showRefusalCue(this, &m_refusalCue, why, at);
}

void CampaignMapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem *> hits = items(event->scenePos());
        for (QGraphicsItem *item : hits) {
            if (item->type() != CampaignNodeItem::Type)
                continue;
            auto *node = static_cast<CampaignNodeItem *>(item);
            const QString reason = node->portAt(node->mapFromScene(event->scenePos()));
            if (reason.isEmpty())
                break;
            m_connectSource = node->campaignId();
            m_connectReason = reason;
            m_connectLine = new QGraphicsPathItem;
            m_connectLine->setPen(QPen(Style::exitColor(reason), 2.5, Qt::DashLine));
            m_connectLine->setZValue(50);
            addItem(m_connectLine);
            m_connectHint = new QGraphicsSimpleTextItem;
            m_connectHint->setFont(Style::bodyFont());
            m_connectHint->setZValue(51);
            addItem(m_connectHint);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_moving = event->button() == Qt::LeftButton && nodeAt(event->scenePos()) != nullptr;
    if (m_moving)
        ++m_dragSerial;
}

void CampaignMapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        const QPointF from = portScenePos(m_connectSource, m_connectReason);
        const QPointF to = event->scenePos();
        QPainterPath path(from);
        const double dx = std::max(40.0, std::abs(to.x() - from.x()) / 2);
        path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
        m_connectLine->setPath(path);
        CampaignNodeItem *target = nodeAt(to);
        if (m_hovered && m_hovered != target)
            m_hovered->setHighlight(CampaignNodeItem::Highlight::None);
        m_hovered = target;
        QString hint;
        QColor hintColor = Style::textSecondary();
        if (target) {
            const QString why = refusalFor(m_connectSource, m_connectReason, target->campaignId());
            target->setHighlight(why.isEmpty() ? CampaignNodeItem::Highlight::Accept
                                               : CampaignNodeItem::Highlight::Refuse);
            hint = why.isEmpty()
                       ? tr("%1 → enroll in %2")
                             .arg(Style::exitLabel(m_connectReason), target->campaign().slug)
                       : QString(u"✕ "_s + why);
            hintColor = why.isEmpty() ? Style::exitColor(u"converted"_s) : Style::errorColor();
        } else {
            hint
                = tr("Drop on a campaign to route %1 there").arg(Style::exitLabel(m_connectReason));
        }
        m_connectHint->setText(hint);
        m_connectHint->setBrush(hintColor);
        m_connectHint->setPos(to + QPointF(14, 10));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (m_moving && (event->buttons() & Qt::LeftButton)) {
        QHash<Id, QPointF> moved;
        for (QGraphicsItem *item : selectedItems()) {
            if (item->type() != CampaignNodeItem::Type)
                continue;
            auto *node = static_cast<CampaignNodeItem *>(item);
            const Campaign *c = m_document->campaign(node->campaignId());
            if (c && c->layout != std::optional<QPointF>(node->pos()))
                moved.insert(node->campaignId(), node->pos());
        }
        if (!moved.isEmpty())
            m_document->moveCampaigns(moved, m_dragSerial);
    }
}

void CampaignMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        const Id source = m_connectSource;
        const QString reason = m_connectReason;
        const QPointF at = event->scenePos();
        CampaignNodeItem *target = nodeAt(at);
        clearConnectionDrag();
        if (target) {
            if (connectPorts(source, reason, target->campaignId())) {
                Q_EMIT statusMessage(
                    tr("Routed %1 to %2").arg(Style::exitLabel(reason), target->campaign().slug));
            } else {
                showRefusal(m_lastRefusal, at);
            }
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_moving = false;
}

void CampaignMapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (CampaignNodeItem *node = nodeAt(event->scenePos())) {
        Q_EMIT campaignActivated(node->campaignId());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// --- palette drops ---------------------------------------------------------------------------

bool CampaignMapScene::dropPaletteItem(const QString &what, const QPointF &scenePos)
{
    const QString kind = what.section(u':', 0, 0);
    const QString value = what.section(u':', 1);
    if (kind == u"campaign" && Vocabulary::campaignTypes().contains(value)) {
        Campaign c = FlowDocument::newCampaign(value);
        if (const QString client = m_document->mostUsedClient(); !client.isEmpty())
            c.clientId = client;
        const double g = Style::gridSize;
        c.layout = QPointF(std::round((scenePos.x() - 20) / g) * g,
                           std::round((scenePos.y() - 20) / g) * g);
        const Id id = m_document->addCampaign(c);
        selectCampaigns({id});
        Q_EMIT statusMessage(tr("Added %1").arg(m_document->campaign(id)->slug));
        return true;
    }
    if (kind == u"step" && Vocabulary::channels().contains(value)) {
        CampaignNodeItem *node = nodeAt(scenePos);
        if (!node) {
            m_lastRefusal = tr("Drop a step on a campaign card, or open the campaign's sequence.");
            showRefusal(m_lastRefusal, scenePos);
            Q_EMIT connectionRefused(m_lastRefusal);
            return false;
        }
        const Campaign &c = node->campaign();
        Step s = FlowDocument::newStep(value);
        s.delayDays = c.steps.isEmpty() ? 0 : c.steps.constLast().delayDays + 2;
        m_document->addStep(node->campaignId(), s);
        Q_EMIT statusMessage(tr("Added a %1 step to %2").arg(Style::channelLabel(value), c.slug));
        return true;
    }
    return false;
}

void CampaignMapScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(paletteMimeType));
}

void CampaignMapScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(paletteMimeType));
}

void CampaignMapScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString what = QString::fromUtf8(event->mimeData()->data(paletteMimeType));
    event->setAccepted(dropPaletteItem(what, event->scenePos()));
}

// --- clipboard -------------------------------------------------------------------------------

QByteArray CampaignMapScene::selectionJson() const
{
    Flow flow;
    for (const Id id : selectedCampaigns())
        flow.campaigns.append(*m_document->campaign(id));
    return flow.campaigns.isEmpty() ? QByteArray() : FlowCodec::write(flow);
}

void CampaignMapScene::copySelection()
{
    const QByteArray json = selectionJson();
    if (json.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(campaignsMimeType, json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    Q_EMIT statusMessage(tr("Copied %n campaign(s)", nullptr, int(selectedCampaigns().size())));
}

bool CampaignMapScene::pasteJson(const QByteArray &json, const QPointF &offset)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray array = doc.object().value(u"campaigns"_s).toArray();
    if (array.isEmpty())
        return false;
    QVector<Campaign> campaigns;
    for (const QJsonValue &v : array) {
        Campaign c = FlowCodec::campaignFromJson(v.toObject());
        c.layout = (c.layout ? *c.layout : QPointF(80, 80)) + offset;
        campaigns.append(c);
    }
    const QVector<Id> ids = m_document->addCampaigns(
        campaigns, tr("Paste %n campaign(s)", nullptr, int(campaigns.size())));
    selectCampaigns(ids);
    return true;
}

bool CampaignMapScene::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    QByteArray json = mime->data(campaignsMimeType);
    if (json.isEmpty())
        json = mime->text().toUtf8();
    ++m_pasteCount;
    return pasteJson(json, QPointF(40, 40) * m_pasteCount);
}

void CampaignMapScene::duplicateSelection()
{
    const QByteArray json = selectionJson();
    if (!json.isEmpty())
        pasteJson(json, QPointF(40, 40));
}

void CampaignMapScene::deleteSelection()
{
    const QVector<Id> campaigns = selectedCampaigns();
    if (!campaigns.isEmpty()) {
        m_document->removeCampaigns(campaigns);
        return;
    }
    QVector<QPair<Id, QString>> routes;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ExitEdgeItem::Type) {
            auto *e = static_cast<ExitEdgeItem *>(item);
            routes.append({e->source(), e->reason()});
        }
    }
    if (routes.isEmpty())
        return;
    m_document->undoStack()->beginMacro(tr("Remove %n route(s)", nullptr, int(routes.size())));
    for (const auto &r : routes)
        m_document->setExitRoute(r.first, r.second, QString());
    m_document->undoStack()->endMacro();
}

QVector<Id> CampaignMapScene::search(const QString &text)
{
    QVector<Id> found;
    const QString needle = text.trimmed();
    for (const Id id : m_document->ids()) {
        CampaignNodeItem *n = m_nodes.value(id);
        const bool match = !needle.isEmpty()
                           && (n->campaign().slug.contains(needle, Qt::CaseInsensitive)
                               || n->campaign().name.contains(needle, Qt::CaseInsensitive));
        n->setSearchMatch(match);
        if (match)
            found.append(id);
    }
    return found;
}

// --- canvas ----------------------------------------------------------------------------------

void CampaignMapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Style::canvas());
    const double scale = painter->worldTransform().m11();
    if (scale < 0.45)
        return; // dots closer than ~9 px are noise
    const double g = Style::gridSize * (scale < 0.8 ? 2 : 1);
    const double left = std::floor(rect.left() / g) * g;
    const double top = std::floor(rect.top() / g) * g;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += g) {
        for (double y = top; y < rect.bottom(); y += g)
            dots.append(QPointF(x, y));
    }
    painter->setPen(QPen(Style::gridDot(), 2.0 / scale, Qt::SolidLine, Qt::RoundCap));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace Touchline
