// What the command-line tests share: one run of the touchline program and the fixture files.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Touchline::Test {

// What one run of the program left behind.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString stdOut() const { return QString::fromUtf8(out); }
    QString stdErr() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return stdErr().split(u'\n', Qt::SkipEmptyParts); }
    // The JSON object on stdout; empty when stdout is not one.
    QJsonObject json() const;
    QString dump() const;
};

// Runs `program` to its end (killed after timeoutMs) and keeps what it left behind.
Run runProgram(const QString &program,
               const QStringList &args,
               const QProcessEnvironment &env,
               const QString &workingDirectory,
               int timeoutMs);

QString fixture(const QString &name);
QString demoFlowsFile();
QByteArray contentsOf(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// The strings of a JSON array.
QStringList stringsOf(const QJsonValue &array);

} // namespace Touchline::Test

// In a Qt Test function: the run is evaluated once and printed whole when its exit code is not
// the expected one.
#define COMPARE_EXIT(expression, code) \
    do { \
        const ::Touchline::Test::Run checked_ = (expression); \
        QVERIFY2(checked_.exitCode == (code), qPrintable(checked_.dump())); \
    } while (false)
