#include "simulator.h"

#include "engine.h"
#include "flowstore.h"
#include "migrator.h"
#include "tr.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <map>
#include <random>

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

// Writes the simulated contacts sim0000001 to simN of the client, with every merge field a demo
// template might use.
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
  from generate_series(1, :n) as g
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
    const QString sourceName = u"simulator-source-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Flow flow;
    QString clientId;
    QDateTime start = options.start;
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
        result.scratchDatabase
            = u"touchline_sim_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!q.exec(createDatabaseSql.arg(result.scratchDatabase))) {
            *error = {DbError::Kind::Failed,
                      Tr::tr("cannot create the scratch database: %1")
                          .arg(Database::describe(q.lastError()))};
            result.scratchDatabase.clear();
            return false;
        }
        // A throwaway database: its commits need not wait for the disk (a server that
        // flushes each commit would otherwise wait once per batch of every virtual moment).
        q.exec(noSyncCommitSql.arg(result.scratchDatabase));
        return true;
    }();
    Database::close(sourceName);
    if (!loaded)
        return std::nullopt;
    result.start = start;
    result.end = start.addDays(options.days);

    ConnectionSettings scratch = source;
    scratch.database = result.scratchDatabase;
    const QString scratchName = u"simulator-"_s + result.scratchDatabase;
    bool ok = true;
    qint64 mark = clock.elapsed();
    const auto phase = [&](qint64 *ms) {
        *ms = clock.elapsed() - mark;
        mark = clock.elapsed();
    };
    {
        QSqlDatabase db = Database::open(scratch, scratchName, error);
        QString message;
        ok = !*error && Migrator(db).migrate(&message);
        if (ok && !message.isEmpty())
            *error = {DbError::Kind::Failed, message};
        FlowStore store(db);
        ok = ok && store.importFlow(flow, Tr::tr("simulation"), error).has_value();

        phase(&result.setupMs);

        QSqlQuery q(db);
        if (ok) {
            // Contacts with every merge field a demo template might use.
            q.prepare(insertContactsSql);
            q.bindValue(u":client"_s, clientId);
            q.bindValue(u":n"_s, options.contacts);
            ok = q.exec();
            if (!ok)
                *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        }
        Engine engine(db);
        if (ok) {
            QStringList ids;
            ids.reserve(options.contacts);
            for (int i = 1; i <= options.contacts; ++i)
                ids.append(u"sim%1"_s.arg(i, 7, 10, QLatin1Char('0')));
            ok = engine.enroll({campaign, ids, QString(), QString(), start}, error).has_value();
        }
        // Statistics for the rows just written: without them the planner takes the scratch
        // tables for empty and probes the due index with whole id arrays (seconds per pass).
        // The application's tables only: the system catalogs were half of a plain "analyze".
        if (ok && !q.exec(analyzeTablesSql)) {
            *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
            ok = false;
        }
        phase(&result.enrollMs);

        // Virtual time: jump from one moment with work to the next.
        QHash<QString, QHash<int, Distribution>> perStep; // slug -> step -> distribution
        const QJsonObject defaults = options.probabilities.value(u"default"_s).toObject();
        const QJsonObject builtIn = defaultProbabilities().value(u"default"_s).toObject();
        for (const Campaign &c : std::as_const(flow.campaigns)) {
            const QJsonObject own = options.probabilities.value(c.slug).toObject();
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
                        ok = false;
                    }
                }
                perStep[c.slug].insert(s.stepNumber, Distribution(table));
            }
        }
        std::mt19937_64 rng(options.seed);
        std::map<qint64, QVector<Engine::OutcomeRequest>> pending; // ms since epoch -> outcomes
        QSet<QString> seenOutbound;
        QDateTime now = start;
        while (ok && now <= result.end) {
            if (options.cancel && options.cancel->load()) {
                *error = {DbError::Kind::Rejected, Tr::tr("the simulation was cancelled")};
                ok = false;
                break;
            }
            ++result.events;
            const auto due = pending.find(now.toMSecsSinceEpoch());
            if (due != pending.end()) {
                const QVector<Engine::OutcomeRequest> batch = std::move(due->second);
                pending.erase(due);
                for (qsizetype i = 0; ok && i < batch.size(); i += 2000) {
                    ok = engine.recordOutcomes(batch.mid(i, 2000), now, error).has_value();
                }
            }
            if (!ok || !engine.tick(now, 1000, error))
                break;
            q.prepare(sendsAtSql);
            q.bindValue(u":t"_s, iso(now));
            if (!q.exec()) {
                *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
                ok = false;
                break;
            }
            while (q.next()) {
                const QString id = q.value(u"id"_s).toString();
                if (seenOutbound.contains(id))
                    continue;
                seenOutbound.insert(id);
                const QString slug = q.value(u"slug"_s).toString();
                const int step = q.value(u"step_number"_s).toInt();
                const auto pick = perStep.value(slug).value(step).sample(rng);
                if (!pick)
                    continue;
                const QDateTime when
                    = now.addSecs(latencySeconds(q.value(u"channel"_s).toString()));
                pending[when.toMSecsSinceEpoch()].append({q.value(u"contact_id"_s).toString(),
                                                          slug,
                                                          step,
                                                          pick->outcome,
                                                          pick->intent,
                                                          when,
                                                          id,
                                                          {}});
            }
            DbError nextError;
            const auto nextDue = engine.nextDue(&nextError);
            QDateTime next;
            if (nextDue && nextDue->isValid())
                next = *nextDue;
            if (!pending.empty()) {
                const QDateTime firstOutcome
                    = QDateTime::fromMSecsSinceEpoch(pending.begin()->first, Qt::UTC);
                if (!next.isValid() || firstOutcome < next)
                    next = firstOutcome;
            }
            if (!next.isValid())
                break; // nothing left to happen
            now = std::max(next, now.addMSecs(1));
        }

        phase(&result.runMs);
        if (ok)
            ok = readReport(db, start, &result, error);
    }
    Database::close(scratchName);

    if (!options.keepDatabase) {
        const QString dropName = u"simulator-drop-"_s + result.scratchDatabase;
        {
            DbError dropError;
            QSqlDatabase db = Database::open(source, dropName, &dropError);
            QSqlQuery q(db);
            if (!dropError)
                q.exec(dropDatabaseSql.arg(result.scratchDatabase));
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
