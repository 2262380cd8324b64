#include "simulator.h"

#include "engine.h"
#include "engine_p.h"
#include "flowstore.h"
#include "migrator.h"
#include "tr.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <QWaitCondition>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <utility>
#include <vector>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// How long after the touch its outcome arrives, by channel.
qint64 latencySeconds(const QString &channel)
{
    if (channel == u"voice")
        return 60;
    if (channel == u"sms")
        return 15 * 60;
    if (channel == u"linkedin")
        return 6 * 3600;
    return 3 * 3600;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

struct Pick
{
    QString outcome;
    QString intent;
};

// Cumulative distribution over outcome names (or intents, which arrive as "replied").
class Distribution
{
public:
    Distribution() = default;
    explicit Distribution(const QJsonObject &p)
    {
        double total = 0;
        for (auto it = p.begin(); it != p.end(); ++it) {
            total += it.value().toDouble();
            m_edges.append({total, it.key()});
        }
    }
    std::optional<Pick> sample(std::mt19937_64 &rng) const
    {
        const double x = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        for (const auto &edge : m_edges) {
            if (x < edge.first) {
                if (Vocabulary::replyIntents().contains(edge.second))
                    return Pick{u"replied"_s, edge.second};
                return Pick{edge.second, QString()};
            }
        }
        return std::nullopt; // nothing heard back
    }

private:
    QVector<QPair<double, QString>> m_edges;
};

// `slug`'s campaign and every campaign its on_exit routes reach, each made active: a what-if
// runs a paused draft as if it were launched.
Flow reachableFrom(const Flow &all, const QString &slug)
{
    Flow flow;
    QStringList todo{slug};
    QSet<QString> seen;
    while (!todo.isEmpty()) {
        const QString next = todo.takeFirst();
        if (seen.contains(next) || all.indexOf(next) < 0)
            continue;
        seen.insert(next);
        Campaign c = all.campaigns.at(all.indexOf(next));
        if (c.status == u"paused")
            c.status = u"active"_s;
        flow.campaigns.append(c);
        for (const QString &target : std::as_const(c.onExit))
            todo.append(target);
    }
    return flow;
}

const auto stepReportSql = uR"sql(
select c.slug as campaign, s.step_number, s.channel, coalesce(s.handler, '') as handler,
       s.content_type,
       f.fired, f.reached,
       (select coalesce(jsonb_object_agg(k, n), '{}')::text
          from (select so.outcome || coalesce('/' || so.intent, '') as k, count(*) as n
                  from step_outcomes so
                 where so.campaign_id = c.id and so.step_number = s.step_number
                 group by 1) x) as outcomes
  from campaigns c
  join campaign_steps s on s.campaign_id = c.id and s.revision = c.current_revision
  cross join lateral (select count(*) as fired, count(distinct o.enrollment_id) as reached
                        from outbound_queue o
                       where o.campaign_id = c.id and o.step_number = s.step_number) f
 order by c.slug, s.step_number
)sql"_s;

const auto enrollmentReportSql = uR"sql(
select c.slug as campaign, cc.status, count(*) as contacts
  from campaign_contacts cc join campaigns c on c.id = cc.campaign_id
 group by 1, 2
)sql"_s;

// Where each exit went, by its on_exit reason (the exit's status says which; exit_reason holds
// the outcome that caused it): the enrollment that names the exited one as its previous.
const auto exitReportSql = uR"sql(
select c.slug as campaign,
       case cc.status when 'timed_out' then 'no_engagement' else cc.status end as reason,
       coalesce(nc.slug, '') as target,
       count(*) as contacts
  from campaign_contacts cc
  join campaigns c on c.id = cc.campaign_id
  left join campaign_contacts nx on nx.previous_enrollment_id = cc.id
  left join campaigns nc on nc.id = nx.campaign_id
 where cc.status <> 'active'
 group by 1, 2, 3
)sql"_s;

const auto sendsReportSql = uR"sql(
select o.channel,
       floor(extract(epoch from o.scheduled_at - cast(:start as timestamptz)) / 86400)::int
         as day,
       count(*) as touches
  from outbound_queue o
 group by 1, 2
)sql"_s;

const auto analyzeTablesSql = uR"sql(
do $$
declare
    t record;
begin
    -- A tenth of the default sample: the scratch tables' shape is what the planner needs
    -- (analyze of 10,000 wide contacts 165 against 45 ms).
    perform set_config('default_statistics_target', '10', true);
    for t in select c.oid::regclass as name
               from pg_class c
              where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
    loop
        execute format('analyze %s', t.name);
    end loop;
end $$
)sql"_s;

// Next Monday 09:00 UTC in milliseconds since the epoch.
const auto nextMondaySql = uR"sql(
select (extract(epoch from date_trunc('week', now()) + interval '7 days 9 hours') * 1000)::bigint
         as start_ms
)sql"_s;

