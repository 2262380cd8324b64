// Database passwords in the system keychain (QtKeychain), never in settings files or logs.
#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QString>

namespace Touchline {

class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    // The keychain entry of a connection: user@host:port/database.
    static QString keyFor(const ConnectionSettings &settings);

    // Each waits for the keychain. A missing entry reads as an empty password, not an error.
    bool read(const QString &key, QString *password, QString *error) const;
    bool write(const QString &key, const QString &password, QString *error) const;
    bool remove(const QString &key, QString *error) const;

    static constexpr auto service = "touchline";
};

} // namespace Touchline
