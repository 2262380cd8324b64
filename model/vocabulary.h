// The closed vocabularies of the flow format: channels, outcomes, roles, types and their rules.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Touchline::Vocabulary {

const QStringList &campaignTypes();
const QStringList &ownerRoles();
const QStringList &campaignStatuses();
const QStringList &channels();
const QStringList &voiceHandlers();
const QStringList &handoffTargets();
const QStringList &exitReasons();
const QStringList &replyIntents();
const QStringList &weekdays();
const QStringList &goals();
// Content types the seed names; content_type itself is free text, these are the suggestions.
const QStringList &knownContentTypes();
// The call-progress and delivery outcomes a channel can report (reply intents come on top).
const QStringList &outcomesFor(const QString &channel);
// Whether `name` is an outcome or a reply intent that a step on `channel` can receive.
bool isOutcomeFor(const QString &channel, const QString &name);
// Outcomes after which the channel must never try again (a SIT tone means the number is dead).
bool isNeverRetried(const QString &outcome);

// What an outcome or reply intent does when the step maps nothing for it: the one table the
// engine (through OutcomeRouting) and the designer (its suggested routes) both read.
enum class DefaultRoute {
    Continue,      // recorded; the sequence goes on (on the last step: times out later)
    ExitConverted, // exit converted (on_exit.converted, or the exec gate)
    ExitRejected,  // exit rejected
    Classify,      // a reply without intent: a pending process_reply holds the enrollment
    PushBack,      // out of office: the next touch (or the time-out) moves back a week
};
struct DefaultRouteRow
{
    const char *name;  // an outcome or a reply intent
    DefaultRoute step; // on any step but the last
    DefaultRoute last; // on the last step
    bool suppress;     // also suppresses the contact for the client (opt-out)
};
const QVector<DefaultRouteRow> &defaultRoutes();
// The row for `name`; Continue on both when the table has none.
DefaultRouteRow defaultRoute(const QString &name);
// Whether a default route decides even when the step maps the reply's outcome ("replied").
bool isDecisive(DefaultRoute route);

inline constexpr int defaultNoEngagementAfterDays = 7;
inline constexpr auto ownerRoleBdr = "roles.bdr";

} // namespace Touchline::Vocabulary
