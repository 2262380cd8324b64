#include "flowdocument.h"

#include "designerstyle.h"
#include "flowcodec.h"
#include "floweditcommand.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QRunnable>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

bool sameExceptLayout(const Campaign &a, const Campaign &b)
{
    Campaign x = a;
    x.layout = b.layout;
    return x == b;
}

} // namespace

FlowDocument::FlowDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_validationTimer(new QTimer(this))
    , m_pool(new QThreadPool(this))
{
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(150);
    connect(m_validationTimer, &QTimer::timeout, this, &FlowDocument::startValidation);
    m_pool->setMaxThreadCount(1);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        Q_EMIT dirtyChanged(!clean);
    });
}

FlowDocument::~FlowDocument()
{
    // A pass still running calls back into this object: let it finish first.
    m_pool->clear();
    m_pool->waitForDone();
}

void FlowDocument::setFlow(const Flow &flow)
{
    m_undo->clear();
    m_flow = flow;
    m_ids.clear();
    m_slugs.clear();
    m_ids.reserve(m_flow.campaigns.size());
    for (const Campaign &c : std::as_const(m_flow.campaigns)) {
        const Id id = nextId();
        m_ids.append(id);
        m_slugs.insert(c.slug, id);
    }
    m_undo->setClean();
    Q_EMIT flowReset();
    validateNow();
}

QByteArray FlowDocument::toJson() const
{
    return FlowCodec::write(m_flow);
}

int FlowDocument::indexOf(Id id) const
{
    return int(m_ids.indexOf(id));
}

const Campaign *FlowDocument::campaign(Id id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_flow.campaigns.at(i);
}

bool FlowDocument::isDirty() const
{
    return !m_undo->isClean();
}

void FlowDocument::markClean()
{
    m_undo->setClean();
}

