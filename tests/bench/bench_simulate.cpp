// The second seed's canonical case: 10,000 policyholders over three days through the
// insurance renewal flow, on the real engine in virtual time (issue 16 target: under 5 s).
#include "benchcommon.h"
#include "demoflows.h"
#include "flowstore.h"
#include "simulator.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstdio>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

long peakRssKb()
{
    return long(Bench::memory().peakKb);
}

} // namespace

class BenchSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insuranceRenewalTenThousandThreeDays();

private:
    static QPair<int, int> firedAndOutcomes(const Simulator::Result &result);
    static void printRun(int run,
                         double seconds,
                         const Simulator::Result &result,
                         const QPair<int, int> &counts);
};

void BenchSimulate::insuranceRenewalTenThousandThreeDays()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDemoDatabase(u"simbench"_s, &error), qPrintable(error));

    const int contacts = qEnvironmentVariableIntValue("TOUCHLINE_BENCH_CONTACTS") > 0
                             ? qEnvironmentVariableIntValue("TOUCHLINE_BENCH_CONTACTS")
                             : 10000;
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = contacts;
    o.days = 3;
    o.seed = 2026;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    if (qEnvironmentVariableIntValue("TOUCHLINE_BENCH_CONNECTIONS") > 0)
        o.connections = qEnvironmentVariableIntValue("TOUCHLINE_BENCH_CONNECTIONS");
    // The first run on this fresh cluster builds the migrated template its scratch databases are
    // copied from; the later ones copy it, as every simulation after a console's first does.
    const int runs = std::max(1,
                              qEnvironmentVariableIsSet("TOUCHLINE_BENCH_SIM_RUNS")
                                  ? qEnvironmentVariableIntValue("TOUCHLINE_BENCH_SIM_RUNS")
                                  : 4);
    std::printf("\nsimulation benchmark: insurance_renewal, %d contacts, 3 virtual days, %d "
                "connection(s), %d run(s) on one cluster\n",
                contacts,
                o.connections,
                runs);
    QVector<double> later;
    QPair<int, int> first{-1, -1};
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer t;
        t.start();
        DbError dbError;
        const auto result = Simulator().run(cluster.settings(u"simbench"_s), o, &dbError);
        const double seconds = double(t.elapsed()) / 1000.0;
        QVERIFY2(result, qPrintable(dbError.message));
        const QPair<int, int> counts = firedAndOutcomes(*result);
        if (run == 1)
            first = counts;
        QCOMPARE(counts, first); // the same seed gives the same run
        if (run > 1)
            later.append(seconds);
        printRun(run, seconds, *result, counts);
    }
    std::printf("  wall time, first run (builds the template): see run 1; later runs (copy it): "
                "median %.2f s   target < 5 s (10,000 contacts)\n",
                later.isEmpty() ? 0.0 : Bench::median(later));
    std::printf("  peak RSS:         %8ld kB\n", peakRssKb());
    std::fflush(stdout);
}

QPair<int, int> BenchSimulate::firedAndOutcomes(const Simulator::Result &result)
{
    int fired = 0;
    int outcomes = 0;
    for (const auto &s : result.steps) {
        fired += s.fired;
        for (int n : s.outcomes)
            outcomes += n;
    }
    return {fired, outcomes};
}

void BenchSimulate::printRun(int run,
                             double seconds,
                             const Simulator::Result &result,
                             const QPair<int, int> &counts)
{
    std::printf("run %d: wall %6.2f s  (%s)  touches %d, outcomes %d, virtual moments %d\n"
                "       setup %.2f s (scratch databases, migrations or copy, flow), contacts and "
                "enrollment %.2f s, virtual moments %.2f s, report and drop %.2f s\n",
                run,
                seconds,
                run == 1                            ? "the first on this cluster"
                : result.templateDatabase.isEmpty() ? "migrated"
                                                    : "copied from the template",
                counts.first,
                counts.second,
                result.events,
                double(result.setupMs) / 1000.0,
                double(result.enrollMs) / 1000.0,
                double(result.runMs) / 1000.0,
                double(result.reportMs) / 1000.0);
    for (const QString &w : result.warnings)
        std::printf("       warning: %s\n", qPrintable(w));
    std::fflush(stdout);
}

TOUCHLINE_TEST_MAIN(BenchSimulate)

#include "bench_simulate.moc"
