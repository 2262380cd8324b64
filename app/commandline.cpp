#include "commandline.h"

#include "connection.h"
#include "demoflows.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "migrator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QJsonArray issuesToJson(const FlowIssues &issues)
{
    QJsonArray a;
    for (const FlowIssue &i : issues)
        a.append(QJsonObject{{u"path"_s, i.path}, {u"message"_s, i.message}});
    return a;
}

// Options every command takes.
void addCommonOptions(QCommandLineParser &p, bool withJson = true)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({u"db"_s,
                 CommandLine::tr("PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded "
                                 "local database)"),
                 u"URL"_s});
    if (withJson)
        p.addOption({u"json"_s, CommandLine::tr("Print one JSON object on standard output.")});
    p.addHelpOption();
}

} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{}

bool CommandLine::isCommand(const QString &word)
{
    static const QStringList commands{u"validate"_s, u"import"_s, u"export"_s, u"db"_s};
    return commands.contains(word);
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr("usage: touchline [--db URL]                 open the window\n"
                "       touchline validate FILE.json [--json]\n"
                "       touchline import FILE.json [--db URL] [--json]\n"
                "       touchline export [-o FILE] [--campaign SLUG]... [--db URL]\n"
                "       touchline db init [--demo] | migrate | status [--db URL] [--json]\n"
                "exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, "
                "3 database unreachable")
          << Qt::endl;
    return UsageOrIo;
}

void CommandLine::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(QString());
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + command);
    if (command == u"validate")
        return validate(rest);
    if (command == u"import")
        return importFlow(rest);
    if (command == u"export")
        return exportFlow(rest);
    if (command == u"db")
        return db(rest);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        usage(QString());
        return Ok;
    }
    return usage(tr("unknown command \"%1\"").arg(command));
}

int CommandLine::validate(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"file"_s, tr("The flow definition to check."));
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("validate takes exactly one FILE"));
    const QString file = p.positionalArguments().constFirst();
    const bool json = p.isSet(u"json"_s);

    const FlowReadResult result = FlowCodec::readFile(file);
    if (result.status == FlowReadResult::Status::Unreadable) {
        if (json)
            printJson({{u"file"_s, file}, {u"valid"_s, false}, {u"error"_s, result.readError}});
        m_err << file << u": "_s << result.readError << Qt::endl;
        return UsageOrIo;
    }
    const FlowIssues errors = result.errors();
    const FlowIssues warnings = result.warnings();
    if (json) {
        printJson({{u"file"_s, file},
                   {u"valid"_s, result.ok()},
                   {u"campaigns"_s, result.ok() ? result.flow.campaigns.size() : 0},
                   {u"errors"_s, issuesToJson(errors)},
                   {u"warnings"_s, issuesToJson(warnings)}});
    }
    for (const FlowIssue &i : errors)
        m_err << tr("error: %1").arg(i.toString()) << Qt::endl;
    for (const FlowIssue &i : warnings)
        m_err << tr("warning: %1").arg(i.toString()) << Qt::endl;
    if (!result.ok())
        return Rejected;
    if (!json)
        m_out
            << tr("%1: valid, %n campaign(s)", nullptr, int(result.flow.campaigns.size())).arg(file)
            << Qt::endl;
    return Ok;
}

