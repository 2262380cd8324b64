// Flow JSON v1: round trips, every validator error and warning class with its path, bad input.
#include "demoflows.h"
#include "flowcodec.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

// A small valid flow to break in one place per test row.
QJsonObject validRoot()
{
    const QJsonObject step1{
        {u"step_number"_s, 1},
        {u"delay_days"_s, 0},
        {u"channel"_s, u"email"_s},
        {u"content_type"_s, u"follow_up"_s},
        {u"template_instructions"_s, u"Say hello to {{first_name}}."_s},
        {u"on_outcome"_s, QJsonObject{{u"replied"_s, QJsonObject{{u"exit"_s, u"converted"_s}}}}}};
    const QJsonObject step2{{u"step_number"_s, 2},
                            {u"delay_days"_s, 2},
                            {u"channel"_s, u"voice"_s},
                            {u"handler"_s, u"ivr"_s},
                            {u"content_type"_s, u"call"_s},
                            {u"template_instructions"_s, u"Call them."_s}};
    const QJsonObject a{{u"slug"_s, u"alpha"_s},
                        {u"name"_s, u"Alpha"_s},
                        {u"client_id"_s, u"acme"_s},
                        {u"type"_s, u"membership"_s},
                        {u"owner_role"_s, u"roles.bdr"_s},
                        {u"on_exit"_s, QJsonObject{{u"converted"_s, u"beta"_s}}},
                        {u"steps"_s, QJsonArray{step1, step2}}};
    const QJsonObject b{{u"slug"_s, u"beta"_s},
                        {u"name"_s, u"Beta"_s},
                        {u"client_id"_s, u"acme"_s},
                        {u"type"_s, u"membership"_s},
                        {u"owner_role"_s, u"roles.sales"_s},
                        {u"steps"_s, QJsonArray{step1}}};
    return {
        {u"format"_s, u"touchline-flow"_s}, {u"version"_s, 1}, {u"campaigns"_s, QJsonArray{a, b}}};
}

// Sets the value at a dotted path such as campaigns[0].steps[1].channel (undefined removes it).
QJsonValue setAt(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    const QString head = parts.takeFirst();
    const int bracket = head.indexOf(u'[');
    const QString key = bracket < 0 ? head : head.left(bracket);
    const int index = bracket < 0 ? -1 : head.mid(bracket + 1).chopped(1).toInt();
    QJsonObject o = node.toObject();
    if (index < 0) {
        if (parts.isEmpty()) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
        } else {
            o.insert(key, setAt(o.value(key), parts, value));
        }
        return o;
    }
    QJsonArray a = o.value(key).toArray();
    if (parts.isEmpty())
        a.replace(index, value);
    else
        a.replace(index, setAt(a.at(index), parts, value));
    o.insert(key, a);
    return o;
}

QJsonObject with(const QString &path, const QJsonValue &value, QJsonObject root = validRoot())
{
    return setAt(root, path.split(u'.'), value).toObject();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

bool hasIssue(const FlowReadResult &r,
              FlowIssue::Severity severity,
              const QString &path,
              const QString &fragment)
{
    for (const FlowIssue &i : r.issues) {
        if (i.severity == severity && i.path == path && i.message.contains(fragment))
            return true;
    }
    return false;
}

QString dump(const FlowReadResult &r)
{
    QStringList lines{r.readError};
    for (const FlowIssue &i : r.issues)
        lines.append((i.isError() ? u"E "_s : u"W "_s) + i.toString());
    return lines.join(u'\n');
}

} // namespace

class TestFlowCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoFlowsValidateClean();
    void demoFlowsRoundTripByteIdentical();
    void writerIsStableAndCanonical();
    void validFlowHasNoIssues();
    void reviewAndDrafter();
    void demoRenewalNeedsNoReviewForSmsAndCalls();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void externalSlugsSatisfyOnExit();
    void badInput_data();
    void badInput();
    void byteOrderMarkIsAccepted();
    void nonAsciiNamesRoundTrip();
    void twentyMegabyteFile();
    void fixtures_data();
    void fixtures();
    void lenientDecodingIsTheWriterReversed();
    void unknownActionIsLeftOutAndRefusedByTheReader();
};