void FlowDocument::push(FlowEditCommand *command)
{
    if (command->entries().isEmpty()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

// --- primitive changes, called by the commands only ----------------------------------------

void FlowDocument::insertAt(int index, Id id, const Campaign &campaign)
{
    m_flow.campaigns.insert(index, campaign);
    m_ids.insert(index, id);
    m_slugs.insert(campaign.slug, id);
    scheduleValidation();
    Q_EMIT campaignAdded(id);
}

void FlowDocument::removeAt(int index)
{
    const Id id = m_ids.at(index);
    const QString slug = m_flow.campaigns.at(index).slug;
    m_flow.campaigns.removeAt(index);
    m_ids.removeAt(index);
    if (m_slugs.value(slug) == id)
        m_slugs.remove(slug);
    scheduleValidation();
    Q_EMIT campaignRemoved(id);
}

void FlowDocument::replaceAt(int index, const Campaign &campaign)
{
    const Id id = m_ids.at(index);
    const Campaign old = m_flow.campaigns.at(index);
    if (old == campaign)
        return;
    m_flow.campaigns[index] = campaign;
    if (old.slug != campaign.slug) {
        if (m_slugs.value(old.slug) == id)
            m_slugs.remove(old.slug);
        m_slugs.insert(campaign.slug, id);
    }
    if (old.layout != campaign.layout)
        Q_EMIT layoutChanged(id);
    if (sameExceptLayout(old, campaign))
        return; // a move changes nothing the validator looks at
    scheduleValidation();
    if (old.slug != campaign.slug)
        Q_EMIT slugChanged(id, old.slug);
    if (old.onExit != campaign.onExit)
        Q_EMIT exitRouteChanged(id);
    if (old.steps != campaign.steps)
        Q_EMIT stepsChanged(id);
    Q_EMIT campaignChanged(id);
}

// --- edits --------------------------------------------------------------------------------

QString FlowDocument::uniqueSlug(const QString &base, const QSet<QString> &taken) const
{
    QString clean;
    for (const QChar ch : base.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_')
            clean.append(ch);
        else if (ch == u' ' || ch == u'-')
            clean.append(u'_');
    }
    if (clean.isEmpty())
        clean = u"campaign"_s;
    auto used = [&](const QString &s) {
        return m_slugs.contains(s) || taken.contains(s);
    };
    if (!used(clean))
        return clean;
    static const QRegularExpression copySuffix(u"_copy(_\\d+)?$"_s);
    QString stem = clean;
    stem.remove(copySuffix);
    QString candidate = stem + u"_copy"_s;
    for (int n = 2; used(candidate); ++n)
        candidate = stem + u"_copy_"_s + QString::number(n);
    return candidate;
}

FlowDocument::Id FlowDocument::addCampaign(const Campaign &campaign)
{
    const QVector<Id> ids = addCampaigns({campaign}, tr("Add campaign %1").arg(campaign.slug));
    return ids.value(0);
}

QVector<FlowDocument::Id> FlowDocument::addCampaigns(const QVector<Campaign> &campaigns,
                                                     const QString &text)
{
    QSet<QString> taken;
    QHash<QString, QString> renamed;
    QVector<Campaign> added = campaigns;
    for (Campaign &c : added) {
        const QString fresh = uniqueSlug(c.slug, taken);
        if (fresh != c.slug)
            renamed.insert(c.slug, fresh);
        c.slug = fresh;
        taken.insert(fresh);
    }
    QVector<FlowEditCommand::Entry> entries;
    QVector<Id> ids;
    for (int i = 0; i < added.size(); ++i) {
        Campaign &c = added[i];
        for (auto it = c.onExit.begin(); it != c.onExit.end(); ++it) {
            if (renamed.contains(it.value()))
                it.value() = renamed.value(it.value());
        }
        const Id id = nextId();
        ids.append(id);
        entries.append({id, campaignCount() + i, {}, FlowCodec::campaignToJson(c)});
    }
    push(new FlowEditCommand(this, text, entries));
    return ids;
}

QString FlowDocument::mostUsedClient() const
{
    QHash<QString, int> counts;
    QString best;
    for (const Campaign &c : m_flow.campaigns) {
        const int n = ++counts[c.clientId];
        if (!c.clientId.isEmpty() && (best.isEmpty() || n > counts.value(best)))
            best = c.clientId;
    }
    return best;
}

QStringList FlowDocument::routesLostByRemoving(const QVector<Id> &ids) const
{
    QSet<QString> gone;
    for (Id id : ids) {
        if (const Campaign *c = campaign(id))
            gone.insert(c->slug);
    }
    QStringList lost;
    for (const Campaign &c : m_flow.campaigns) {
        if (gone.contains(c.slug))
            continue;
        for (auto it = c.onExit.cbegin(); it != c.onExit.cend(); ++it) {
            if (gone.contains(it.value()))
                lost.append(tr("%1 on %2 → %3").arg(c.slug, it.key(), it.value()));
        }
    }
    return lost;
}

QStringList FlowDocument::gotosLostByRemoving(Id id, const QVector<int> &stepIndexes) const
{
    const Campaign *c = campaign(id);
    if (!c)
        return {};
    QStringList lost;
    for (int i = 0; i < c->steps.size(); ++i) {
        if (stepIndexes.contains(i))
            continue;
        const Step &s = c->steps.at(i);
        for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it) {
            if (it->kind == OutcomeAction::Kind::Goto && stepIndexes.contains(it->gotoStep - 1))
                lost.append(
                    tr("step %1 on %2 → step %3").arg(i + 1).arg(it.key()).arg(it->gotoStep));
        }
    }
    return lost;
}

void FlowDocument::removeCampaigns(const QVector<Id> &ids)
{
    QSet<QString> gone;
    QSet<Id> goneIds;
    for (Id id : ids) {
        if (const Campaign *c = campaign(id)) {
            gone.insert(c->slug);
            goneIds.insert(id);
        }
    }
    if (gone.isEmpty())
        return;
    QVector<FlowEditCommand::Entry> entries;
    for (int i = 0; i < campaignCount(); ++i) {
        const Campaign &c = m_flow.campaigns.at(i);
        if (goneIds.contains(m_ids.at(i))) {
            entries.append({m_ids.at(i), i, FlowCodec::campaignToJson(c), {}});
            continue;
        }
        Campaign kept = c;
        for (auto it = kept.onExit.begin(); it != kept.onExit.end();) {
            if (gone.contains(it.value()))
                it = kept.onExit.erase(it);
            else
                ++it;
        }
        if (kept.onExit != c.onExit)
            entries.append(
                {m_ids.at(i), i, FlowCodec::campaignToJson(c), FlowCodec::campaignToJson(kept)});
    }
    push(
        new FlowEditCommand(this, tr("Delete %n campaign(s)", nullptr, int(gone.size())), entries));
}

bool FlowDocument::updateCampaign(Id id,
                                  const Campaign &campaign,
                                  const QString &text,
                                  const QString &fieldKey)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    const Campaign &old = m_flow.campaigns.at(index);
    if (old == campaign)
        return false;
    QVector<FlowEditCommand::Entry> entries{
        {id, index, FlowCodec::campaignToJson(old), FlowCodec::campaignToJson(campaign)}};
    if (old.slug != campaign.slug) {
        for (int i = 0; i < campaignCount(); ++i) {
            if (i == index)
                continue;
            Campaign other = m_flow.campaigns.at(i);
            bool touched = false;
            for (auto it = other.onExit.begin(); it != other.onExit.end(); ++it) {
                if (it.value() == old.slug) {
                    it.value() = campaign.slug;
                    touched = true;
                }
            }
            if (touched)
                entries.append({m_ids.at(i),
                                i,
                                FlowCodec::campaignToJson(m_flow.campaigns.at(i)),
                                FlowCodec::campaignToJson(other)});
        }
    }
    if (fieldKey.isEmpty() || entries.size() != 1)
        push(new FlowEditCommand(this, text, entries));
    else
        push(new FlowEditCommand(this,
                                 text,
                                 entries,
                                 FlowEditCommand::Field,
                                 m_fieldSerial,
                                 u"%1/%2"_s.arg(id).arg(fieldKey)));
    return true;
}

