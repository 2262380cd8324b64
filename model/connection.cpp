#include "connection.h"

#include "connectionmonitor.h"
#include "migrator.h"
#include "tr.h"

namespace Touchline {

Connection::Connection(QString connectionName)
    : m_name(std::move(connectionName))
{}

Connection::~Connection()
{
    close();
}

std::optional<ConnectionSettings> Connection::resolve(const QString &url, QString *error)
{
    QString target = url;
    if (target.isEmpty())
        target = qEnvironmentVariable("TOUCHLINE_DB");
    if (target.isEmpty()) {
        ConnectionSettings s;
        s.embedded = true;
        return s;
    }
    return ConnectionSettings::fromUrl(target, error);
}

bool Connection::open(const ConnectionSettings &settings, DbError *error, bool migrate)
{
    close();
    m_settings = settings;
    if (settings.embedded) {
        m_cluster = std::make_unique<LocalCluster>();
        QString message;
        if (!m_cluster->start(&message)) {
            *error = {DbError::Kind::Unreachable,
                      Tr::tr("cannot start the embedded local database in %1: %2")
                          .arg(m_cluster->rootDir(), message)};
            return false;
        }
        m_settings = m_cluster->connectionSettings();
    }
    // The window's connection notices a dropped network as quickly as the monitor does.
    QSqlDatabase db = Database::open(ConnectionMonitor::withKeepalives(m_settings), m_name, error);
    m_open = true;
    if (*error)
        return false;
    if (migrate) {
        QString message;
        if (!Migrator(db).migrate(&message)) {
            *error = {DbError::Kind::Failed, message};
            return false;
        }
    }
    return true;
}

void Connection::close()
{
    if (m_open) {
        Database::close(m_name);
        m_open = false;
    }
    if (m_cluster) {
        m_cluster->release();
        m_cluster.reset();
    }
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Touchline
