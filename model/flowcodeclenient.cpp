// FlowCodec's lenient way back from the JSON parts it writes (see flowcodec.h): the one place
// besides the strict reader that turns flow JSON into flow structs.
#include "flowcodec.h"

#include <QJsonArray>

namespace Touchline {

using namespace Qt::StringLiterals;

std::optional<OutcomeAction> FlowCodec::actionFromJson(const QJsonObject &o)
{
    static const QStringList kinds{u"goto"_s, u"exit"_s, u"retry"_s, u"handoff"_s};
    int named = 0;
    for (const QString &kind : kinds)
        named += o.contains(kind) ? 1 : 0;
    if (named != 1)
        return std::nullopt;
    if (o.contains(u"goto"_s))
        return OutcomeAction::makeGoto(o.value(u"goto"_s).toInt());
    if (o.contains(u"exit"_s))
        return OutcomeAction::makeExit(o.value(u"exit"_s).toString());
    if (o.contains(u"handoff"_s))
        return OutcomeAction::makeHandoff(o.value(u"handoff"_s).toString());
    const QJsonObject r = o.value(u"retry"_s).toObject();
    return OutcomeAction::makeRetry(r.value(u"after_minutes"_s).toInt(),
                                    r.value(u"max_attempts"_s).toInt());
}

QMap<QString, OutcomeAction> FlowCodec::onOutcomeFromJson(const QJsonObject &o)
{
    QMap<QString, OutcomeAction> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (const auto action = actionFromJson(it.value().toObject()))
            out.insert(it.key(), *action);
    }
    return out;
}

std::optional<SendWindow> FlowCodec::sendWindowFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    SendWindow window;
    const QJsonArray days = o.value(u"days"_s).toArray();
    for (const QJsonValue &d : days)
        window.days.append(d.toString());
    window.start = o.value(u"start"_s).toString();
    window.end = o.value(u"end"_s).toString();
    return window;
}

Step FlowCodec::stepFromJson(const QJsonObject &o)
{
    Step s;
    s.stepNumber = o.value(u"step_number"_s).toInt();
    s.delayDays = o.value(u"delay_days"_s).toInt();
    s.delayMinutes = o.value(u"delay_minutes"_s).toInt();
    s.channel = o.value(u"channel"_s).toString();
    s.contentType = o.value(u"content_type"_s).toString();
    s.templateInstructions = o.value(u"template_instructions"_s).toString();
    s.handler = o.value(u"handler"_s).toString();
    if (o.value(u"review"_s).isBool())
        s.review = o.value(u"review"_s).toBool();
    s.onOutcome = onOutcomeFromJson(o.value(u"on_outcome"_s).toObject());
    return s;
}

Campaign FlowCodec::campaignFromJson(const QJsonObject &o)
{
    Campaign c;
    c.slug = o.value(u"slug"_s).toString();
    c.name = o.value(u"name"_s).toString();
    c.clientId = o.value(u"client_id"_s).toString();
    c.type = o.value(u"type"_s).toString();
    c.ownerRole = o.value(u"owner_role"_s).toString();
    c.status = o.value(u"status"_s).toString(u"active"_s);
    c.gate = o.value(u"gate"_s).toBool();
    c.review = o.value(u"review"_s).toBool(true);
    c.drafter = o.value(u"drafter"_s).toString(u"template"_s);
    const QJsonObject exits = o.value(u"on_exit"_s).toObject();
    for (auto it = exits.begin(); it != exits.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            c.onExit.insert(it.key(), it.value().toString());
    }
    c.sendWindow = sendWindowFromJson(o.value(u"send_window"_s));
    c.noEngagementAfterDays = o.value(u"no_engagement_after_days"_s).toInt(7);
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    c.steps.reserve(steps.size());
    for (const QJsonValue &s : steps)
        c.steps.append(stepFromJson(s.toObject()));
    if (o.value(u"layout"_s).isObject()) {
        const QJsonObject l = o.value(u"layout"_s).toObject();
        c.layout = QPointF(l.value(u"x"_s).toDouble(), l.value(u"y"_s).toDouble());
    }
    return c;
}

} // namespace Touchline
