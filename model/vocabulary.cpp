#include "vocabulary.h"

namespace Touchline::Vocabulary {

using namespace Qt::StringLiterals;

const QStringList &campaignTypes()
{
    static const QStringList v{
        u"event"_s, u"membership"_s, u"platform"_s, u"onboarding"_s, u"renewal"_s};
    return v;
}

const QStringList &ownerRoles()
{
    static const QStringList v{u"roles.bdr"_s, u"roles.sales"_s, u"roles.cs"_s};
    return v;
}

const QStringList &campaignStatuses()
{
    static const QStringList v{u"active"_s, u"paused"_s, u"archived"_s};
    return v;
}

const QStringList &channels()
{
    static const QStringList v{u"email"_s, u"linkedin"_s, u"sms"_s, u"voice"_s};
    return v;
}

const QStringList &voiceHandlers()
{
    static const QStringList v{u"ivr"_s, u"voicebot"_s, u"human_agent"_s};
    return v;
}

const QStringList &handoffTargets()
{
    static const QStringList v{u"human_agent"_s, u"voicebot"_s};
    return v;
}

const QStringList &exitReasons()
{
    static const QStringList v{u"converted"_s, u"no_engagement"_s, u"rejected"_s};
    return v;
}

const QStringList &replyIntents()
{
    static const QStringList v{u"interested"_s,
                               u"meeting_booked"_s,
                               u"not_interested"_s,
                               u"unsubscribe"_s,
                               u"out_of_office"_s};
    return v;
}

const QStringList &weekdays()
{
    static const QStringList v{
        u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return v;
}

const QStringList &goals()
{
    static const QStringList v{
        u"awareness"_s, u"pipeline"_s, u"credibility"_s, u"marketing_relief"_s};
    return v;
}

const QStringList &knownContentTypes()
{
    static const QStringList v{u"follow_up"_s,
                               u"proof"_s,
                               u"boss_arming"_s,
                               u"campaign_visibility"_s,
                               u"personal_visibility"_s,
                               u"marketing_relief"_s,
                               u"close"_s,
                               u"exit"_s};
    return v;
}

const QStringList &outcomesFor(const QString &channel)
{
    static const QStringList email{u"sent"_s, u"replied"_s, u"bounced"_s, u"no_reply"_s};
    static const QStringList linkedin{u"sent"_s, u"accepted"_s, u"replied"_s, u"ignored"_s};
    static const QStringList sms{u"delivered"_s, u"replied"_s, u"failed"_s};
    static const QStringList voice{u"live_answer"_s,
                                   u"answering_machine"_s,
                                   u"busy"_s,
                                   u"no_answer"_s,
                                   u"failed"_s,
                                   u"fax"_s,
                                   u"sit_uncallable"_s};
    static const QStringList none;
    if (channel == u"email")
        return email;
    if (channel == u"linkedin")
        return linkedin;
    if (channel == u"sms")
        return sms;
    if (channel == u"voice")
        return voice;
    return none;
}

bool isOutcomeFor(const QString &channel, const QString &name)
{
    return outcomesFor(channel).contains(name) || replyIntents().contains(name);
}

const QVector<DefaultRouteRow> &defaultRoutes()
{
    using R = DefaultRoute;
    static const QVector<DefaultRouteRow> v{
        {"meeting_booked", R::ExitConverted, R::ExitConverted, false},
        {"interested", R::Continue, R::ExitConverted, false},
        {"not_interested", R::ExitRejected, R::ExitRejected, false},
        {"unsubscribe", R::ExitRejected, R::ExitRejected, true},
        {"out_of_office", R::PushBack, R::PushBack, false},
        {"replied", R::Classify, R::Classify, false},
        {"bounced", R::ExitRejected, R::ExitRejected, false},
        {"sit_uncallable", R::ExitRejected, R::ExitRejected, false},
    };
    return v;
}

DefaultRouteRow defaultRoute(const QString &name)
{
    for (const DefaultRouteRow &row : defaultRoutes()) {
        if (name == QLatin1String(row.name))
            return row;
    }
    return {"", DefaultRoute::Continue, DefaultRoute::Continue, false};
}

bool isDecisive(DefaultRoute route)
{
    return route == DefaultRoute::ExitConverted || route == DefaultRoute::ExitRejected
           || route == DefaultRoute::PushBack;
}

bool isNeverRetried(const QString &outcome)
{
    return outcome == u"sit_uncallable";
}

} // namespace Touchline::Vocabulary
