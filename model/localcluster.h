// The embedded default: a private PostgreSQL cluster under the app-data folder, reached over a
// Unix socket in that folder only, shared by every Touchline on the machine and stopped when the
// last one lets go.
#pragma once

#include "connectionsettings.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Touchline {

class LocalCluster
{
public:
    struct Binaries
    {
        QString initdb;
        QString pgCtl;
    };

    // rootDir holds data/, run/ (the socket) and the users/ registry, all closed to other
    // accounts (0700): the cluster's owner is the only one who reads it or logs in.
    explicit LocalCluster(QString rootDir = defaultRoot());
    ~LocalCluster();
    LocalCluster(const LocalCluster &) = delete;
    LocalCluster &operator=(const LocalCluster &) = delete;

    // TOUCHLINE_HOME/cluster if set; otherwise the user's app-data folder, or, for root (whose
    // home the unprivileged server cannot enter), /var/lib/touchline/cluster.
    static QString defaultRoot();
    // initdb and pg_ctl from TOUCHLINE_PG_BINDIR, PATH, pg_config --bindir, or
    // /usr/lib/postgresql/<newest>/bin.
    static std::optional<Binaries> findBinaries(QString *error);

    // Server settings written at initdb time (tests turn fsync off).
    void setExtraSettings(const QStringList &settings) { m_extraSettings = settings; }

    // Creates the cluster on first use, starts it unless running, registers this process as a
    // user and makes sure the touchline database exists.
    bool start(QString *error);
    // Unregisters this process and stops the server when no other live process uses it.
    void release();
    // Stops the server whoever uses it (tests, and `touchline db stop`).
    bool stop(QString *error);

    bool isStarted() const { return m_started; }
    QString rootDir() const { return m_root; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    QString usersDir() const;
    ConnectionSettings connectionSettings() const;
    // The OS accounts pg_ident.conf lets log in as `superuser` (peer authentication): the
    // invoking user, or root and postgres when we are root.
    static QStringList loginAccounts();

    static constexpr auto superuser = "touchline";

private:
    bool initialise(const Binaries &bin, QString *error);
    // Folders 0700 and owned by the server's account; pg_hba/pg_ident peer-only for the
    // owner; the socket 0700. What each changed on an existing cluster goes to `changes`.
    bool prepareFolders(QStringList *changes, QString *error);
    bool secureConfiguration(QStringList *changes, QString *error) const;
    bool writeServerFile(const QString &name,
                         const QByteArray &contents,
                         QStringList *changes,
                         QString *error) const;
    bool startServer(const Binaries &bin, bool restart, QString *error);
    bool isRunning(const Binaries &bin) const;
    bool run(const QString &program, const QStringList &args, QString *output, int timeoutMs) const;
    bool ensureDatabase(QString *error);
    QString userFile() const;

    QString m_root;
    QStringList m_extraSettings;
    QString m_userId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    bool m_started = false;
};

} // namespace Touchline