bool FlowDocument::setExitRoute(Id id, const QString &reason, const QString &targetSlug)
{
    const Campaign *c = campaign(id);
    if (!c)
        return false;
    Campaign changed = *c;
    if (targetSlug.isEmpty())
        changed.onExit.remove(reason);
    else
        changed.onExit.insert(reason, targetSlug);
    const QString text = targetSlug.isEmpty()
                             ? tr("End %1 on %2").arg(c->slug, reason)
                             : tr("Route %1 %2 to %3").arg(c->slug, reason, targetSlug);
    return updateCampaign(id, changed, text);
}

void FlowDocument::moveCampaigns(const QHash<Id, QPointF> &positions, int dragSerial)
{
    QVector<FlowEditCommand::Entry> entries;
    for (int i = 0; i < campaignCount(); ++i) {
        const auto it = positions.constFind(m_ids.at(i));
        if (it == positions.cend())
            continue;
        const Campaign &c = m_flow.campaigns.at(i);
        Campaign moved = c;
        moved.layout = *it;
        entries.append(
            {m_ids.at(i), i, FlowCodec::campaignToJson(c), FlowCodec::campaignToJson(moved)});
    }
    push(new FlowEditCommand(this,
                             tr("Move %n campaign(s)", nullptr, int(entries.size())),
                             entries,
                             FlowEditCommand::Move,
                             dragSerial));
}

void FlowDocument::setLayouts(const QHash<Id, QPointF> &positions, const QString &text)
{
    QVector<FlowEditCommand::Entry> entries;
    for (int i = 0; i < campaignCount(); ++i) {
        const auto it = positions.constFind(m_ids.at(i));
        const Campaign &c = m_flow.campaigns.at(i);
        if (it == positions.cend() || c.layout == std::optional<QPointF>(*it))
            continue;
        Campaign moved = c;
        moved.layout = *it;
        entries.append(
            {m_ids.at(i), i, FlowCodec::campaignToJson(c), FlowCodec::campaignToJson(moved)});
    }
    push(new FlowEditCommand(this, text, entries));
}

