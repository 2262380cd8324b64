// Where the database is: a libpq URI for a shared server, or the embedded local cluster.
#pragma once

#include <QString>

#include <optional>

namespace Touchline {

struct ConnectionSettings
{
    QString host; // a host name, an address, or a Unix socket folder
    int port = 5432;
    QString user;
    QString password; // never stored in settings files; comes from the URI or the keychain
    QString database = QStringLiteral("touchline");
    QString connectOptions; // QPSQL options, e.g. "sslmode=require"
    bool embedded = false;
    // Through a connection pooler in transaction mode (?pooler=transaction): no server-side
    // prepared statements and no session state; LISTEN goes to a direct connection to the
    // server at listenHost:listenPort (?listen_host=…&listen_port=…), and without one the
    // services poll.
    bool pooled = false;
    QString listenHost;
    int listenPort = 5432;

    // Parses postgresql://user:password@host:port/dbname?sslmode=...; a socket folder may be
    // given percent-encoded as the host or as ?host=/path.
    // The direct connection for LISTEN of pooled settings; nullopt when none was given.
    std::optional<ConnectionSettings> listenSettings() const;
    static std::optional<ConnectionSettings> fromUrl(const QString &url, QString *error);
    // The URI without the password, for status bars and messages.
    QString displayName() const;
    QString toUrl(bool withPassword = false) const;
};

} // namespace Touchline
