// The flow document: every edit is one undo step that restores the exact JSON, drags merge,
// bulk paste and delete are single steps, and validation lands on campaigns and steps.
#include "demoflows.h"
#include "flowcodec.h"
#include "flowdocument.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Touchline;
using namespace Qt::StringLiterals;
using Id = FlowDocument::Id;

namespace {

// The demo's campaigns `copies` times over, each copy routing within itself: about a thousand
// campaigns for copies = 170, where one validation pass takes a noticeable time.
Flow manyCampaigns(const Flow &demo, int copies)
{
    Flow flow;
    for (int i = 0; i < copies; ++i) {
        for (Campaign c : demo.campaigns) {
            const QString suffix = u"_%1"_s.arg(i);
            c.slug += suffix;
            for (auto it = c.onExit.begin(); it != c.onExit.end(); ++it) {
                if (!it->isEmpty())
                    *it += suffix;
            }
            flow.campaigns.append(c);
        }
    }
    return flow;
}

// The campaigns the issues' errors are about, by slug.
QSet<QString> erroneous(const FlowDocument &doc)
{
    QSet<QString> out;
    for (const FlowDocument::Issue &i : doc.issues()) {
        if (i.issue.isError() && doc.campaign(i.campaign))
            out.insert(doc.campaign(i.campaign)->slug);
    }
    return out;
}

} // namespace

class TestFlowDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jsonSnapshotsDecodeExactly();
    void loadingChangesNothing();
    void undoAndRedoRestoreTheExactJson();
    void movesOfOneDragMergeIntoOneStep();
    void pasteIsOneStepWithFreshSlugs();
    void deleteIsOneStepAndClearsRoutesToIt();
    void renamingASlugCarriesTheRoutes();
    void removingAStepRenumbersAndFixesGotos();
    void validationNamesCampaignsAndSteps();
    void dirtyFollowsTheCleanState();
    void quickEditsReportOnlyTheLatestValidation();
    void validationLeavesTheEventLoopRunning();
    void routeRulesLiveInTheDocument();

private:
    FlowDocument m_doc;
    Flow m_demo;
};

void TestFlowDocument::init()
{
    const FlowReadResult demo = DemoFlows::read();
    QVERIFY(demo.ok());
    m_demo = demo.flow;
    m_doc.setFlow(m_demo);
}

void TestFlowDocument::jsonSnapshotsDecodeExactly()
{
    for (const Campaign &c : std::as_const(m_demo.campaigns))
        QCOMPARE(FlowCodec::campaignFromJson(FlowCodec::campaignToJson(c)), c);
}

void TestFlowDocument::loadingChangesNothing()
{
    QCOMPARE(m_doc.toJson(), FlowCodec::write(m_demo));
    QCOMPARE(m_doc.toJson(), DemoFlows::bytes());
    QVERIFY(!m_doc.isDirty());
    QCOMPARE(m_doc.undoStack()->count(), 0);
}

