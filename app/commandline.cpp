#include "commandline.h"

#include "connection.h"
#include "contactprivacy.h"
#include "contactstore.h"
#include "demoflows.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "migrator.h"
#include "simulator.h"
#include "vocabulary.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <cstdio>
#include <utility>

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

} // namespace

void CommandLine::addCommonOptions(QCommandLineParser &p, bool withJson)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({u"db"_s,
                 tr("PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)"),
                 u"URL"_s});
    if (withJson)
        p.addOption({u"json"_s, tr("Print one JSON object on standard output.")});
    p.addHelpOption();
}

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{}

bool CommandLine::isCommand(const QString &word)
{
    static const QStringList commands{u"validate"_s,
                                      u"import"_s,
                                      u"export"_s,
                                      u"db"_s,
                                      u"enroll"_s,
                                      u"tick"_s,
                                      u"outcome"_s,
                                      u"handoff"_s,
                                      u"contacts"_s,
                                      u"campaign"_s,
                                      u"channel"_s,
                                      u"dispatch"_s,
                                      u"poll"_s,
                                      u"crm"_s};
    return commands.contains(word);
}

void CommandLine::printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << tr(
        "usage: touchline [--db URL]                 open the window\n"
        "       touchline validate FILE.json [--json]\n"
        "       touchline import FILE.json [--db URL] [--json]\n"
        "       touchline export [-o FILE] [--campaign SLUG]... [--db URL]\n"
        "       touchline db init [--demo] | migrate | status [--db URL] [--json]\n"
        "       touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]\n"
        "       touchline contacts import FILE.csv [--client ID] [--encoding NAME] [--db "
        "URL] [--json]\n"
        "       touchline contacts erase ID | export-person ID [-o FILE] [--db URL]\n"
        "       touchline contacts quiet-hours CLIENT --from HH:MM --to HH:MM [--channel CH]\n"
        "       touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)\n"
        "                        [--goal G] [--notes TEXT] [--at TIME] [--json]\n"
        "       touchline tick [--at TIME] [--batch N] [--json]\n"
        "       touchline outcome (--item ID | --contact ID --campaign SLUG --step N)\n"
        "                         --outcome NAME [--intent I] [--event-id KEY] [--at TIME]\n"
        "                         [--json]\n"
        "       touchline handoff list [--all] [--json] | approve ID --campaign SLUG...\n"
        "                         [--goal G] [--notes T] | decline ID --reason R\n"
        "       touchline campaign pause|resume SLUG [--at TIME]\n"
        "       touchline campaign cap --client ID --channel CH --daily N\n"
        "       touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]\n"
        "                          [--probabilities FILE] [--start TIME] [--keep] [--json]\n"
        "       touchline drafts list [--status S] [--campaign SLUG] | approve ID...|--all "
        "[--campaign SLUG] | reject ID... --reason TEXT | undo ID... | claim [--limit N] "
        "[--campaign SLUG] | fill ID [--subject S] --body-file F [--json]\n"
        "       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL] "
        "[--json]\n"
        "       touchline channel set CLIENT CHANNEL --provider smtp|twilio|webhook|manual\n"
        "                         [--url URL] [--from F] [--user U] [--account SID] [--starttls]\n"
        "                         [--secret-stdin] … | channel list [--json] | remove CLIENT CH\n"
        "       touchline dispatch [--at TIME] [--json] | manual [--json] | mark-sent ID | retry "
        "ID "
        "| failed\n"
        "       touchline poll [--at TIME] [--json]\n"
        "       touchline crm sync --client ID [--url BASE] [--since-attribute SLUG] [--json]\n"
        "       touchline crm set-key --client ID      (the Attio API key on standard input)\n"
        "       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL]\n"
        "                        [--revision N] [--channel CH] [--json]\n"
        "TIME is ISO 8601 with an offset, e.g. 2026-03-02T09:00:00+01:00\n"
        "exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, "
        "3 database unreachable")
        << Qt::endl;
    // Its own string, so that the translations of the text above still apply until merged.
    out << tr("       touchline db archive [--older-than DAYS | --set-retention DAYS] [--batch N] "
              "[--at TIME] [--json]")
        << Qt::endl;
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err.flush();
    printUsage(stderr);
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
    if (command == u"enroll")
        return enroll(rest);
    if (command == u"tick")
        return tick(rest);
    if (command == u"outcome")
        return outcome(rest);
    if (command == u"handoff")
        return handoff(rest);
    if (command == u"contacts")
        return contacts(rest);
    if (command == u"campaign")
        return campaign(rest);
    if (command == u"simulate")
        return simulate(rest);
    if (command == u"drafts")
        return drafts(rest);
    if (command == u"report")
        return report(rest);
    if (command == u"channel")
        return channel(rest);
    if (command == u"dispatch")
        return dispatch(rest);
    if (command == u"poll")
        return poll(rest);
    if (command == u"crm")
        return crm(rest);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        m_out.flush();
        printUsage(stdout);
        return Ok;
    }
    if (command == u"--version") {
        m_out << u"touchline "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    return usage(tr("unknown command \"%1\"").arg(command));
}

