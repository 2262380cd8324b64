#include "sequencescene.h"

#include "campaignmapscene.h"
#include "designerstyle.h"
#include "flowcodec.h"
#include "outcomeedgeitem.h"
#include "simulationsession.h"
#include "stepnodeitem.h"
#include "terminalitem.h"
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

namespace Touchline {

using namespace Qt::StringLiterals;
namespace Style = DesignerStyle;
using Id = FlowDocument::Id;

const QString SequenceScene::stepsMimeType = u"application/x-touchline-steps"_s;

namespace {
constexpr double stepGap = 150.0;
constexpr double laneGap = 150.0;
constexpr double axisY = -46.0;
} // namespace

SequenceScene::SequenceScene(FlowDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    auto rebuildIfShown = [this](Id id) {
        const Campaign *c = m_document->campaign(m_campaign);
        if (!c)
            return;
        if (id == m_campaign
            || c->onExit.values().contains(m_document->campaign(id) ? m_document->campaign(id)->slug
                                                                    : QString()))
            rebuild();
    };
    connect(document, &FlowDocument::campaignChanged, this, rebuildIfShown);
    connect(document, &FlowDocument::campaignRemoved, this, [this](Id id) {
        if (id == m_campaign)
            m_campaign = 0;
        rebuild();
    });
    connect(document, &FlowDocument::campaignAdded, this, [this](Id) { rebuild(); });
    connect(document, &FlowDocument::flowReset, this, [this] {
        m_campaign = 0;
        rebuild();
    });
    connect(document, &FlowDocument::validated, this, &SequenceScene::onValidated);
}

void SequenceScene::setSimulation(const SimulationSession *simulation)
{
    if (m_simulation)
        disconnect(m_simulation, nullptr, this, nullptr);
    m_simulation = simulation;
    if (simulation)
        connect(simulation, &SimulationSession::overlayChanged, this, [this] {
            for (QGraphicsItem *item : items()) {
                if (item->type() == StepNodeItem::Type || item->type() == TerminalItem::Type)
                    item->update();
            }
        });
    rebuild();
}

void SequenceScene::setCampaign(Id id)
{
    m_campaign = id;
    rebuild();
}

double SequenceScene::layoutLane(Id id, double y, bool editable)
{
    const Campaign *c = m_document->campaign(id);
    double x = 0;
    double tallest = 0;
    for (int i = 0; i < c->steps.size(); ++i) {
        auto *item = new StepNodeItem(id, i, c->steps.at(i), editable);
        item->setSimulation(m_simulation, c->slug);
        item->setPos(x, y);
        addItem(item);
        if (editable) {
            m_steps.insert(i, item);
            const Step &s = c->steps.at(i);
            m_ticks.append({x, Style::delayLabel(s.delayDays, s.delayMinutes)});
        } else {
            m_contextSteps.append(item);
        }
        tallest = std::max(tallest, item->height());
        x += StepNodeItem::width + stepGap;
    }
    if (editable)
        m_axisEnd = std::max(0.0, x - stepGap);
    return tallest;
}

void SequenceScene::rebuild()
{
    clearConnectionDrag();
    // The day axis and the titles are drawn in the background, which no item covers: what
    // showed the old days must be painted again (a delay change moves every tick).
    const QRectF before = sceneRect();
    // The author keeps the selected steps across the rebuild an edit causes.
    const QVector<int> selected = selectedSteps();
    m_refusalCue = nullptr;
    m_steps.clear();
    m_contextSteps.clear();
    m_exits.clear();
    m_handoffs.clear();
    m_edges.clear();
    m_ticks.clear();
    m_laneTitles.clear();
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    const Campaign *c = m_document->campaign(m_campaign);
    if (!c) {
        m_campaign = 0;
        return;
    }
    m_laneTitles.append({-110.0, tr("%1 · %2").arg(c->name, c->slug)});
    const double tallest = layoutLane(m_campaign, 0, true);

    // Terminals under the lane: the three exits, then the handoffs in use (voice offers both).
    const double terminalY = tallest + 150;
    QStringList handoffs;
    bool voice = false;
    for (const Step &s : c->steps) {
        voice = voice || s.channel == u"voice";
        for (const OutcomeAction &a : s.onOutcome) {
            if (a.kind == OutcomeAction::Kind::Handoff && !handoffs.contains(a.handoff))
                handoffs.append(a.handoff);
        }
    }
    if (voice)
        handoffs = Vocabulary::handoffTargets();
    QVector<TerminalItem *> terminals;
    for (const QString &reason : Vocabulary::exitReasons()) {
        QString detail;
        const QString next = c->onExit.value(reason);
        if (c->gate && reason == u"converted")
            detail = next.isEmpty() ? tr("exec approver routes it")
                                    : tr("exec approver; suggests %1").arg(next);
        else
            detail = next.isEmpty() ? tr("ends here") : tr("enrolls in %1").arg(next);
        auto *t = new TerminalItem(TerminalItem::Kind::Exit, reason, detail);
        t->setSimulation(m_simulation, c->slug);
        m_exits.insert(reason, t);
        terminals.append(t);
    }
    for (const QString &h : std::as_const(handoffs)) {
        auto *t = new TerminalItem(TerminalItem::Kind::Handoff,
                                   h,
                                   h == u"human_agent" ? tr("a person takes the call")
                                                       : tr("the voicebot takes over"));
        m_handoffs.insert(h, t);
        terminals.append(t);
    }
    // Evenly spread under the lane, each slot wide enough for the widest terminal.
    double widest = TerminalItem::minWidth;
    for (const TerminalItem *t : std::as_const(terminals))
        widest = std::max(widest, t->width());
    const double pitch = std::max(m_axisEnd / double(terminals.size()), widest + 40.0);
    for (int slot = 0; slot < terminals.size(); ++slot) {
        TerminalItem *t = terminals.at(slot);
        t->setPos(slot * pitch + (pitch - t->width()) / 2, terminalY);
        addItem(t);
    }

    // Edges: "then" between consecutive steps, then every mapping.
    for (int i = 0; i + 1 < c->steps.size(); ++i) {
        auto *e = new OutcomeEdgeItem(m_campaign, i, QString(), {});
        StepNodeItem *a = m_steps.value(i);
        StepNodeItem *b = m_steps.value(i + 1);
        e->setEnds(
            a->mapToScene(QPointF(StepNodeItem::width, 26)), b->mapToScene(b->inputPos()), false);
        addItem(e);
    }
    for (int i = 0; i < c->steps.size(); ++i) {
        const Step &s = c->steps.at(i);
        StepNodeItem *from = m_steps.value(i);
        for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it) {
            if (!from->ports().contains(it.key()))
                continue;
            auto *e = new OutcomeEdgeItem(m_campaign, i, it.key(), it.value());
            const QPointF port = from->mapToScene(from->portPos(it.key()));
            // Each port gets its own vertical track in the gap right of its card, so edges
            // leave side by side and never run across a card.
            const int portIndex = int(from->ports().indexOf(it.key()));
            const double track = port.x() + 16 + 6 * portIndex;
            switch (it->kind) {
            case OutcomeAction::Kind::Goto: {
                StepNodeItem *to = m_steps.value(it->gotoStep - 1);
                if (!to) {
                    delete e;
                    continue;
                }
                const QPointF input = to->mapToScene(to->inputPos());
                if (it->gotoStep == i + 2) {
                    e->setEnds(port, input, false);
                } else {
                    // Over the top of the cards in between (or back), into the input.
                    const double top = -14 - 5 * portIndex;
                    const double approach = input.x() - 22;
                    e->setRoute({port,
                                 {track, port.y()},
                                 {track, top},
                                 {approach, top},
                                 {approach, input.y()},
                                 input},
                                QPointF((track + approach) / 2, top));
                }
                break;
            }
            case OutcomeAction::Kind::Exit:
            case OutcomeAction::Kind::Handoff: {
                TerminalItem *t = it->kind == OutcomeAction::Kind::Exit
                                      ? m_exits.value(it->exitReason)
                                      : m_handoffs.value(it->handoff);
                if (!t) {
                    delete e;
                    continue;
                }
                const QPointF input = t->mapToScene(t->inputPos());
                const double below = tallest + 30 + 4 * portIndex;
                const double enter = input.x() + std::clamp((track - input.x()) / 6, -60.0, 60.0);
                e->setRoute(
                    {port, {track, port.y()}, {track, below}, {enter, below}, {enter, input.y()}},
                    QPointF());
                break;
            }
            case OutcomeAction::Kind::Retry:
                e->setLoop(port);
                break;
            }
            addItem(e);
            m_edges.append(e);
        }
    }

