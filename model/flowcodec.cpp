#include "flowcodec.h"

#include "tr.h"
#include "vocabulary.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <functional>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// A JSON path built only when a message needs it: validating a large valid file must not pay
// for a string per field.
struct FieldPath
{
    FieldPath(const QString &full)
        : parent(full)
    {}
    FieldPath(const QString &parent, QStringView key)
        : parent(parent)
        , key(key)
    {}
    QString str() const { return key.isEmpty() ? parent : parent + u'.' + key; }

    const QString &parent;
    QStringView key;
};

// Walks the JSON once, collecting every finding with its path and building the Flow.
class Validator
{
public:
    explicit Validator(const FlowCodec::Options &options)
        : m_options(options)
    {}

    FlowReadResult run(const QJsonObject &root);

private:
    void error(const QString &path, const QString &message)
    {
        m_issues.append({FlowIssue::Severity::Error, path, message});
    }
    void warning(const QString &path, const QString &message)
    {
        m_issues.append({FlowIssue::Severity::Warning, path, message});
    }

    // Typed field access: each reports a missing or mistyped field and returns false.
    bool
    requireString(const QJsonObject &o, const QString &key, const QString &parent, QString *out);
    bool
    optionalString(const QJsonObject &o, const QString &key, const QString &parent, QString *out);
    bool requireInt(const QJsonObject &o, const QString &key, const QString &parent, int *out);
    bool optionalInt(const QJsonObject &o, const QString &key, const QString &parent, int *out);
    bool asInt(const QJsonValue &v, const FieldPath &path, int *out);
    bool checkEnum(const QString &value,
                   const QStringList &allowed,
                   const char *what,
                   const FieldPath &path);
    void warnUnknownKeys(const QJsonObject &o, const QStringList &known, const QString &path);

    void readCampaign(const QJsonObject &o, const QString &path, Campaign *c);
    void readOnExit(const QJsonValue &v, const QString &path, Campaign *c);
    void readSendWindow(const QJsonValue &v, const QString &path, Campaign *c);
    void readLayout(const QJsonValue &v, const QString &path, Campaign *c);
    void readStep(const QJsonObject &o, const QString &path, int index, Step *s);
    void readOnOutcome(const QJsonValue &v, const QString &path, Step *s);
    // An optional "review" boolean; false when absent or mistyped (reported).
    bool readReview(const QJsonObject &o, const QString &path, bool *review);
    bool
    readAction(const QJsonValue &v, const QString &path, const QString &outcome, OutcomeAction *a);

    void checkRoutes();
    void checkStepNumbersAndGotos(const Campaign &c, const QString &path);
    void checkReachability(const Campaign &c, const QString &path);
    void checkExitCycles();

    const FlowCodec::Options &m_options;
    FlowIssues m_issues;
    Flow m_flow;
    QVector<int> m_campaignIndex;    // m_flow position -> index in the file
    QHash<QString, int> m_slugIndex; // slug -> index in the file
};

bool Validator::requireString(const QJsonObject &o,
                              const QString &key,
                              const QString &parent,
                              QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        error(FieldPath(parent, key).str(), Tr::tr("missing required field"));
        return false;
    }
    if (!v.isString()) {
        error(FieldPath(parent, key).str(), Tr::tr("expected a string, got %1").arg(typeName(v)));
        return false;
    }
    *out = v.toString();
    if (out->trimmed().isEmpty()) {
        error(FieldPath(parent, key).str(), Tr::tr("must not be empty"));
        return false;
    }
    if (out->contains(QChar(u'\0'))) {
        // PostgreSQL text cannot hold it: refuse here, where the path can be named.
        error(FieldPath(parent, key).str(), Tr::tr("must not contain NUL characters (\\u0000)"));
        return false;
    }
    return true;
}

bool Validator::optionalString(const QJsonObject &o,
                               const QString &key,
                               const QString &parent,
                               QString *out)
{
    if (!o.contains(key))
        return false;
    return requireString(o, key, parent, out);
}

bool Validator::asInt(const QJsonValue &v, const FieldPath &path, int *out)
{
    if (!v.isDouble()) {
        error(path.str(), Tr::tr("expected an integer, got %1").arg(typeName(v)));
        return false;
    }
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 1e9) {
        error(path.str(), Tr::tr("expected an integer, got %1").arg(d));
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

bool Validator::requireInt(const QJsonObject &o,
                           const QString &key,
                           const QString &parent,
                           int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        error(FieldPath(parent, key).str(), Tr::tr("missing required field"));
        return false;
    }
    return asInt(v, FieldPath(parent, key), out);
}

bool Validator::optionalInt(const QJsonObject &o,
                            const QString &key,
                            const QString &parent,
                            int *out)
{
    if (!o.contains(key))
        return false;
    return asInt(o.value(key), FieldPath(parent, key), out);
}

bool Validator::checkEnum(const QString &value,
                          const QStringList &allowed,
                          const char *what,
                          const FieldPath &path)
{
    if (allowed.contains(value))
        return true;
    error(path.str(),
          Tr::tr("unknown %1 %2 (expected one of: %3)")
              .arg(Tr::tr(what), quoted(value), allowed.join(u", "_s)));
    return false;
}