void TestFlowCodec::demoFlowsValidateClean()
{
    const FlowReadResult r = DemoFlows::read();
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    QVERIFY2(r.issues.isEmpty(), qPrintable(dump(r)));
    QStringList slugs;
    for (const Campaign &c : r.flow.campaigns)
        slugs.append(c.slug);
    for (const QString &seed : {u"b2bea_world"_s,
                                u"b2bea_membership"_s,
                                u"dreamborn"_s,
                                u"b2bea_membership_close"_s,
                                u"b2bea_membership_cs"_s,
                                u"insurance_renewal"_s})
        QVERIFY2(slugs.contains(seed), qPrintable(seed));
    const Flow &f = r.flow;
    const Campaign &close = f.campaigns.at(f.indexOf(u"b2bea_membership_close"_s));
    QCOMPARE(close.onExit.value(u"converted"_s), u"b2bea_membership_cs"_s);
    QVERIFY(!close.onExit.contains(u"no_engagement"_s));
    QVERIFY(!close.onExit.contains(u"rejected"_s));
    QCOMPARE(close.ownerRole, u"roles.sales"_s);
    QSet<QString> contentTypes;
    for (const Step &s : close.steps) {
        contentTypes.insert(s.contentType);
        QVERIFY(s.channel == u"email" || s.channel == u"linkedin");
    }
    for (const QString &t : {u"follow_up"_s,
                             u"proof"_s,
                             u"boss_arming"_s,
                             u"campaign_visibility"_s,
                             u"personal_visibility"_s,
                             u"marketing_relief"_s,
                             u"close"_s,
                             u"exit"_s})
        QVERIFY2(contentTypes.contains(t), qPrintable(t));
    const Campaign &membership = f.campaigns.at(f.indexOf(u"b2bea_membership"_s));
    QVERIFY(membership.gate);
    QCOMPARE(membership.onExit.value(u"converted"_s), u"b2bea_membership_close"_s);
    QVERIFY(f.campaigns.at(f.indexOf(u"dreamborn"_s)).gate);
    QVERIFY(f.campaigns.at(f.indexOf(u"dreamborn"_s)).onExit.isEmpty());
    QVERIFY(!f.campaigns.at(f.indexOf(u"b2bea_world"_s)).gate);

    const Campaign &renewal = f.campaigns.at(f.indexOf(u"insurance_renewal"_s));
    const Step &call = renewal.steps.at(0);
    QCOMPARE(call.channel, u"voice"_s);
    QCOMPARE(call.onOutcome.value(u"live_answer"_s), OutcomeAction::makeHandoff(u"human_agent"_s));
    QCOMPARE(call.onOutcome.value(u"busy"_s).kind, OutcomeAction::Kind::Retry);
    const int voicebot = call.onOutcome.value(u"answering_machine"_s).gotoStep;
    QCOMPARE(renewal.steps.at(voicebot - 1).handler, u"voicebot"_s);
    const int sms = call.onOutcome.value(u"no_answer"_s).gotoStep;
    QCOMPARE(renewal.steps.at(sms - 1).channel, u"sms"_s);
    QVERIFY(renewal.steps.at(sms - 1).templateInstructions.contains(u"{{renewal_link}}"_s));
}

void TestFlowCodec::demoFlowsRoundTripByteIdentical()
{
    const QByteArray original = DemoFlows::bytes();
    QVERIFY(!original.isEmpty());
    const FlowReadResult r = FlowCodec::read(original);
    QVERIFY(r.ok());
    QCOMPARE(FlowCodec::write(r.flow), original);
}

void TestFlowCodec::writerIsStableAndCanonical()
{
    const FlowReadResult r = FlowCodec::read(bytesOf(validRoot()));
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    const QByteArray once = FlowCodec::write(r.flow);
    const FlowReadResult again = FlowCodec::read(once);
    QVERIFY(again.ok());
    QCOMPARE(again.flow, r.flow);
    QCOMPARE(FlowCodec::write(again.flow), once);
    QVERIFY(once.startsWith("{\n  \"format\": \"touchline-flow\",\n  \"version\": 1,\n"));
    QVERIFY(once.contains("\n    {\n      \"slug\": \"alpha\",\n      \"name\": \"Alpha\",\n"));
    QVERIFY(once.contains("\"on_exit\": {\n        \"converted\": \"beta\",\n        "
                          "\"no_engagement\": null,\n        \"rejected\": null\n      }"));
    QVERIFY(once.endsWith("}\n"));
}