int CommandLine::importFlow(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"file"_s, tr("The flow definition to import."));
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("import takes exactly one FILE"));
    const QString file = p.positionalArguments().constFirst();
    const bool json = p.isSet(u"json"_s);

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(file, in.errorString()) << Qt::endl;
        return UsageOrIo;
    }
    const QByteArray bytes = in.readAll();

    QString problem;
    const auto settings = Connection::resolve(p.value(u"db"_s), &problem);
    if (!settings)
        return usage(problem);
    Connection connection;
    DbError error;
    if (!connection.open(*settings, &error)) {
        m_err << error.message << Qt::endl;
        return Unreachable;
    }
    FlowStore store(connection.database());
    const FlowReadResult result = store.readForImport(bytes, &error);
    if (error) {
        m_err << error.message << Qt::endl;
        return Unreachable;
    }
    if (result.status == FlowReadResult::Status::Unreadable) {
        m_err << file << u": "_s << result.readError << Qt::endl;
        return UsageOrIo;
    }
    for (const FlowIssue &i : result.errors())
        m_err << tr("error: %1").arg(i.toString()) << Qt::endl;
    for (const FlowIssue &i : result.warnings())
        m_err << tr("warning: %1").arg(i.toString()) << Qt::endl;
    if (!result.ok()) {
        m_err << tr("%1 is invalid: nothing was imported").arg(file) << Qt::endl;
        if (json)
            printJson({{u"file"_s, file},
                       {u"imported"_s, false},
                       {u"errors"_s, issuesToJson(result.errors())}});
        return Rejected;
    }
    const auto report = store.importFlow(result.flow, file, &error);
    if (!report) {
        m_err << tr("import of %1 failed, nothing was written: %2").arg(file, error.message)
              << Qt::endl;
        return Rejected;
    }
    if (json) {
        QJsonObject revisions;
        for (auto it = report->revisions.cbegin(); it != report->revisions.cend(); ++it)
            revisions.insert(it.key(), it.value());
        printJson({{u"file"_s, file},
                   {u"imported"_s, true},
                   {u"created"_s, QJsonArray::fromStringList(report->created)},
                   {u"updated"_s, QJsonArray::fromStringList(report->updated)},
                   {u"unchanged"_s, QJsonArray::fromStringList(report->unchanged)},
                   {u"revisions"_s, revisions},
                   {u"warnings"_s, issuesToJson(result.warnings())}});
    } else {
        m_out << tr("imported %1 into %2: %3 created, %4 updated, %5 unchanged")
                     .arg(file, connection.settings().displayName())
                     .arg(report->created.size())
                     .arg(report->updated.size())
                     .arg(report->unchanged.size())
              << Qt::endl;
    }
    return Ok;
}

int CommandLine::exportFlow(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p, false);
    p.addOption(
        {{u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), u"FILE"_s});
    p.addOption({u"campaign"_s, tr("Export only this campaign (repeatable)."), u"SLUG"_s});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(tr("export takes no FILE argument; use -o FILE"));

    QString problem;
    const auto settings = Connection::resolve(p.value(u"db"_s), &problem);
    if (!settings)
        return usage(problem);
    Connection connection;
    DbError error;
    if (!connection.open(*settings, &error)) {
        m_err << error.message << Qt::endl;
        return Unreachable;
    }
    const QStringList slugs = p.values(u"campaign"_s);
    FlowStore store(connection.database());
    const auto flow = store.load(slugs, &error);
    if (!flow) {
        m_err << error.message << Qt::endl;
        return slugs.isEmpty() ? Unreachable : Rejected;
    }
    for (const Campaign &c : flow->campaigns) {
        for (auto it = c.onExit.cbegin(); it != c.onExit.cend(); ++it) {
            if (flow->indexOf(it.value()) < 0)
                m_err << tr("note: %1 routes %2 to %3, which is not in this export; import "
                            "resolves it from the database")
                             .arg(c.slug, it.key(), it.value())
                      << Qt::endl;
        }
    }
    const QByteArray bytes = FlowCodec::write(*flow);
    if (!p.isSet(u"output"_s)) {
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return Ok;
    }
    QSaveFile out(p.value(u"output"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << tr("cannot write %1: %2").arg(out.fileName(), out.errorString()) << Qt::endl;
        return UsageOrIo;
    }
    return Ok;
}

