#include "simulationsession.h"

#include "vocabulary.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxContacts = 100000;
constexpr int maxDays = 60;

const Simulator::StepBreakdown *
findStep(const Simulator::Result &r, const QString &slug, int stepNumber)
{
    for (const Simulator::StepBreakdown &b : r.steps) {
        if (b.campaign == slug && b.step == stepNumber)
            return &b;
    }
    return nullptr;
}

bool ranCampaign(const Simulator::Result &r, const QString &slug)
{
    for (const Simulator::StepBreakdown &b : r.steps) {
        if (b.campaign == slug)
            return true;
    }
    return false;
}

int sum(const QMap<QString, int> &counts)
{
    int total = 0;
    for (int n : counts)
        total += n;
    return total;
}

// A run's result as the worker thread hands it over.
struct Outcome
{
    std::optional<Simulator::Result> result;
    QString message;
};

} // namespace

QString SimulationFigure::text() const
{
    QString t = u"%L1"_s.arg(value);
    if (!previous)
        return t;
    const int d = delta();
    if (d == 0)
        return t; // unchanged: nothing worth the room
    return t + (d > 0 ? u" (+%L1)"_s : u" (−%L1)"_s).arg(std::abs(d));
}

SimulationSession::SimulationSession(QObject *parent)
    : QObject(parent)
{}

