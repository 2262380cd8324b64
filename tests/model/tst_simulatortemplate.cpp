// The simulator's migrated template: built once per cluster, copied into every scratch database,
// safe when two simulations start at once, replaced when stale, never a reason to fail a run.
#include "migrator.h"
#include "session.h"
#include "simulator.h"
#include "testcluster.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const auto staleTemplate = u"touchline_tmpl_sim_0001_deadbeef"_s;
const auto abandonedBuild = u"touchline_tmpl_build_0123456789ab"_s;

// Everything of a result but its timing, scratch database and template, for comparing runs.
QString summary(const Simulator::Result &r)
{
    QStringList out;
    for (const Simulator::StepBreakdown &s : r.steps) {
        QStringList outcomes;
        for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
            outcomes.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
        out.append(u"%1/%2 fired %3 reached %4: %5"_s.arg(s.campaign)
                       .arg(s.step)
                       .arg(s.fired)
                       .arg(s.reached)
                       .arg(outcomes.join(u',')));
    }
    for (auto c = r.enrollments.cbegin(); c != r.enrollments.cend(); ++c)
        for (auto s = c->cbegin(); s != c->cend(); ++s)
            out.append(u"%1 %2: %3"_s.arg(c.key(), s.key()).arg(s.value()));
    for (auto c = r.sendsPerDay.cbegin(); c != r.sendsPerDay.cend(); ++c)
        for (auto d = c->cbegin(); d != c->cend(); ++d)
            out.append(u"%1 day %2: %3"_s.arg(c.key()).arg(d.key()).arg(d.value()));
    for (auto c = r.exits.cbegin(); c != r.exits.cend(); ++c)
        for (auto e = c->cbegin(); e != c->cend(); ++e)
            for (auto t = e->cbegin(); t != e->cend(); ++t)
                out.append(u"%1 %2 -> %3: %4"_s.arg(c.key(), e.key(), t.key()).arg(t.value()));
    out.append(u"moments %1"_s.arg(r.events));
    return out.join(u'\n');
}

// The databases whose names start with `prefix`, in order.
QStringList databases(const QString &prefix)
{
    const Test::Session s(u"postgres"_s);
    QSqlQuery q(s.db());
    q.prepare(u"select datname from pg_database where starts_with(datname, :prefix) "
              "order by datname"_s);
    q.bindValue(u":prefix"_s, prefix);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(u"datname"_s).toString());
    }
    return out;
}

bool dropTemplate(const QString &name)
{
    const Test::Session s(u"postgres"_s);
    return Test::exec(s.db(), u"alter database %1 with is_template false"_s.arg(name))
           && Test::exec(s.db(), u"drop database %1"_s.arg(name));
}

} // namespace

class TestSimulatorTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theFirstRunBuildsTheTemplateAndDropsStaleOnes();
    void aRunAfterTheTemplateCopiesItWithoutMigrating();
    void twoRunsAtOnceAgreeWithOneAlone();
    void aTemplateInUseFallsBackToMigrating();

private:
    std::optional<Simulator::Result> run(const Simulator::Options &options, QString *error);
    Simulator::Options options() const;
    ConnectionSettings m_source;
    QString m_template;
    QString m_alone; // the summary of a run on its own
};

void TestSimulatorTemplate::initTestCase()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDemoDatabase(u"simsource"_s, &error), qPrintable(error));
    m_source = cluster.settings(u"simsource"_s);
}

std::optional<Simulator::Result> TestSimulatorTemplate::run(const Simulator::Options &options,
                                                            QString *error)
{
    DbError dbError;
    auto result = Simulator().run(m_source, options, &dbError);
    *error = dbError.message;
    return result;
}

Simulator::Options TestSimulatorTemplate::options() const
{
    Simulator::Options o;
    o.campaign = u"insurance_renewal"_s;
    o.contacts = 300;
    o.days = 2;
    o.seed = 3;
    o.start = QDateTime::fromString(u"2026-03-02T09:00:00Z"_s, Qt::ISODate);
    return o;
}

