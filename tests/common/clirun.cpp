#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

QJsonObject Run::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QString Run::dump() const
{
    return u"exit code %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(exitCode).arg(stdOut(),
                                                                                 stdErr());
}

Run runProgram(const QString &program,
               const QStringList &args,
               const QProcessEnvironment &env,
               const QString &workingDirectory,
               int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted()) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString fixture(const QString &name)
{
    return QStringLiteral(TOUCHLINE_FIXTURES) + u'/' + name;
}

QString demoFlowsFile()
{
    return QDir::cleanPath(QStringLiteral(TOUCHLINE_FIXTURES)
                           + u"/../../resources/demo/demo_flows.json"_s);
}

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace Touchline::Test