void TestFlowDocument::undoAndRedoRestoreTheExactJson()
{
    QVector<QByteArray> states{m_doc.toJson()};
    auto record = [&] {
        states.append(m_doc.toJson());
    };

    const Id world = m_doc.idForSlug(u"b2bea_world"_s);
    const Id dreamborn = m_doc.idForSlug(u"dreamborn"_s);
    QVERIFY(m_doc.setExitRoute(world, u"no_engagement"_s, u"dreamborn"_s));
    record();
    Campaign renamed = *m_doc.campaign(dreamborn);
    renamed.slug = u"dreamborn_eu"_s;
    renamed.name = u"Dreamborn Europe"_s;
    QVERIFY(m_doc.updateCampaign(dreamborn, renamed, u"rename"_s));
    record();
    QVERIFY(m_doc.addStep(world, Step{0, 3, 30, u"sms"_s, u"nudge"_s, u"Hi"_s, {}, {}}) >= 0);
    record();
    QVERIFY(m_doc.setOutcome(world, 0, u"replied"_s, OutcomeAction::makeGoto(3)));
    record();
    QVERIFY(m_doc.removeSteps(world, {1}));
    record();
    m_doc.moveCampaigns({{world, QPointF(500, 900)}, {dreamborn, QPointF(900, 900)}}, 7);
    record();
    m_doc.addCampaigns({m_demo.campaigns.at(0), m_demo.campaigns.at(1)}, u"paste"_s);
    record();
    m_doc.removeCampaigns({m_doc.idForSlug(u"b2bea_membership_close"_s), world});
    record();
    QCOMPARE(m_doc.undoStack()->count(), states.size() - 1);

    for (int i = int(states.size()) - 2; i >= 0; --i) {
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.toJson(), states.at(i));
    }
    QVERIFY(!m_doc.isDirty());
    for (int i = 1; i < states.size(); ++i) {
        m_doc.undoStack()->redo();
        QCOMPARE(m_doc.toJson(), states.at(i));
    }
    // Every state in between is a valid flow again after undo (the codec reads it back).
    for (const QByteArray &s : std::as_const(states))
        QCOMPARE(FlowCodec::write(FlowCodec::read(s).flow), s);
}

void TestFlowDocument::movesOfOneDragMergeIntoOneStep()
{
    const QByteArray before = m_doc.toJson();
    const Id id = m_doc.idForSlug(u"dreamborn"_s);
    QSignalSpy moved(&m_doc, &FlowDocument::layoutChanged);
    for (int i = 1; i <= 5; ++i)
        m_doc.moveCampaigns({{id, QPointF(100 + 20 * i, 500)}}, 1);
    QCOMPARE(moved.count(), 5);
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QCOMPARE(m_doc.campaign(id)->layout, std::optional<QPointF>(QPointF(200, 500)));
    m_doc.moveCampaigns({{id, QPointF(400, 500)}}, 2); // the next drag
    QCOMPARE(m_doc.undoStack()->count(), 2);
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.toJson(), before);
}

void TestFlowDocument::pasteIsOneStepWithFreshSlugs()
{
    const QByteArray before = m_doc.toJson();
    QSignalSpy added(&m_doc, &FlowDocument::campaignAdded);
    const QVector<Id> ids
        = m_doc.addCampaigns({m_demo.campaigns.at(0), m_demo.campaigns.at(1)}, u"paste"_s);
    QCOMPARE(added.count(), 2);
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QCOMPARE(m_doc.campaign(ids.at(0))->slug, u"b2bea_membership_copy"_s);
    QCOMPARE(m_doc.campaign(ids.at(1))->slug, u"b2bea_membership_close_copy"_s);
    // The route between the pasted campaigns follows the copies.
    QCOMPARE(m_doc.campaign(ids.at(0))->onExit.value(u"converted"_s),
             u"b2bea_membership_close_copy"_s);
    m_doc.validateNow();
    QCOMPARE(m_doc.errorCount(), 0);
    m_doc.addCampaigns({m_demo.campaigns.at(0)}, u"paste"_s);
    QCOMPARE(m_doc.flow().campaigns.constLast().slug, u"b2bea_membership_copy_2"_s);
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.toJson(), before);
}

void TestFlowDocument::deleteIsOneStepAndClearsRoutesToIt()
{
    const QByteArray before = m_doc.toJson();
    const Id close = m_doc.idForSlug(u"b2bea_membership_close"_s);
    const Id cs = m_doc.idForSlug(u"b2bea_membership_cs"_s);
    m_doc.removeCampaigns({close, cs});
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QCOMPARE(m_doc.campaignCount(), 4);
    QVERIFY(m_doc.campaign(m_doc.idForSlug(u"b2bea_membership"_s))->onExit.isEmpty());
    m_doc.validateNow();
    QCOMPARE(m_doc.errorCount(), 0);
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.toJson(), before);
    QCOMPARE(m_doc.idForSlug(u"b2bea_membership_close"_s), close); // same identity back
}