void Validator::warnUnknownKeys(const QJsonObject &o, const QStringList &known, const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            warning(path + u'.' + it.key(), Tr::tr("unknown field, ignored"));
    }
}

FlowReadResult Validator::run(const QJsonObject &root)
{
    FlowReadResult result;
    result.status = FlowReadResult::Status::Invalid;

    const QJsonValue format = root.value(u"format"_s);
    if (format.isUndefined())
        error(u"format"_s,
              Tr::tr("missing required field (expected \"%1\")").arg(FlowCodec::formatName()));
    else if (format.toString() != FlowCodec::formatName())
        error(u"format"_s,
              Tr::tr("unknown format %1 (expected \"%2\")")
                  .arg(format.isString() ? quoted(format.toString()) : typeName(format),
                       FlowCodec::formatName()));
    const QJsonValue version = root.value(u"version"_s);
    if (version.isUndefined())
        error(u"version"_s,
              Tr::tr("missing required field (expected %1)").arg(FlowCodec::formatVersion));
    else if (!version.isDouble() || version.toDouble() != FlowCodec::formatVersion)
        error(u"version"_s,
              Tr::tr("unsupported version %1 (this Touchline reads version %2)")
                  .arg(version.isDouble() ? QString::number(version.toDouble()) : typeName(version))
                  .arg(FlowCodec::formatVersion));
    if (!m_issues.isEmpty()) {
        result.issues = m_issues;
        return result; // the rest of a file in another format means nothing to us
    }
    static const QStringList rootKeys{u"format"_s, u"version"_s, u"campaigns"_s};
    warnUnknownKeys(root, rootKeys, QString());

    const QJsonValue campaigns = root.value(u"campaigns"_s);
    if (campaigns.isUndefined() || campaigns.isNull()) {
        error(u"campaigns"_s, Tr::tr("missing required field"));
    } else if (!campaigns.isArray()) {
        error(u"campaigns"_s, Tr::tr("expected an array, got %1").arg(typeName(campaigns)));
    } else {
        const QJsonArray array = campaigns.toArray();
        if (array.isEmpty())
            warning(u"campaigns"_s, Tr::tr("the flow has no campaigns"));
        m_flow.campaigns.reserve(array.size());
        for (int i = 0; i < array.size(); ++i) {
            const QString path = u"campaigns[%1]"_s.arg(i);
            const QJsonValue v = array.at(i);
            if (!v.isObject()) {
                error(path, Tr::tr("expected an object, got %1").arg(typeName(v)));
                continue;
            }
            Campaign c;
            readCampaign(v.toObject(), path, &c);
            m_flow.campaigns.append(c);
            m_campaignIndex.append(i);
        }
        checkRoutes();
    }

    result.issues = m_issues;
    const bool hasErrors = std::any_of(
        m_issues.cbegin(), m_issues.cend(), [](const FlowIssue &i) { return i.isError(); });
    if (!hasErrors) {
        result.status = FlowReadResult::Status::Ok;
        result.flow = std::move(m_flow);
    }
    return result;
}

