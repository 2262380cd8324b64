#include "flow.h"

namespace Touchline {

OutcomeAction OutcomeAction::makeGoto(int step)
{
    OutcomeAction a;
    a.kind = Kind::Goto;
    a.gotoStep = step;
    return a;
}

OutcomeAction OutcomeAction::makeExit(const QString &reason)
{
    OutcomeAction a;
    a.kind = Kind::Exit;
    a.exitReason = reason;
    return a;
}

OutcomeAction OutcomeAction::makeRetry(int afterMinutes, int maxAttempts)
{
    OutcomeAction a;
    a.kind = Kind::Retry;
    a.retryAfterMinutes = afterMinutes;
    a.retryMaxAttempts = maxAttempts;
    return a;
}

OutcomeAction OutcomeAction::makeHandoff(const QString &target)
{
    OutcomeAction a;
    a.kind = Kind::Handoff;
    a.handoff = target;
    return a;
}

bool operator==(const OutcomeAction &a, const OutcomeAction &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        return a.gotoStep == b.gotoStep;
    case OutcomeAction::Kind::Exit:
        return a.exitReason == b.exitReason;
    case OutcomeAction::Kind::Retry:
        return a.retryAfterMinutes == b.retryAfterMinutes
               && a.retryMaxAttempts == b.retryMaxAttempts;
    case OutcomeAction::Kind::Handoff:
        return a.handoff == b.handoff;
    }
    return false;
}

bool operator==(const Step &a, const Step &b)
{
    return a.stepNumber == b.stepNumber && a.delayDays == b.delayDays
           && a.delayMinutes == b.delayMinutes && a.channel == b.channel
           && a.contentType == b.contentType && a.templateInstructions == b.templateInstructions
           && a.handler == b.handler && a.review == b.review && a.onOutcome == b.onOutcome;
}

bool operator==(const Campaign &a, const Campaign &b)
{
    return a.slug == b.slug && a.name == b.name && a.clientId == b.clientId && a.type == b.type
           && a.ownerRole == b.ownerRole && a.status == b.status && a.gate == b.gate
           && a.review == b.review && a.drafter == b.drafter && a.onExit == b.onExit
           && a.sendWindow == b.sendWindow && a.noEngagementAfterDays == b.noEngagementAfterDays
           && a.steps == b.steps && a.layout == b.layout;
}

CampaignChange classifyChange(const Campaign &before, const Campaign &after)
{
    if (before.steps != after.steps || before.onExit != after.onExit || before.gate != after.gate
        || !(before.sendWindow == after.sendWindow))
        return CampaignChange::Definition;
    Campaign moved = before;
    moved.layout = after.layout;
    if (moved != after)
        return CampaignChange::Fields;
    return before.layout != after.layout ? CampaignChange::LayoutOnly : CampaignChange::None;
}

int Flow::indexOf(const QString &slug) const
{
    for (int i = 0; i < campaigns.size(); ++i) {
        if (campaigns.at(i).slug == slug)
            return i;
    }
    return -1;
}

} // namespace Touchline
