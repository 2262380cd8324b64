// touchline db archive [--older-than DAYS] [--set-retention DAYS] [--batch N] [--at TIME]
#include "commandline.h"
#include "connection.h"
#include "historyarchive.h"

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> parseCount(const QString &text, int minimum)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < minimum)
        return std::nullopt;
    return n;
}

} // namespace

int CommandLine::dbArchive(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"older-than"_s,
                 tr("Archive what ended more than DAYS ago (default: the stored retention)."),
                 u"DAYS"_s});
    p.addOption({u"set-retention"_s,
                 tr("Store DAYS as the retention (used by later runs and the scheduler), then "
                    "archive with it."),
                 u"DAYS"_s});
    p.addOption({u"batch"_s, tr("Enrollments per transaction (default 1000)."), u"N"_s});
    p.addOption(
        {u"at"_s, tr("Count the age from TIME (default: the database's now())."), u"TIME"_s});
    p.addPositionalArgument(u"archive"_s, tr("archive"));
    if (const auto stop = parseArguments(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return usage(tr("db archive takes no further arguments"));
    HistoryArchive::Options options;
    if (p.isSet(u"older-than"_s)) {
        options.olderThanDays = parseCount(p.value(u"older-than"_s), 0);
        if (!options.olderThanDays)
            return usage(tr("--older-than expects a number of days (0 or more), not \"%1\"")
                             .arg(p.value(u"older-than"_s)));
    }
    std::optional<int> retention;
    if (p.isSet(u"set-retention"_s)) {
        retention = parseCount(p.value(u"set-retention"_s), 1);
        if (!retention)
            return usage(tr("--set-retention expects a number of days (1 or more), not \"%1\"")
                             .arg(p.value(u"set-retention"_s)));
        if (options.olderThanDays)
            return usage(tr("db archive: --older-than and --set-retention exclude each other"));
    }
    if (p.isSet(u"batch"_s)) {
        const auto batch = parseCount(p.value(u"batch"_s), 1);
        if (!batch)
            return usage(
                tr("--batch expects a positive number, not \"%1\"").arg(p.value(u"batch"_s)));
        options.batchSize = *batch;
    }
    if (!parseAt(p, &options.at))
        return UsageOrIo;

    Connection connection;
    if (const int rc = openDatabase(p, &connection); rc != Ok)
        return rc;
    DbError error;
    if (retention && !HistoryArchive::setRetentionDays(connection.database(), *retention, &error))
        return reportEngineError(error);
    const auto report = HistoryArchive::run(connection.database(), options, &error);
    if (!report)
        return reportEngineError(error);
    if (p.isSet(u"json"_s)) {
        printJson({{u"retention_days"_s, report->retentionDays},
                   {u"cutoff"_s, report->cutoff.toString(Qt::ISODateWithMs)},
                   {u"enrollments"_s, report->enrollments},
                   {u"items"_s, report->items},
                   {u"drafts"_s, report->drafts},
                   {u"outcomes"_s, report->outcomes},
                   {u"tasks"_s, report->tasks},
                   {u"batches"_s, report->batches}});
    } else {
        m_out
            << tr("archived what ended before %1 (%n day(s) ago):", nullptr, report->retentionDays)
                   .arg(report->cutoff.toString(Qt::ISODate))
            << Qt::endl
            << tr("%1 enrollment(s), %2 item(s), %3 draft(s), %4 outcome(s), %5 task(s)")
                   .arg(report->enrollments)
                   .arg(report->items)
                   .arg(report->drafts)
                   .arg(report->outcomes)
                   .arg(report->tasks)
            << Qt::endl;
    }
    return Ok;
}

} // namespace Touchline