    // Read-only lanes: where the exits continue.
    double y = terminalY + TerminalItem::height + laneGap;
    for (const QString &reason : Vocabulary::exitReasons()) {
        const Id next = m_document->idForSlug(c->onExit.value(reason));
        const Campaign *n = m_document->campaign(next);
        if (!n || next == m_campaign)
            continue;
        m_laneTitles.append({y - 50,
                             tr("On %1, continues in %2 · %3 (double-click to open)")
                                 .arg(Style::exitLabel(reason), n->name, n->slug)});
        y += layoutLane(next, y, false) + laneGap;
    }
    setSceneRect(itemsBoundingRect().adjusted(-200, -200, 300, 200));
    invalidate(before.united(sceneRect()), BackgroundLayer);
    {
        const QSignalBlocker blocker(this);
        for (int i : selected) {
            if (StepNodeItem *item = m_steps.value(i))
                item->setSelected(true);
        }
    }
    onValidated();
}

QRectF SequenceScene::ownRect() const
{
    if (m_steps.isEmpty())
        return itemsBoundingRect();
    QRectF r(-20, -135, 10, 10); // the title and the day axis, drawn above the lane
    for (const StepNodeItem *item : m_steps)
        r |= item->sceneBoundingRect();
    for (const TerminalItem *t : m_exits)
        r |= t->sceneBoundingRect();
    for (const TerminalItem *t : m_handoffs)
        r |= t->sceneBoundingRect();
    return r;
}