int CommandLine::validate(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"file"_s, tr("The flow definition to check."));
    if (const auto stop = parseArguments(p, args))
        return *stop;
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
    if (const auto stop = parseArguments(p, args))
        return *stop;
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
        if (json)
            printJson({{u"file"_s, file}, {u"imported"_s, false}, {u"error"_s, result.readError}});
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
        if (json)
            printJson({{u"file"_s, file}, {u"imported"_s, false}, {u"error"_s, error.message}});
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
    if (const auto stop = parseArguments(p, args))
        return *stop;
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
    if (args.size() > 1 && args.at(1) == u"grant")
        return dbGrant(args);
    if (args.size() > 1 && args.at(1) == u"archive")
        return dbArchive(args);
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"demo"_s, tr("db init: also load the demo flows into an empty database.")});
    p.addPositionalArgument(u"action"_s, tr("init, migrate or status"));
    if (const auto stop = parseArguments(p, args))
        return *stop;
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

std::optional<QDateTime> CommandLine::parseTime(const QString &option, const QString &text)
{
    static const QRegularExpression withOffset(u"(Z|[+-]\\d\\d(:?\\d\\d)?)$"_s);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || !withOffset.match(text).hasMatch()) {
        m_err << tr("--%1 %2: expected an ISO 8601 time with its offset, e.g. "
                    "2026-03-02T09:00:00+01:00 or 2026-03-02T08:00:00Z")
                     .arg(option, text)
              << Qt::endl;
        return std::nullopt;
    }
    return t.toUTC();
}

bool CommandLine::parseAt(const QCommandLineParser &p, std::optional<QDateTime> *at)
{
    if (!p.isSet(u"at"_s))
        return true;
    *at = parseTime(u"at"_s, p.value(u"at"_s));
    return at->has_value();
}

std::optional<int> CommandLine::parseArguments(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return int(Ok);
    }
    return std::nullopt;
}

int CommandLine::openDatabase(const QCommandLineParser &p, Connection *connection)
{
    QString problem;
    const auto settings = Connection::resolve(p.value(u"db"_s), &problem);
    if (!settings)
        return usage(problem);
    DbError error;
    if (!connection->open(*settings, &error)) {
        m_err << error.message << Qt::endl;
        return Unreachable;
    }
    return Ok;
}

int CommandLine::reportEngineError(const DbError &error)
{
    m_err << error.message << Qt::endl;
    switch (error.kind) {
    case DbError::Kind::Rejected:
        return Rejected;
    case DbError::Kind::Unreachable:
        return Unreachable;
    case DbError::Kind::Failed: // the database answered, and refused: not "unreachable"
    case DbError::Kind::None:
        break;
    }
    return UsageOrIo;
}