void TestFlowCodec::validFlowHasNoIssues()
{
    const FlowReadResult r = FlowCodec::read(bytesOf(validRoot()));
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    QVERIFY2(r.issues.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(r.flow.campaigns.size(), 2);
    QCOMPARE(r.flow.campaigns.at(0).steps.at(1).handler, u"ivr"_s);
}

// review and drafter are optional: absent means review and Touchline's templates, and the
// canonical writer leaves the defaults out, so version 1 files without them stay identical.
void TestFlowCodec::reviewAndDrafter()
{
    const FlowReadResult plain = FlowCodec::read(bytesOf(validRoot()));
    QVERIFY2(plain.ok(), qPrintable(dump(plain)));
    const Campaign &a = plain.flow.campaigns.at(0);
    QVERIFY(a.review);
    QCOMPARE(a.drafter, u"template"_s);
    QVERIFY(!a.steps.at(0).review.has_value());
    QVERIFY(a.steps.at(0).needsReview(a.review));
    QVERIFY(!FlowCodec::write(plain.flow).contains("\"review\""));
    QVERIFY(!FlowCodec::write(plain.flow).contains("\"drafter\""));

    QJsonObject root = with(u"campaigns[0].review"_s, false);
    root = with(u"campaigns[0].drafter"_s, u"external"_s, root);
    root = with(u"campaigns[0].steps[0].review"_s, true, root);
    root = with(u"campaigns[1].steps[0].review"_s, false, root);
    const FlowReadResult r = FlowCodec::read(bytesOf(root));
    QVERIFY2(r.ok() && r.issues.isEmpty(), qPrintable(dump(r)));
    const Campaign &x = r.flow.campaigns.at(0);
    QVERIFY(!x.review);
    QCOMPARE(x.drafter, u"external"_s);
    QCOMPARE(x.steps.at(0).review, std::optional<bool>(true));
    QVERIFY(x.steps.at(0).needsReview(x.review));
    QVERIFY(!x.steps.at(1).needsReview(x.review)); // the campaign's
    const Campaign &y = r.flow.campaigns.at(1);
    QVERIFY(!y.steps.at(0).needsReview(y.review));

    // The writer keeps what was set, and reading it back gives the same flow.
    const QByteArray written = FlowCodec::write(r.flow);
    const FlowReadResult again = FlowCodec::read(written);
    QVERIFY2(again.ok(), qPrintable(dump(again)));
    QVERIFY(again.flow == r.flow);
    QCOMPARE(FlowCodec::write(again.flow), written);
    QVERIFY(written.contains("\"drafter\": \"external\""));
    QCOMPARE(FlowCodec::campaignToJson(x).value(u"review"_s), QJsonValue(false));
    QCOMPARE(FlowCodec::stepToJson(x.steps.at(0)).value(u"review"_s), QJsonValue(true));
    QVERIFY(!FlowCodec::stepToJson(x.steps.at(1)).contains(u"review"_s));
}

// The insurance renewal's SMS and calls go out as they fire; its email still waits for review.
void TestFlowCodec::demoRenewalNeedsNoReviewForSmsAndCalls()
{
    const FlowReadResult r = DemoFlows::read();
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    const Campaign &c = r.flow.campaigns.at(r.flow.indexOf(u"insurance_renewal"_s));
    for (const Step &s : c.steps)
        QCOMPARE(s.needsReview(c.review), s.channel == u"email");
}

void TestFlowCodec::errors_data()
{
    QTest::addColumn<QJsonObject>("root");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    const auto step = [](int i, const QString &field) {
        return u"campaigns[0].steps[%1].%2"_s.arg(i).arg(field);
    };
    QTest::addRow("unknown format")
        << with(u"format"_s, u"other-flow"_s) << u"format"_s << u"unknown format \"other-flow\""_s;
    QTest::addRow("unknown version")
        << with(u"version"_s, 2) << u"version"_s << u"unsupported version 2"_s;
    QTest::addRow("missing format")
        << with(u"format"_s, QJsonValue::Undefined) << u"format"_s << u"missing required field"_s;
    QTest::addRow("missing campaigns") << with(u"campaigns"_s, QJsonValue::Undefined)
                                       << u"campaigns"_s << u"missing required field"_s;
    QTest::addRow("missing name") << with(u"campaigns[1].name"_s, QJsonValue::Undefined)
                                  << u"campaigns[1].name"_s << u"missing required field"_s;
    QTest::addRow("empty client_id") << with(u"campaigns[0].client_id"_s, u"  "_s)
                                     << u"campaigns[0].client_id"_s << u"must not be empty"_s;
    QTest::addRow("empty steps") << with(u"campaigns[1].steps"_s, QJsonArray())
                                 << u"campaigns[1].steps"_s << u"at least one step"_s;
    QTest::addRow("missing template_instructions")
        << with(step(1, u"template_instructions"_s), QJsonValue::Undefined)
        << step(1, u"template_instructions"_s) << u"missing required field"_s;
    QTest::addRow("wrong type: name") << with(u"campaigns[0].name"_s, 42) << u"campaigns[0].name"_s
                                      << u"expected a string, got a number"_s;
    QTest::addRow("wrong type: delay_days")
        << with(step(1, u"delay_days"_s), u"2"_s) << step(1, u"delay_days"_s)
        << u"expected an integer, got a string"_s;
    QTest::addRow("wrong type: fractional delay")
        << with(step(1, u"delay_days"_s), 1.5) << step(1, u"delay_days"_s)
        << u"expected an integer"_s;
    QTest::addRow("wrong type: steps") << with(u"campaigns[0].steps"_s, QJsonObject())
                                       << u"campaigns[0].steps"_s << u"expected an array"_s;
    QTest::addRow("wrong type: gate") << with(u"campaigns[0].gate"_s, u"yes"_s)
                                      << u"campaigns[0].gate"_s << u"expected a boolean"_s;
    QTest::addRow("wrong type: campaign")
        << with(u"campaigns[1]"_s, u"beta"_s) << u"campaigns[1]"_s << u"expected an object"_s;
    QTest::addRow("bad slug") << with(u"campaigns[0].slug"_s, u"Alpha-1"_s)
                              << u"campaigns[0].slug"_s << u"must match ^[a-z0-9_]+$"_s;
    QTest::addRow("duplicate slug")
        << with(u"campaigns[1].slug"_s, u"alpha"_s) << u"campaigns[1].slug"_s
        << u"\"alpha\" is already used by campaigns[0]"_s;
    QTest::addRow("unknown on_exit key")
        << with(u"campaigns[0].on_exit"_s, QJsonObject{{u"won"_s, u"beta"_s}})
        << u"campaigns[0].on_exit.won"_s << u"unknown exit reason \"won\""_s;
    QTest::addRow("on_exit target missing")
        << with(u"campaigns[0].on_exit"_s, QJsonObject{{u"rejected"_s, u"gamma"_s}})
        << u"campaigns[0].on_exit.rejected"_s << u"\"gamma\" is not a campaign in this file"_s;
    QTest::addRow("step numbers not 1..n") << with(step(1, u"step_number"_s), 3)
                                           << step(1, u"step_number"_s) << u"expected 2, got 3"_s;
    QTest::addRow("negative delay") << with(step(1, u"delay_days"_s), -1)
                                    << step(1, u"delay_days"_s) << u"must not be negative"_s;
    QTest::addRow("negative delay_minutes")
        << with(step(1, u"delay_minutes"_s), -5) << step(1, u"delay_minutes"_s)
        << u"must not be negative"_s;
    {
        QJsonObject root = with(step(0, u"delay_days"_s), 3);
        QTest::addRow("decreasing delays")
            << root << step(1, u"delay_days"_s) << u"delays must not decrease"_s;
        root = with(step(0, u"delay_days"_s), 2);
        root = with(step(0, u"delay_minutes"_s), 30, root);
        QTest::addRow("decreasing minutes on the same day")
            << root << step(1, u"delay_days"_s) << u"(day 2, +0 min) is due before"_s;
    }
    QTest::addRow("unknown channel") << with(step(0, u"channel"_s), u"fax"_s)
                                     << step(0, u"channel"_s) << u"unknown channel \"fax\""_s;
    QTest::addRow("unknown type") << with(u"campaigns[0].type"_s, u"webinar"_s)
                                  << u"campaigns[0].type"_s
                                  << u"unknown campaign type \"webinar\""_s;
    QTest::addRow("unknown owner_role")
        << with(u"campaigns[0].owner_role"_s, u"roles.ceo"_s) << u"campaigns[0].owner_role"_s
        << u"unknown owner_role \"roles.ceo\""_s;
    QTest::addRow("unknown status") << with(u"campaigns[0].status"_s, u"running"_s)
                                    << u"campaigns[0].status"_s << u"unknown status \"running\""_s;
    QTest::addRow("unknown outcome")
        << with(step(0, u"on_outcome"_s), QJsonObject{{u"busy"_s, QJsonObject{{u"goto"_s, 2}}}})
        << step(0, u"on_outcome.busy"_s) << u"unknown outcome \"busy\" for channel email"_s;
    QTest::addRow("goto missing step")
        << with(step(0, u"on_outcome"_s), QJsonObject{{u"replied"_s, QJsonObject{{u"goto"_s, 9}}}})
        << step(0, u"on_outcome.replied.goto"_s) << u"goto to missing step 9"_s;
    QTest::addRow("handler on non-voice")
        << with(step(0, u"handler"_s), u"ivr"_s) << step(0, u"handler"_s)
        << u"only for voice steps, this step's channel is email"_s;
    QTest::addRow("unknown handler") << with(step(1, u"handler"_s), u"robot"_s)
                                     << step(1, u"handler"_s) << u"unknown handler \"robot\""_s;
    QTest::addRow("gate outside roles.bdr")
        << with(u"campaigns[1].gate"_s, true) << u"campaigns[1].gate"_s
        << u"only for roles.bdr campaigns"_s;
    QTest::addRow("two actions") << with(step(0, u"on_outcome.replied"_s),
                                         QJsonObject{{u"goto"_s, 2}, {u"exit"_s, u"converted"_s}})
                                 << step(0, u"on_outcome.replied"_s) << u"exactly one of goto"_s;
    QTest::addRow("unknown exit reason in action")
        << with(step(0, u"on_outcome.replied"_s), QJsonObject{{u"exit"_s, u"won"_s}})
        << step(0, u"on_outcome.replied.exit"_s) << u"unknown exit reason \"won\""_s;
    QTest::addRow("retry without max_attempts") << with(
        step(1, u"on_outcome"_s),
        QJsonObject{{u"busy"_s, QJsonObject{{u"retry"_s, QJsonObject{{u"after_minutes"_s, 30}}}}}})
                                                << step(1, u"on_outcome.busy.retry.max_attempts"_s)
                                                << u"missing required field"_s;
    QTest::addRow("retry of sit_uncallable") << with(
        step(1, u"on_outcome"_s),
        QJsonObject{{u"sit_uncallable"_s,
                     QJsonObject{{u"retry"_s,
                                  QJsonObject{{u"after_minutes"_s, 30}, {u"max_attempts"_s, 2}}}}}})
                                             << step(1, u"on_outcome.sit_uncallable.retry"_s)
                                             << u"never redialled"_s;
    QTest::addRow("unknown handoff")
        << with(step(1, u"on_outcome"_s),
                QJsonObject{{u"live_answer"_s, QJsonObject{{u"handoff"_s, u"manager"_s}}}})
        << step(1, u"on_outcome.live_answer.handoff"_s) << u"unknown handoff target \"manager\""_s;
    QTest::addRow("bad send window time")
        << with(u"campaigns[0].send_window"_s,
                QJsonObject{{u"days"_s, QJsonArray{u"mon"_s}},
                            {u"start"_s, u"9am"_s},
                            {u"end"_s, u"17:00"_s}})
        << u"campaigns[0].send_window.start"_s << u"expected a time as HH:MM"_s;
    QTest::addRow("send window ends before it starts")
        << with(u"campaigns[0].send_window"_s,
                QJsonObject{{u"days"_s, QJsonArray{u"mon"_s}},
                            {u"start"_s, u"17:00"_s},
                            {u"end"_s, u"09:00"_s}})
        << u"campaigns[0].send_window.end"_s << u"must end after it starts"_s;
    QTest::addRow("unknown send window day")
        << with(u"campaigns[0].send_window"_s,
                QJsonObject{{u"days"_s, QJsonArray{u"mon"_s, u"funday"_s}},
                            {u"start"_s, u"09:00"_s},
                            {u"end"_s, u"17:00"_s}})
        << u"campaigns[0].send_window.days[1]"_s << u"unknown day \"funday\""_s;
    QTest::addRow("negative no_engagement_after_days")
        << with(u"campaigns[0].no_engagement_after_days"_s, -2)
        << u"campaigns[0].no_engagement_after_days"_s << u"must not be negative"_s;
    QTest::addRow("wrong type: campaign review")
        << with(u"campaigns[0].review"_s, u"no"_s) << u"campaigns[0].review"_s
        << u"expected a boolean, got a string"_s;
    QTest::addRow("wrong type: step review")
        << with(step(1, u"review"_s), 0) << step(1, u"review"_s)
        << u"expected a boolean, got a number"_s;
    QTest::addRow("unknown drafter") << with(u"campaigns[1].drafter"_s, u"robot"_s)
                                     << u"campaigns[1].drafter"_s << u"unknown drafter \"robot\""_s;
    QTest::addRow("wrong type: drafter") << with(u"campaigns[1].drafter"_s, true)
                                         << u"campaigns[1].drafter"_s << u"expected a string"_s;
    QTest::addRow("layout not numbers")
        << with(u"campaigns[0].layout"_s, QJsonObject{{u"x"_s, u"a"_s}, {u"y"_s, 1}})
        << u"campaigns[0].layout.x"_s << u"expected a number"_s;
}

void TestFlowCodec::errors()
{
    QFETCH(QJsonObject, root);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const FlowReadResult r = FlowCodec::read(bytesOf(root));
    QCOMPARE(r.status, FlowReadResult::Status::Invalid);
    QVERIFY(r.flow.campaigns.isEmpty());
    QVERIFY2(hasIssue(r, FlowIssue::Severity::Error, path, fragment), qPrintable(dump(r)));
    // Every message carries its path in front, as the command line prints it.
    for (const FlowIssue &i : r.errors())
        QVERIFY(i.toString().startsWith(i.path));
}

void TestFlowCodec::warnings_data()
{
    QTest::addColumn<QJsonObject>("root");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("on_exit cycle")
        << with(u"campaigns[1].on_exit"_s, QJsonObject{{u"rejected"_s, u"alpha"_s}})
        << u"campaigns[1].on_exit.rejected"_s << u"cycle: alpha -> beta -> alpha"_s;
    QTest::addRow("self loop") << with(u"campaigns[1].on_exit"_s,
                                       QJsonObject{{u"no_engagement"_s, u"beta"_s}})
                               << u"campaigns[1].on_exit.no_engagement"_s
                               << u"cycle: beta -> beta"_s;
    {
        // Every email outcome of step 1 exits, so step 2 can never be reached.
        QJsonObject allExit;
        for (const QString &o : {u"sent"_s, u"replied"_s, u"bounced"_s, u"no_reply"_s})
            allExit.insert(o, QJsonObject{{u"exit"_s, u"no_engagement"_s}});
        QTest::addRow("unreachable step")
            << with(u"campaigns[0].steps[0].on_outcome"_s, allExit) << u"campaigns[0].steps[1]"_s
            << u"step 2 is unreachable"_s;
    }
    QTest::addRow("unknown field") << with(u"campaigns[0].colour"_s, u"blue"_s)
                                   << u"campaigns[0].colour"_s << u"unknown field"_s;
}

void TestFlowCodec::warnings()
{
    QFETCH(QJsonObject, root);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const FlowReadResult r = FlowCodec::read(bytesOf(root));
    QVERIFY2(r.ok(), qPrintable(dump(r))); // warnings leave the flow valid
    QVERIFY2(hasIssue(r, FlowIssue::Severity::Warning, path, fragment), qPrintable(dump(r)));
}

void TestFlowCodec::externalSlugsSatisfyOnExit()
{
    const QJsonObject root
        = with(u"campaigns[1].on_exit"_s, QJsonObject{{u"converted"_s, u"in_db"_s}});
    QVERIFY(!FlowCodec::read(bytesOf(root)).ok());
    FlowCodec::Options options;
    options.externalSlugs = {u"in_db"_s};
    const FlowReadResult r = FlowCodec::read(bytesOf(root), options);
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    QCOMPARE(r.flow.campaigns.at(1).onExit.value(u"converted"_s), u"in_db"_s);
}

void TestFlowCodec::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    const int unreadable = int(FlowReadResult::Status::Unreadable);
    const int invalid = int(FlowReadResult::Status::Invalid);
    const QByteArray good = bytesOf(validRoot());

    QTest::addRow("empty file") << QByteArray() << unreadable << u"the file is empty"_s;
    QTest::addRow("whitespace only")
        << QByteArray(" \n\t ") << unreadable << u"the file is empty"_s;
    QTest::addRow("not JSON") << QByteArray("format: touchline-flow\n") << unreadable
                              << u"not valid JSON at line 1"_s;
    QTest::addRow("truncated") << good.left(good.size() / 2) << unreadable
                               << u"not valid JSON at line"_s;
    QTest::addRow("error on line 3")
        << QByteArray("{\n  \"format\": \"touchline-flow\",\n  oops\n}") << unreadable
        << u"line 3, column"_s;
    QTest::addRow("an array") << QByteArray("[1, 2]") << invalid << u"got an array"_s;
    QTest::addRow("a number") << QByteArray("42") << unreadable << u"not valid JSON"_s;
    QTest::addRow("invalid UTF-8")
        << QByteArray("{\"format\": \"\xff\xfe\"}") << unreadable << u"not valid JSON"_s;
}

