// A real streaming replica of the test cluster for tests of replica reads: pg_basebackup -R
// (which writes standby.signal and primary_conninfo), then a hot standby on its own socket.
#pragma once

#include "connectionsettings.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Touchline::Test {

class HotStandby
{
public:
    HotStandby() = default;
    ~HotStandby();
    HotStandby(const HotStandby &) = delete;
    HotStandby &operator=(const HotStandby &) = delete;

    // Copies the running test cluster and starts the standby; false with *error on failure.
    bool start(QString *error);
    void stop();
    ConnectionSettings settings(const QString &database) const;
    QString url(const QString &database) const { return settings(database).toUrl(); }
    // Waits until the standby has replayed everything the primary had written when called.
    bool waitForCatchUp(int timeoutMs, QString *error);

private:
    bool run(const QString &program, const QStringList &args, QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    bool m_started = false;
};

} // namespace Touchline::Test