void TestSimulatorTemplate::theFirstRunBuildsTheTemplateAndDropsStaleOnes()
{
    {
        // A template of an older schema, and a build abandoned mid-migration.
        const Test::Session s(u"postgres"_s);
        QVERIFY(Test::exec(s.db(), u"create database %1"_s.arg(staleTemplate)));
        QVERIFY(Test::exec(s.db(),
                           u"alter database %1 with is_template true allow_connections false"_s.arg(
                               staleTemplate)));
        QVERIFY(Test::exec(s.db(), u"create database %1"_s.arg(abandonedBuild)));
    }
    QString error;
    const auto r = run(options(), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
    m_template = r->templateDatabase;
    QVERIFY(m_template.startsWith(
        u"touchline_tmpl_sim_%1_"_s.arg(Migrator::latestVersion(), 4, 10, QLatin1Char('0'))));
    QCOMPARE(databases(u"touchline_tmpl_"_s), QStringList{m_template});
    QCOMPARE(databases(u"touchline_sim_"_s), QStringList()); // the scratch databases dropped
    // Sealed: a copy fails while anyone is connected to its source.
    const Test::Session s(u"postgres"_s);
    QCOMPARE(Test::scalar(s.db(),
                          u"select datistemplate and not datallowconn from pg_database "
                          "where datname = '%1'"_s.arg(m_template))
                 .toBool(),
             true);
    m_alone = summary(*r);
}

void TestSimulatorTemplate::aRunAfterTheTemplateCopiesItWithoutMigrating()
{
    QVERIFY(!m_template.isEmpty());
    QString before;
    {
        const Test::Session s(u"postgres"_s);
        before = Test::scalar(s.db(), u"select now()::text"_s).toString();
    }
    Simulator::Options o = options();
    o.keepDatabase = true;
    QString error;
    const auto r = run(o, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->templateDatabase, m_template);
    QVERIFY(r->warnings.isEmpty());
    QCOMPARE(databases(u"touchline_tmpl_"_s), QStringList{m_template});
    {
        // Every migration is there, applied when the template was built: none ran for this run.
        const Test::Session kept(r->scratchDatabase);
        QVERIFY2(kept.isOpen(), qPrintable(kept.error()));
        QStringList expected;
        for (const Migrator::Migration &m : Migrator::migrations())
            expected.append(u"%1 %2"_s.arg(m.version).arg(m.name));
        QCOMPARE(Test::scalar(kept.db(),
                              u"select string_agg(version || ' ' || name, ',' order by version) "
                              "from schema_migrations"_s)
                     .toString(),
                 expected.join(u','));
        QSqlQuery q(kept.db());
        q.prepare(
            u"select count(*) as n from schema_migrations where applied_at >= cast(:before as timestamptz)"_s);
        q.bindValue(u":before"_s, before);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(u"n"_s).toInt(), 0);
    }
    const Test::Session s(u"postgres"_s);
    QVERIFY(Test::exec(s.db(), u"drop database %1 with (force)"_s.arg(r->scratchDatabase)));
}

void TestSimulatorTemplate::twoRunsAtOnceAgreeWithOneAlone()
{
    // No template yet: both runs race to build it.
    QVERIFY(dropTemplate(m_template));
    QString results[2];
    QString templates[2];
    QString errors[2];
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            ready.release();
            go.acquire();
            DbError error;
            const auto r = Simulator().run(m_source, options(), &error);
            errors[i] = r ? r->warnings.join(u'\n') : error.message;
            results[i] = r ? summary(*r) : QString();
            templates[i] = r ? r->templateDatabase : QString();
        }));
        threads.back()->start();
    }
    ready.acquire(2);
    go.release(2);
    for (const auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(300'000)));
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
        QCOMPARE(results[i], m_alone);
        QCOMPARE(templates[i], m_template);
    }
    QCOMPARE(databases(u"touchline_tmpl_"_s), QStringList{m_template});
    QCOMPARE(databases(u"touchline_sim_"_s), QStringList());
}

void TestSimulatorTemplate::aTemplateInUseFallsBackToMigrating()
{
    // A database by the template's name with a session on it: the copy fails (55006) twice.
    QVERIFY(dropTemplate(m_template));
    {
        const Test::Session s(u"postgres"_s);
        QVERIFY(Test::exec(s.db(), u"create database %1"_s.arg(m_template)));
    }
    QString error;
    std::optional<Simulator::Result> r;
    {
        const Test::Session occupant(m_template);
        QVERIFY(occupant.isOpen());
        r = run(options(), &error);
    }
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->templateDatabase.isEmpty());
    QVERIFY(!r->warnings.isEmpty());
    QVERIFY2(r->warnings.join(u'\n').contains(m_template), qPrintable(r->warnings.join(u'\n')));
    QCOMPARE(summary(*r), m_alone);
    const Test::Session s(u"postgres"_s);
    QVERIFY(Test::exec(s.db(), u"drop database %1 with (force)"_s.arg(m_template)));
}

TOUCHLINE_TEST_MAIN(TestSimulatorTemplate)

#include "tst_simulatortemplate.moc"
