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

    // Parses postgresql://user:password@host:port/dbname?sslmode=...; a socket folder may be
    // given percent-encoded as the host or as ?host=/path.
    static std::optional<ConnectionSettings> fromUrl(const QString &url, QString *error);
    // The URI without the password, for status bars and messages.
    QString displayName() const;
    QString toUrl(bool withPassword = false) const;
};

} // namespace Touchline
