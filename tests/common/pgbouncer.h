// A real PgBouncer (Debian's pgbouncer) in transaction mode in front of the test cluster, on a
// Unix socket of its own, for tests of consoles that reach the server through a pooler.
#pragma once

#include "connectionsettings.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Touchline::Test {

class PgBouncer
{
public:
    PgBouncer() = default;
    ~PgBouncer();
    PgBouncer(const PgBouncer &) = delete;
    PgBouncer &operator=(const PgBouncer &) = delete;

    // Starts pgbouncer with `poolSize` server connections per database and user, so that
    // more clients than that share server sessions between their transactions.
    bool start(int poolSize, QString *error);
    void stop();
    // Pooled settings for `database` through this PgBouncer; LISTEN on the server directly
    // when `directListen`, else polled.
    ConnectionSettings settings(const QString &database, bool directListen) const;
    // The same, without the pooled mode: plain QPSQL through the pooler.
    ConnectionSettings plainSettings(const QString &database) const;
    QString log() const;

private:
    bool writeConfig(int poolSize, QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    qint64 m_pid = 0;
};

} // namespace Touchline::Test