// Creates, tunes and drops the scratch database. Assembled at run time: the generated
// database name is filled in for %1 (an identifier cannot be a bound value).
const auto createDatabaseSql = uR"sql(
create database %1
)sql"_s;
const auto noSyncCommitSql = uR"sql(
alter database %1 set synchronous_commit = off
)sql"_s;
const auto dropDatabaseSql = uR"sql(
drop database if exists %1 with (force)
)sql"_s;

// The migrated template the scratch databases are copied from, one per schema and role (its
// tables belong to the role that built it). It is built under a temporary name and renamed when
// complete, so a database by a template's name is always whole; it refuses connections (a copy
// fails while anyone is connected to its source). Names that the scratch databases' prefix
// ("touchline_sim_", listed by the dashboard) does not cover.
const auto templatePrefix = u"touchline_tmpl_sim_"_s;
const auto buildPrefix = u"touchline_tmpl_build_"_s;
const auto currentRoleSql = uR"sql(
select current_user as role
)sql"_s;
const auto databaseExistsSql = uR"sql(
select count(*) as found from pg_database where datname = :name
)sql"_s;
const auto createFromTemplateSql = uR"sql(
create database %1 template %2
)sql"_s;
const auto renameDatabaseSql = uR"sql(
alter database %1 rename to %2
)sql"_s;
const auto sealTemplateSql = uR"sql(
alter database %1 with is_template true allow_connections false
)sql"_s;
const auto unsealTemplateSql = uR"sql(
alter database %1 with is_template false
)sql"_s;
const auto dropIdleDatabaseSql = uR"sql(
drop database if exists %1
)sql"_s;
// The rename waits for every session on the build to end, the closed migration connection's
// backend (or a pooler's server connection) included: ended here, waiting up to a second each.
const auto endSessionsSql = uR"sql(
select count(pg_terminate_backend(a.pid, 1000)) as ended
  from pg_stat_activity a
 where a.datname = :name and a.pid <> pg_backend_pid()
)sql"_s;
// This role's other templates and abandoned builds, with nobody connected.
const auto staleTemplatesSql = uR"sql(
select d.datname
  from pg_database d
 where (starts_with(d.datname, :templates) or starts_with(d.datname, :builds))
   and d.datname <> :current
   and d.datdba = (select r.oid from pg_roles r where r.rolname = current_user)
   and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)
)sql"_s;

// Runs `sql`; false with the server's reason in `why`.
bool execute(QSqlQuery &q, const QString &sql, QString *why)
{
    if (q.exec(sql))
        return true;
    *why = Database::describe(q.lastError());
    return false;
}

// The template's name for this program's migrations (their latest version and a hash of all of
// them) and `role`: a new build never copies a template of other migrations.
QString templateName(const QString &role)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Migrator::Migration &m : Migrator::migrations()) {
        hash.addData(QByteArray::number(m.version));
        hash.addData(m.name.toUtf8());
        hash.addData(m.sql.toUtf8());
    }
    hash.addData(role.toUtf8());
    return templatePrefix + u"%1_"_s.arg(Migrator::latestVersion(), 4, 10, QLatin1Char('0'))
           + QString::fromLatin1(hash.result().toHex().left(8));
}