void TestFlowCodec::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    const FlowReadResult r = FlowCodec::read(bytes);
    QCOMPARE(int(r.status), status);
    const QString all = r.readError + dump(r);
    QVERIFY2(all.contains(fragment), qPrintable(all));
}

void TestFlowCodec::byteOrderMarkIsAccepted()
{
    const FlowReadResult r = FlowCodec::read("\xEF\xBB\xBF" + bytesOf(validRoot()));
    QVERIFY2(r.ok(), qPrintable(dump(r)));
}

void TestFlowCodec::nonAsciiNamesRoundTrip()
{
    QJsonObject root = with(u"campaigns[0].name"_s, u"Zürich Mitgliedschaft – Café ☕ 東京"_s);
    root = with(u"campaigns[0].steps[0].template_instructions"_s,
                u"Grüße an {{first_name}}; \"quoted\"\ttab\\backslash\nnew line"_s,
                root);
    const FlowReadResult r = FlowCodec::read(bytesOf(root));
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    QCOMPARE(r.flow.campaigns.at(0).name, u"Zürich Mitgliedschaft – Café ☕ 東京"_s);
    const QByteArray written = FlowCodec::write(r.flow);
    QVERIFY(written.contains(u"Zürich Mitgliedschaft – Café ☕ 東京"_s.toUtf8())); // kept as UTF-8
    const FlowReadResult back = FlowCodec::read(written);
    QVERIFY(back.ok());
    QCOMPARE(back.flow, r.flow);
    QCOMPARE(FlowCodec::write(back.flow), written);
}

