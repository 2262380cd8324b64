// The closed vocabularies of the flow format: channels, outcomes, roles, types and their rules.
#pragma once

#include <QString>
#include <QStringList>

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

inline constexpr int defaultNoEngagementAfterDays = 7;
inline constexpr auto ownerRoleBdr = "roles.bdr";

} // namespace Touchline::Vocabulary
