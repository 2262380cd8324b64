// The flow being designed: the one place that holds the truth. Views follow its past-tense
// signals; every edit is an undo command on its stack.
#pragma once

#include "flow.h"
#include "flowissue.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>

#include <optional>

class QUndoStack;
class QThreadPool;
class QTimer;

namespace Touchline {

class FlowEditCommand;

class FlowDocument : public QObject
{
    Q_OBJECT

public:
    using Id = quint64; // stable for a campaign's life in the document, whatever its slug

    // One validation finding, mapped from its JSON path to a campaign and step.
    struct Issue
    {
        FlowIssue issue;
        Id campaign = 0; // 0: about the whole flow
        int step = -1;   // index into the campaign's steps, -1: the campaign itself
    };

    explicit FlowDocument(QObject *parent = nullptr);
    ~FlowDocument() override;

    // Replaces the whole flow and forgets the undo history; the result is the clean state.
    void setFlow(const Flow &flow);
    const Flow &flow() const { return m_flow; }
    QByteArray toJson() const;

    int campaignCount() const { return int(m_flow.campaigns.size()); }
    const QVector<Id> &ids() const { return m_ids; }
    Id idAt(int index) const { return m_ids.value(index); }
    int indexOf(Id id) const;
    Id idForSlug(const QString &slug) const { return m_slugs.value(slug); }
    const Campaign *campaign(Id id) const;

    QUndoStack *undoStack() const { return m_undo; }
    bool isDirty() const;
    void markClean();

    // --- edits: each is one undo step ---------------------------------------------------
    Id addCampaign(const Campaign &campaign);
    // Adds campaigns as one step; slugs already in use get a fresh one, and on_exit routes
    // between the added campaigns follow their new slugs.
    QVector<Id> addCampaigns(const QVector<Campaign> &campaigns, const QString &text);
    // Removes campaigns as one step, clearing the on_exit routes that led to them.
    void removeCampaigns(const QVector<Id> &ids);
    // Replaces a campaign; a slug change carries the routes that named the old slug along.
    // Consecutive edits with the same non-empty `fieldKey` merge into one undo step until
    // endFieldEdit() (the field lost focus) or another edit comes between.
    bool updateCampaign(Id id,
                        const Campaign &campaign,
                        const QString &text,
                        const QString &fieldKey = {});
    void endFieldEdit() { ++m_fieldSerial; }
    // Sets (or with an empty target clears) one on_exit route.
    bool setExitRoute(Id id, const QString &reason, const QString &targetSlug);
    // Why a route may not be drawn from `source`'s exit `reason` to `target`; empty when it
    // may. The scenes ask before they draw, and drawExitRoute() asks again.
    QString exitRouteRefusal(Id source, const QString &reason, Id target) const;
    bool drawExitRoute(Id source, const QString &reason, Id target, QString *why);
    // Where an outcome port of a step may be dropped: a step of the same campaign (a goto, or
    // a retry on itself), an exit or a handoff. `targetStep` is nullopt for an exit or a
    // handoff; `targetCampaign` is the campaign of the step dropped on.
    struct OutcomeTarget
    {
        enum class Kind { None, Step, Exit, Handoff };
        Kind kind = Kind::None;
        Id campaign = 0;
        int stepIndex = -1;
        QString name; // the exit or handoff
    };
    QString outcomeRouteRefusal(Id id,
                                int stepIndex,
                                const QString &outcome,
                                const OutcomeTarget &target) const;
    // Maps the outcome to what dropping it on `target` means: goto, retry on itself (hourly,
    // three attempts), exit or handoff.
    bool drawOutcomeRoute(
        Id id, int stepIndex, const QString &outcome, const OutcomeTarget &target, QString *why);
    // Moves campaigns; the moves of one drag (same serial) merge into one undo step.
    void moveCampaigns(const QHash<Id, QPointF> &positions, int dragSerial);
    // Stores positions for many campaigns as one step (auto-layout).
    void setLayouts(const QHash<Id, QPointF> &positions, const QString &text);
    // Maps (or with no action unmaps) one outcome of one step.
    bool setOutcome(Id id, int stepIndex, const QString &outcome, std::optional<OutcomeAction> a);
    // Appends a step (numbered and timed after the last one); returns its index.
    int addStep(Id id, Step step);
    // Removes steps, renumbering the rest and dropping or shifting the gotos that named them.
    bool removeSteps(Id id, QVector<int> stepIndexes);
    bool updateStep(
        Id id, int stepIndex, const Step &step, const QString &text, const QString &fieldKey = {});