namespace {

// The elements of a JSON array without its brackets: one chunk of a list printed as it grows.
QString jsonElements(const QJsonArray &a)
{
    const QByteArray text = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

int CommandLine::enroll(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"campaign"_s, tr("The campaign to enroll into."), u"SLUG"_s});
    p.addOption({u"contact"_s, tr("A contact id (repeatable)."), u"ID"_s});
    p.addOption({u"contacts-file"_s, tr("A file of contact ids, one per line."), u"FILE"_s});
    p.addOption({u"goal"_s, tr("awareness, pipeline, credibility or marketing_relief."), u"G"_s});
    p.addOption({u"notes"_s, tr("The exec gate's routing note."), u"TEXT"_s});
    p.addOption({u"at"_s, tr("Enrollment time (default: the database's now())."), u"TIME"_s});
    p.addOption({u"connections"_s,
                 tr("Database connections enrolling a file's chunks at once (1 or 2, default 2)."),
                 u"N"_s,
                 u"2"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    if (!p.isSet(u"campaign"_s) || (!p.isSet(u"contact"_s) && !p.isSet(u"contacts-file"_s)))
        return usage(tr("enroll needs --campaign and --contact or --contacts-file"));
    const QString connections = p.value(u"connections"_s);
    if (connections != u"1" && connections != u"2")
        return usage(tr("--connections %1: expected 1 or 2").arg(connections));
    Engine::EnrollRequest request;
    request.campaign = p.value(u"campaign"_s);
    request.goal = p.value(u"goal"_s);
    request.notes = p.value(u"notes"_s);
    if (!parseAt(p, &request.at))
        return Rejected;
    QFile file(p.value(u"contacts-file"_s));
    if (p.isSet(u"contacts-file"_s) && !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_err << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return UsageOrIo;
    }
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    // The ids named on the command line, then the file's, a chunk at a time: a file of any size
    // is enrolled without holding it.
    QStringList named = p.values(u"contact"_s);
    const Engine::ContactChunks fromFile
        = file.isOpen() ? Engine::contactIdsFrom(&file) : Engine::ContactChunks();
    const auto next = [&named, &fromFile](qsizetype max, const QSqlDatabase &db) {
        if (!named.isEmpty())
            return std::exchange(named, {});
        return fromFile ? fromFile(max, db) : QStringList();
    };
    // A second connection only for a file: a few named ids are one chunk.
    Engine::ConnectionOpener second;
    if (file.isOpen() && connections == u"2")
        second = Engine::openerFor(connection.settings());
    return enrollStreamed(Engine(connection.database()), request, next, second, p.isSet(u"json"_s));
}

// Prints each chunk's result as it commits; with --json one object whose lists grow chunk by
// chunk (refusals spooled to a temporary file until the contacts are out).
int CommandLine::enrollStreamed(Engine engine,
                                const Engine::EnrollRequest &request,
                                const Engine::ContactChunks &next,
                                const Engine::ConnectionOpener &second,
                                bool json)
{
    QTemporaryFile refusedSpool;
    if (json && !refusedSpool.open()) {
        m_err << tr("cannot write a temporary file: %1").arg(refusedSpool.errorString())
              << Qt::endl;
        return UsageOrIo;
    }
    qint64 printed = 0, spooled = 0;
    bool opened = false; // the object and its contacts list begun on standard output
    const auto open = [&] {
        if (!std::exchange(opened, true))
            m_out << u"{\"campaign\":"_s << jsonElements({request.campaign})
                  << u",\"contacts\":["_s;
    };
    const auto chunkDone = [&](const Engine::EnrollResult &r) {
        for (const auto &refused : r.refused)
            m_err << tr("refused: %1").arg(refused.second) << Qt::endl;
        if (!json)
            return;
        open();
        if (!r.enrolled.isEmpty())
            m_out << (printed > 0 ? u","_s : QString())
                  << jsonElements(QJsonArray::fromStringList(r.enrolled));
        printed += r.enrolled.size();
        for (const auto &refused : r.refused) {
            const QJsonObject o{{u"contact"_s, refused.first}, {u"reason"_s, refused.second}};
            refusedSpool.write(spooled++ > 0 ? "," : "");
            refusedSpool.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    };
    DbError error;
    const auto result = engine.enrollStream(request, next, chunkDone, &error, second);
    if (json && (opened || result)) {
        open();
        m_out << u"],\"refused\":["_s;
        refusedSpool.seek(0);
        while (!refusedSpool.atEnd())
            m_out << QString::fromUtf8(refusedSpool.read(1 << 16));
        m_out << u"],\"enrolled\":"_s << printed;
        if (!result) // the chunks before the failure are committed; the output says which
            m_out << u",\"error\":"_s << jsonElements({error.message});
        m_out << u"}"_s << Qt::endl;
    }
    if (!result)
        return reportEngineError(error);
    if (!json)
        m_out << tr("enrolled %n contact(s) in %1", nullptr, int(result->enrolled))
                     .arg(request.campaign)
              << Qt::endl;
    return result->refused == 0 ? Ok : Rejected;
}

int CommandLine::tick(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"at"_s, tr("Scheduler time (default: the database's now())."), u"TIME"_s});
    p.addOption(
        {u"batch"_s, tr("Enrollments claimed per transaction (default 1000)."), u"N"_s, u"1000"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    std::optional<QDateTime> at;
    if (!parseAt(p, &at))
        return Rejected;
    bool ok = false;
    const int batch = p.value(u"batch"_s).toInt(&ok);
    if (!ok || batch < 1)
        return usage(tr("--batch %1: expected a positive number").arg(p.value(u"batch"_s)));
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    Engine engine(connection.database());
    DbError error;
    const auto result = engine.tick(at, batch, &error);
    if (!result)
        return reportEngineError(error);
    for (const QString &w : result->warnings)
        m_err << tr("warning: %1").arg(w) << Qt::endl;
    if (p.isSet(u"json"_s)) {
        printJson({{u"fired"_s, result->fired},
                   {u"exited"_s, result->exited},
                   {u"enrolled"_s, result->enrolled},
                   {u"postponed"_s, result->postponed},
                   {u"parked"_s, result->parked},
                   {u"batches"_s, result->batches},
                   {u"errors"_s, result->errors},
                   {u"warnings"_s, QJsonArray::fromStringList(result->warnings)}});
    } else {
        m_out << tr("fired %1, exited %2, enrolled %3, postponed %4")
                     .arg(result->fired)
                     .arg(result->exited)
                     .arg(result->enrolled)
                     .arg(result->postponed)
              << Qt::endl;
    }
    return Ok;
}

int CommandLine::outcome(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"item"_s, tr("The outbound item the outcome answers."), u"ID"_s});
    p.addOption({u"contact"_s, tr("The contact id (with --campaign and --step)."), u"ID"_s});
    p.addOption({u"campaign"_s, tr("The campaign slug."), u"SLUG"_s});
    p.addOption({u"step"_s, tr("The step number: its latest item."), u"N"_s});
    p.addOption({u"outcome"_s, tr("The outcome, e.g. replied, busy, live_answer."), u"NAME"_s});
    p.addOption({u"intent"_s, tr("A reply's intent, e.g. meeting_booked."), u"I"_s});
    p.addOption({u"event-id"_s, tr("Idempotency key: a repeat changes nothing."), u"KEY"_s});
    p.addOption({u"at"_s, tr("When it happened (default: the database's now())."), u"TIME"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    if (!p.isSet(u"outcome"_s))
        return usage(tr("outcome needs --outcome"));
    Engine::OutcomeRequest request;
    if (p.isSet(u"item"_s)) {
        if (p.isSet(u"contact"_s) || p.isSet(u"campaign"_s) || p.isSet(u"step"_s))
            return usage(tr("outcome takes --item or --contact, --campaign and --step, not both"));
        request.item = p.value(u"item"_s);
    } else {
        for (const QString &required : {u"contact"_s, u"campaign"_s, u"step"_s}) {
            if (!p.isSet(required))
                return usage(tr("outcome needs --item, or --%1 with --contact, --campaign and "
                                "--step")
                                 .arg(required));
        }
        request.contact = p.value(u"contact"_s);
        request.campaign = p.value(u"campaign"_s);
        bool ok = false;
        request.step = p.value(u"step"_s).toInt(&ok);
        if (!ok || request.step < 1) {
            m_err << tr("--step %1: expected a step number (1, 2, …)").arg(p.value(u"step"_s))
                  << Qt::endl;
            return Rejected;
        }
    }
    request.outcome = p.value(u"outcome"_s);
    request.intent = p.value(u"intent"_s);
    request.eventId = p.value(u"event-id"_s);
    if (!parseAt(p, &request.at))
        return Rejected;
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    Engine engine(connection.database());
    DbError error;
    const auto result = engine.recordOutcome(request, &error);
    if (!result)
        return reportEngineError(error);
    for (const QString &w : result->warnings)
        m_err << tr("warning: %1").arg(w) << Qt::endl;
    if (p.isSet(u"json"_s)) {
        printJson({{u"item"_s, result->item},
                   {u"contact"_s, result->contact},
                   {u"campaign"_s, result->campaign},
                   {u"step"_s, result->step},
                   {u"outcome"_s, request.outcome},
                   {u"duplicate"_s, result->duplicate},
                   {u"action"_s, result->action},
                   {u"exit"_s,
                    result->exitReason.isEmpty() ? QJsonValue() : QJsonValue(result->exitReason)},
                   {u"enrolled_in"_s, QJsonArray::fromStringList(result->enrolledIn)},
                   {u"gated"_s, result->gated},
                   {u"warnings"_s, QJsonArray::fromStringList(result->warnings)}});
    } else {
        m_out << result->action << Qt::endl;
    }
    return Ok;
}

int CommandLine::contacts(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s, tr("import"));
    p.addPositionalArgument(u"file"_s, tr("A CSV file with a header line."));
    p.addOption({u"client"_s, tr("The client every row must belong to."), u"ID"_s});
    p.addOption({{u"o"_s, u"output"_s}, tr("Write the export to FILE."), u"FILE"_s});
    p.addOption({u"encoding"_s,
                 tr("The file's encoding when it is not UTF-8 (such as windows-1252)."),
                 u"NAME"_s});
    p.addOption({u"channel"_s, tr("quiet-hours: voice or sms (default: both)."), u"CH"_s});
    p.addOption(
        {u"from"_s, tr("quiet-hours: calls and texts from this local time (HH:MM)."), u"T"_s});
    p.addOption({u"to"_s, tr("quiet-hours: until this local time (HH:MM)."), u"T"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList positional = p.positionalArguments();
    if (positional.size() == 2 && positional.at(0) != u"import")
        return contactPrivacy(p, positional.at(0), positional.at(1));
    if (positional.size() != 2 || positional.at(0) != u"import")
        return usage(
            tr("usage: touchline contacts import FILE.csv [--client ID] [--encoding NAME]"));
    QFile f(positional.at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
        return UsageOrIo;
    }
    const QByteArray bytes = f.readAll();
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    ContactStore store(connection.database());
    ContactStore::ImportOptions options;
    options.client = p.value(u"client"_s);
    options.encoding = p.value(u"encoding"_s);
    DbError error;
    const auto report = store.importCsv(bytes, options, &error);
    if (!report)
        return reportEngineError(error);
    for (const auto &problem : report->problems)
        m_err << f.fileName() << u':' << problem.line << u": "_s << problem.message << Qt::endl;
    if (p.isSet(u"json"_s)) {
        QJsonArray errors;
        for (const auto &problem : report->problems)
            errors.append(QJsonObject{{u"line"_s, problem.line}, {u"reason"_s, problem.message}});
        printJson({{u"file"_s, f.fileName()},
                   {u"imported"_s, report->created},
                   {u"updated"_s, report->updated},
                   {u"refused"_s, report->refused},
                   {u"file_refused"_s, report->fileRefused},
                   {u"errors"_s, errors}});
    }
    if (report->fileRefused) {
        m_err << tr("%1 was refused: nothing was imported").arg(f.fileName()) << Qt::endl;
        return Rejected;
    }
    if (!p.isSet(u"json"_s))
        m_out << tr("imported %1: %2 created, %3 updated, %4 refused")
                     .arg(f.fileName())
                     .arg(report->created)
                     .arg(report->updated)
                     .arg(report->refused)
              << Qt::endl;
    return report->refused > 0 ? Rejected : Ok;
}

// contacts erase ID | contacts export-person ID [-o FILE]
// The client's floor for voice and SMS: no call or text outside it in the contact's time zone,
// whatever a flow's send window says.
int CommandLine::quietHours(const QCommandLineParser &p, const QString &client)
{
    const QTime from = QTime::fromString(p.value(u"from"_s), u"HH:mm"_s);
    const QTime to = QTime::fromString(p.value(u"to"_s), u"HH:mm"_s);
    if (!from.isValid() || !to.isValid())
        return usage(tr("contacts quiet-hours needs --from HH:MM and --to HH:MM"));
    const QStringList channels = p.isSet(u"channel"_s) ? QStringList{p.value(u"channel"_s)}
                                                       : QStringList{u"voice"_s, u"sms"_s};
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    ContactPrivacy privacy(connection.database());
    DbError error;
    for (const QString &channel : channels) {
        if (!privacy.setQuietHours(client, channel, from, to, &error))
            return reportEngineError(error);
        m_out << tr("%1 %2: calls and texts only from %3 to %4 in the contact's time zone")
                     .arg(client, channel, from.toString(u"HH:mm"_s), to.toString(u"HH:mm"_s))
              << Qt::endl;
    }
    return Ok;
}

int CommandLine::contactPrivacy(const QCommandLineParser &p,
                                const QString &action,
                                const QString &id)
{
    if (action != u"erase" && action != u"export-person" && action != u"quiet-hours")
        return usage(tr("usage: touchline contacts import FILE.csv | erase ID | export-person ID "
                        "| quiet-hours CLIENT --from HH:MM --to HH:MM [--channel voice|sms]"));
    if (action == u"quiet-hours")
        return quietHours(p, id);
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    ContactPrivacy privacy(connection.database());
    DbError error;
    if (action == u"erase") {
        const auto pseudonym = privacy.erase(id, &error);
        if (!pseudonym)
            return reportEngineError(error);
        if (p.isSet(u"json"_s))
            printJson({{u"erased"_s, id}, {u"pseudonym"_s, *pseudonym}});
        else
            m_out << tr("erased %1: its history stays as %2").arg(id, *pseudonym) << Qt::endl;
        return Ok;
    }
    const auto doc = privacy.exportPerson(id, &error);
    if (!doc)
        return reportEngineError(error);
    const QByteArray json = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    if (!p.isSet(u"output"_s)) {
        m_out << QString::fromUtf8(json) << Qt::flush;
        return Ok;
    }
    QSaveFile f(p.value(u"output"_s));
    // Everything held about one person: for the owner's eyes only, whatever the umask.
    const bool opened = f.open(QIODevice::WriteOnly)
                        && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || f.write(json) != json.size() || !f.commit()) {
        m_err << tr("cannot write %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
        return UsageOrIo;
    }
    return Ok;
}

int CommandLine::campaign(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s, tr("pause, resume or cap"));
    p.addOption({u"at"_s, tr("When (default: the database's now())."), u"TIME"_s});
    p.addOption({u"client"_s, tr("cap: the client id."), u"ID"_s});
    p.addOption({u"channel"_s, tr("cap: the channel."), u"CH"_s});
    p.addOption({u"daily"_s, tr("cap: touches per day."), u"N"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == u"pause" || action == u"resume") && positional.size() == 2)
        && !(action == u"cap" && positional.size() == 1))
        return usage(tr("usage: touchline campaign pause|resume SLUG, or campaign cap --client ID "
                        "--channel CH --daily N"));
    std::optional<QDateTime> at;
    if (!parseAt(p, &at))
        return Rejected;
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    Engine engine(connection.database());
    DbError error;
    bool done = false;
    if (action == u"cap") {
        bool ok = false;
        const int limit = p.value(u"daily"_s).toInt(&ok);
        if (!ok || limit < 0 || p.value(u"client"_s).isEmpty()
            || !Vocabulary::channels().contains(p.value(u"channel"_s))) {
            m_err << tr("campaign cap needs --client ID, --channel (%1) and --daily N >= 0")
                         .arg(Vocabulary::channels().join(u", "_s))
                  << Qt::endl;
            return Rejected;
        }
        done = engine.setDailyCap(p.value(u"client"_s), p.value(u"channel"_s), limit, &error);
    } else if (action == u"pause") {
        done = engine.pause(positional.at(1), at, &error);
    } else {
        done = engine.resume(positional.at(1), at, &error);
    }
    if (!done)
        return reportEngineError(error);
    return Ok;
}

int CommandLine::simulate(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption(
        {u"campaign"_s, tr("The campaign to enroll the simulated contacts in."), u"SLUG"_s});
    p.addOption({u"contacts"_s, tr("How many contacts (default 1000)."), u"N"_s, u"1000"_s});
    p.addOption({u"days"_s, tr("Virtual days to run (default 3)."), u"D"_s, u"3"_s});
    p.addOption({u"seed"_s,
                 tr("Random seed (default 1): the same seed gives the same run."),
                 u"S"_s,
                 u"1"_s});
    p.addOption(
        {u"probabilities"_s, tr("JSON file of outcome probabilities per step."), u"FILE"_s});
    p.addOption(
        {u"start"_s, tr("Virtual start time (default: next Monday 09:00 UTC)."), u"TIME"_s});
    p.addOption({u"keep"_s, tr("Keep the scratch database afterwards.")});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    if (!p.isSet(u"campaign"_s))
        return usage(tr("simulate needs --campaign SLUG"));
    Simulator::Options options;
    options.campaign = p.value(u"campaign"_s);
    bool okContacts = false;
    bool okDays = false;
    bool okSeed = false;
    options.contacts = p.value(u"contacts"_s).toInt(&okContacts);
    options.days = p.value(u"days"_s).toInt(&okDays);
    options.seed = p.value(u"seed"_s).toULongLong(&okSeed);
    if (!okContacts || options.contacts < 1 || options.contacts > 10000000 || !okDays
        || options.days < 1 || options.days > 3650 || !okSeed) {
        m_err << tr("--contacts, --days and --seed take positive whole numbers") << Qt::endl;
        return Rejected;
    }
    options.keepDatabase = p.isSet(u"keep"_s);
    if (p.isSet(u"start"_s)) {
        const auto start = parseTime(u"start"_s, p.value(u"start"_s));
        if (!start)
            return Rejected;
        options.start = *start;
    }
    if (p.isSet(u"probabilities"_s)) {
        QFile f(p.value(u"probabilities"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            m_err << tr("cannot read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return UsageOrIo;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (!doc.isObject()) {
            m_err << tr("%1: not a JSON object (%2)").arg(f.fileName(), parseError.errorString())
                  << Qt::endl;
            return UsageOrIo;
        }
        options.probabilities = doc.object();
    }
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
    Simulator simulator;
    const auto result = simulator.run(connection.settings(), options, &error);
    if (!result)
        return reportEngineError(error);

    if (p.isSet(u"json"_s)) {
        QJsonArray steps;
        for (const auto &s : result->steps) {
            QJsonObject outcomes;
            for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
                outcomes.insert(it.key(), it.value());
            steps.append(QJsonObject{{u"campaign"_s, s.campaign},
                                     {u"step"_s, s.step},
                                     {u"channel"_s, s.channel},
                                     {u"handler"_s, s.handler},
                                     {u"content_type"_s, s.contentType},
                                     {u"fired"_s, s.fired},
                                     {u"outcomes"_s, outcomes}});
        }
        QJsonObject enrollments;
        for (auto it = result->enrollments.cbegin(); it != result->enrollments.cend(); ++it) {
            QJsonObject byStatus;
            for (auto jt = it->cbegin(); jt != it->cend(); ++jt)
                byStatus.insert(jt.key(), jt.value());
            enrollments.insert(it.key(), byStatus);
        }
        printJson(
            {{u"campaign"_s, options.campaign},
             {u"contacts"_s, options.contacts},
             {u"days"_s, options.days},
             {u"seed"_s, QString::number(options.seed)},
             {u"start"_s, result->start.toString(Qt::ISODate)},
             {u"steps"_s, steps},
             {u"enrollments"_s, enrollments},
             {u"events"_s, result->events},
             {u"scratch_database"_s, options.keepDatabase ? result->scratchDatabase : QString()},
             {u"template"_s, result->templateDatabase},
             {u"warnings"_s, QJsonArray::fromStringList(result->warnings)},
             {u"elapsed_ms"_s, result->elapsedMs}});
        return Ok;
    }
    m_out << tr("simulated %1 contacts in %2 over %n day(s) from %3 (seed %4)",
                nullptr,
                options.days)
                 .arg(options.contacts)
                 .arg(options.campaign, result->start.toString(Qt::ISODate))
                 .arg(options.seed)
          << Qt::endl;
    for (const auto &s : result->steps) {
        const QString channel
            = s.handler.isEmpty() ? s.channel : u"%1 (%2)"_s.arg(s.channel, s.handler);
        m_out << u"%1  step %2  %3  %4  fired %5"_s.arg(s.campaign)
                     .arg(s.step)
                     .arg(channel, s.contentType)
                     .arg(s.fired)
              << Qt::endl;
        QVector<QPair<int, QString>> sorted;
        for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (const auto &o : sorted)
            m_out << u"      %1 %2 (%3%)"_s.arg(o.second, -28)
                         .arg(o.first, 7)
                         .arg(s.fired > 0 ? 100.0 * o.first / s.fired : 0.0, 0, 'f', 1)
                  << Qt::endl;
    }
    for (auto it = result->enrollments.cbegin(); it != result->enrollments.cend(); ++it) {
        QStringList parts;
        for (auto jt = it->cbegin(); jt != it->cend(); ++jt)
            parts.append(u"%1 %2"_s.arg(jt.key()).arg(jt.value()));
        m_out << tr("%1: %2").arg(it.key(), parts.join(u", "_s)) << Qt::endl;
    }
    m_out << tr("%1 virtual moments, %2 ms").arg(result->events).arg(result->elapsedMs) << Qt::endl;
    if (options.keepDatabase)
        m_out << tr("kept the scratch database %1; the dashboard opens it from its data menu")
                     .arg(result->scratchDatabase)
              << Qt::endl;
    return Ok;
}

} // namespace Touchline
