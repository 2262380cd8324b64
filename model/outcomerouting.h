// The routing decision for one outcome of one item: pure, no database, so the rules can be read
// and tested in one place. The engine applies the Action; the designer shows the defaults.
#pragma once

#include "flow.h"

#include <QMap>
#include <QString>

namespace Touchline::OutcomeRouting {

struct StepView
{
    QMap<QString, OutcomeAction> onOutcome; // the step's own on_outcome
    bool last = false;                      // the campaign's last step
};

struct State
{
    bool active = true;     // the enrollment has not exited
    bool current = true;    // the item is the enrollment's latest visit (nothing fired since)
    bool handedOff = false; // the contact is with a person or the voicebot
    bool awaitingClassification = false; // a reply without intent waits for its process_reply
    int attempt = 1;                     // the item's attempt at its step
};

struct Action
{
    enum class Kind {
        Record,         // recorded against the item; the enrollment does not move
        Continue,       // recorded; the sequence goes on as planned
        Goto,           // step
        Retry,          // the same step again after afterMinutes (attempt + 1 of maxAttempts)
        RetryExhausted, // a retry mapping with no attempt left: the sequence goes on
        Handoff,        // handoff
        Exit,           // exitReason
        Classify,       // pending process_reply; the enrollment holds until classified
        PushBack,       // out of office: the next touch moves back
        Resume,         // a handed-off contact whose conversation routed nowhere: next step
    };
    Kind kind = Kind::Continue;
    int step = 0;
    QString exitReason;
    QString handoff;
    int afterMinutes = 0;
    int maxAttempts = 0;
    bool suppress = false;    // an opt-out: suppress the contact for the client, whatever else
    bool fromDefault = false; // decided by Vocabulary::defaultRoutes(), not by the step
};

// The step's mapping for the intent wins; then a decisive default for the intent (an exit, a
// push back); then the step's mapping for the outcome (not for out-of-office replies or for a
// handed-off conversation reporting back); then the defaults. A finished enrollment, or an item
// that a later visit has superseded, is only recorded (an exit still applies to the latter).
Action
decide(const StepView &step, const QString &outcome, const QString &intent, const State &state);

// The key the intent defaults are looked up by: the intent, or the outcome when it is an intent.
QString intentKey(const QString &outcome, const QString &intent);

} // namespace Touchline::OutcomeRouting