int CommandLine::db(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"demo"_s, tr("db init: also load the demo flows into an empty database.")});
    p.addPositionalArgument(u"action"_s, tr("init, migrate or status"));
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return Ok;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("db needs one action: init, migrate or status"));
    const QString action = positional.constFirst();
    if (action != u"init" && action != u"migrate" && action != u"status")
        return usage(tr("unknown db action \"%1\" (expected init, migrate or status)").arg(action));
    const bool json = p.isSet(u"json"_s);

    QString problem;
    const auto settings = Connection::resolve(p.value(u"db"_s), &problem);
    if (!settings)
        return usage(problem);
    Connection connection;
    DbError error;
    if (!connection.open(*settings, &error, false)) {
        if (action == u"init" && !settings->embedded && error.kind == DbError::Kind::Unreachable) {
            // The server may be up with the database not created yet: create it, then retry.
            ConnectionSettings maintenance = *settings;
            maintenance.database = u"postgres"_s;
            Connection admin(u"touchline-admin"_s);
            DbError adminError;
            if (admin.open(maintenance, &adminError, false)) {
                QSqlQuery q(admin.database());
                const QString name = settings->database;
                if (!q.exec(
                        u"create database \"%1\""_s.arg(QString(name).replace(u'"', u"\"\""_s)))) {
                    m_err << tr("cannot create the database %1: %2")
                                 .arg(name, Database::describe(q.lastError()))
                          << Qt::endl;
                    return Unreachable;
                }
                admin.close();
                if (connection.open(*settings, &error, false))
                    error = {};
            }
        }
        if (error) {
            m_err << error.message << Qt::endl;
            return Unreachable;
        }
    }
    QSqlDatabase database = connection.database();
    Migrator migrator(database);
    QStringList applied;
    bool demoLoaded = false;
    if (action != u"status") {
        QString message;
        if (!migrator.migrate(&message, &applied)) {
            m_err << message << Qt::endl;
            return Unreachable;
        }
        if (action == u"init" && p.isSet(u"demo"_s)) {
            demoLoaded = DemoFlows::installIfFirstRun(database, &error);
            if (error) {
                m_err << error.message << Qt::endl;
                return Unreachable;
            }
        }
    }
    QString message;
    const int current = migrator.currentVersion(&message);
    if (current < 0) {
        m_err << message << Qt::endl;
        return Unreachable;
    }
    const int latest = Migrator::latestVersion();
    QSqlQuery q(database);
    QString serverVersion;
    if (q.exec(u"show server_version"_s) && q.next())
        serverVersion = q.value(0).toString();
    int campaigns = -1;
    if (current > 0 && q.exec(u"select count(*) from campaigns"_s) && q.next())
        campaigns = q.value(0).toInt();

    if (json) {
        QJsonObject o{{u"database"_s, connection.settings().displayName()},
                      {u"embedded"_s, connection.settings().embedded},
                      {u"server_version"_s, serverVersion},
                      {u"schema_version"_s, current},
                      {u"latest_version"_s, latest},
                      {u"pending"_s, std::max(0, latest - current)},
                      {u"applied"_s, QJsonArray::fromStringList(applied)}};
        if (campaigns >= 0)
            o.insert(u"campaigns"_s, campaigns);
        if (action == u"init")
            o.insert(u"demo_loaded"_s, demoLoaded);
        printJson(o);
    } else {
        m_out << tr("database: %1 (PostgreSQL %2)")
                     .arg(connection.settings().displayName(), serverVersion)
              << Qt::endl;
        for (const QString &m : applied)
            m_out << tr("applied migration %1").arg(m) << Qt::endl;
        m_out << tr("schema version %1 of %2%3")
                     .arg(current)
                     .arg(latest)
                     .arg(current > latest ? tr(": the database is newer than this Touchline")
                          : current < latest
                              ? tr(": %1 pending, run touchline db migrate").arg(latest - current)
                              : tr(", up to date"))
              << Qt::endl;
        if (campaigns >= 0)
            m_out << tr("%n campaign(s)", nullptr, campaigns) << Qt::endl;
        if (demoLoaded)
            m_out << tr("demo flows loaded") << Qt::endl;
    }
    return Ok;
}

} // namespace Touchline
