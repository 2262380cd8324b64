// Helpers the benchmarks share: the process's memory, and statements run on a connection with
// their error printed.
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>
#include <QVector>

#include <algorithm>
#include <cstdio>

namespace Touchline::Bench {

// The benchmarks' campaign: two email steps three days apart, drafted in-house with merge fields.
inline const QByteArray flowJson = R"({
  "format": "touchline-flow", "version": 1,
  "campaigns": [
    {"slug": "bench", "name": "Benchmark", "client_id": "acme", "type": "membership",
     "owner_role": "roles.sales",
     "steps": [
       {"step_number": 1, "delay_days": 0, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Thank {{first_name}} at {{company}} for the meeting."},
       {"step_number": 2, "delay_days": 3, "channel": "email", "content_type": "follow_up",
        "template_instructions": "Follow up with {{first_name}}."}
     ]}
  ]
})";

struct Memory
{
    qint64 peakKb = 0;    // VmHWM
    qint64 currentKb = 0; // VmRSS
};

inline Memory memory()
{
    Memory m;
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto value = [&line] {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmHWM:"))
            m.peakKb = value();
        else if (line.startsWith("VmRSS:"))
            m.currentKb = value();
    }
    return m;
}

// Runs sql, binding values when there are any (utility statements such as SET, VACUUM or
// TRUNCATE cannot be prepared); prints the error and returns false when it fails.
inline bool exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        if (!q.prepare(sql))
            qWarning("prepare: %s", qPrintable(q.lastError().text()));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        ok = q.exec();
    }
    if (!ok)
        qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
    return ok;
}

// The first column of the first row of sql, or -1 (with the error printed).
inline qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// The median of a series: the machine is shared, single runs are noisy.
inline double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace Touchline::Bench