// Whether the server has the database `name`; nullopt with the reason when it cannot tell.
std::optional<bool> databaseExists(const QSqlDatabase &db, const QString &name, QString *why)
{
    QSqlQuery q(db);
    q.prepare(databaseExistsSql);
    q.bindValue(u":name"_s, name);
    if (!q.exec() || !q.next()) {
        *why = Database::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(u"found"_s).toInt() > 0;
}

// Migrates the database `name` on `server` through a connection of its own, closed on return.
bool migrateDatabase(const ConnectionSettings &server, const QString &name, QString *why)
{
    ConnectionSettings settings = server;
    settings.database = name;
    const QString connection = u"simulator-template-"_s + name;
    bool ok = false;
    {
        DbError error;
        QSqlDatabase db = Database::open(settings, connection, &error);
        if (error)
            *why = error.message;
        else
            ok = Migrator(db).migrate(why);
    }
    Database::close(connection);
    return ok;
}

bool endSessions(QSqlQuery &q, const QString &database, QString *why)
{
    q.prepare(endSessionsSql);
    q.bindValue(u":name"_s, database);
    if (q.exec())
        return true;
    *why = Database::describe(q.lastError());
    return false;
}

// Builds the template `name` under a temporary name, renamed when migrated; true when `name`
// exists afterwards (built here, or by a simulation that renamed its build first).
bool buildTemplate(const QSqlDatabase &db,
                   const ConnectionSettings &server,
                   const QString &name,
                   QString *why)
{
    const QString building = buildPrefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QSqlQuery q(db);
    if (!execute(q, createDatabaseSql.arg(building), why))
        return false;
    if (!migrateDatabase(server, building, why) || !endSessions(q, building, why)
        || !execute(q, renameDatabaseSql.arg(building, name), why)) {
        q.exec(dropDatabaseSql.arg(building));
        return databaseExists(db, name, why).value_or(false);
    }
    q.exec(sealTemplateSql.arg(name));
    return true;
}

// Drops this role's other templates and abandoned builds that nobody is connected to (best
// effort: what fails stays for the next new template).
void dropStaleTemplates(const QSqlDatabase &db, const QString &current)
{
    QSqlQuery q(db);
    q.prepare(staleTemplatesSql);
    q.bindValue(u":templates"_s, templatePrefix);
    q.bindValue(u":builds"_s, buildPrefix);
    q.bindValue(u":current"_s, current);
    QStringList stale;
    if (q.exec()) {
        while (q.next())
            stale.append(q.value(u"datname"_s).toString());
    }
    for (const QString &name : std::as_const(stale)) {
        q.exec(unsealTemplateSql.arg(name));
        q.exec(dropIdleDatabaseSql.arg(name));
    }
}

// The name of this run's template (this program's migrations, the session's role) and whether
// the cluster has it; nullopt with the reason in `why` when the server cannot tell.
std::optional<std::pair<QString, bool>> findTemplate(const QSqlDatabase &db, QString *why)
{
    QSqlQuery q(db);
    if (!execute(q, currentRoleSql, why))
        return std::nullopt;
    const QString name = templateName(q.next() ? q.value(u"role"_s).toString() : QString());
    const std::optional<bool> exists = databaseExists(db, name, why);
    if (!exists)
        return std::nullopt;
    return std::make_pair(name, *exists);
}

// Writes the simulated contacts sim<first> to sim<last> (seven digits) of the client, with every
// merge field a demo template might use.
const auto insertContactsSql = uR"sql(
insert into contacts (id, client_id, first_name, last_name, email, phone, company, title,
                      time_zone, attributes)
select 'sim' || lpad(g::text, 7, '0'), :client, 'Contact', 'No. ' || g,
       'contact' || g || '@example.com', '+1555' || lpad(g::text, 7, '0'),
       'Company ' || (g % 97), 'Manager', 'UTC',
       jsonb_build_object('policy_number', 'P-' || g,
                          'renewal_link', 'https://renew.example/' || g,
                          'renewal_date', '2026-12-31', 'premium', '1,200',
                          'event_name', 'B2B eCommerce World', 'member_tier', 'gold',
                          'meeting_date', 'Tuesday')
  from generate_series(cast(:first as int), cast(:last as int)) as g
)sql"_s;

// The sends scheduled at one virtual moment, in a stable order.
const auto sendsAtSql = uR"sql(
select o.id, o.contact_id, c.slug, o.step_number, o.channel
  from outbound_queue o join campaigns c on c.id = o.campaign_id
 where o.scheduled_at = cast(:t as timestamptz)
 order by o.contact_id, c.slug, o.step_number, o.attempt
)sql"_s;

bool readReport(const QSqlDatabase &db,
                const QDateTime &start,
                Simulator::Result *result,
                DbError *error)
{
    QSqlQuery q(db);
    bool ok = q.exec(stepReportSql);
    while (ok && q.next()) {
        Simulator::StepBreakdown b;
        b.campaign = q.value(u"campaign"_s).toString();
        b.step = q.value(u"step_number"_s).toInt();
        b.channel = q.value(u"channel"_s).toString();
        b.handler = q.value(u"handler"_s).toString();
        b.contentType = q.value(u"content_type"_s).toString();
        b.fired = q.value(u"fired"_s).toInt();
        b.reached = q.value(u"reached"_s).toInt();
        const QJsonObject o
            = QJsonDocument::fromJson(q.value(u"outcomes"_s).toString().toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            b.outcomes.insert(it.key(), it.value().toInt());
        result->steps.append(b);
    }
    ok = ok && q.exec(enrollmentReportSql);
    while (ok && q.next())
        result->enrollments[q.value(u"campaign"_s).toString()][q.value(u"status"_s).toString()]
            = q.value(u"contacts"_s).toInt();
    ok = ok && q.exec(exitReportSql);
    while (ok && q.next())
        result->exits[q.value(u"campaign"_s).toString()][q.value(u"reason"_s).toString()]
                     [q.value(u"target"_s).toString()]
            = q.value(u"contacts"_s).toInt();
    if (ok) {
        q.prepare(sendsReportSql);
        q.bindValue(u":start"_s, iso(start));
        ok = q.exec();
    }
    while (ok && q.next())
        result->sendsPerDay[q.value(u"channel"_s).toString()][q.value(u"day"_s).toInt()]
            = q.value(u"touches"_s).toInt();
    if (!ok)
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
    return ok;
}

// One sent touch of a virtual moment, as the outcome sampling needs it.
struct Send
{
    QString id;
    QString contact;
    QString slug;
    int step = 0;
    QString channel;
};

// A share of the run: a scratch database of its own holding a consecutive range of the
// simulated contacts, worked on through one connection and one engine. Contacts never affect
// each other's journeys (a scratch database has no daily caps: the flow does not carry them),
// so the shares run side by side and their reports add up to the report of one database; the
// outcome sampling still draws in the order of all sends of a moment.
struct Shard
{
    QString database;
    QString connectionName;
    int firstContact = 1;
    int lastContact = 0;
    bool created = false;
    bool buildsTemplate = false; // the cluster has no template yet: this shard builds it
    // The template its database is copied from; empty when it is migrated instead.
    QString templateDatabase;
    QStringList warnings; // why it was not copied, when it was not
    qint64 readyMs = 0;   // when its database was set up, on the run's clock
    // Touched only by the thread that runs the shard's jobs.
    QSqlDatabase db;
    std::unique_ptr<Engine> engine;
    // One virtual moment: the outcomes due (in), what it sent and its next due time (out).
    QVector<Engine::OutcomeRequest> outcomes;
    QVector<Send> sends;
    QDateTime nextDue;
    Simulator::Result report;
};

// Runs one shard's jobs: on the calling thread (the first shard), or on a thread of its own
// that keeps the shard's connection (a QtSql connection belongs to the thread that opened it).
class Lane
{
public:
    using Job = std::function<bool(DbError *)>;

    explicit Lane(bool threaded)
    {
        if (threaded) {
            m_thread.reset(QThread::create([this] { loop(); }));
            m_thread->start();
        }
    }
    ~Lane()
    {
        if (!m_thread)
            return;
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_changed.wakeAll();
        }
        m_thread->wait();
    }
    Lane(const Lane &) = delete;
    Lane &operator=(const Lane &) = delete;

    // Runs `job` (at once without a thread of its own); wait() for it before the next one.
    void start(Job job)
    {
        if (!m_thread) {
            m_ok = job(&m_error);
            return;
        }
        QMutexLocker lock(&m_mutex);
        m_job = std::move(job);
        m_done = false;
        m_changed.wakeAll();
    }
    bool wait(DbError *error)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_done)
            m_changed.wait(&m_mutex);
        *error = m_error;
        return m_ok;
    }

