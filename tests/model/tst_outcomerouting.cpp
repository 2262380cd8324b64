// OutcomeRouting::decide without a database: the step's own mapping, the default routes table
// (last step included), late outcomes, opt-outs, retries and handed-off conversations.
#include "outcomerouting.h"
#include "vocabulary.h"

#include <QTest>

using namespace Touchline;
using namespace Touchline::OutcomeRouting;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Touchline::OutcomeRouting::Action::Kind)
Q_DECLARE_METATYPE(Touchline::OutcomeRouting::StepView)
Q_DECLARE_METATYPE(Touchline::OutcomeRouting::State)

class TestOutcomeRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void everyDefaultIsDefinedOnTheLastStep();
    void retryCountsAttempts();
};

namespace {

using Kind = Action::Kind;

StepView step(bool last, QMap<QString, OutcomeAction> map = {})
{
    return StepView{std::move(map), last};
}

State state(bool active = true, bool current = true, bool handedOff = false, bool waiting = false)
{
    State s;
    s.active = active;
    s.current = current;
    s.handedOff = handedOff;
    s.awaitingClassification = waiting;
    return s;
}

} // namespace

void TestOutcomeRouting::decide_data()
{
    QTest::addColumn<StepView>("view");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("intent");
    QTest::addColumn<State>("st");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("exitReason");
    QTest::addColumn<bool>("suppress");

    const QMap<QString, OutcomeAction> gotoOnReply{{u"replied"_s, OutcomeAction::makeGoto(3)}};
    QTest::addRow("step mapping wins") << step(false, gotoOnReply) << u"replied"_s << QString()
                                       << state() << Kind::Goto << QString() << false;
    QTest::addRow("interested falls to the reply mapping")
        << step(false, gotoOnReply) << u"replied"_s << u"interested"_s << state() << Kind::Goto
        << QString() << false;
    QTest::addRow("not_interested beats the reply mapping")
        << step(false, gotoOnReply) << u"replied"_s << u"not_interested"_s << state() << Kind::Exit
        << u"rejected"_s << false;
    QTest::addRow("reply without intent is classified")
        << step(false) << u"replied"_s << QString() << state() << Kind::Classify << QString()
        << false;
    QTest::addRow("reply to the last step is classified, not ignored")
        << step(true) << u"replied"_s << QString() << state() << Kind::Classify << QString()
        << false;
    QTest::addRow("interested on a middle step continues")
        << step(false) << u"replied"_s << u"interested"_s << state() << Kind::Continue << QString()
        << false;
    QTest::addRow("interested on the last step converts")
        << step(true) << u"replied"_s << u"interested"_s << state() << Kind::Exit << u"converted"_s
        << false;
    QTest::addRow("meeting booked converts") << step(false) << u"replied"_s << u"meeting_booked"_s
                                             << state() << Kind::Exit << u"converted"_s << false;
    QTest::addRow("out of office pushes back, even with a reply mapping")
        << step(false, gotoOnReply) << u"replied"_s << u"out_of_office"_s << state()
        << Kind::PushBack << QString() << false;
    QTest::addRow("unsubscribe exits and suppresses whatever the step maps")
        << step(false, {{u"unsubscribe"_s, OutcomeAction::makeGoto(2)}}) << u"replied"_s
        << u"unsubscribe"_s << state() << Kind::Exit << u"rejected"_s << true;
    QTest::addRow("late unsubscribe still suppresses")
        << step(true) << u"replied"_s << u"unsubscribe"_s << state(false) << Kind::Record
        << u"rejected"_s << true;
    QTest::addRow("late reply after exit is only recorded")
        << step(false, gotoOnReply) << u"replied"_s << QString() << state(false) << Kind::Record
        << QString() << false;
    QTest::addRow("superseded item: goto is only recorded")
        << step(false, gotoOnReply) << u"replied"_s << QString() << state(true, false)
        << Kind::Record << QString() << false;
    QTest::addRow("superseded item: an exit still applies")
        << step(false) << u"replied"_s << u"meeting_booked"_s << state(true, false) << Kind::Exit
        << u"converted"_s << false;
    QTest::addRow("bounce exits rejected") << step(false) << u"bounced"_s << QString() << state()
                                           << Kind::Exit << u"rejected"_s << false;
    QTest::addRow("no mapping continues")
        << step(false) << u"sent"_s << QString() << state() << Kind::Continue << QString() << false;
    QTest::addRow("handed-off conversation that routes nowhere resumes")
        << step(false, {{u"live_answer"_s, OutcomeAction::makeHandoff(u"human_agent"_s)}})
        << u"live_answer"_s << u"interested"_s << state(true, true, true) << Kind::Resume
        << QString() << false;
    QTest::addRow("classified reply is not classified again")
        << step(false) << u"replied"_s << QString() << state(true, true, false, true)
        << Kind::Record << QString() << false;
}

void TestOutcomeRouting::decide()
{
    QFETCH(StepView, view);
    QFETCH(QString, outcome);
    QFETCH(QString, intent);
    QFETCH(State, st);
    QFETCH(Kind, kind);
    QFETCH(QString, exitReason);
    QFETCH(bool, suppress);
    const Action a = OutcomeRouting::decide(view, outcome, intent, st);
    QCOMPARE(a.kind, kind);
    if (kind == Kind::Exit)
        QCOMPARE(a.exitReason, exitReason);
    QCOMPARE(a.suppress, suppress);
}

void TestOutcomeRouting::everyDefaultIsDefinedOnTheLastStep()
{
    // Every intent says what it does on the last step, and no reply there is "nothing".
    for (const QString &intent : Vocabulary::replyIntents()) {
        const Action a = OutcomeRouting::decide(step(true), u"replied"_s, intent, state());
        QVERIFY2(a.kind != Kind::Continue, qPrintable(intent));
    }
}

void TestOutcomeRouting::retryCountsAttempts()
{
    const StepView view = step(false, {{u"busy"_s, OutcomeAction::makeRetry(30, 3)}});
    State s = state();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        s.attempt = attempt;
        const Action a = OutcomeRouting::decide(view, u"busy"_s, QString(), s);
        QCOMPARE(a.kind, attempt < 3 ? Kind::Retry : Kind::RetryExhausted);
        QCOMPARE(a.afterMinutes, 30);
    }
}

QTEST_APPLESS_MAIN(TestOutcomeRouting)

#include "tst_outcomerouting.moc"
