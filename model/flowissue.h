// One validation finding about a flow file, named by its JSON path.
#pragma once

#include <QString>
#include <QVector>

namespace Touchline {

struct FlowIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path; // e.g. campaigns[2].steps[0].channel
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

using FlowIssues = QVector<FlowIssue>;

} // namespace Touchline