private:
    void loop()
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                while (!m_stop && !m_job)
                    m_changed.wait(&m_mutex);
                if (!m_job)
                    return;
                job = std::move(m_job);
                m_job = nullptr;
            }
            DbError error;
            const bool ok = job(&error);
            QMutexLocker lock(&m_mutex);
            m_ok = ok;
            m_error = error;
            m_done = true;
            m_changed.wakeAll();
        }
    }

    QMutex m_mutex;
    QWaitCondition m_changed;
    Job m_job;
    bool m_stop = false;
    bool m_done = true;
    bool m_ok = true;
    DbError m_error;
    std::unique_ptr<QThread> m_thread;
};

// Copies the template into the shard's scratch database, once more after a pause when someone
// was connected to the template (SQLSTATE 55006); false with the reason when it failed.
bool copyTemplate(QSqlQuery &q, const Shard &shard, QString *why)
{
    for (int attempt = 1;; ++attempt) {
        if (q.exec(createFromTemplateSql.arg(shard.database, shard.templateDatabase)))
            return true;
        if (attempt == 2 || q.lastError().nativeErrorCode() != u"55006") {
            *why = Database::describe(q.lastError());
            return false;
        }
        QThread::msleep(200);
    }
}

// Creates the shard's scratch database through a connection to the source's server: a copy of
// the template, else an empty one.
bool createScratch(const QSqlDatabase &source, Shard *shard, DbError *error)
{
    QSqlQuery q(source);
    QString why;
    if (!shard->templateDatabase.isEmpty() && !copyTemplate(q, *shard, &why)) {
        shard->warnings.append(Tr::tr("the scratch database %1 is migrated, not copied from the "
                                      "template %2: %3")
                                   .arg(shard->database, shard->templateDatabase, why));
        shard->templateDatabase.clear();
    }
    if (shard->templateDatabase.isEmpty() && !q.exec(createDatabaseSql.arg(shard->database))) {
        *error = {DbError::Kind::Failed,
                  Tr::tr("cannot create the scratch database: %1")
                      .arg(Database::describe(q.lastError()))};
        return false;
    }
    shard->created = true;
    // A throwaway database: its commits need not wait for the disk (a server that flushes each
    // commit would otherwise wait once per batch of every virtual moment).
    q.exec(noSyncCommitSql.arg(shard->database));
    return true;
}

// Migrates the shard's scratch database unless it is a copy of the template at the latest
// version.
bool migrateScratch(Shard *shard, DbError *error)
{
    QString message;
    if (!shard->templateDatabase.isEmpty()) {
        const int version = Migrator(shard->db).currentVersion(&message);
        if (version == Migrator::latestVersion())
            return true;
        shard->warnings.append(Tr::tr("the scratch database %1, a copy of the template %2, is at "
                                      "schema version %3: migrated")
                                   .arg(shard->database, shard->templateDatabase)
                                   .arg(version));
        shard->templateDatabase.clear();
    }
    if (!Migrator(shard->db).migrate(&message)) {
        *error = {DbError::Kind::Failed, message};
        return false;
    }
    return true;
}