SimulationSession::~SimulationSession()
{
    // A run in progress stops; nobody is told, as those who listened may be gone already.
    if (m_cancel)
        m_cancel->store(true);
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

// --- the plan ------------------------------------------------------------------------------

void SimulationSession::setContacts(int contacts)
{
    m_contacts = contacts;
    markStale();
}

void SimulationSession::setDays(int days)
{
    m_days = days;
    markStale();
}

void SimulationSession::setSeed(quint64 seed)
{
    m_seed = seed;
    markStale();
}

QJsonObject SimulationSession::stepProbabilities(const QString &slug, const Step &step) const
{
    const QJsonObject own
        = m_probabilities.value(slug).toObject().value(QString::number(step.stepNumber)).toObject();
    if (!own.isEmpty())
        return own;
    return Simulator::defaultProbabilities()
        .value(u"default"_s)
        .toObject()
        .value(step.channel)
        .toObject();
}

bool SimulationSession::hasOwnProbabilities(const QString &slug, int stepNumber) const
{
    return m_probabilities.value(slug).toObject().contains(QString::number(stepNumber));
}

void SimulationSession::setProbability(const QString &slug,
                                       const Step &step,
                                       const QString &outcome,
                                       const QJsonValue &probability)
{
    QJsonObject table = stepProbabilities(slug, step);
    table.insert(outcome, probability);
    QJsonObject campaign = m_probabilities.value(slug).toObject();
    campaign.insert(QString::number(step.stepNumber), table);
    m_probabilities.insert(slug, campaign);
    markStale();
}

void SimulationSession::resetProbabilities(const QString &slug, int stepNumber)
{
    QJsonObject campaign = m_probabilities.value(slug).toObject();
    campaign.remove(QString::number(stepNumber));
    if (campaign.isEmpty())
        m_probabilities.remove(slug);
    else
        m_probabilities.insert(slug, campaign);
    markStale();
}

Simulator::Options SimulationSession::options(const Flow &flow, const QString &campaign) const
{
    Simulator::Options o;
    o.flow = flow;
    o.campaign = campaign;
    o.contacts = m_contacts;
    o.days = m_days;
    o.seed = m_seed;
    // Only the steps the flow still has: a removed step's table is the author's to reuse.
    for (auto it = m_probabilities.begin(); it != m_probabilities.end(); ++it) {
        const int index = flow.indexOf(it.key());
        if (index < 0)
            continue;
        QJsonObject steps;
        const QJsonObject own = it.value().toObject();
        for (const Step &s : flow.campaigns.at(index).steps) {
            const QString key = QString::number(s.stepNumber);
            if (own.contains(key))
                steps.insert(key, own.value(key));
        }
        if (!steps.isEmpty())
            o.probabilities.insert(it.key(), steps);
    }
    return o;
}

QStringList SimulationSession::problems(const Flow &flow) const
{
    QStringList problems;
    if (m_contacts < 1 || m_contacts > maxContacts)
        problems.append(tr("contacts: expected 1 to %L1").arg(maxContacts));
    if (m_days < 1 || m_days > maxDays)
        problems.append(tr("days: expected 1 to %1").arg(maxDays));
    const QJsonObject probabilities = options(flow, {}).probabilities;
    problems += Simulator::validateProbabilities(probabilities);
    // The outcomes must be ones the step's channel reports (the channel may have changed).
    for (auto it = probabilities.begin(); it != probabilities.end(); ++it) {
        const Campaign &c = flow.campaigns.at(flow.indexOf(it.key()));
        for (const Step &s : c.steps) {
            const QJsonObject table
                = it.value().toObject().value(QString::number(s.stepNumber)).toObject();
            for (auto jt = table.begin(); jt != table.end(); ++jt) {
                if (!Vocabulary::isOutcomeFor(s.channel, jt.key()))
                    problems.append(tr("%1.%2.%3: not an outcome of a %4 step")
                                        .arg(c.slug)
                                        .arg(s.stepNumber)
                                        .arg(jt.key(), s.channel));
            }
        }
    }
    return problems;
}

// --- the run -------------------------------------------------------------------------------

bool SimulationSession::run(const Flow &flow, const QString &campaign)
{
    QStringList problems = this->problems(flow);
    const QString slug = campaign.isEmpty() ? Simulator::entryCampaign(flow) : campaign;
    if (flow.indexOf(slug) < 0)
        problems.append(tr("campaign: the flow has no campaign to enroll the contacts in"));
    if (!m_hasServer)
        problems.append(tr("There is no database server to simulate on"));
    if (!problems.isEmpty()) {
        Q_EMIT finished(false, problems.join(u'\n'));
        return false;
    }
    cancel();
    const quint64 job = ++m_job;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_pendingCampaign = slug;
    Simulator::Options o = options(flow, slug);
    auto outcome = std::make_shared<Outcome>();
    // The simulator opens its own connections, in the thread it runs in.
    QThread *thread
        = QThread::create([o, server = m_server, outcome, cancelled = m_cancel]() mutable {
              o.cancel = cancelled.get();
              DbError error;
              outcome->result = Simulator().run(server, o, &error);
              outcome->message = error.message;
          });
    connect(thread, &QThread::finished, this, [this, thread, job, outcome] {
        m_threads.removeOne(thread);
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        onFinished(job, std::move(outcome->result), outcome->message);
    });
    m_thread = thread;
    m_threads.append(thread);
    thread->start();
    Q_EMIT started();
    return true;
}

void SimulationSession::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        // Its answer no longer counts; the thread ends at its next virtual moment.
        ++m_job;
        m_thread = nullptr;
        Q_EMIT finished(false, tr("Simulation cancelled"));
    }
}

bool SimulationSession::waitForFinished(int timeoutMs)
{
    if (!isRunning())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &SimulationSession::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return !isRunning();
}

void SimulationSession::onFinished(quint64 job,
                                   std::optional<Simulator::Result> result,
                                   const QString &message)
{
    if (job != m_job)
        return; // cancelled, or a newer run was started
    if (!result) {
        Q_EMIT finished(false, message);
        return;
    }
    // Compared with the previous run of the same campaign only.
    if (m_result && m_campaign == m_pendingCampaign)
        m_previous = std::move(m_result);
    else
        m_previous.reset();
    m_result = std::move(result);
    m_campaign = m_pendingCampaign;
    m_stale = false;
    Q_EMIT overlayChanged();
    Q_EMIT finished(true, {});
}

// --- the figures ---------------------------------------------------------------------------

