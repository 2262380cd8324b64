#include "outcomerouting.h"

#include "vocabulary.h"

#include <optional>

namespace Touchline::OutcomeRouting {

using namespace Qt::StringLiterals;

namespace {

Action fromMapping(const OutcomeAction &a, const State &state)
{
    Action r;
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        r.kind = Action::Kind::Goto;
        r.step = a.gotoStep;
        break;
    case OutcomeAction::Kind::Exit:
        r.kind = Action::Kind::Exit;
        r.exitReason = a.exitReason;
        break;
    case OutcomeAction::Kind::Retry:
        r.kind = state.attempt < a.retryMaxAttempts ? Action::Kind::Retry
                                                    : Action::Kind::RetryExhausted;
        r.afterMinutes = a.retryAfterMinutes;
        r.maxAttempts = a.retryMaxAttempts;
        break;
    case OutcomeAction::Kind::Handoff:
        r.kind = Action::Kind::Handoff;
        r.handoff = a.handoff;
        break;
    }
    return r;
}

Action fromDefault(Vocabulary::DefaultRoute route)
{
    Action r;
    r.fromDefault = true;
    switch (route) {
    case Vocabulary::DefaultRoute::Continue:
        r.kind = Action::Kind::Continue;
        break;
    case Vocabulary::DefaultRoute::ExitConverted:
        r.kind = Action::Kind::Exit;
        r.exitReason = u"converted"_s;
        break;
    case Vocabulary::DefaultRoute::ExitRejected:
        r.kind = Action::Kind::Exit;
        r.exitReason = u"rejected"_s;
        break;
    case Vocabulary::DefaultRoute::Classify:
        r.kind = Action::Kind::Classify;
        break;
    case Vocabulary::DefaultRoute::PushBack:
        r.kind = Action::Kind::PushBack;
        break;
    }
    return r;
}

Vocabulary::DefaultRoute column(const Vocabulary::DefaultRouteRow &row, const StepView &step)
{
    return step.last ? row.last : row.step;
}

Action route(const StepView &step, const QString &outcome, const QString &key, const State &state)
{
    if (!key.isEmpty() && step.onOutcome.contains(key))
        return fromMapping(step.onOutcome.value(key), state);
    const auto keyRow = Vocabulary::defaultRoute(key);
    if (!key.isEmpty() && Vocabulary::isDecisive(column(keyRow, step)))
        return fromDefault(column(keyRow, step));
    const bool intentDecides = key == u"out_of_office" || (state.handedOff && !key.isEmpty());
    if (!intentDecides && step.onOutcome.contains(outcome))
        return fromMapping(step.onOutcome.value(outcome), state);
    if (!key.isEmpty())
        return fromDefault(column(keyRow, step));
    // A classified reply never asks to be classified again.
    Action a = fromDefault(column(Vocabulary::defaultRoute(outcome), step));
    if (a.kind == Action::Kind::Classify && state.awaitingClassification)
        a.kind = Action::Kind::Record;
    return a;
}

} // namespace

QString intentKey(const QString &outcome, const QString &intent)
{
    if (!intent.isEmpty())
        return intent;
    return Vocabulary::replyIntents().contains(outcome) ? outcome : QString();
}

Action
decide(const StepView &step, const QString &outcome, const QString &intent, const State &state)
{
    const QString key = intentKey(outcome, intent);
    Action a = route(step, outcome, key, state);
    a.suppress = Vocabulary::defaultRoute(key).suppress;
    if (a.suppress) {
        // An opt-out ends the enrollment whatever the step maps.
        a.kind = Action::Kind::Exit;
        a.exitReason = u"rejected"_s;
    }
    if (!state.active) {
        a.kind = Action::Kind::Record;
        return a;
    }
    if (!state.current && a.kind != Action::Kind::Exit && a.kind != Action::Kind::Classify)
        a.kind = Action::Kind::Record;
    if (state.handedOff && !step.last
        && (a.kind == Action::Kind::Continue || a.kind == Action::Kind::RetryExhausted))
        a.kind = Action::Kind::Resume;
    return a;
}

} // namespace Touchline::OutcomeRouting