bool FlowDocument::setOutcome(Id id,
                              int stepIndex,
                              const QString &outcome,
                              std::optional<OutcomeAction> action)
{
    const Campaign *c = campaign(id);
    if (!c || stepIndex < 0 || stepIndex >= c->steps.size())
        return false;
    Campaign changed = *c;
    Step &s = changed.steps[stepIndex];
    if (action)
        s.onOutcome.insert(outcome, *action);
    else
        s.onOutcome.remove(outcome);
    return updateCampaign(id,
                          changed,
                          action ? tr("Map %1 of step %2").arg(outcome).arg(stepIndex + 1)
                                 : tr("Unmap %1 of step %2").arg(outcome).arg(stepIndex + 1));
}

int FlowDocument::addStep(Id id, Step step)
{
    const Campaign *c = campaign(id);
    if (!c)
        return -1;
    Campaign changed = *c;
    // Steps stay in time order: the new one goes after every step due no later than it.
    int at = 0;
    while (at < changed.steps.size()
           && std::pair(changed.steps.at(at).delayDays, changed.steps.at(at).delayMinutes)
                  <= std::pair(step.delayDays, step.delayMinutes))
        ++at;
    changed.steps.insert(at, step);
    for (int i = 0; i < changed.steps.size(); ++i) {
        Step &s = changed.steps[i];
        s.stepNumber = i + 1;
        if (i == at)
            continue;
        for (OutcomeAction &a : s.onOutcome) {
            if (a.kind == OutcomeAction::Kind::Goto && a.gotoStep > at)
                ++a.gotoStep;
        }
    }
    updateCampaign(id, changed, tr("Add %1 step to %2").arg(step.channel, c->slug));
    return at;
}

bool FlowDocument::removeSteps(Id id, QVector<int> stepIndexes)
{
    const Campaign *c = campaign(id);
    if (!c)
        return false;
    std::sort(stepIndexes.begin(), stepIndexes.end());
    stepIndexes.erase(std::unique(stepIndexes.begin(), stepIndexes.end()), stepIndexes.end());
    Campaign changed = *c;
    QVector<int> newNumber(c->steps.size() + 1, 0); // old step number -> new, 0: removed
    int next = 1;
    for (int i = 0; i < c->steps.size(); ++i)
        newNumber[i + 1] = stepIndexes.contains(i) ? 0 : next++;
    QVector<Step> kept;
    for (int i = 0; i < c->steps.size(); ++i) {
        if (stepIndexes.contains(i))
            continue;
        Step s = c->steps.at(i);
        s.stepNumber = newNumber.at(i + 1);
        for (auto it = s.onOutcome.begin(); it != s.onOutcome.end();) {
            if (it->kind == OutcomeAction::Kind::Goto) {
                const int target = newNumber.value(it->gotoStep, 0);
                if (target == 0) {
                    it = s.onOutcome.erase(it);
                    continue;
                }
                it->gotoStep = target;
            }
            ++it;
        }
        kept.append(s);
    }
    changed.steps = kept;
    return updateCampaign(
        id, changed, tr("Delete %n step(s) of %1", nullptr, int(stepIndexes.size())).arg(c->slug));
}

bool FlowDocument::updateStep(
    Id id, int stepIndex, const Step &step, const QString &text, const QString &fieldKey)
{
    const Campaign *c = campaign(id);
    if (!c || stepIndex < 0 || stepIndex >= c->steps.size())
        return false;
    Campaign changed = *c;
    changed.steps[stepIndex] = step;
    return updateCampaign(id,
                          changed,
                          text,
                          fieldKey.isEmpty() ? fieldKey
                                             : u"steps[%1].%2"_s.arg(stepIndex).arg(fieldKey));
}

// --- new campaigns and steps -------------------------------------------------------------------

Campaign FlowDocument::newCampaign(const QString &type)
{
    Campaign c;
    c.slug = u"new_"_s + type;
    c.name = tr("New %1 campaign").arg(type);
    c.clientId = u"client"_s;
    c.status = u"paused"_s; // nothing is sent before the author resumes it
    c.type = type;
    c.ownerRole = type == u"onboarding" || type == u"renewal" ? u"roles.cs"_s : u"roles.bdr"_s;
    c.sendWindow
        = SendWindow{{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s}, u"09:00"_s, u"17:00"_s};
    c.steps.append(newStep(u"email"_s));
    return c;
}