void TestFlowDocument::renamingASlugCarriesTheRoutes()
{
    const Id close = m_doc.idForSlug(u"b2bea_membership_close"_s);
    Campaign c = *m_doc.campaign(close);
    c.slug = u"close_deal"_s;
    QSignalSpy slugs(&m_doc, &FlowDocument::slugChanged);
    QVERIFY(m_doc.updateCampaign(close, c, u"rename"_s));
    QCOMPARE(slugs.count(), 1);
    QCOMPARE(m_doc.campaign(m_doc.idForSlug(u"b2bea_membership"_s))->onExit.value(u"converted"_s),
             u"close_deal"_s);
    QCOMPARE(m_doc.idForSlug(u"close_deal"_s), close);
    QCOMPARE(m_doc.idForSlug(u"b2bea_membership_close"_s), Id(0));
    QCOMPARE(m_doc.undoStack()->count(), 1);
}

void TestFlowDocument::removingAStepRenumbersAndFixesGotos()
{
    const Id renewal = m_doc.idForSlug(u"insurance_renewal"_s);
    QVERIFY(m_doc.removeSteps(renewal, {1})); // step 2, the voicemail
    const Campaign *c = m_doc.campaign(renewal);
    QCOMPARE(c->steps.size(), 4);
    for (int i = 0; i < c->steps.size(); ++i)
        QCOMPARE(c->steps.at(i).stepNumber, i + 1);
    // answering_machine went to step 2, now gone; no_answer went to 3, now 2.
    QVERIFY(!c->steps.at(0).onOutcome.contains(u"answering_machine"_s));
    QCOMPARE(c->steps.at(0).onOutcome.value(u"no_answer"_s), OutcomeAction::makeGoto(2));
    m_doc.validateNow();
    QCOMPARE(m_doc.errorCount(), 0);
}

void TestFlowDocument::validationNamesCampaignsAndSteps()
{
    const Id world = m_doc.idForSlug(u"b2bea_world"_s);
    Campaign c = *m_doc.campaign(world);
    c.steps[2].channel = u"fax"_s;
    c.onExit.insert(u"converted"_s, u"nowhere"_s);
    QVERIFY(m_doc.updateCampaign(world, c, u"break"_s));
    QSignalSpy validated(&m_doc, &FlowDocument::validated);
    QVERIFY(validated.wait(2000)); // live validation runs shortly after an edit
    const auto issues = m_doc.issuesFor(world);
    bool stepIssue = false;
    bool routeIssue = false;
    for (const auto &i : issues) {
        if (i.issue.isError() && i.step == 2 && i.issue.path.endsWith(u".channel"_s))
            stepIssue = true;
        if (i.issue.isError() && i.step == -1 && i.issue.path.contains(u"on_exit.converted"_s))
            routeIssue = true;
    }
    QVERIFY(stepIssue);
    QVERIFY(routeIssue);
    QCOMPARE(m_doc.errorCount(), 2);
    // Going on to the next step is a choice the author may make: an unmapped call outcome is
    // no warning.
    const FlowDocument::Id renewalId = m_doc.idForSlug(u"insurance_renewal"_s);
    const auto warningsOn = [&](const QString &suffix) {
        const auto renewal = m_doc.issuesFor(renewalId);
        return std::count_if(renewal.cbegin(), renewal.cend(), [&](const auto &i) {
            return !i.issue.isError() && i.issue.path.endsWith(suffix);
        });
    };
    QCOMPARE(warningsOn(u"on_outcome.busy"_s), 0);
    Campaign renewal = *m_doc.campaign(renewalId);
    renewal.steps[1].onOutcome.remove(u"busy"_s);
    QVERIFY(m_doc.updateCampaign(renewalId, renewal, u"unmap busy"_s));
    QVERIFY(validated.wait(2000));
    QCOMPARE(warningsOn(u"on_outcome.busy"_s), 0);
}