void Validator::readCampaign(const QJsonObject &o, const QString &path, Campaign *c)
{
    static const QRegularExpression slugPattern(u"^[a-z0-9_]+$"_s);
    static const QStringList campaignKeys{u"slug"_s,
                                          u"name"_s,
                                          u"client_id"_s,
                                          u"type"_s,
                                          u"owner_role"_s,
                                          u"status"_s,
                                          u"gate"_s,
                                          u"review"_s,
                                          u"drafter"_s,
                                          u"on_exit"_s,
                                          u"send_window"_s,
                                          u"no_engagement_after_days"_s,
                                          u"steps"_s,
                                          u"layout"_s};
    warnUnknownKeys(o, campaignKeys, path);

    if (requireString(o, u"slug"_s, path, &c->slug)) {
        if (!slugPattern.match(c->slug).hasMatch()) {
            error(path + u".slug"_s,
                  Tr::tr("slug %1 must match ^[a-z0-9_]+$ (lower-case letters, digits, _)")
                      .arg(quoted(c->slug)));
        } else if (m_slugIndex.contains(c->slug)) {
            error(path + u".slug"_s,
                  Tr::tr("slug %1 is already used by campaigns[%2]")
                      .arg(quoted(c->slug))
                      .arg(m_slugIndex.value(c->slug)));
        } else {
            m_slugIndex.insert(c->slug, m_campaignIndex.size());
        }
    }
    requireString(o, u"name"_s, path, &c->name);
    requireString(o, u"client_id"_s, path, &c->clientId);
    if (requireString(o, u"type"_s, path, &c->type))
        checkEnum(c->type,
                  Vocabulary::campaignTypes(),
                  QT_TRANSLATE_NOOP("Touchline", "campaign type"),
                  FieldPath(path, u"type"));
    if (requireString(o, u"owner_role"_s, path, &c->ownerRole))
        checkEnum(c->ownerRole,
                  Vocabulary::ownerRoles(),
                  QT_TRANSLATE_NOOP("Touchline", "owner_role"),
                  FieldPath(path, u"owner_role"));
    if (optionalString(o, u"status"_s, path, &c->status))
        checkEnum(c->status,
                  Vocabulary::campaignStatuses(),
                  QT_TRANSLATE_NOOP("Touchline", "status"),
                  FieldPath(path, u"status"));

    if (o.contains(u"gate"_s)) {
        const QJsonValue gate = o.value(u"gate"_s);
        if (!gate.isBool()) {
            error(path + u".gate"_s, Tr::tr("expected a boolean, got %1").arg(typeName(gate)));
        } else {
            c->gate = gate.toBool();
            if (c->gate && !c->ownerRole.isEmpty()
                && c->ownerRole != QLatin1String(Vocabulary::ownerRoleBdr))
                error(
                    path + u".gate"_s,
                    Tr::tr("the exec gate is only for roles.bdr campaigns, this one is owned by %1")
                        .arg(c->ownerRole));
        }
    }
    readReview(o, path, &c->review);
    if (optionalString(o, u"drafter"_s, path, &c->drafter)) {
        static const QStringList drafters{u"template"_s, u"external"_s};
        if (!drafters.contains(c->drafter)) {
            error(path + u".drafter"_s,
                  Tr::tr("unknown drafter %1: expected template or external")
                      .arg(quoted(c->drafter)));
            c->drafter = u"template"_s;
        }
    }
    if (o.contains(u"on_exit"_s))
        readOnExit(o.value(u"on_exit"_s), path + u".on_exit"_s, c);
    if (o.contains(u"send_window"_s))
        readSendWindow(o.value(u"send_window"_s), path + u".send_window"_s, c);
    if (optionalInt(o, u"no_engagement_after_days"_s, path, &c->noEngagementAfterDays)
        && c->noEngagementAfterDays < 0) {
        error(path + u".no_engagement_after_days"_s,
              Tr::tr("must not be negative, got %1").arg(c->noEngagementAfterDays));
    }
    if (o.contains(u"layout"_s))
        readLayout(o.value(u"layout"_s), path + u".layout"_s, c);

    const QString stepsPath = path + u".steps"_s;
    const QJsonValue steps = o.value(u"steps"_s);
    if (steps.isUndefined() || steps.isNull()) {
        error(stepsPath, Tr::tr("missing required field"));
        return;
    }
    if (!steps.isArray()) {
        error(stepsPath, Tr::tr("expected an array, got %1").arg(typeName(steps)));
        return;
    }
    const QJsonArray array = steps.toArray();
    if (array.isEmpty()) {
        error(stepsPath, Tr::tr("a campaign needs at least one step"));
        return;
    }
    c->steps.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QString stepPath = stepsPath + u"[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            error(stepPath, Tr::tr("expected an object, got %1").arg(typeName(array.at(i))));
            continue;
        }
        Step s;
        readStep(array.at(i).toObject(), stepPath, i, &s);
        if (!c->steps.isEmpty()) {
            const Step &prev = c->steps.constLast();
            if (std::pair(s.delayDays, s.delayMinutes)
                < std::pair(prev.delayDays, prev.delayMinutes))
                error(stepPath + u".delay_days"_s,
                      Tr::tr("step %1 (day %2, +%3 min) is due before the step before it "
                             "(day %4, +%5 min): delays must not decrease")
                          .arg(i + 1)
                          .arg(s.delayDays)
                          .arg(s.delayMinutes)
                          .arg(prev.delayDays)
                          .arg(prev.delayMinutes));
        }
        c->steps.append(s);
    }
    checkStepNumbersAndGotos(*c, stepsPath);
}

void Validator::readOnExit(const QJsonValue &v, const QString &path, Campaign *c)
{
    if (v.isNull())
        return;
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, got %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString keyPath = path + u'.' + it.key();
        if (!Vocabulary::exitReasons().contains(it.key())) {
            error(keyPath,
                  Tr::tr("unknown exit reason %1 (expected one of: %2)")
                      .arg(quoted(it.key()), Vocabulary::exitReasons().join(u", "_s)));
            continue;
        }
        if (it.value().isNull())
            continue;
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            error(keyPath,
                  Tr::tr("expected a campaign slug or null, got %1").arg(typeName(it.value())));
            continue;
        }
        c->onExit.insert(it.key(), it.value().toString());
    }
}