// Builds the template the shard is to be copied from, and drops the stale ones; when it cannot,
// the shard is migrated instead.
void buildShardTemplate(const QSqlDatabase &db, const ConnectionSettings &server, Shard *shard)
{
    QString why;
    if (buildTemplate(db, server, shard->templateDatabase, &why)) {
        dropStaleTemplates(db, shard->templateDatabase);
        return;
    }
    shard->warnings.append(Tr::tr("the template %1 cannot be built, the scratch database %2 is "
                                  "migrated: %3")
                               .arg(shard->templateDatabase, shard->database, why));
    shard->templateDatabase.clear();
}

// Creates the shard's scratch database unless it exists already, then migrates it (unless it
// is a copy of the template) and imports the flow through the shard's own connection.
bool setUpShard(Shard *shard,
                const ConnectionSettings &source,
                const ConnectionSettings &scratch,
                const Flow &flow,
                DbError *error)
{
    if (!shard->created) {
        const QString sourceName = shard->connectionName + u"-source"_s;
        {
            const QSqlDatabase db = Database::open(source, sourceName, error);
            if (!*error && shard->buildsTemplate)
                buildShardTemplate(db, source, shard);
            if (!*error)
                createScratch(db, shard, error);
        }
        Database::close(sourceName);
        if (*error)
            return false;
    }
    shard->db = Database::open(scratch, shard->connectionName, error);
    if (*error)
        return false;
    shard->engine = std::make_unique<Engine>(shard->db);
    if (!migrateScratch(shard, error))
        return false;
    return FlowStore(shard->db).importFlow(flow, Tr::tr("simulation"), error).has_value();
}

// Writes the shard's contacts and enrolls them at `start`; then the statistics.
bool enrollShard(Shard *shard,
                 const QString &clientId,
                 const QString &campaign,
                 const QDateTime &start,
                 DbError *error)
{
    QSqlQuery q(shard->db);
    // Contacts with every merge field a demo template might use.
    q.prepare(insertContactsSql);
    q.bindValue(u":client"_s, clientId);
    q.bindValue(u":first"_s, shard->firstContact);
    q.bindValue(u":last"_s, shard->lastContact);
    if (!q.exec()) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return false;
    }
    QStringList ids;
    ids.reserve(shard->lastContact - shard->firstContact + 1);
    for (int i = shard->firstContact; i <= shard->lastContact; ++i)
        ids.append(u"sim%1"_s.arg(i, 7, 10, QLatin1Char('0')));
    if (!shard->engine->enroll({campaign, ids, QString(), QString(), start}, error))
        return false;
    // Statistics for the rows just written: without them the planner takes the scratch
    // tables for empty and probes the due index with whole id arrays (seconds per pass).
    // The application's tables only: the system catalogs were half of a plain "analyze".
    if (!q.exec(analyzeTablesSql)) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return false;
    }
    return true;
}

// One virtual moment of a shard: its outcomes due at `now`, a scheduler pass at `now`, then
// what the pass sent and when the shard has work next.
bool runMoment(Shard *shard, const QDateTime &now, DbError *error)
{
    shard->sends.clear();
    shard->nextDue = QDateTime();
    const QVector<Engine::OutcomeRequest> outcomes = std::exchange(shard->outcomes, {});
    for (qsizetype i = 0; i < outcomes.size(); i += 2000) {
        if (!shard->engine->recordOutcomes(outcomes.mid(i, 2000), now, error))
            return false;
    }
    if (!shard->engine->tick(now, 1000, error))
        return false;
    QSqlQuery q(shard->db);
    q.prepare(sendsAtSql);
    q.bindValue(u":t"_s, iso(now));
    if (!q.exec()) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return false;
    }
    const EngineDetail::ColumnReader column(q);
    while (q.next()) {
        shard->sends.append({column(u"id"_s).toString(),
                             column(u"contact_id"_s).toString(),
                             column(u"slug"_s).toString(),
                             column(u"step_number"_s).toInt(),
                             column(u"channel"_s).toString()});
    }
    DbError nextError;
    const auto nextDue = shard->engine->nextDue(&nextError);
    if (nextDue && nextDue->isValid())
        shard->nextDue = *nextDue;
    *error = {};
    return true;
}

// Adds a shard's report to the run's: the shards hold different contacts.
void addReport(Simulator::Result *result, const Simulator::Result &part)
{
    for (const Simulator::StepBreakdown &b : part.steps) {
        auto it = std::find_if(result->steps.begin(), result->steps.end(), [&](const auto &s) {
            return s.campaign == b.campaign && s.step == b.step;
        });
        if (it == result->steps.end()) {
            result->steps.append(b);
            continue;
        }
        it->fired += b.fired;
        it->reached += b.reached;
        for (auto o = b.outcomes.cbegin(); o != b.outcomes.cend(); ++o)
            it->outcomes[o.key()] += o.value();
    }
    for (auto c = part.enrollments.cbegin(); c != part.enrollments.cend(); ++c)
        for (auto s = c->cbegin(); s != c->cend(); ++s)
            result->enrollments[c.key()][s.key()] += s.value();
    for (auto c = part.exits.cbegin(); c != part.exits.cend(); ++c)
        for (auto r = c->cbegin(); r != c->cend(); ++r)
            for (auto t = r->cbegin(); t != r->cend(); ++t)
                result->exits[c.key()][r.key()][t.key()] += t.value();
    for (auto c = part.sendsPerDay.cbegin(); c != part.sendsPerDay.cend(); ++c)
        for (auto d = c->cbegin(); d != c->cend(); ++d)
            result->sendsPerDay[c.key()][d.key()] += d.value();
}