void TestFlowDocument::dirtyFollowsTheCleanState()
{
    QSignalSpy dirty(&m_doc, &FlowDocument::dirtyChanged);
    m_doc.setExitRoute(m_doc.idForSlug(u"dreamborn"_s), u"rejected"_s, u"b2bea_world"_s);
    QVERIFY(m_doc.isDirty());
    QCOMPARE(dirty.count(), 1);
    m_doc.undoStack()->undo();
    QVERIFY(!m_doc.isDirty());
    QCOMPARE(dirty.count(), 2);
}

void TestFlowDocument::quickEditsReportOnlyTheLatestValidation()
{
    m_doc.setFlow(manyCampaigns(m_demo, 170));
    QVERIFY(m_doc.issues().isEmpty() || erroneous(m_doc).isEmpty());
    QVector<QSet<QString>> reported;
    const auto connection = connect(
        &m_doc, &FlowDocument::validated, this, [&] { reported.append(erroneous(m_doc)); });
    // Each edit breaks one campaign's first step and mends the one before: only the last
    // campaign broken may ever be reported, however the passes and the edits interleave.
    const auto breakOnly = [&](int which) {
        for (int k : {which - 1, which}) {
            if (k < 0)
                continue;
            const Id id = m_doc.idAt(k);
            Campaign c = *m_doc.campaign(id);
            c.steps[0].channel
                = k == which ? u"fax"_s : m_demo.campaigns.at(k % 6).steps.at(0).channel;
            QVERIFY(m_doc.updateCampaign(id, c, u"edit"_s));
        }
    };
    QElapsedTimer clock;
    clock.start();
    for (int e = 0; e < 8; ++e) {
        breakOnly(e);
        // Sometimes inside the quiet period, sometimes long enough for a pass to start.
        QTest::qWait(e % 2 ? 40 : 200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_doc.isValidating(), 20000);
    disconnect(connection);
    QVERIFY(!reported.isEmpty());
    const QString last = m_doc.campaign(m_doc.idAt(7))->slug;
    QCOMPARE(reported.constLast(), QSet<QString>{last});
    // Every report showed the flow as it was then: one broken campaign, never a mended one.
    for (const QSet<QString> &r : std::as_const(reported))
        QCOMPARE(r.size(), 1);
    QVERIFY2(reported.size() < 8, qPrintable(QString::number(reported.size())));
    QCOMPARE(m_doc.issues().size(), FlowDocument::computeIssues(m_doc.flow(), m_doc.ids()).size());
}

void TestFlowDocument::validationLeavesTheEventLoopRunning()
{
    m_doc.setFlow(manyCampaigns(m_demo, 170));
    QCOMPARE(m_doc.campaignCount(), 1020);
    // A timer on the GUI thread's event loop notes the longest gap between its ticks.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    QSignalSpy validated(&m_doc, &FlowDocument::validated);
    const Id id = m_doc.idAt(500);
    Campaign c = *m_doc.campaign(id);
    c.steps[0].channel = u"fax"_s;
    QElapsedTimer wall;
    wall.start();
    QVERIFY(m_doc.updateCampaign(id, c, u"break"_s));
    sinceTick.start();
    ticker.start();
    QVERIFY(validated.wait(20000));
    ticker.stop();
    const double passMs = double(m_doc.lastValidationNs()) / 1e6;
    qInfo("validation of 1020 campaigns: %.1f ms on the worker; %lld ms from edit to result; "
          "longest event-loop gap %lld ms",
          passMs,
          wall.elapsed(),
          longestGap);
    QCOMPARE(erroneous(m_doc), QSet<QString>{c.slug});
    // Run on this thread, the pass would stall the loop for its whole length.
    QVERIFY2(double(longestGap) < std::max(50.0, passMs / 2),
             qPrintable(u"gap %1 ms, pass %2 ms"_s.arg(longestGap).arg(passMs)));
}

// What may be drawn where is the document's answer, with the reason; drawing performs it as one
// undo step, and a refused drawing changes nothing.
void TestFlowDocument::routeRulesLiveInTheDocument()
{
    const FlowDocument::Id world = m_doc.idForSlug(u"b2bea_world"_s);
    const FlowDocument::Id dream = m_doc.idForSlug(u"dreamborn"_s);
    const FlowDocument::Id renewal = m_doc.idForSlug(u"insurance_renewal"_s);
    QVERIFY(world && dream && renewal);
    QVERIFY(m_doc.exitRouteRefusal(world, u"no_engagement"_s, dream).isEmpty());
    QVERIFY(m_doc.exitRouteRefusal(world, u"no_engagement"_s, world).contains(u"own leavers"_s));
    QVERIFY(m_doc.exitRouteRefusal(world, u"bored"_s, dream).contains(u"not an exit"_s));
    Campaign archived = *m_doc.campaign(dream);
    archived.status = u"archived"_s;
    QVERIFY(m_doc.updateCampaign(dream, archived, u"archive"_s));
    QVERIFY(m_doc.exitRouteRefusal(world, u"no_engagement"_s, dream).contains(u"archived"_s));
    const int steps = m_doc.undoStack()->count();
    QString why;
    QVERIFY(!m_doc.drawExitRoute(world, u"no_engagement"_s, world, &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(m_doc.undoStack()->count(), steps);
    QVERIFY(m_doc.drawExitRoute(world, u"rejected"_s, renewal, &why));
    QVERIFY(why.isEmpty());
    QCOMPARE(m_doc.campaign(world)->onExit.value(u"rejected"_s), u"insurance_renewal"_s);
    QCOMPARE(m_doc.undoStack()->count(), steps + 1);

    using Target = FlowDocument::OutcomeTarget;
    const Target ownStep1{Target::Kind::Step, renewal, 0, {}};
    const Target ownStep2{Target::Kind::Step, renewal, 1, {}};
    const Target otherStep{Target::Kind::Step, world, 0, {}};
    const Target exit{Target::Kind::Exit, 0, -1, u"converted"_s};
    QVERIFY(m_doc.outcomeRouteRefusal(renewal, 0, u"busy"_s, otherStep).contains(u"goto stays"_s));
    QVERIFY(m_doc.outcomeRouteRefusal(renewal, 0, u"busy"_s, Target{}).contains(u"Drop"_s));
    QVERIFY(m_doc.outcomeRouteRefusal(renewal, 0, u"sit_uncallable"_s, ownStep1)
                .contains(u"never redialled"_s));
    QVERIFY(!m_doc.drawOutcomeRoute(renewal, 0, u"busy"_s, otherStep, &why));
    QVERIFY(m_doc.drawOutcomeRoute(renewal, 0, u"busy"_s, ownStep1, &why));
    QCOMPARE(m_doc.campaign(renewal)->steps.at(0).onOutcome.value(u"busy"_s),
             OutcomeAction::makeRetry(60, 3));
    QVERIFY(m_doc.drawOutcomeRoute(renewal, 0, u"no_answer"_s, ownStep2, &why));
    QCOMPARE(m_doc.campaign(renewal)->steps.at(0).onOutcome.value(u"no_answer"_s),
             OutcomeAction::makeGoto(2));
    QVERIFY(m_doc.drawOutcomeRoute(renewal, 0, u"live_answer"_s, exit, &why));
    QCOMPARE(m_doc.campaign(renewal)->steps.at(0).onOutcome.value(u"live_answer"_s),
             OutcomeAction::makeExit(u"converted"_s));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestFlowDocument tc;
    return Test::runTests(&tc, argc, argv, false);
}

#include "tst_flowdocument.moc"
