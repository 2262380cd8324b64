// The command-line subcommands of the touchline executable (validate, import, export, db).
#pragma once

#include "database.h"
#include "engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

#include <optional>

namespace Touchline {

class Connection;
struct CampaignReport;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Ok = 0, Rejected = 1, UsageOrIo = 2, Unreachable = 3 };

    CommandLine();

    static bool isCommand(const QString &word);
    static void printUsage(FILE *stream);
    // arguments as from QCoreApplication::arguments(): program, command, options...
    int run(const QStringList &arguments);

private:
    // Options every command takes: --db, --json (unless withJson is false), --help.
    static void addCommonOptions(QCommandLineParser &p, bool withJson = true);
    int usage(const QString &problem);
    int validate(const QStringList &args);
    int importFlow(const QStringList &args);
    int exportFlow(const QStringList &args);
    int db(const QStringList &args);
    int dbGrant(const QStringList &args);   // cli_grant.cpp
    int dbArchive(const QStringList &args); // cli_archive.cpp
    int enroll(const QStringList &args);
    int enrollStreamed(Engine engine,
                       const Engine::EnrollRequest &request,
                       const Engine::ContactChunks &next,
                       const Engine::ConnectionOpener &second,
                       bool json);
    int tick(const QStringList &args);
    int outcome(const QStringList &args);
    int handoff(const QStringList &args); // cli_handoff.cpp
    int contacts(const QStringList &args);
    int contactPrivacy(const QCommandLineParser &p, const QString &action, const QString &id);
    int quietHours(const QCommandLineParser &p, const QString &client);
    int campaign(const QStringList &args);
    int simulate(const QStringList &args);
    int drafts(const QStringList &args); // cli_drafts.cpp
    int report(const QStringList &args); // cli_report.cpp
    void printReport(const CampaignReport &report);
    // cli_dispatch.cpp: channel accounts, the outbox pass and the results pass.
    int channel(const QStringList &args);
    int dispatch(const QStringList &args);
    int poll(const QStringList &args);
    int listChannels(const QCommandLineParser &p);
    // cli_crm.cpp: the Attio sync.
    int crm(const QStringList &args);
    int crmSetKey(const QString &client);
    int crmSync(const QCommandLineParser &p);

    // ISO 8601 with an offset; nothing after printing what was wrong with --option.
    std::optional<QDateTime> parseTime(const QString &option, const QString &text);
    // Parses the options; an exit code when the command should stop (bad usage, --help).
    std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args);
    // Parses --at (ISO 8601 with an offset); false after printing why.
    bool parseAt(const QCommandLineParser &p, std::optional<QDateTime> *at);
    // Opens the database of --db / TOUCHLINE_DB / the embedded cluster; an exit code on failure.
    int openDatabase(const QCommandLineParser &p, Connection *connection);
    int reportEngineError(const DbError &error);

    void printJson(const QJsonObject &object);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Touchline
