// The database a Touchline process works on: --db, else TOUCHLINE_DB, else the embedded local
// cluster (started on demand and released when the connection goes).
#pragma once

#include "connectionsettings.h"
#include "database.h"
#include "localcluster.h"

#include <QSqlDatabase>

#include <memory>

namespace Touchline {

class Connection
{
public:
    explicit Connection(QString connectionName = QStringLiteral("touchline"));
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The settings to use: `url` when given, else TOUCHLINE_DB, else the embedded cluster.
    static std::optional<ConnectionSettings> resolve(const QString &url, QString *error);

    // Opens the connection (starting the embedded cluster when that is the target) and brings
    // the schema up to date unless `migrate` is false.
    bool open(const ConnectionSettings &settings, DbError *error, bool migrate = true);
    void close();

    QSqlDatabase database() const;
    const ConnectionSettings &settings() const { return m_settings; }
    QString name() const { return m_name; }
    LocalCluster *cluster() const { return m_cluster.get(); }

private:
    QString m_name;
    ConnectionSettings m_settings;
    std::unique_ptr<LocalCluster> m_cluster;
    bool m_open = false;
};

} // namespace Touchline
