// The in-memory form of a flow definition (format version 1): campaigns, steps and routes.
#pragma once

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Touchline {

// What a step does with one outcome: jump, exit, try again, or hand the contact over.
struct OutcomeAction
{
    enum class Kind { Goto, Exit, Retry, Handoff };
    Kind kind = Kind::Goto;
    int gotoStep = 0;
    QString exitReason;
    int retryAfterMinutes = 0;
    int retryMaxAttempts = 0;
    QString handoff;

    static OutcomeAction makeGoto(int step);
    static OutcomeAction makeExit(const QString &reason);
    static OutcomeAction makeRetry(int afterMinutes, int maxAttempts);
    static OutcomeAction makeHandoff(const QString &target);

    friend bool operator==(const OutcomeAction &a, const OutcomeAction &b);
    friend bool operator!=(const OutcomeAction &a, const OutcomeAction &b) { return !(a == b); }
};

struct Step
{
    int stepNumber = 1;
    int delayDays = 0;
    int delayMinutes = 0;
    QString channel;
    QString contentType;
    QString templateInstructions;
    QString handler; // voice steps only; empty when unset
    QMap<QString, OutcomeAction> onOutcome;
    std::optional<bool> review = std::nullopt; // unset: the campaign's setting

    // Whether this step's drafts wait for the exec approver.
    bool needsReview(bool campaignReview) const { return review.value_or(campaignReview); }

    friend bool operator==(const Step &a, const Step &b);
    friend bool operator!=(const Step &a, const Step &b) { return !(a == b); }
};

struct SendWindow
{
    QStringList days; // mon..sun
    QString start;    // "HH:MM" in the contact's time zone
    QString end;

    friend bool operator==(const SendWindow &a, const SendWindow &b)
    {
        return a.days == b.days && a.start == b.start && a.end == b.end;
    }
};

struct Campaign
{
    QString slug;
    QString name;
    QString clientId;
    QString type;
    QString ownerRole;
    QString status = QStringLiteral("active");
    bool gate = false;
    bool review = true;                           // false: items are approved as they fire
    QString drafter = QStringLiteral("template"); // or "external": an agent fills the drafts
    QMap<QString, QString> onExit; // exit reason -> target slug; a missing key is null
    std::optional<SendWindow> sendWindow;
    int noEngagementAfterDays = 7;
    QVector<Step> steps;
    std::optional<QPointF> layout;

    friend bool operator==(const Campaign &a, const Campaign &b);
    friend bool operator!=(const Campaign &a, const Campaign &b) { return !(a == b); }
};

// What saving `after` over `before` changes, most significant first.
enum class CampaignChange {
    None,
    LayoutOnly, // moved on the map: saved, nothing published
    Fields,     // name, client, status, approval, time-out...: saved, no new revision
    Definition, // steps, or where and when contacts go (on_exit, gate, send window):
                // publishes a new revision
};
CampaignChange classifyChange(const Campaign &before, const Campaign &after);

struct Flow
{
    QVector<Campaign> campaigns;

    int indexOf(const QString &slug) const;
    friend bool operator==(const Flow &a, const Flow &b) { return a.campaigns == b.campaigns; }
};

} // namespace Touchline
