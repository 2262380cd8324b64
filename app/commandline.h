// The command-line subcommands of the touchline executable (validate, import, export, db).
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Touchline {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Ok = 0, Rejected = 1, UsageOrIo = 2, Unreachable = 3 };

    CommandLine();

    static bool isCommand(const QString &word);
    // arguments as from QCoreApplication::arguments(): program, command, options...
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int validate(const QStringList &args);
    int importFlow(const QStringList &args);
    int exportFlow(const QStringList &args);
    int db(const QStringList &args);

    void printJson(const class QJsonObject &object);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Touchline
