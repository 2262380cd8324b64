// What-if runs: the real engine on a scratch database, in virtual time, with outcome
// probabilities per step; the result is the per-step outcome breakdown.
#pragma once

#include "connectionsettings.h"
#include "database.h"
#include "flow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

namespace Touchline {

class Simulator
{
public:
    struct Options
    {
        // The campaign the contacts enroll in; with a flow and no campaign: its entry campaign.
        QString campaign;
        // The flow to run instead of the database's (the designer's, unsaved edits included);
        // its campaigns run as active whatever their status.
        std::optional<Flow> flow;
        int contacts = 1000;
        int days = 3;
        quint64 seed = 1;
        // {"default": {"voice": {"live_answer": 0.3, …}}, "<slug>": {"<step>": {…}}}; outcome
        // names or reply intents; what is left to 1 means nothing is heard back.
        QJsonObject probabilities;
        QDateTime start; // default: next Monday 09:00 UTC after the database's now()
        bool keepDatabase = false;
        // Scratch databases the run is spread over, each with a share of the contacts and a
        // connection on a thread of its own, side by side; the result is the same. A kept
        // database holds the whole run (one).
        int connections = 2;
        // Set from another thread to stop the run at its next virtual moment (nothing is kept).
        const std::atomic_bool *cancel = nullptr;
    };
    struct StepBreakdown
    {
        QString campaign;
        int step = 0;
        QString channel;
        QString handler;
        QString contentType;
        int fired = 0;               // touches, retries and revisits included
        int reached = 0;             // contacts (enrollments) the step fired for at least once
        QMap<QString, int> outcomes; // outcome or outcome/intent -> count
    };
    struct Result
    {
        QVector<StepBreakdown> steps;
        QMap<QString, QMap<QString, int>> enrollments; // campaign -> status -> count
        // campaign -> exit reason -> campaign enrolled in next ("" when the journey ends there)
        // -> contacts
        QMap<QString, QMap<QString, QMap<QString, int>>> exits;
        QMap<QString, QMap<int, int>> sendsPerDay; // channel -> day (0: the first) -> touches
        int events = 0;                            // virtual moments the engine ran at
        qint64 elapsedMs = 0;
        // Where elapsedMs went: the scratch databases made (the template too, on a cluster's
        // first run) with the flow imported; the contacts written and enrolled; the virtual
        // moments; the report read.
        qint64 setupMs = 0, enrollMs = 0, runMs = 0, reportMs = 0;
        QString scratchDatabase;
        // The migrated template the scratch databases are copied from (a cluster's first run
        // builds it, copies it into its first database and migrates the others side by side);
        // empty when it could not be built or copied (the warnings say why).
        QString templateDatabase;
        QStringList warnings;
        QDateTime start;
        QDateTime end;
    };

    // The campaign a run of `flow` enrolls in by default: the first entry (roles.bdr) campaign,
    // else the first one.
    static QString entryCampaign(const Flow &flow);
    // The built-in probabilities per channel, used where the file gives none.
    static QJsonObject defaultProbabilities();
    // Checks a probabilities object; messages name their JSON path.
    static QStringList validateProbabilities(const QJsonObject &probabilities);

    // `source` holds the campaign; the scratch database is made on the same server.
    std::optional<Result>
    run(const ConnectionSettings &source, const Options &options, DbError *error);
};

} // namespace Touchline