QStringList SequenceScene::axisLabels() const
{
    QStringList labels;
    for (const Tick &t : m_ticks)
        labels.append(t.label);
    return labels;
}

QRectF SequenceScene::axisRect() const
{
    // As drawBackground() draws it: the line at axisY with its ticks, the labels above them.
    return QRectF(-40, axisY - 22, m_axisEnd + 80, 34);
}

void SequenceScene::onValidated()
{
    QHash<int, QPair<int, QStringList>> problems;
    for (const FlowDocument::Issue &i : m_document->issues()) {
        if (i.campaign != m_campaign || i.step < 0)
            continue;
        auto &p = problems[i.step];
        if (i.issue.isError())
            ++p.first;
        p.second.append(i.issue.toString());
    }
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        const auto p = problems.value(it.key());
        it.value()->setProblems(p.first, int(p.second.size()) - p.first, p.second.join(u'\n'));
    }
}

OutcomeEdgeItem *SequenceScene::edgeFor(int stepIndex, const QString &outcome) const
{
    for (OutcomeEdgeItem *e : m_edges) {
        if (e->stepIndex() == stepIndex && e->outcome() == outcome)
            return e;
    }
    return nullptr;
}

QPointF SequenceScene::portScenePos(int stepIndex, const QString &outcome) const
{
    StepNodeItem *s = m_steps.value(stepIndex);
    return s ? s->mapToScene(s->portPos(outcome)) : QPointF();
}

// --- connecting ------------------------------------------------------------------------------

FlowDocument::OutcomeTarget SequenceScene::outcomeTarget(QGraphicsItem *target) const
{
    using Kind = FlowDocument::OutcomeTarget::Kind;
    FlowDocument::OutcomeTarget t;
    if (target && target->type() == StepNodeItem::Type) {
        auto *step = static_cast<StepNodeItem *>(target);
        t.kind = Kind::Step;
        t.campaign = step->campaignId();
        t.stepIndex = step->stepIndex();
    } else if (target && target->type() == TerminalItem::Type) {
        auto *terminal = static_cast<TerminalItem *>(target);
        t.kind = terminal->kind() == TerminalItem::Kind::Exit ? Kind::Exit : Kind::Handoff;
        t.name = terminal->name();
    }
    return t;
}

QString
SequenceScene::refusalFor(int stepIndex, const QString &outcome, QGraphicsItem *target) const
{
    return m_document->outcomeRouteRefusal(m_campaign, stepIndex, outcome, outcomeTarget(target));
}

bool SequenceScene::connectPort(int stepIndex, const QString &outcome, QGraphicsItem *target)
{
    QString why;
    if (m_document->drawOutcomeRoute(m_campaign, stepIndex, outcome, outcomeTarget(target), &why)) {
        m_lastRefusal.clear();
        return true;
    }
    if (!why.isEmpty()) {
        m_lastRefusal = why;
        Q_EMIT connectionRefused(why);
    }
    return false;
}

QGraphicsItem *SequenceScene::targetAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == StepNodeItem::Type || item->type() == TerminalItem::Type)
            return item;
    }
    return nullptr;
}

void SequenceScene::setHover(QGraphicsItem *item, int highlight)
{
    if (m_hovered && m_hovered != item) {
        if (m_hovered->type() == StepNodeItem::Type)
            static_cast<StepNodeItem *>(m_hovered)->setHighlight(0);
        else
            static_cast<TerminalItem *>(m_hovered)->setHighlight(0);
    }
    m_hovered = item;
    if (!item)
        return;
    if (item->type() == StepNodeItem::Type)
        static_cast<StepNodeItem *>(item)->setHighlight(highlight);
    else
        static_cast<TerminalItem *>(item)->setHighlight(highlight);
}