void TestFlowCodec::twentyMegabyteFile()
{
    // A valid 20 MB flow: many campaigns with long instructions.
    Flow flow;
    const QString longText = QString(u"Write a short, warm note. "_s).repeated(400);
    int i = 0;
    QByteArray bytes;
    while (bytes.size() < 20 * 1024 * 1024) {
        for (int batch = 0; batch < 200; ++batch, ++i) {
            Campaign c;
            c.slug = u"c%1"_s.arg(i);
            c.name = u"Campaign %1"_s.arg(i);
            c.clientId = u"client"_s;
            c.type = u"event"_s;
            c.ownerRole = u"roles.sales"_s;
            Step s;
            s.channel = u"email"_s;
            s.contentType = u"follow_up"_s;
            s.templateInstructions = longText;
            c.steps.append(s);
            flow.campaigns.append(c);
        }
        bytes = FlowCodec::write(flow);
    }
    QVERIFY(bytes.size() >= 20 * 1024 * 1024);
    const FlowReadResult r = FlowCodec::read(bytes);
    QVERIFY2(r.ok(), qPrintable(dump(r).left(500)));
    QCOMPARE(r.flow.campaigns.size(), flow.campaigns.size());
    // And a 20 MB file with one error deep inside still names the exact place.
    const int middle = int(flow.campaigns.size() / 2);
    const QByteArray slug = "\"c" + QByteArray::number(middle) + '"';
    QVERIFY(bytes.contains(slug));
    const QByteArray broken
        = QByteArray(bytes).replace(slug, QByteArray("\"C" + QByteArray::number(middle) + '"'));
    const FlowReadResult bad = FlowCodec::read(broken);
    QVERIFY(!bad.ok());
    QVERIFY2(
        hasIssue(
            bad, FlowIssue::Severity::Error, u"campaigns[%1].slug"_s.arg(middle), u"must match"_s),
        qPrintable(dump(bad).left(500)));
}

