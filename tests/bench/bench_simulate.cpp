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
    QElapsedTimer t;
    t.start();
    DbError dbError;
    const auto result = Simulator().run(cluster.settings(u"simbench"_s), o, &dbError);
    const double seconds = double(t.elapsed()) / 1000.0;
    QVERIFY2(result, qPrintable(dbError.message));
    int fired = 0;
    int outcomes = 0;
    for (const auto &s : result->steps) {
        fired += s.fired;
        for (int n : s.outcomes)
            outcomes += n;
    }
    std::printf("\nsimulation benchmark: insurance_renewal, %d contacts, 3 virtual days, %d "
                "connection(s)\n",
                contacts,
                o.connections);
    std::printf("  wall time:        %8.2f s   target < 5 s (10,000 contacts)\n", seconds);
    std::printf("  touches fired:    %8d\n", fired);
    std::printf("  outcomes recorded:%8d\n", outcomes);
    std::printf("  virtual moments:  %8d\n", result->events);
    std::printf("  of which: setup %.2f s (scratch database, migrations, flow), contacts and "
                "enrollment %.2f s, virtual moments %.2f s, report and drop %.2f s\n",
                double(result->setupMs) / 1000.0,
                double(result->enrollMs) / 1000.0,
                double(result->runMs) / 1000.0,
                double(result->reportMs) / 1000.0);
    std::printf("  peak RSS:         %8ld kB\n", peakRssKb());
    std::fflush(stdout);
}

TOUCHLINE_TEST_MAIN(BenchSimulate)

#include "bench_simulate.moc"