void Validator::readSendWindow(const QJsonValue &v, const QString &path, Campaign *c)
{
    if (v.isNull())
        return;
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, got %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    static const QStringList windowKeys{u"days"_s, u"start"_s, u"end"_s};
    warnUnknownKeys(o, windowKeys, path);
    SendWindow w;
    bool ok = true;
    const QJsonValue days = o.value(u"days"_s);
    if (days.isUndefined() || days.isNull()) {
        error(path + u".days"_s, Tr::tr("missing required field"));
        ok = false;
    } else if (!days.isArray()) {
        error(path + u".days"_s, Tr::tr("expected an array, got %1").arg(typeName(days)));
        ok = false;
    } else if (days.toArray().isEmpty()) {
        error(path + u".days"_s, Tr::tr("a send window needs at least one day"));
        ok = false;
    } else {
        const QJsonArray a = days.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString dayPath = path + u".days[%1]"_s.arg(i);
            if (!a.at(i).isString()) {
                error(dayPath, Tr::tr("expected a string, got %1").arg(typeName(a.at(i))));
                ok = false;
            } else if (!checkEnum(a.at(i).toString(),
                                  Vocabulary::weekdays(),
                                  QT_TRANSLATE_NOOP("Touchline", "day"),
                                  dayPath)) {
                ok = false;
            } else if (w.days.contains(a.at(i).toString())) {
                error(dayPath, Tr::tr("day %1 is listed twice").arg(quoted(a.at(i).toString())));
                ok = false;
            } else {
                w.days.append(a.at(i).toString());
            }
        }
    }
    QTime times[2];
    const QString keys[2] = {u"start"_s, u"end"_s};
    for (int i = 0; i < 2; ++i) {
        QString text;
        const QString timePath = path + u'.' + keys[i];
        if (!requireString(o, keys[i], path, &text)) {
            ok = false;
            continue;
        }
        times[i] = QTime::fromString(text, u"HH:mm"_s);
        if (!times[i].isValid() || text.size() != 5) {
            error(timePath, Tr::tr("expected a time as HH:MM, got %1").arg(quoted(text)));
            ok = false;
            continue;
        }
        (i == 0 ? w.start : w.end) = text;
    }
    if (times[0].isValid() && times[1].isValid() && times[0] >= times[1]) {
        error(
            path + u".end"_s,
            Tr::tr("the window must end after it starts (%1 is not after %2)").arg(w.end, w.start));
        ok = false;
    }
    if (ok)
        c->sendWindow = w;
}

void Validator::readLayout(const QJsonValue &v, const QString &path, Campaign *c)
{
    if (v.isNull())
        return;
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, got %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    static const QStringList layoutKeys{u"x"_s, u"y"_s};
    warnUnknownKeys(o, layoutKeys, path);
    QPointF p;
    bool ok = true;
    for (const QString &key : {u"x"_s, u"y"_s}) {
        const QJsonValue n = o.value(key);
        if (!n.isDouble()) {
            error(path + u'.' + key,
                  n.isUndefined() ? Tr::tr("missing required field")
                                  : Tr::tr("expected a number, got %1").arg(typeName(n)));
            ok = false;
            continue;
        }
        (key == u"x" ? p.rx() : p.ry()) = n.toDouble();
    }
    if (ok)
        c->layout = p;
}

void Validator::readStep(const QJsonObject &o, const QString &path, int index, Step *s)
{
    static const QStringList stepKeys{u"step_number"_s,
                                      u"delay_days"_s,
                                      u"delay_minutes"_s,
                                      u"channel"_s,
                                      u"handler"_s,
                                      u"review"_s,
                                      u"content_type"_s,
                                      u"template_instructions"_s,
                                      u"on_outcome"_s};
    warnUnknownKeys(o, stepKeys, path);
    s->stepNumber = index + 1;
    int number = 0;
    if (requireInt(o, u"step_number"_s, path, &number) && number != index + 1)
        error(path + u".step_number"_s,
              Tr::tr("steps must be numbered 1..n in order: expected %1, got %2")
                  .arg(index + 1)
                  .arg(number));
    if (requireInt(o, u"delay_days"_s, path, &s->delayDays) && s->delayDays < 0) {
        error(path + u".delay_days"_s, Tr::tr("must not be negative, got %1").arg(s->delayDays));
        s->delayDays = 0;
    }
    if (optionalInt(o, u"delay_minutes"_s, path, &s->delayMinutes) && s->delayMinutes < 0) {
        error(path + u".delay_minutes"_s,
              Tr::tr("must not be negative, got %1").arg(s->delayMinutes));
        s->delayMinutes = 0;
    }
    if (requireString(o, u"channel"_s, path, &s->channel)
        && !checkEnum(s->channel,
                      Vocabulary::channels(),
                      QT_TRANSLATE_NOOP("Touchline", "channel"),
                      FieldPath(path, u"channel")))
        s->channel.clear();
    requireString(o, u"content_type"_s, path, &s->contentType);
    requireString(o, u"template_instructions"_s, path, &s->templateInstructions);
    if (optionalString(o, u"handler"_s, path, &s->handler)) {
        if (!s->channel.isEmpty() && s->channel != u"voice")
            error(path + u".handler"_s,
                  Tr::tr("a handler is only for voice steps, this step's channel is %1")
                      .arg(s->channel));
        else
            checkEnum(s->handler,
                      Vocabulary::voiceHandlers(),
                      QT_TRANSLATE_NOOP("Touchline", "handler"),
                      FieldPath(path, u"handler"));
    }
    if (o.contains(u"review"_s)) {
        bool review = true;
        if (readReview(o, path, &review))
            s->review = review;
    }
    if (o.contains(u"on_outcome"_s))
        readOnOutcome(o.value(u"on_outcome"_s), path + u".on_outcome"_s, s);
}