void SequenceScene::clearConnectionDrag()
{
    delete m_connectLine;
    m_connectLine = nullptr;
    delete m_connectHint;
    m_connectHint = nullptr;
    setHover(nullptr, 0);
    m_connectStep = -1;
    m_connectOutcome.clear();
}

void SequenceScene::showRefusal(const QString &why, const QPointF &at)
{
    DesignerStyle::showRefusalCue(this, &m_refusalCue, why, at);
}

void SequenceScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem *> hits = items(event->scenePos());
        for (QGraphicsItem *item : hits) {
            if (item->type() != StepNodeItem::Type)
                continue;
            auto *step = static_cast<StepNodeItem *>(item);
            const QString port = step->portAt(step->mapFromScene(event->scenePos()));
            if (port.isEmpty() || !step->isEditable())
                break;
            m_connectStep = step->stepIndex();
            m_connectOutcome = port;
            m_connectLine = new QGraphicsPathItem;
            m_connectLine->setPen(QPen(QColor(0x25, 0x63, 0xEB), 2.2, Qt::DashLine));
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
}

void SequenceScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectLine) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF from = portScenePos(m_connectStep, m_connectOutcome);
    const QPointF to = event->scenePos();
    QPainterPath path(from);
    path.cubicTo(from + QPointF(60, 0), to - QPointF(60, 0), to);
    m_connectLine->setPath(path);
    QGraphicsItem *target = targetAt(to);
    QString hint = tr("Drop %1 on a step, an exit or a handoff").arg(m_connectOutcome);
    QColor color = Style::textSecondary();
    if (target) {
        const QString why = refusalFor(m_connectStep, m_connectOutcome, target);
        setHover(target, why.isEmpty() ? 1 : 2);
        if (!why.isEmpty()) {
            hint = u"✕ "_s + why;
            color = Style::errorColor();
        } else {
            hint = tr("%1 → here").arg(m_connectOutcome);
            color = Style::exitColor(u"converted"_s);
        }
    } else {
        setHover(nullptr, 0);
    }
    m_connectHint->setText(hint);
    m_connectHint->setBrush(color);
    m_connectHint->setPos(to + QPointF(14, 10));
    event->accept();
}

void SequenceScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectLine) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    const int step = m_connectStep;
    const QString outcome = m_connectOutcome;
    QGraphicsItem *target = targetAt(event->scenePos());
    clearConnectionDrag();
    if (target) {
        if (connectPort(step, outcome, target))
            Q_EMIT statusMessage(tr("Mapped %1 of step %2").arg(outcome).arg(step + 1));
        else
            showRefusal(m_lastRefusal, event->scenePos());
    }
    event->accept();
}

void SequenceScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (QGraphicsItem *item = targetAt(event->scenePos());
        item && item->type() == StepNodeItem::Type) {
        auto *step = static_cast<StepNodeItem *>(item);
        if (step->campaignId() != m_campaign)
            Q_EMIT campaignActivated(step->campaignId());
        else
            Q_EMIT stepActivated(m_campaign, step->stepIndex());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// --- palette, clipboard, delete --------------------------------------------------------------

bool SequenceScene::dropPaletteItem(const QString &what, const QPointF &scenePos)
{
    const Campaign *c = m_document->campaign(m_campaign);
    const QString channel = what.section(u':', 1);
    if (!c || what.section(u':', 0, 0) != u"step" || !Vocabulary::channels().contains(channel)) {
        m_lastRefusal = tr("Only steps go into a sequence; drop campaigns on the map.");
        showRefusal(m_lastRefusal, scenePos);
        return false;
    }
    // The new step is due on the day of the card it lands after.
    Step s = FlowDocument::newStep(channel);
    int after = -1;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        if (it.value()->scenePos().x() <= scenePos.x())
            after = std::max(after, it.key());
    }
    if (after >= 0) {
        const Step &prev = c->steps.at(after);
        const bool last = after == c->steps.size() - 1;
        s.delayDays = prev.delayDays + (last ? 2 : 0);
        s.delayMinutes = last ? 0 : prev.delayMinutes;
    }
    const int at = m_document->addStep(m_campaign, s);
    Q_EMIT statusMessage(tr("Added step %1").arg(at + 1));
    return at >= 0;
}

void SequenceScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(CampaignMapScene::paletteMimeType));
}

void SequenceScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(CampaignMapScene::paletteMimeType));
}

void SequenceScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(dropPaletteItem(
        QString::fromUtf8(event->mimeData()->data(CampaignMapScene::paletteMimeType)),
        event->scenePos()));
}

QVector<int> SequenceScene::selectedSteps() const
{
    QVector<int> out;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        if (it.value()->isSelected())
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void SequenceScene::copySelection()
{
    const Campaign *c = m_document->campaign(m_campaign);
    const QVector<int> steps = selectedSteps();
    if (!c || steps.isEmpty())
        return;
    QJsonArray array;
    for (int i : steps)
        array.append(FlowCodec::stepToJson(c->steps.at(i)));
    auto *mime = new QMimeData;
    const QByteArray json = QJsonDocument(array).toJson();
    mime->setData(stepsMimeType, json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %n step(s)", nullptr, int(steps.size())));
}

bool SequenceScene::paste()
{
    const Campaign *c = m_document->campaign(m_campaign);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!c || !mime || !mime->hasFormat(stepsMimeType))
        return false;
    const QJsonArray array = QJsonDocument::fromJson(mime->data(stepsMimeType)).array();
    if (array.isEmpty())
        return false;
    // Pasted steps go after the last one, keeping their spacing; gotos among them follow,
    // gotos elsewhere are dropped (they named steps of another sequence).
    Campaign changed = *c;
    const int base = int(changed.steps.size());
    const int lastDay = changed.steps.isEmpty() ? 0 : changed.steps.constLast().delayDays;
    QVector<Step> pasted;
    for (const QJsonValue &v : array)
        pasted.append(FlowCodec::stepFromJson(v.toObject()));
    const int firstDay = pasted.constFirst().delayDays;
    QHash<int, int> renumber;
    for (int i = 0; i < pasted.size(); ++i)
        renumber.insert(pasted.at(i).stepNumber, base + i + 1);
    for (int i = 0; i < pasted.size(); ++i) {
        Step s = pasted.at(i);
        s.stepNumber = base + i + 1;
        s.delayDays = s.delayDays - firstDay + lastDay + (base > 0 ? 2 : 0);
        for (auto it = s.onOutcome.begin(); it != s.onOutcome.end();) {
            if (it->kind == OutcomeAction::Kind::Goto) {
                if (!renumber.contains(it->gotoStep)) {
                    it = s.onOutcome.erase(it);
                    continue;
                }
                it->gotoStep = renumber.value(it->gotoStep);
            }
            ++it;
        }
        changed.steps.append(s);
    }
    return m_document->updateCampaign(
        m_campaign, changed, tr("Paste %n step(s)", nullptr, int(pasted.size())));
}

void SequenceScene::deleteSelection()
{
    const QVector<int> steps = selectedSteps();
    if (!steps.isEmpty()) {
        m_document->removeSteps(m_campaign, steps);
        return;
    }
    const Campaign *c = m_document->campaign(m_campaign);
    if (!c)
        return;
    Campaign changed = *c;
    int n = 0;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != OutcomeEdgeItem::Type)
            continue;
        auto *e = static_cast<OutcomeEdgeItem *>(item);
        changed.steps[e->stepIndex()].onOutcome.remove(e->outcome());
        ++n;
    }
    if (n > 0)
        m_document->updateCampaign(m_campaign, changed, tr("Unmap %n outcome(s)", nullptr, n));
}

void SequenceScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Style::canvas());
    if (!m_campaign)
        return;
    // The day axis above the lane.
    const double y = axisY;
    painter->setPen(QPen(QColor(0xCB, 0xD5, 0xE1), 2));
    painter->drawLine(QPointF(-40, y), QPointF(m_axisEnd + 40, y));
    painter->setFont(Style::smallFont());
    QString previous;
    for (const Tick &t : std::as_const(m_ticks)) {
        painter->setPen(QPen(QColor(0x94, 0xA3, 0xB8), 2));
        painter->drawLine(QPointF(t.x, y - 6), QPointF(t.x, y + 6));
        painter->setPen(t.label == previous ? Style::textSecondary() : Style::textPrimary());
        painter->drawText(
            QRectF(t.x + 6, y - 22, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        previous = t.label;
    }
    QFont title = Style::titleFont();
    title.setPixelSize(18);
    for (const auto &lane : std::as_const(m_laneTitles)) {
        painter->setFont(lane.first < 0 ? title : Style::titleFont());
        painter->setPen(lane.first < 0 ? Style::textPrimary() : Style::textSecondary());
        painter->drawText(QPointF(0, lane.first), lane.second);
    }
}

} // namespace Touchline