Step FlowDocument::newStep(const QString &channel)
{
    Step s;
    s.channel = channel;
    if (channel == u"sms") {
        s.contentType = u"follow_up"_s;
        s.templateInstructions
            = tr("Text {{first_name}} one short line (160 characters) about {{company}} "
                 "that can be answered with a word.");
    } else if (channel == u"voice") {
        s.contentType = u"call"_s;
        s.handler = u"ivr"_s;
        s.templateInstructions
            = tr("Call script for {{first_name}} at {{company}}: who is calling and why, one "
                 "question, and the offer of a short meeting. Voicemail: name and call-back "
                 "number, under 20 seconds.");
        // A busy line is tried again soon: the one route a caller adds by habit.
        s.onOutcome.insert(u"busy"_s, OutcomeAction::makeRetry(30, 3));
    } else if (channel == u"linkedin") {
        s.contentType = u"follow_up"_s;
        s.templateInstructions = tr("Connection note to {{first_name}} (under 300 characters): "
                                    "why {{company}}, no pitch.");
    } else {
        s.contentType = u"follow_up"_s;
        s.templateInstructions = tr("Write to {{first_name}} at {{company}}.");
    }
    // The engine's default exits for what this channel can report, shown as routes the author
    // sees and may change (Vocabulary::defaultRoutes is the one table both read). The other
    // defaults (go on, classify a reply, push back) are what an unmapped row does anyway.
    for (const Vocabulary::DefaultRouteRow &row : Vocabulary::defaultRoutes()) {
        const QString name = QString::fromLatin1(row.name);
        if (!Vocabulary::isOutcomeFor(channel, name) || s.onOutcome.contains(name))
            continue;
        if (row.step == Vocabulary::DefaultRoute::ExitRejected)
            s.onOutcome.insert(name, OutcomeAction::makeExit(u"rejected"_s));
        else if (row.step == Vocabulary::DefaultRoute::ExitConverted)
            s.onOutcome.insert(name, OutcomeAction::makeExit(u"converted"_s));
    }
    return s;
}

// --- validation ------------------------------------------------------------------------------

void FlowDocument::scheduleValidation()
{
    ++m_generation; // whatever is being validated now is out of date
    m_validationTimer->start();
}

QVector<FlowDocument::Issue> FlowDocument::computeIssues(const Flow &flow, const QVector<Id> &ids)
{
    QJsonArray campaigns;
    for (const Campaign &c : flow.campaigns)
        campaigns.append(FlowCodec::campaignToJson(c));
    const QJsonObject root{{u"format"_s, FlowCodec::formatName()},
                           {u"version"_s, FlowCodec::formatVersion},
                           {u"campaigns"_s, campaigns}};
    const FlowReadResult result = FlowCodec::read(root);
    static const QRegularExpression pathPattern(
        u"^campaigns\\[(\\d+)\\](?:\\.steps\\[(\\d+)\\])?"_s);
    QVector<Issue> issues;
    issues.reserve(result.issues.size());
    for (const FlowIssue &i : result.issues) {
        Issue issue{i, 0, -1};
        const QRegularExpressionMatch m = pathPattern.match(i.path);
        if (m.hasMatch()) {
            issue.campaign = ids.value(m.captured(1).toInt());
            if (m.capturedLength(2) > 0)
                issue.step = m.captured(2).toInt();
        }
        issues.append(issue);
    }
    return issues;
}

void FlowDocument::startValidation()
{
    if (m_running) {
        m_rerun = true; // one more pass when this one returns, with what is current then
        return;
    }
    m_running = true;
    m_rerun = false;
    const quint64 generation = m_generation;
    // Copies: implicitly shared, so cheap here and safe to read in the worker while the
    // document goes on changing its own.
    const Flow flow = m_flow;
    const QVector<Id> ids = m_ids;
    auto *job = QRunnable::create([this, flow, ids, generation] {
        QElapsedTimer t;
        t.start();
        QVector<Issue> issues = computeIssues(flow, ids);
        const qint64 ns = t.nsecsElapsed();
        // Queued into the GUI thread; the destructor waits for the pool, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, issues = std::move(issues), generation, ns]() mutable {
                onValidationFinished(std::move(issues), generation, ns);
            },
            Qt::QueuedConnection);
    });
    m_pool->start(job);
}