bool Validator::readReview(const QJsonObject &o, const QString &path, bool *review)
{
    if (!o.contains(u"review"_s))
        return false;
    const QJsonValue v = o.value(u"review"_s);
    if (!v.isBool()) {
        error(path + u".review"_s, Tr::tr("expected a boolean, got %1").arg(typeName(v)));
        return false;
    }
    *review = v.toBool();
    return true;
}

void Validator::readOnOutcome(const QJsonValue &v, const QString &path, Step *s)
{
    if (v.isNull())
        return;
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, got %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString keyPath = path + u'.' + it.key();
        if (!s->channel.isEmpty() && !Vocabulary::isOutcomeFor(s->channel, it.key())) {
            error(keyPath,
                  Tr::tr("unknown outcome %1 for channel %2 (expected one of: %3)")
                      .arg(quoted(it.key()),
                           s->channel,
                           (Vocabulary::outcomesFor(s->channel) + Vocabulary::replyIntents())
                               .join(u", "_s)));
            continue;
        }
        OutcomeAction action;
        if (readAction(it.value(), keyPath, it.key(), &action))
            s->onOutcome.insert(it.key(), action);
    }
}

bool Validator::readAction(const QJsonValue &v,
                           const QString &path,
                           const QString &outcome,
                           OutcomeAction *a)
{
    static const QStringList kinds{u"goto"_s, u"exit"_s, u"retry"_s, u"handoff"_s};
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object such as {\"goto\": 2}, got %1").arg(typeName(v)));
        return false;
    }
    const QJsonObject o = v.toObject();
    if (o.size() != 1 || !kinds.contains(o.begin().key())) {
        error(path,
              Tr::tr("expected exactly one of goto, exit, retry, handoff, got %1")
                  .arg(o.isEmpty() ? Tr::tr("an empty object") : o.keys().join(u", "_s)));
        return false;
    }
    const QString kind = o.begin().key();
    const QJsonValue value = o.begin().value();
    const QString valuePath = path + u'.' + kind;
    if (kind == u"goto") {
        a->kind = OutcomeAction::Kind::Goto;
        return asInt(value, valuePath, &a->gotoStep); // the range is checked with all steps known
    }
    if (kind == u"exit") {
        a->kind = OutcomeAction::Kind::Exit;
        if (!value.isString()) {
            error(valuePath, Tr::tr("expected a string, got %1").arg(typeName(value)));
            return false;
        }
        a->exitReason = value.toString();
        return checkEnum(a->exitReason,
                         Vocabulary::exitReasons(),
                         QT_TRANSLATE_NOOP("Touchline", "exit reason"),
                         valuePath);
    }
    if (kind == u"handoff") {
        a->kind = OutcomeAction::Kind::Handoff;
        if (!value.isString()) {
            error(valuePath, Tr::tr("expected a string, got %1").arg(typeName(value)));
            return false;
        }
        a->handoff = value.toString();
        return checkEnum(a->handoff,
                         Vocabulary::handoffTargets(),
                         QT_TRANSLATE_NOOP("Touchline", "handoff target"),
                         valuePath);
    }
    a->kind = OutcomeAction::Kind::Retry;
    if (Vocabulary::isNeverRetried(outcome)) {
        error(valuePath,
              Tr::tr("%1 is never redialled: route it to an exit or another step")
                  .arg(quoted(outcome)));
        return false;
    }
    if (!value.isObject()) {
        error(valuePath,
              Tr::tr("expected an object {\"after_minutes\": M, \"max_attempts\": K}, "
                     "got %1")
                  .arg(typeName(value)));
        return false;
    }
    const QJsonObject r = value.toObject();
    static const QStringList retryKeys{u"after_minutes"_s, u"max_attempts"_s};
    warnUnknownKeys(r, retryKeys, valuePath);
    bool ok = requireInt(r, u"after_minutes"_s, valuePath, &a->retryAfterMinutes);
    if (ok && a->retryAfterMinutes < 0) {
        error(valuePath + u".after_minutes"_s,
              Tr::tr("must not be negative, got %1").arg(a->retryAfterMinutes));
        ok = false;
    }
    if (requireInt(r, u"max_attempts"_s, valuePath, &a->retryMaxAttempts)) {
        if (a->retryMaxAttempts < 1) {
            error(valuePath + u".max_attempts"_s,
                  Tr::tr("must be at least 1, got %1").arg(a->retryMaxAttempts));
            ok = false;
        }
    } else {
        ok = false;
    }
    return ok;
}