// Points every shard at the migrated template when the cluster has it. Without one, the first
// shard builds it on its lane and is copied from it while the others are migrated side by side
// (building it before every copy would serialize what two migrations did at once).
void useTemplate(const QSqlDatabase &db, std::vector<Shard> *shards, Simulator::Result *result)
{
    QString why;
    const auto found = findTemplate(db, &why);
    if (!found) {
        result->warnings.append(
            Tr::tr("the scratch databases are migrated, not copied from a template: %1").arg(why));
        return;
    }
    result->templateDatabase = found->first;
    shards->front().buildsTemplate = !found->second;
    for (Shard &s : *shards) {
        if (found->second || &s == &shards->front())
            s.templateDatabase = found->first;
    }
}

// The shards' warnings into the run's result, and to the log; the template is the run's only
// when nothing went wrong with it.
void reportSetup(const std::vector<Shard> &shards, Simulator::Result *result)
{
    for (const Shard &s : shards) {
        if (!s.warnings.isEmpty())
            result->templateDatabase.clear();
        result->warnings += s.warnings;
    }
    for (const QString &warning : std::as_const(result->warnings))
        qWarning("touchline simulator: %s", qPrintable(warning));
}

// The outcome draws of every step of the flow: the step's own table, else the run's default for
// its channel, else the built-in one; false naming the first outcome a step's channel cannot
// have.
bool stepDistributions(const Flow &flow,
                       const QJsonObject &probabilities,
                       QHash<QString, QHash<int, Distribution>> *perStep,
                       DbError *error)
{
    const QJsonObject defaults = probabilities.value(u"default"_s).toObject();
    const QJsonObject builtIn = Simulator::defaultProbabilities().value(u"default"_s).toObject();
    for (const Campaign &c : std::as_const(flow.campaigns)) {
        const QJsonObject own = probabilities.value(c.slug).toObject();
        for (const Step &s : c.steps) {
            QJsonObject table = own.value(QString::number(s.stepNumber)).toObject();
            if (table.isEmpty())
                table = defaults.value(s.channel).toObject();
            if (table.isEmpty())
                table = builtIn.value(s.channel).toObject();
            for (auto it = table.begin(); it != table.end(); ++it) {
                if (!Vocabulary::isOutcomeFor(s.channel, it.key())) {
                    *error = {DbError::Kind::Rejected,
                              Tr::tr("%1.%2.%3: unknown outcome for a %4 step")
                                  .arg(c.slug)
                                  .arg(s.stepNumber)
                                  .arg(it.key(), s.channel)};
                    return false;
                }
            }
            (*perStep)[c.slug].insert(s.stepNumber, Distribution(table));
        }
    }
    return true;
}

} // namespace

QString Simulator::entryCampaign(const Flow &flow)
{
    for (const Campaign &c : flow.campaigns) {
        if (c.ownerRole == QLatin1String(Vocabulary::ownerRoleBdr))
            return c.slug;
    }
    return flow.campaigns.isEmpty() ? QString() : flow.campaigns.constFirst().slug;
}

QJsonObject Simulator::defaultProbabilities()
{
    return {{u"default"_s,
             QJsonObject{
                 {u"voice"_s,
                  QJsonObject{{u"live_answer"_s, 0.35},
                              {u"answering_machine"_s, 0.30},
                              {u"no_answer"_s, 0.20},
                              {u"busy"_s, 0.10},
                              {u"failed"_s, 0.03},
                              {u"fax"_s, 0.01},
                              {u"sit_uncallable"_s, 0.01}}},
                 {u"sms"_s,
                  QJsonObject{{u"delivered"_s, 0.82}, {u"replied"_s, 0.12}, {u"failed"_s, 0.06}}},
                 {u"email"_s,
                  QJsonObject{{u"meeting_booked"_s, 0.02},
                              {u"interested"_s, 0.03},
                              {u"not_interested"_s, 0.02},
                              {u"out_of_office"_s, 0.01},
                              {u"unsubscribe"_s, 0.005},
                              {u"bounced"_s, 0.02}}},
                 {u"linkedin"_s,
                  QJsonObject{{u"accepted"_s, 0.25},
                              {u"interested"_s, 0.02},
                              {u"meeting_booked"_s, 0.01},
                              {u"not_interested"_s, 0.02}}}}}};
}

