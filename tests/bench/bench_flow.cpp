// Flow benchmark: a generated flow of 1,000 campaigns x 10 steps; validate, import and export
// times against the targets (100 ms, 2 s, 1 s). Prints its figures; asserts nothing on time.
#include "connection.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

Flow generate(int campaigns, int steps)
{
    static const QStringList channels{u"email"_s, u"linkedin"_s, u"sms"_s, u"voice"_s};
    Flow flow;
    for (int i = 0; i < campaigns; ++i) {
        Campaign c;
        c.slug = u"bench_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        c.name = u"Benchmark campaign %1"_s.arg(i);
        c.clientId = u"client_%1"_s.arg(i % 20);
        c.type = u"membership"_s;
        c.ownerRole = u"roles.sales"_s;
        if (i + 1 < campaigns)
            c.onExit.insert(u"converted"_s, u"bench_%1"_s.arg(i + 1, 4, 10, QLatin1Char('0')));
        c.sendWindow = SendWindow{
            {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s}, u"09:00"_s, u"17:00"_s};
        c.layout = QPointF(120.0 * (i % 40), 90.0 * (i / 40));
        for (int s = 0; s < steps; ++s) {
            Step step;
            step.stepNumber = s + 1;
            step.delayDays = s * 2;
            step.channel = channels.at(s % channels.size());
            if (step.channel == u"voice") {
                step.handler = u"ivr"_s;
                step.onOutcome.insert(u"busy"_s, OutcomeAction::makeRetry(30, 3));
                step.onOutcome.insert(u"live_answer"_s,
                                      OutcomeAction::makeHandoff(u"human_agent"_s));
            } else {
                step.onOutcome.insert(u"replied"_s, OutcomeAction::makeExit(u"converted"_s));
            }
            step.contentType = u"follow_up"_s;
            step.templateInstructions
                = u"Follow up with {{first_name}} at {{company}} about step %1; keep it short."_s
                      .arg(s + 1);
            c.steps.append(step);
        }
        flow.campaigns.append(c);
    }
    return flow;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

class BenchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandCampaignsTenSteps();
};

void BenchFlow::thousandCampaignsTenSteps()
{
    const Flow flow = generate(1000, 10);
    const QByteArray bytes = FlowCodec::write(flow);

    QVector<double> parse;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        parse.append(double(t.nsecsElapsed()) / 1e6);
        QVERIFY(doc.isObject());
    }
    QVector<double> validate;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const FlowReadResult r = FlowCodec::read(bytes);
        validate.append(double(t.nsecsElapsed()) / 1e6);
        QVERIFY(r.ok());
    }

    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"bench"_s, true, &error), qPrintable(error));
    Connection connection(u"bench"_s);
    DbError dbError;
    QVERIFY2(connection.open(cluster.settings(u"bench"_s), &dbError), qPrintable(dbError.message));
    FlowStore store(connection.database());

    QElapsedTimer t;
    t.start();
    const FlowReadResult checked = store.readForImport(bytes, &dbError);
    QVERIFY(checked.ok());
    const auto first = store.importFlow(checked.flow, u"bench"_s, &dbError);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    QVERIFY2(first, qPrintable(dbError.message));
    QCOMPARE(first->created.size(), 1000);

    t.restart();
    const auto again = store.importFlow(checked.flow, u"bench"_s, &dbError);
    const double reimportMs = double(t.nsecsElapsed()) / 1e6;
    QVERIFY(again);
    QCOMPARE(again->unchanged.size(), 1000);

    QVector<double> exportTimes;
    QByteArray exported;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        const auto loaded = store.load({}, &dbError);
        QVERIFY(loaded);
        exported = FlowCodec::write(*loaded);
        exportTimes.append(double(t.nsecsElapsed()) / 1e6);
    }
    QCOMPARE(exported, bytes);

    std::printf("\nflow benchmark: 1000 campaigns x 10 steps, %.1f MB of JSON\n",
                double(bytes.size()) / (1024.0 * 1024.0));
    std::printf("  validate (median of 7): %8.1f ms   target < 100 ms\n", median(validate));
    std::printf("    of which JSON parsing:%8.1f ms   (QJsonDocument alone)\n", median(parse));
    std::printf("  import (validate+write):%8.1f ms   target < 2000 ms\n", importMs);
    std::printf("  re-import, unchanged:   %8.1f ms\n", reimportMs);
    std::printf("  export (median of 5):   %8.1f ms   target < 1000 ms\n", median(exportTimes));
    std::fflush(stdout);
}

TOUCHLINE_TEST_MAIN(BenchFlow)

#include "bench_flow.moc"