void Validator::checkStepNumbersAndGotos(const Campaign &c, const QString &stepsPath)
{
    for (int i = 0; i < c.steps.size(); ++i) {
        const Step &s = c.steps.at(i);
        for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it) {
            if (it->kind != OutcomeAction::Kind::Goto)
                continue;
            if (it->gotoStep < 1 || it->gotoStep > c.steps.size())
                error(stepsPath + u"[%1].on_outcome.%2.goto"_s.arg(i).arg(it.key()),
                      Tr::tr("goto to missing step %1 (the campaign has steps 1..%2)")
                          .arg(it->gotoStep)
                          .arg(c.steps.size()));
        }
    }
}

void Validator::checkRoutes()
{
    for (int i = 0; i < m_flow.campaigns.size(); ++i) {
        const Campaign &c = m_flow.campaigns.at(i);
        const QString path = u"campaigns[%1]"_s.arg(m_campaignIndex.at(i));
        for (auto it = c.onExit.cbegin(); it != c.onExit.cend(); ++it) {
            if (!m_slugIndex.contains(it.value()) && !m_options.externalSlugs.contains(it.value()))
                error(path + u".on_exit."_s + it.key(),
                      Tr::tr("on_exit target %1 is not a campaign in this file%2")
                          .arg(quoted(it.value()),
                               m_options.externalSlugs.isEmpty() ? QString()
                                                                 : Tr::tr(" or in the database")));
        }
        checkReachability(c, path);
    }
    checkExitCycles();
}

void Validator::checkReachability(const Campaign &c, const QString &path)
{
    const int n = c.steps.size();
    if (n == 0)
        return;
    // From a step the contact moves on to the next one for every outcome that no mapping
    // routes elsewhere; a retry or a handoff also moves on once it is done.
    QVector<bool> reached(n, false);
    QVector<int> stack{0};
    reached[0] = true;
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        const Step &s = c.steps.at(i);
        auto visit = [&](int target) {
            if (target >= 0 && target < n && !reached.at(target)) {
                reached[target] = true;
                stack.append(target);
            }
        };
        bool movesOn = false;
        for (const QString &outcome : Vocabulary::outcomesFor(s.channel)) {
            const auto it = s.onOutcome.constFind(outcome);
            if (it == s.onOutcome.cend() || it->kind == OutcomeAction::Kind::Retry
                || it->kind == OutcomeAction::Kind::Handoff)
                movesOn = true;
        }
        for (const OutcomeAction &a : s.onOutcome) {
            if (a.kind == OutcomeAction::Kind::Goto)
                visit(a.gotoStep - 1);
        }
        if (movesOn || s.channel.isEmpty())
            visit(i + 1);
    }
    for (int i = 0; i < n; ++i) {
        if (!reached.at(i))
            warning(path + u".steps[%1]"_s.arg(i),
                    Tr::tr("step %1 is unreachable: no path from step 1 leads to it").arg(i + 1));
    }
}

void Validator::checkExitCycles()
{
    // Colour-marking depth-first search over the on_exit graph of the campaigns in the file.
    const int n = m_flow.campaigns.size();
    QHash<QString, int> position;
    for (int i = 0; i < n; ++i)
        position.insert(m_flow.campaigns.at(i).slug, i);
    QVector<int> colour(n, 0); // 0 new, 1 on the stack, 2 done
    QVector<int> trail;
    QSet<QString> reported;
    std::function<void(int)> visit = [&](int i) {
        colour[i] = 1;
        trail.append(i);
        const Campaign &c = m_flow.campaigns.at(i);
        for (auto it = c.onExit.cbegin(); it != c.onExit.cend(); ++it) {
            const int j = position.value(it.value(), -1);
            if (j < 0)
                continue;
            if (colour.at(j) == 1) {
                QStringList cycle;
                for (int k = trail.indexOf(j); k < trail.size(); ++k)
                    cycle.append(m_flow.campaigns.at(trail.at(k)).slug);
                QStringList key = cycle;
                key.sort();
                if (!reported.contains(key.join(u','))) {
                    reported.insert(key.join(u','));
                    cycle.append(m_flow.campaigns.at(j).slug);
                    warning(u"campaigns[%1].on_exit.%2"_s.arg(m_campaignIndex.at(i)).arg(it.key()),
                            Tr::tr("on_exit routes form a cycle: %1; the engine will not enroll a "
                                   "contact again "
                                   "in a campaign it left less than a day ago (the exit stands, "
                                   "with a warning)")
                                .arg(cycle.join(u" -> "_s)));
                }
            } else if (colour.at(j) == 0) {
                visit(j);
            }
        }
        trail.removeLast();
        colour[i] = 2;
    };
    for (int i = 0; i < n; ++i) {
        if (colour.at(i) == 0)
            visit(i);
    }
}

// --- writing ---------------------------------------------------------------------------

class Writer
{
public:
    QByteArray take() { return std::move(m_out); }

