// `touchline report`: the per-step outcome breakdown of one campaign, from the dashboard's
// summary rows, optionally read from a streaming replica (--replica-db, TOUCHLINE_REPLICA_DB).
#include "commandline.h"

#include "connection.h"
#include "reportstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QJsonObject stepJson(const StepReport &s)
{
    QJsonObject outcomes;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
        if (it.value() != 0)
            outcomes.insert(it.key(), it.value());
    QJsonObject items;
    for (auto it = s.items.cbegin(); it != s.items.cend(); ++it)
        if (it.value() != 0)
            items.insert(it.key(), it.value());
    return {{u"step_number"_s, s.step},
            {u"channel"_s, s.channel},
            {u"handler"_s, s.handler},
            {u"content_type"_s, s.contentType},
            {u"fired"_s, s.fired},
            {u"items"_s, items},
            {u"outcomes"_s, outcomes}};
}

} // namespace

int CommandLine::report(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({u"db"_s,
                 tr("PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)"),
                 u"URL"_s});
    p.addOption({u"replica-db"_s,
                 tr("Read from this streaming replica (default: $TOUCHLINE_REPLICA_DB, else the "
                    "database itself)."),
                 u"URL"_s});
    p.addOption({u"json"_s, tr("Print one JSON object on standard output.")});
    p.addOption({u"campaign"_s, tr("The campaign to report on."), u"SLUG"_s});
    p.addOption({u"from"_s, tr("Start of the window (rounded down to the hour)."), u"TIME"_s});
    p.addOption({u"to"_s, tr("End of the window (rounded up to the hour)."), u"TIME"_s});
    p.addOption({u"revision"_s, tr("Only enrollments on this revision."), u"N"_s});
    p.addOption({u"channel"_s, tr("Only steps on this channel."), u"CHANNEL"_s});
    p.addHelpOption();
    if (const auto stop = parseArguments(p, args))
        return *stop;
    if (!p.isSet(u"campaign"_s) || !p.positionalArguments().isEmpty())
        return usage(tr("report needs --campaign SLUG and no other argument"));
    ReportFilter filter;
    filter.campaign = p.value(u"campaign"_s);
    filter.channel = p.value(u"channel"_s);
    for (const QString &option : {u"from"_s, u"to"_s}) {
        if (!p.isSet(option))
            continue;
        const auto t = parseTime(option, p.value(option));
        if (!t)
            return Rejected;
        (option == u"from" ? filter.from : filter.to) = t;
    }
    if (filter.from && filter.to && *filter.from >= *filter.to) {
        m_err << tr("--from must be before --to") << Qt::endl;
        return Rejected;
    }
    if (p.isSet(u"revision"_s)) {
        bool ok = false;
        filter.revision = p.value(u"revision"_s).toInt(&ok);
        if (!ok || filter.revision < 1) {
            m_err << tr("--revision %1: expected a positive number").arg(p.value(u"revision"_s))
                  << Qt::endl;
            return Rejected;
        }
    }
    QString replicaUrl = p.value(u"replica-db"_s);
    if (replicaUrl.isEmpty())
        replicaUrl = qEnvironmentVariable("TOUCHLINE_REPLICA_DB");
    QString problem;
    const auto settings = replicaUrl.isEmpty() ? Connection::resolve(p.value(u"db"_s), &problem)
                                               : ConnectionSettings::fromUrl(replicaUrl, &problem);
    if (!settings)
        return usage(problem);
    Connection connection(u"touchline-report"_s);
    DbError error;
    // A replica is read-only: it follows the primary's schema and is never migrated.
    if (!connection.open(*settings, &error, replicaUrl.isEmpty())) {
        m_err << error.message << Qt::endl;
        return Unreachable;
    }
    const auto report = ReportStore(connection.database()).campaign(filter, &error);
    if (!report)
        return reportEngineError(error);
    if (p.isSet(u"json"_s)) {
        QJsonArray steps;
        for (const StepReport &s : report->steps)
            steps.append(stepJson(s));
        QJsonObject enrollments;
        for (auto it = report->enrollments.cbegin(); it != report->enrollments.cend(); ++it)
            enrollments.insert(it.key(), it.value());
        QJsonObject out{
            {u"campaign"_s, report->slug}, {u"steps"_s, steps}, {u"enrollments"_s, enrollments}};
        if (filter.from)
            out.insert(u"from"_s, filter.from->toString(Qt::ISODate));
        if (filter.to)
            out.insert(u"to"_s, filter.to->toString(Qt::ISODate));
        printJson(out);
        return Ok;
    }
    printReport(*report);
    return Ok;
}

void CommandLine::printReport(const CampaignReport &report)
{
    m_out << tr("%1 (%2), client %3").arg(report.name, report.slug, report.client) << Qt::endl;
    for (const StepReport &s : report.steps) {
        const QString channel
            = s.handler.isEmpty() ? s.channel : u"%1 (%2)"_s.arg(s.channel, s.handler);
        m_out
            << tr("step %1  %2  %3  fired %4").arg(s.step).arg(channel, s.contentType).arg(s.fired)
            << Qt::endl;
        QVector<QPair<qint64, QString>> sorted;
        for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
            if (it.value() != 0)
                sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (const auto &o : sorted)
            m_out << u"    %1 %2 %3%"_s.arg(o.second, -22)
                         .arg(o.first, 8)
                         .arg(s.fired > 0 ? 100.0 * double(o.first) / double(s.fired) : 0.0,
                              6,
                              'f',
                              1)
                  << Qt::endl;
    }
    QStringList parts;
    for (auto it = report.enrollments.cbegin(); it != report.enrollments.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    m_out << tr("enrollments: %1").arg(parts.isEmpty() ? tr("none") : parts.join(u", "_s))
          << Qt::endl;
}

} // namespace Touchline