QStringList Simulator::validateProbabilities(const QJsonObject &probabilities)
{
    QStringList problems;
    auto checkTable = [&](const QJsonValue &v, const QString &path, const QString &channel) {
        if (!v.isObject()) {
            problems.append(Tr::tr("%1: expected an object of outcome probabilities").arg(path));
            return;
        }
        double total = 0;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + u'.' + it.key();
            if (!channel.isEmpty() && !Vocabulary::isOutcomeFor(channel, it.key()))
                problems.append(
                    Tr::tr("%1: unknown outcome \"%2\" for channel %3").arg(p, it.key(), channel));
            if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 1)
                problems.append(Tr::tr("%1: expected a probability between 0 and 1").arg(p));
            else
                total += it.value().toDouble();
        }
        if (total > 1.0 + 1e-9)
            problems.append(
                Tr::tr("%1: the probabilities add up to %2, more than 1").arg(path).arg(total));
    };
    for (auto it = probabilities.begin(); it != probabilities.end(); ++it) {
        if (!it.value().isObject()) {
            problems.append(Tr::tr("%1: expected an object").arg(it.key()));
            continue;
        }
        const QJsonObject inner = it.value().toObject();
        for (auto jt = inner.begin(); jt != inner.end(); ++jt) {
            const QString path = it.key() + u'.' + jt.key();
            if (it.key() == u"default") {
                if (!Vocabulary::channels().contains(jt.key()))
                    problems.append(Tr::tr("%1: unknown channel \"%2\"").arg(path, jt.key()));
                checkTable(jt.value(), path, jt.key());
            } else {
                bool ok = false;
                jt.key().toInt(&ok);
                if (!ok)
                    problems.append(Tr::tr("%1: expected a step number as the key").arg(path));
                checkTable(jt.value(), path, QString()); // the channel is checked at run time
            }
        }
    }
    return problems;
}