void TestFlowCodec::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");
    QTest::addRow("valid-minimal") << u"valid-minimal.json"_s << true << QString();
    QTest::addRow("invalid-on-exit-target")
        << u"invalid-on-exit-target.json"_s << false << u"campaigns[1].on_exit.converted"_s;
    QTest::addRow("invalid-wrong-types")
        << u"invalid-wrong-types.json"_s << false << u"campaigns[0].steps[0].delay_days"_s;
}

void TestFlowCodec::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    const FlowReadResult r = FlowCodec::readFile(QStringLiteral(TOUCHLINE_FIXTURES) + u'/' + file);
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        bool found = false;
        for (const FlowIssue &i : r.errors())
            found = found || i.path == expected;
        QVERIFY2(found, qPrintable(dump(r)));
    }
}

void TestFlowCodec::lenientDecodingIsTheWriterReversed()
{
    // What the writer makes of every demo campaign, the lenient way back gives the same campaign.
    const FlowReadResult r = FlowCodec::read(DemoFlows::bytes());
    QVERIFY(r.ok());
    for (const Campaign &c : r.flow.campaigns) {
        QCOMPARE(FlowCodec::campaignFromJson(FlowCodec::campaignToJson(c)), c);
        for (const Step &s : c.steps)
            QCOMPARE(FlowCodec::stepFromJson(FlowCodec::stepToJson(s)), s);
        if (c.sendWindow) {
            QCOMPARE(FlowCodec::sendWindowFromJson(FlowCodec::sendWindowToJson(*c.sendWindow)),
                     c.sendWindow);
        }
    }
}