    void beginObject()
    {
        m_out += '{';
        m_first.append(true);
        ++m_depth;
    }
    void endObject() { close('}'); }
    void beginArray()
    {
        m_out += '[';
        m_first.append(true);
        ++m_depth;
    }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        element();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void element()
    {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
        newline();
    }
    void string(const QString &s)
    {
        m_out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    m_out += buf;
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }
    void integer(int v) { m_out += QByteArray::number(v); }
    void number(double v)
    {
        if (std::floor(v) == v && std::fabs(v) < 1e15)
            m_out += QByteArray::number(static_cast<qint64>(v));
        else
            m_out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    }
    void boolean(bool v) { m_out += v ? "true" : "false"; }
    void null() { m_out += "null"; }

private:
    void close(char c)
    {
        const bool empty = m_first.takeLast();
        --m_depth;
        if (!empty)
            newline();
        m_out += c;
    }
    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(2 * m_depth, ' ');
    }

    QByteArray m_out;
    QVector<bool> m_first;
    int m_depth = 0;
};

void writeAction(Writer &w, const OutcomeAction &a)
{
    w.beginObject();
    switch (a.kind) {
    case OutcomeAction::Kind::Goto:
        w.key("goto");
        w.integer(a.gotoStep);
        break;
    case OutcomeAction::Kind::Exit:
        w.key("exit");
        w.string(a.exitReason);
        break;
    case OutcomeAction::Kind::Retry:
        w.key("retry");
        w.beginObject();
        w.key("after_minutes");
        w.integer(a.retryAfterMinutes);
        w.key("max_attempts");
        w.integer(a.retryMaxAttempts);
        w.endObject();
        break;
    case OutcomeAction::Kind::Handoff:
        w.key("handoff");
        w.string(a.handoff);
        break;
    }
    w.endObject();
}

void writeStep(Writer &w, const Step &s)
{
    w.beginObject();
    w.key("step_number");
    w.integer(s.stepNumber);
    w.key("delay_days");
    w.integer(s.delayDays);
    if (s.delayMinutes != 0) {
        w.key("delay_minutes");
        w.integer(s.delayMinutes);
    }
    w.key("channel");
    w.string(s.channel);
    if (!s.handler.isEmpty()) {
        w.key("handler");
        w.string(s.handler);
    }
    if (s.review) {
        w.key("review");
        w.boolean(*s.review);
    }
    w.key("content_type");
    w.string(s.contentType);
    w.key("template_instructions");
    w.string(s.templateInstructions);
    if (!s.onOutcome.isEmpty()) {
        w.key("on_outcome");
        w.beginObject();
        for (auto it = s.onOutcome.cbegin(); it != s.onOutcome.cend(); ++it) {
            w.key(it.key().toUtf8().constData());
            writeAction(w, it.value());
        }
        w.endObject();
    }
    w.endObject();
}

void writeCampaign(Writer &w, const Campaign &c)
{
    w.beginObject();
    w.key("slug");
    w.string(c.slug);
    w.key("name");
    w.string(c.name);
    w.key("client_id");
    w.string(c.clientId);
    w.key("type");
    w.string(c.type);
    w.key("owner_role");
    w.string(c.ownerRole);
    w.key("status");
    w.string(c.status);
    if (c.gate) {
        w.key("gate");
        w.boolean(true);
    }
    if (!c.review) {
        w.key("review");
        w.boolean(false);
    }
    if (c.drafter != u"template") {
        w.key("drafter");
        w.string(c.drafter);
    }
    w.key("on_exit");
    w.beginObject();
    for (const QString &reason : Vocabulary::exitReasons()) {
        w.key(reason.toLatin1().constData());
        if (c.onExit.contains(reason))
            w.string(c.onExit.value(reason));
        else
            w.null();
    }
    w.endObject();
    if (c.sendWindow) {
        w.key("send_window");
        w.beginObject();
        w.key("days");
        w.beginArray();
        for (const QString &d : c.sendWindow->days) {
            w.element();
            w.string(d);
        }
        w.endArray();
        w.key("start");
        w.string(c.sendWindow->start);
        w.key("end");
        w.string(c.sendWindow->end);
        w.endObject();
    }
    w.key("no_engagement_after_days");
    w.integer(c.noEngagementAfterDays);
    w.key("steps");
    w.beginArray();
    for (const Step &s : c.steps) {
        w.element();
        writeStep(w, s);
    }
    w.endArray();
    if (c.layout) {
        w.key("layout");
        w.beginObject();
        w.key("x");
        w.number(c.layout->x());
        w.key("y");
        w.number(c.layout->y());
        w.endObject();
    }
    w.endObject();
}

QString describeParseError(const QByteArray &bytes, const QJsonParseError &e)
{
    int line = 1;
    int column = 1;
    const int end = std::min<int>(e.offset, bytes.size());
    for (int i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Tr::tr("not valid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(e.errorString());
}

} // namespace

FlowIssues FlowReadResult::errors() const
{
    FlowIssues out;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(out), [](const FlowIssue &i) {
        return i.isError();
    });
    return out;
}

FlowIssues FlowReadResult::warnings() const
{
    FlowIssues out;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(out), [](const FlowIssue &i) {
        return !i.isError();
    });
    return out;
}

const QString &FlowCodec::formatName()
{
    static const QString name = u"touchline-flow"_s;
    return name;
}

