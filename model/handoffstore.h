// The two human gates as queues over the tasks table: the exec gate's meeting_booked handoffs
// (approve into campaigns or decline) and the live-call handoffs to a human agent (claim, result).
#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Touchline {

class HandoffStore
{
public:
    explicit HandoffStore(QSqlDatabase db);

    struct GateItem
    {
        QString taskId;
        QDateTime bookedAt;
        QString contactId;
        QString contactName;
        QString company;
        QString title;
        QString campaign; // the gated campaign (slug)
        QString campaignName;
        QString suggested; // on_exit.converted, may be empty
        QString bdrNotes;  // the enrollment's notes
        QString booking;   // the outcome that booked it: "step 2 replied meeting_booked"
        QString client;
    };
    // The campaigns a gated contact may be enrolled in: active or paused, of its client.
    std::optional<QVector<QPair<QString, QString>>> campaignsFor(const QString &client,
                                                                 DbError *error) const;
    std::optional<QVector<GateItem>> gateQueue(DbError *error) const;

    struct Decision
    {
        QStringList campaigns; // slugs
        QString goal;
        QString notes;
        std::optional<QDateTime> at;
    };
    // Enrolls the contact in every campaign (all or none) and closes the handoff, audited: the
    // engine's decision (Engine::decideHandoff). A handoff already decided is refused, naming
    // who decided it and when.
    std::optional<QStringList>
    approveGate(const QString &taskId, const Decision &decision, DbError *error);
    bool declineGate(const QString &taskId, const QString &reason, DbError *error);

    struct LiveItem
    {
        QString taskId;
        QDateTime waitingSince;
        QString status; // pending | in_progress
        QString claimedBy;
        QString contactId;
        QString contactName;
        QString phone;
        QString timeZone;
        QString campaign;
        int step = 0;
        QString script;           // the step's template_instructions
        QStringList conversation; // the touches and outcomes so far, oldest first
    };
    // Open human_agent handoffs, the longest waiting first (callbacks once they are due).
    std::optional<QVector<LiveItem>> liveQueue(const QDateTime &now, DbError *error) const;

    // pending -> in_progress for `agent` in one conditional statement: false when another agent
    // has it already (or it is gone). A human_agent call placed without a fixed agent number
    // waits on hold; once claimed, it is redirected to dial the agent's number (the voice
    // account's agent_numbers). `bridge` receives what became of that call, for people (empty
    // when there is no held call); the task's payload keeps it under "bridge".
    std::optional<bool>
    claim(const QString &taskId, const QString &agent, DbError *error, QString *bridge = nullptr);

    enum class CallResult { Converted, Rejected, Callback };
    // The claiming agent's result: converted and rejected are recorded as the step's outcome
    // through the engine (the flow routes on); a callback queues the call again at `callbackAt`.
    bool recordResult(const QString &taskId,
                      const QString &agent,
                      CallResult result,
                      const QDateTime &callbackAt,
                      const QString &notes,
                      DbError *error);

    static QString login(const QSqlDatabase &db);

private:
    bool finishTask(const QString &taskId,
                    const QString &agent,
                    const QJsonObject &result,
                    QString *contact,
                    QString *campaign,
                    int *step,
                    QString *item,
                    DbError *error);

    QSqlDatabase m_db;
};

} // namespace Touchline

Q_DECLARE_METATYPE(Touchline::HandoffStore::GateItem)
Q_DECLARE_METATYPE(Touchline::HandoffStore::LiveItem)