void TestFlowCodec::unknownActionIsLeftOutAndRefusedByTheReader()
{
    // One rule for every reader of stored flow JSON (the designer's snapshots, the engine's
    // steps, old revisions): a value that names no action, or two, routes nowhere.
    const QJsonObject onOutcome{
        {u"replied"_s, QJsonObject{{u"exit"_s, u"converted"_s}}},
        {u"bounced"_s, QJsonObject{{u"teleport"_s, 3}}},
        {u"no_reply"_s, QJsonObject{{u"goto"_s, 1}, {u"exit"_s, u"rejected"_s}}},
        {u"sent"_s, QJsonObject{}}};
    const QMap<QString, OutcomeAction> decoded = FlowCodec::onOutcomeFromJson(onOutcome);
    QCOMPARE(decoded.keys(), QStringList{u"replied"_s});
    QCOMPARE(decoded.value(u"replied"_s), OutcomeAction::makeExit(u"converted"_s));
    QVERIFY(!FlowCodec::actionFromJson(QJsonObject{{u"teleport"_s, 3}}));
    QCOMPARE(*FlowCodec::actionFromJson(QJsonObject{
                 {u"retry"_s, QJsonObject{{u"after_minutes"_s, 30}, {u"max_attempts"_s, 3}}}}),
             OutcomeAction::makeRetry(30, 3));
    // A file with the same value is refused, naming where.
    QJsonObject root = validRoot();
    QJsonArray campaigns = root.value(u"campaigns"_s).toArray();
    QJsonObject campaign = campaigns.at(0).toObject();
    QJsonArray steps = campaign.value(u"steps"_s).toArray();
    QJsonObject step = steps.at(0).toObject();
    step.insert(u"on_outcome"_s, QJsonObject{{u"bounced"_s, QJsonObject{{u"teleport"_s, 3}}}});
    steps.replace(0, step);
    campaign.insert(u"steps"_s, steps);
    campaigns.replace(0, campaign);
    root.insert(u"campaigns"_s, campaigns);
    const FlowReadResult r = FlowCodec::read(bytesOf(root));
    QVERIFY(!r.ok());
    QVERIFY2(r.errors().constFirst().path.startsWith(u"campaigns[0].steps[0].on_outcome.bounced"_s),
             qPrintable(r.errors().constFirst().path));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestFlowCodec tc;
    return Touchline::Test::runTests(&tc, argc, argv, false);
}

#include "tst_flowcodec.moc"