FlowReadResult FlowCodec::read(const QByteArray &input, const Options &options)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a byte-order mark is harmless; editors on some systems add one
    if (bytes.trimmed().isEmpty()) {
        FlowReadResult r;
        r.readError = Tr::tr("the file is empty");
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        FlowReadResult r;
        r.readError = describeParseError(bytes, parseError);
        return r;
    }
    if (!doc.isObject()) {
        FlowReadResult r;
        r.status = FlowReadResult::Status::Invalid;
        r.issues.append({FlowIssue::Severity::Error,
                         QString(),
                         Tr::tr("expected a JSON object with \"format\", \"version\" and "
                                "\"campaigns\", got an array")});
        return r;
    }
    return read(doc.object(), options);
}

FlowReadResult FlowCodec::read(const QJsonObject &root, const Options &options)
{
    Validator v(options);
    return v.run(root);
}

FlowReadResult FlowCodec::readFile(const QString &fileName, const Options &options)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        FlowReadResult r;
        r.readError = Tr::tr("cannot read %1: %2").arg(fileName, file.errorString());
        return r;
    }
    return read(file.readAll(), options);
}

QByteArray FlowCodec::write(const Flow &flow)
{
    Writer w;
    w.beginObject();
    w.key("format");
    w.string(formatName());
    w.key("version");
    w.integer(formatVersion);
    w.key("campaigns");
    w.beginArray();
    for (const Campaign &c : flow.campaigns) {
        w.element();
        writeCampaign(w, c);
    }
    w.endArray();
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

QJsonObject FlowCodec::onOutcomeToJson(const QMap<QString, OutcomeAction> &onOutcome)
{
    QJsonObject o;
    for (auto it = onOutcome.cbegin(); it != onOutcome.cend(); ++it) {
        const OutcomeAction &a = it.value();
        switch (a.kind) {
        case OutcomeAction::Kind::Goto:
            o.insert(it.key(), QJsonObject{{u"goto"_s, a.gotoStep}});
            break;
        case OutcomeAction::Kind::Exit:
            o.insert(it.key(), QJsonObject{{u"exit"_s, a.exitReason}});
            break;
        case OutcomeAction::Kind::Retry:
            o.insert(it.key(),
                     QJsonObject{{u"retry"_s,
                                  QJsonObject{{u"after_minutes"_s, a.retryAfterMinutes},
                                              {u"max_attempts"_s, a.retryMaxAttempts}}}});
            break;
        case OutcomeAction::Kind::Handoff:
            o.insert(it.key(), QJsonObject{{u"handoff"_s, a.handoff}});
            break;
        }
    }
    return o;
}

QJsonObject FlowCodec::onExitToJson(const QMap<QString, QString> &onExit)
{
    QJsonObject o;
    for (const QString &reason : Vocabulary::exitReasons())
        o.insert(reason, onExit.contains(reason) ? QJsonValue(onExit.value(reason)) : QJsonValue());
    return o;
}

QJsonObject FlowCodec::sendWindowToJson(const SendWindow &window)
{
    return {{u"days"_s, QJsonArray::fromStringList(window.days)},
            {u"start"_s, window.start},
            {u"end"_s, window.end}};
}

QJsonObject FlowCodec::stepToJson(const Step &s)
{
    QJsonObject o{{u"step_number"_s, s.stepNumber},
                  {u"delay_days"_s, s.delayDays},
                  {u"channel"_s, s.channel},
                  {u"content_type"_s, s.contentType},
                  {u"template_instructions"_s, s.templateInstructions}};
    if (s.delayMinutes != 0)
        o.insert(u"delay_minutes"_s, s.delayMinutes);
    if (!s.handler.isEmpty())
        o.insert(u"handler"_s, s.handler);
    if (s.review)
        o.insert(u"review"_s, *s.review);
    if (!s.onOutcome.isEmpty())
        o.insert(u"on_outcome"_s, onOutcomeToJson(s.onOutcome));
    return o;
}

QJsonObject FlowCodec::campaignToJson(const Campaign &c)
{
    QJsonObject o{{u"slug"_s, c.slug},
                  {u"name"_s, c.name},
                  {u"client_id"_s, c.clientId},
                  {u"type"_s, c.type},
                  {u"owner_role"_s, c.ownerRole},
                  {u"status"_s, c.status},
                  {u"on_exit"_s, onExitToJson(c.onExit)},
                  {u"no_engagement_after_days"_s, c.noEngagementAfterDays}};
    if (c.gate)
        o.insert(u"gate"_s, true);
    if (!c.review)
        o.insert(u"review"_s, false);
    if (c.drafter != u"template")
        o.insert(u"drafter"_s, c.drafter);
    if (c.sendWindow)
        o.insert(u"send_window"_s, sendWindowToJson(*c.sendWindow));
    QJsonArray steps;
    for (const Step &s : c.steps)
        steps.append(stepToJson(s));
    o.insert(u"steps"_s, steps);
    if (c.layout)
        o.insert(u"layout"_s, QJsonObject{{u"x"_s, c.layout->x()}, {u"y"_s, c.layout->y()}});
    return o;
}

} // namespace Touchline