std::optional<Simulator::Result>
Simulator::run(const ConnectionSettings &source, const Options &options, DbError *error)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    const QStringList problems = validateProbabilities(options.probabilities);
    if (!problems.isEmpty()) {
        *error = {DbError::Kind::Rejected, problems.join(u'\n')};
        return std::nullopt;
    }

    // The campaign and everything its on_exit routes can reach.
    const QString campaign = options.campaign.isEmpty() && options.flow
                                 ? entryCampaign(*options.flow)
                                 : options.campaign;
    // The shards, each with its scratch database, its range of contacts and its lane. A kept
    // database holds the whole run: one shard.
    const int shardCount
        = options.connections > 1 && !options.keepDatabase && options.contacts >= 2 ? 2 : 1;
    std::vector<Shard> shards(shardCount);
    std::vector<std::unique_ptr<Lane>> lanes;
    for (int i = 0; i < shardCount; ++i) {
        Shard &s = shards[i];
        s.database = u"touchline_sim_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        s.connectionName = u"simulator-"_s + s.database;
        s.firstContact = 1 + int(qint64(options.contacts) * i / shardCount);
        s.lastContact = int(qint64(options.contacts) * (i + 1) / shardCount);
        lanes.push_back(std::make_unique<Lane>(i > 0));
    }
    result.scratchDatabase = shards.front().database;
    const QString sourceName = u"simulator-source-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Flow flow;
    QString clientId;
    QDateTime start = options.start;
    qint64 mark = 0;
    // A lambda, so that every handle on the source connection is gone before it is closed.
    const bool loaded = [&] {
        QSqlDatabase db = Database::open(source, sourceName, error);
        if (*error)
            return false;
        std::optional<Flow> all = options.flow;
        if (!all)
            all = FlowStore(db).load({}, error);
        if (!all)
            return false;
        if (all->indexOf(campaign) < 0) {
            *error
                = {DbError::Kind::Rejected, Tr::tr("no campaign with the slug %1").arg(campaign)};
            return false;
        }
        flow = reachableFrom(*all, campaign);
        clientId = flow.campaigns.constFirst().clientId;
        QSqlQuery q(db);
        if (!start.isValid()) {
            // Next Monday 09:00 UTC: a working week ahead, whatever the send windows say.
            if (q.exec(nextMondaySql) && q.next())
                start
                    = QDateTime::fromMSecsSinceEpoch(q.value(u"start_ms"_s).toLongLong(), Qt::UTC);
        }
        mark = clock.elapsed();
        useTemplate(db, &shards, &result);
        // The first scratch database here (unless it waits for the template it builds); the
        // others on their lanes, each while the one before is set up (two created at once took
        // twice as long each); none of them tries the template again once it failed for the
        // first.
        if (shards.front().buildsTemplate)
            return true;
        if (!createScratch(db, &shards.front(), error))
            return false;
        for (Shard &s : shards)
            s.templateDatabase = shards.front().templateDatabase;
        return true;
    }();
    Database::close(sourceName);
    if (!loaded) {
        result.scratchDatabase.clear();
        return std::nullopt;
    }
    result.start = start;
    result.end = start.addDays(options.days);

    // Runs `job` for every shard at once, each on its lane (the calling thread's last); false
    // with the first failure's error when one failed.
    const auto onEveryShard = [&](const std::function<bool(Shard *, DbError *)> &job) {
        for (int i = shardCount - 1; i >= 0; --i)
            lanes[i]->start([&job, &shards, i](DbError *e) { return job(&shards[i], e); });
        bool all = true;
        for (int i = 0; i < shardCount; ++i) {
            DbError laneError;
            if (!lanes[i]->wait(&laneError) && all) {
                *error = laneError;
                all = false;
            }
        }
        return all;
    };

    const auto phase = [&](qint64 *ms) {
        *ms = clock.elapsed() - mark;
        mark = clock.elapsed();
    };
    // The outcome draws of every step, checked before any shard runs.
    QHash<QString, QHash<int, Distribution>> perStep; // slug -> step -> distribution
    bool ok = stepDistributions(flow, options.probabilities, &perStep, error);
    // A shard enrolls its contacts as soon as its own database is ready; the setup ends when
    // the last database is.
    ok = ok && onEveryShard([&](Shard *s, DbError *e) {
             ConnectionSettings scratch = source;
             scratch.database = s->database;
             if (!setUpShard(s, source, scratch, flow, e))
                 return false;
             s->readyMs = clock.elapsed();
             return enrollShard(s, clientId, campaign, start, e);
         });
    reportSetup(shards, &result);
    qint64 ready = mark;
    for (const Shard &s : shards)
        ready = std::max(ready, s.readyMs);
    result.setupMs = ready - mark;
    mark = ready;
    phase(&result.enrollMs);

    // Virtual time: jump from one moment with work to the next.
    std::mt19937_64 rng(options.seed);
    // Per shard: ms since epoch -> the outcomes due then.
    std::vector<std::map<qint64, QVector<Engine::OutcomeRequest>>> pending(shardCount);
    QSet<QString> seenOutbound;
    QDateTime now = start;
    while (ok && now <= result.end) {
        if (options.cancel && options.cancel->load()) {
            *error = {DbError::Kind::Rejected, Tr::tr("the simulation was cancelled")};
            ok = false;
            break;
        }
        ++result.events;
        for (int i = 0; i < shardCount; ++i) {
            const auto due = pending[i].find(now.toMSecsSinceEpoch());
            if (due != pending[i].end()) {
                shards[i].outcomes = std::move(due->second);
                pending[i].erase(due);
            }
        }
        ok = onEveryShard([&](Shard *s, DbError *e) { return runMoment(s, now, e); });
        if (!ok)
            break;
        // The shards hold consecutive ranges of contact ids, in order: their sends one after
        // the other are the moment's sends in the order of one database. The draws follow it.
        QDateTime next;
        for (int i = 0; i < shardCount; ++i) {
            for (const Send &send : std::as_const(shards[i].sends)) {
                if (seenOutbound.contains(send.id))
                    continue;
                seenOutbound.insert(send.id);
                const auto pick = perStep.value(send.slug).value(send.step).sample(rng);
                if (!pick)
                    continue;
                const QDateTime when = now.addSecs(latencySeconds(send.channel));
                pending[i][when.toMSecsSinceEpoch()].append({send.contact,
                                                             send.slug,
                                                             send.step,
                                                             pick->outcome,
                                                             pick->intent,
                                                             when,
                                                             send.id,
                                                             {}});
            }
            const QDateTime due = shards[i].nextDue;
            if (due.isValid() && (!next.isValid() || due < next))
                next = due;
            if (!pending[i].empty()) {
                const QDateTime firstOutcome
                    = QDateTime::fromMSecsSinceEpoch(pending[i].begin()->first, Qt::UTC);
                if (!next.isValid() || firstOutcome < next)
                    next = firstOutcome;
            }
        }
        if (!next.isValid())
            break; // nothing left to happen
        now = std::max(next, now.addMSecs(1));
    }

    phase(&result.runMs);
    if (ok) {
        ok = onEveryShard(
            [&](Shard *s, DbError *e) { return readReport(s->db, start, &s->report, e); });
        for (const Shard &s : shards)
            addReport(&result, s.report);
    }
    // Every connection closed by the thread that opened it, then the lanes' threads stopped.
    for (int i = shardCount - 1; i >= 0; --i) {
        lanes[i]->start([&shards, i](DbError *) {
            Shard &s = shards[i];
            s.engine.reset();
            s.db = QSqlDatabase();
            Database::close(s.connectionName);
            return true;
        });
    }
    for (const auto &lane : lanes) {
        DbError ignored;
        lane->wait(&ignored);
    }
    lanes.clear();

    if (!options.keepDatabase) {
        const QString dropName = u"simulator-drop-"_s + result.scratchDatabase;
        {
            DbError dropError;
            QSqlDatabase db = Database::open(source, dropName, &dropError);
            QSqlQuery q(db);
            for (const Shard &s : shards) {
                if (!dropError && s.created)
                    q.exec(dropDatabaseSql.arg(s.database));
            }
        }
        Database::close(dropName);
    }
    phase(&result.reportMs);
    if (!ok)
        return std::nullopt;
    result.elapsedMs = clock.elapsed();
    *error = {};
    return result;
}

} // namespace Touchline