    // A new campaign of `type` as the palette adds it: paused, one email step.
    static Campaign newCampaign(const QString &type);
    // A new step on `channel`: instructions written for that channel, and the engine's default
    // routes (Vocabulary::defaultRoutes) that the channel can report made visible as mappings.
    static Step newStep(const QString &channel);

    QString uniqueSlug(const QString &base, const QSet<QString> &taken = {}) const;
    // The client most campaigns belong to (the first such in flow order); empty when none.
    QString mostUsedClient() const;

    // What a delete would drop, named for the author: the on_exit routes from the campaigns
    // that stay into the removed ones ("b2bea_world on converted → dreamborn"), and the gotos
    // of the steps that stay into the removed steps ("step 2 on replied → step 3").
    QStringList routesLostByRemoving(const QVector<Id> &ids) const;
    QStringList gotosLostByRemoving(Id id, const QVector<int> &stepIndexes) const;

    // --- live validation -------------------------------------------------------------------
    const QVector<Issue> &issues() const { return m_issues; }
    QVector<Issue> issuesFor(Id id) const;
    int errorCount() const;
    // After an edit and a short quiet period, the validator runs on a worker thread; the
    // issues and validated() follow when it returns, unless an edit came in meanwhile (then
    // that result is dropped and the next pass counts).
    // Runs the validator now, on this thread, and cancels what is pending (a save needs the
    // answer before it goes on).
    void validateNow();
    // A pass is pending or running: issues() may be out of date.
    bool isValidating() const;
    // How long the last pass took, wherever it ran.
    qint64 lastValidationNs() const { return m_lastValidationNs; }
    // The validator's findings for a flow whose campaigns have `ids`: pure, for any thread.
    static QVector<Issue> computeIssues(const Flow &flow, const QVector<Id> &ids);

Q_SIGNALS:
    void flowReset();
    void campaignAdded(Touchline::FlowDocument::Id id);
    void campaignRemoved(Touchline::FlowDocument::Id id);
    void campaignChanged(Touchline::FlowDocument::Id id);
    void slugChanged(Touchline::FlowDocument::Id id, const QString &oldSlug);
    void exitRouteChanged(Touchline::FlowDocument::Id id);
    void stepsChanged(Touchline::FlowDocument::Id id);
    void layoutChanged(Touchline::FlowDocument::Id id);
    void validated();
    void dirtyChanged(bool dirty);

private:
    friend class FlowEditCommand;
    Id nextId() { return ++m_lastId; }
    void insertAt(int index, Id id, const Campaign &campaign);
    void removeAt(int index);
    void replaceAt(int index, const Campaign &campaign);
    void scheduleValidation();
    void startValidation();
    void onValidationFinished(QVector<Issue> issues, quint64 generation, qint64 ns);
    void push(FlowEditCommand *command);

    Flow m_flow;
    QVector<Id> m_ids;
    QHash<QString, Id> m_slugs;
    Id m_lastId = 0;
    int m_fieldSerial = 0;
    QUndoStack *m_undo = nullptr;
    QTimer *m_validationTimer = nullptr;
    QThreadPool *m_pool = nullptr;
    quint64 m_generation = 0; // bumped by every edit that the validator sees
    bool m_running = false;   // a pass is on the worker
    bool m_rerun = false;     // start another pass when it returns
    qint64 m_lastValidationNs = 0;
    QVector<Issue> m_issues;
};

} // namespace Touchline