void FlowDocument::onValidationFinished(QVector<Issue> issues, quint64 generation, qint64 ns)
{
    m_running = false;
    m_lastValidationNs = ns;
    if (generation != m_generation) {
        // An edit came in meanwhile: drop this result. A newer pass follows, now if the edit's
        // quiet period already ended, else when it does (validateNow() needs none).
        if (m_rerun)
            startValidation();
        return;
    }
    m_issues = std::move(issues);
    Q_EMIT validated();
}

void FlowDocument::validateNow()
{
    m_validationTimer->stop();
    m_rerun = false;
    ++m_generation; // a pass still running reports something older than this
    QElapsedTimer t;
    t.start();
    m_issues = computeIssues(m_flow, m_ids);
    m_lastValidationNs = t.nsecsElapsed();
    Q_EMIT validated();
}

bool FlowDocument::isValidating() const
{
    return m_running || m_validationTimer->isActive();
}

QVector<FlowDocument::Issue> FlowDocument::issuesFor(Id id) const
{
    QVector<Issue> out;
    for (const Issue &i : m_issues) {
        if (i.campaign == id)
            out.append(i);
    }
    return out;
}

int FlowDocument::errorCount() const
{
    return int(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const Issue &i) { return i.issue.isError(); }));
}

} // namespace Touchline

namespace Touchline {

QString FlowDocument::exitRouteRefusal(Id source, const QString &reason, Id target) const
{
    const Campaign *from = campaign(source);
    const Campaign *to = campaign(target);
    if (!from || !to)
        return tr("Drop the route on a campaign.");
    if (!Vocabulary::exitReasons().contains(reason))
        return tr("%1 is not an exit of a campaign.").arg(reason);
    if (source == target)
        return tr("A campaign cannot enroll its own leavers again: route %1 to another campaign.")
            .arg(DesignerStyle::exitLabel(reason));
    if (to->status == u"archived")
        return tr("%1 is archived and enrolls no one.").arg(to->slug);
    return {};
}

bool FlowDocument::drawExitRoute(Id source, const QString &reason, Id target, QString *why)
{
    *why = exitRouteRefusal(source, reason, target);
    return why->isEmpty() && setExitRoute(source, reason, campaign(target)->slug);
}

QString FlowDocument::outcomeRouteRefusal(Id id,
                                          int stepIndex,
                                          const QString &outcome,
                                          const OutcomeTarget &target) const
{
    using Kind = OutcomeTarget::Kind;
    const Campaign *c = campaign(id);
    if (!c || target.kind == Kind::None)
        return tr("Drop the outcome on a step, an exit or a handoff.");
    if (target.kind != Kind::Step)
        return {};
    if (target.campaign != id) {
        const Campaign *other = campaign(target.campaign);
        return tr("A goto stays inside its campaign: route %1 to an exit, and on_exit "
                  "continues in %2.")
            .arg(outcome, other ? other->slug : QString());
    }
    if (target.stepIndex == stepIndex && Vocabulary::isNeverRetried(outcome))
        return tr("%1 is never redialled: route it to an exit or another step.").arg(outcome);
    return {};
}

bool FlowDocument::drawOutcomeRoute(
    Id id, int stepIndex, const QString &outcome, const OutcomeTarget &target, QString *why)
{
    *why = outcomeRouteRefusal(id, stepIndex, outcome, target);
    if (!why->isEmpty())
        return false;
    using Kind = OutcomeTarget::Kind;
    OutcomeAction action;
    if (target.kind == Kind::Step)
        action = target.stepIndex == stepIndex ? OutcomeAction::makeRetry(60, 3)
                                               : OutcomeAction::makeGoto(target.stepIndex + 1);
    else
        action = target.kind == Kind::Exit ? OutcomeAction::makeExit(target.name)
                                           : OutcomeAction::makeHandoff(target.name);
    return setOutcome(id, stepIndex, outcome, action);
}

} // namespace Touchline
