// The dashboard's database thread: reads (from a streaming replica when one is configured) and
// LISTENs for touchline_dashboard on the primary, each on its own connection made in the
// worker's thread, whose event loop delivers the notifications. Results go back as signals.
#pragma once

#include "connectionsettings.h"
#include "reportstore.h"

#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

class QTimer;

namespace Touchline {

struct DashboardData
{
    bool listsIncluded = false; // clients and campaigns are re-read now and then, not each time
    QStringList clients;
    QVector<QPair<QString, QString>> campaigns; // (slug, name) of the filter's client
    std::optional<CampaignReport> report;       // when the filter names a campaign
    QVector<CampaignRates> overview;            // when it does not
    QString error;
    qint64 databaseMs = 0;
};

class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    // `replica` empty: reads go to the primary as well.
    DashboardWorker(ConnectionSettings primary, std::optional<ConnectionSettings> replica);
    ~DashboardWorker() override;

    // Scratch databases `touchline simulate --keep` left on the primary's server.
    static constexpr auto simulationPrefix = "touchline_sim_";

public Q_SLOTS:
    // In the worker's thread: opens both connections and subscribes.
    void open();
    // Switches both connections to another database of the same server (a simulation run).
    void switchDatabase(const QString &database);
    void load(int job, const Touchline::ReportFilter &filter);
    void drill(int job, const Touchline::DrillRequest &request);
    void history(int job, const QString &contactId);
    void close();

Q_SIGNALS:
    void opened(const QString &readsFrom,
                const QString &database,
                const QStringList &simulations,
                const QString &error);
    void loaded(int job, const Touchline::DashboardData &data);
    void drilled(int job, const QVector<Touchline::DrillRow> &rows, const QString &error);
    void historyLoaded(int job, const QVector<Touchline::DrillRow> &rows, const QString &error);
    // A touchline_dashboard NOTIFY arrived (or the listener reconnected: something may have
    // been missed).
    void changed();

private:
    bool connectAll(QString *error);
    void checkListener();
    QStringList simulations() const;
    void noteChange();
    void waitForReplica();

    ConnectionSettings m_primary;
    std::optional<ConnectionSettings> m_replica;
    QString m_readName;
    QString m_listenName;
    QSqlDatabase m_read;
    QSqlDatabase m_listen;
    QTimer *m_watch = nullptr;
    QString m_wantLsn;
    QString m_listsClient; // the client the last lists were read for
    int m_loadsSinceLists
        = 0; // the primary's WAL position at the last notification (replica reads)
};

} // namespace Touchline

Q_DECLARE_METATYPE(Touchline::ReportFilter)
Q_DECLARE_METATYPE(Touchline::DrillRequest)
Q_DECLARE_METATYPE(Touchline::DashboardData)
Q_DECLARE_METATYPE(Touchline::DrillRow)