void SimulationSession::markStale()
{
    if (!m_result || m_stale)
        return;
    m_stale = true;
    Q_EMIT overlayChanged();
}

void SimulationSession::clear()
{
    m_result.reset();
    m_previous.reset();
    m_stale = false;
    Q_EMIT overlayChanged();
}

void SimulationSession::setOverlayVisible(bool visible)
{
    if (visible == m_overlayVisible)
        return;
    m_overlayVisible = visible;
    Q_EMIT overlayChanged();
}

void SimulationSession::setComparing(bool compare)
{
    if (compare == m_comparing)
        return;
    m_comparing = compare;
    Q_EMIT overlayChanged();
}

std::optional<SimulationFigure> SimulationSession::figure(const Pick &pick) const
{
    if (!m_result)
        return std::nullopt;
    const std::optional<int> value = pick(*m_result);
    if (!value)
        return std::nullopt;
    SimulationFigure f{*value, std::nullopt};
    if (m_comparing && m_previous)
        f.previous = pick(*m_previous).value_or(0);
    return f;
}

std::optional<SimulationFigure> SimulationSession::fired(const QString &slug, int stepNumber) const
{
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        const Simulator::StepBreakdown *b = findStep(r, slug, stepNumber);
        return b ? std::optional<int>(b->fired) : std::nullopt;
    });
}

std::optional<SimulationFigure> SimulationSession::reached(const QString &slug,
                                                           int stepNumber) const
{
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        const Simulator::StepBreakdown *b = findStep(r, slug, stepNumber);
        return b ? std::optional<int>(b->reached) : std::nullopt;
    });
}

std::optional<SimulationFigure>
SimulationSession::portCount(const QString &slug, int stepNumber, const QString &port) const
{
    const bool intent = Vocabulary::replyIntents().contains(port);
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        const Simulator::StepBreakdown *b = findStep(r, slug, stepNumber);
        if (!b)
            return std::nullopt;
        if (intent)
            return b->outcomes.value(u"replied/"_s + port);
        if (port != u"replied")
            return b->outcomes.value(port);
        int replies = 0;
        for (auto it = b->outcomes.cbegin(); it != b->outcomes.cend(); ++it) {
            if (it.key() == u"replied" || it.key().startsWith(u"replied/"))
                replies += it.value();
        }
        return replies;
    });
}

std::optional<SimulationFigure> SimulationSession::enrolled(const QString &slug) const
{
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        if (!ranCampaign(r, slug))
            return std::nullopt;
        return sum(r.enrollments.value(slug));
    });
}

std::optional<SimulationFigure> SimulationSession::exits(const QString &slug,
                                                         const QString &reason) const
{
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        if (!ranCampaign(r, slug))
            return std::nullopt;
        return sum(r.exits.value(slug).value(reason));
    });
}

QMap<QString, int> SimulationSession::exitTargets(const QString &slug, const QString &reason) const
{
    return m_result ? m_result->exits.value(slug).value(reason) : QMap<QString, int>();
}

std::optional<SimulationFigure> SimulationSession::touches(const QString &slug) const
{
    return figure([&](const Simulator::Result &r) -> std::optional<int> {
        if (!ranCampaign(r, slug))
            return std::nullopt;
        int total = 0;
        for (const Simulator::StepBreakdown &b : r.steps) {
            if (b.campaign == slug)
                total += b.fired;
        }
        return total;
    });
}

} // namespace Touchline

namespace Touchline {

QString SimulationSession::exitSummary(const QString &slug, const QString &reason) const
{
    const auto total = exits(slug, reason);
    if (!showsOverlay() || !total)
        return {};
    QStringList targets;
    const QMap<QString, int> where = exitTargets(slug, reason);
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        if (!it.key().isEmpty())
            targets.append(it.key());
    }
    if (targets.isEmpty())
        return tr("%1 end here").arg(total->text());
    return tr("%1 → %2").arg(total->text(), targets.join(u", "_s));
}

} // namespace Touchline
