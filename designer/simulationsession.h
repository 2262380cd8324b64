// A what-if run of the open flow, without widgets: the plan (contacts, days, seed, outcome
// probabilities per step), the run on a worker thread, and the figures of the last run and the
// one before it that the designer's overlay and panel render.
#pragma once

#include "connectionsettings.h"
#include "flow.h"
#include "simulator.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Touchline {

// One figure of a run, with the previous run's when there was one.
struct SimulationFigure
{
    int value = 0;
    std::optional<int> previous;

    int delta() const { return value - previous.value_or(value); }
    // "1,234", with " (+12)" or " (−12)" when it differs from the previous run.
    QString text() const;
};

class SimulationSession : public QObject
{
    Q_OBJECT

public:
    explicit SimulationSession(QObject *parent = nullptr);
    ~SimulationSession() override;

    // --- the plan ------------------------------------------------------------------------
    // The server the scratch databases are made on (the designer's database's server).
    void setServer(const ConnectionSettings &settings)
    {
        m_server = settings;
        m_hasServer = true;
    }
    const ConnectionSettings &server() const { return m_server; }
    bool hasServer() const { return m_hasServer; }
    // Each change of the plan makes the last run stale.
    int contacts() const { return m_contacts; }
    void setContacts(int contacts);
    int days() const { return m_days; }
    void setDays(int days);
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed);
    // The probabilities of one step's outcomes: the author's for that step, else the channel's
    // built-in defaults.
    QJsonObject stepProbabilities(const QString &slug, const Step &step) const;
    bool hasOwnProbabilities(const QString &slug, int stepNumber) const;
    // Sets one outcome's probability of one step (the step keeps the rest of its table); a
    // value that is no probability is kept as typed, and problems() names it.
    void setProbability(const QString &slug,
                        const Step &step,
                        const QString &outcome,
                        const QJsonValue &probability);
    void resetProbabilities(const QString &slug, int stepNumber);
    // In the simulator's format: {"<slug>": {"<step>": {"<outcome>": p}}}.
    const QJsonObject &probabilities() const { return m_probabilities; }
    // What is wrong with the plan for `flow`; each message names its field
    // ("insurance_renewal.1.busy: …", "contacts: …"). Empty: it may run.
    QStringList problems(const Flow &flow) const;
    // The simulator's options for a run of `flow` from `campaign` (empty: the entry campaign).
    Simulator::Options options(const Flow &flow, const QString &campaign) const;

    // --- the run -----------------------------------------------------------------------------
    // Starts a run of `flow` on a worker thread unless the plan has problems (then failed()
    // names them and nothing runs). A run in progress is cancelled first.
    bool run(const Flow &flow, const QString &campaign = {});
    void cancel();
    // Says why a run cannot start, as a failed run does (finished(false, why)).
    void refuse(const QString &why) { Q_EMIT finished(false, why); }
    bool isRunning() const { return m_thread != nullptr; }
    // Waits (running the event loop) until the run has reported back; false on timeout.
    bool waitForFinished(int timeoutMs = 60000);

    // --- the figures -------------------------------------------------------------------------
    const std::optional<Simulator::Result> &result() const { return m_result; }
    const std::optional<Simulator::Result> &previousResult() const { return m_previous; }
    QString campaign() const { return m_campaign; }
    // The flow was edited after the run: the figures describe a flow that is no longer shown.
    bool isStale() const { return m_stale; }
    void markStale();
    void clear();
    // Whether the overlay shows on the map and the sequence view (the author's toggle).
    bool isOverlayVisible() const { return m_overlayVisible; }
    void setOverlayVisible(bool visible);
    // Whether the overlay compares with the previous run (deltas on each figure).
    bool isComparing() const { return m_comparing; }
    void setComparing(bool compare);
    // True when there are figures to show now: a run, not stale, and the overlay on.
    bool showsOverlay() const { return m_overlayVisible && m_result.has_value() && !m_stale; }

    std::optional<SimulationFigure> fired(const QString &slug, int stepNumber) const;
    std::optional<SimulationFigure> reached(const QString &slug, int stepNumber) const;
    // How often `port` was reported for the step: "replied" counts every reply (with or without
    // intent), an intent the replies with that intent, any other port its own outcome.
    std::optional<SimulationFigure>
    portCount(const QString &slug, int stepNumber, const QString &port) const;
    std::optional<SimulationFigure> enrolled(const QString &slug) const;
    std::optional<SimulationFigure> exits(const QString &slug, const QString &reason) const;
    // Where `reason`'s exits went: target campaign ("" when the journey ended) -> contacts.
    QMap<QString, int> exitTargets(const QString &slug, const QString &reason) const;
    std::optional<SimulationFigure> touches(const QString &slug) const;
    // "40 (+2) → b2bea_membership_cs", or "40 end here": the exits for `reason` and where they
    // went; empty when the overlay is off or the campaign was not in the run.
    QString exitSummary(const QString &slug, const QString &reason) const;

Q_SIGNALS:
    void started();
    // ok false: `message` says why (problems of the plan, the database, or a cancel).
    void finished(bool ok, const QString &message);
    // The figures, their staleness or the overlay's visibility changed: render again.
    void overlayChanged();

private:
    using Pick = std::function<std::optional<int>(const Simulator::Result &)>;
    std::optional<SimulationFigure> figure(const Pick &pick) const;
    void onFinished(quint64 job, std::optional<Simulator::Result> result, const QString &message);

    ConnectionSettings m_server;
    bool m_hasServer = false;
    int m_contacts = 1000;
    int m_days = 3;
    quint64 m_seed = 1;
    QJsonObject m_probabilities;

    QThread *m_thread = nullptr; // the run that counts
    QList<QThread *> m_threads;  // every run not yet ended, cancelled ones included
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_job = 0;
    QString m_campaign;
    QString m_pendingCampaign;
    std::optional<Simulator::Result> m_result;
    std::optional<Simulator::Result> m_previous;
    bool m_stale = false;
    bool m_overlayVisible = true;
    bool m_comparing = true;
};

} // namespace Touchline
