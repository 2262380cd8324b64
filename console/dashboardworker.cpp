#include "dashboardworker.h"

#include "database.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

constexpr auto channelName = "touchline_dashboard";
constexpr int listenerCheckMs = 5000;
constexpr int maxReplicaWaitMs = 700;

} // namespace

DashboardWorker::DashboardWorker(ConnectionSettings primary,
                                 std::optional<ConnectionSettings> replica)
    : m_primary(std::move(primary))
    , m_replica(std::move(replica))
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_readName = u"dashboard-read-"_s + id;
    m_listenName = u"dashboard-listen-"_s + id;
}

DashboardWorker::~DashboardWorker()
{
    close();
}

void DashboardWorker::open()
{
    m_loadsSinceLists = 0;
    if (!m_watch) {
        m_watch = new QTimer(this);
        m_watch->setInterval(listenerCheckMs);
        connect(m_watch, &QTimer::timeout, this, &DashboardWorker::checkListener);
        m_watch->start();
    }
    QString error;
    connectAll(&error);
    Q_EMIT opened(m_replica ? m_replica->displayName() : m_primary.displayName(),
                  m_primary.database,
                  simulations(),
                  error);
}

bool DashboardWorker::connectAll(QString *error)
{
    close();
    DbError dbError;
    m_listen = Database::open(m_primary, m_listenName, &dbError);
    if (dbError) {
        *error = dbError.message;
        return false;
    }
    QSqlDriver *driver = m_listen.driver();
    if (!driver->subscribeToNotification(QLatin1StringView(channelName))) {
        *error = tr("cannot listen for dashboard updates: %1")
                     .arg(Database::describe(driver->lastError()));
        return false;
    }
    connect(driver,
            &QSqlDriver::notification,
            this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) {
                noteChange();
            });
    if (m_replica) {
        m_read = Database::open(*m_replica, m_readName, &dbError);
        if (dbError) {
            *error = tr("the replica: %1").arg(dbError.message);
            return false;
        }
    } else {
        m_read = m_listen;
    }
    return true;
}

// With replica reads, a refresh must not read before the standby replayed what was notified.
void DashboardWorker::noteChange()
{
    if (m_replica) {
        QSqlQuery q(m_listen);
        if (q.exec(u"select pg_current_wal_insert_lsn()::text"_s) && q.next())
            m_wantLsn = q.value(0).toString();
    }
    Q_EMIT changed();
}

void DashboardWorker::waitForReplica()
{
    if (!m_replica || m_wantLsn.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    QSqlQuery q(m_read);
    q.prepare(u"select coalesce(pg_last_wal_replay_lsn() >= cast(:lsn as pg_lsn), true)"_s);
    while (clock.elapsed() < maxReplicaWaitMs) {
        q.bindValue(u":lsn"_s, m_wantLsn);
        if (!q.exec() || !q.next() || q.value(0).toBool())
            break;
        QThread::msleep(5);
    }
    m_wantLsn.clear();
}

// After a lost connection nothing reconnects on its own: reopen, listen again, and refresh.
void DashboardWorker::checkListener()
{
    if (m_listen.isOpen()) {
        QSqlQuery q(m_listen);
        if (q.exec(u"select 1"_s))
            return;
    }
    QString error;
    if (connectAll(&error))
        Q_EMIT changed();
}

void DashboardWorker::switchDatabase(const QString &database)
{
    m_loadsSinceLists = 0;
    m_primary.database = database;
    if (m_replica)
        m_replica->database = database;
    open();
}

QStringList DashboardWorker::simulations() const
{
    QStringList out;
    if (!m_listen.isOpen())
        return out;
    QSqlQuery q(m_listen);
    q.prepare(u"select datname from pg_database where starts_with(datname, :prefix) "
              "order by datname"_s);
    q.bindValue(u":prefix"_s, QLatin1StringView(simulationPrefix));
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

void DashboardWorker::load(int job, const ReportFilter &filter)
{
    waitForReplica();
    DashboardData data;
    QElapsedTimer clock;
    clock.start();
    ReportStore store(m_read);
    DbError error;
    // The lists change rarely: read them on a client change and every tenth refresh.
    data.listsIncluded = m_loadsSinceLists == 0 || filter.client != m_listsClient;
    m_loadsSinceLists = (m_loadsSinceLists + 1) % 10;
    bool ok = true;
    if (data.listsIncluded) {
        m_listsClient = filter.client;
        const auto clients = store.clients(&error);
        const auto campaigns = clients ? store.campaigns(filter.client, &error) : std::nullopt;
        ok = campaigns.has_value();
        if (ok) {
            data.clients = *clients;
            data.campaigns = *campaigns;
        }
    }
    if (ok) {
        if (filter.campaign.isEmpty()) {
            if (const auto overview = store.overview(filter, &error))
                data.overview = *overview;
        } else {
            data.report = store.campaign(filter, &error);
        }
    }
    data.error = error.message;
    data.databaseMs = clock.elapsed();
    Q_EMIT loaded(job, data);
}

void DashboardWorker::drill(int job, const DrillRequest &request)
{
    DbError error;
    const auto rows = ReportStore(m_read).drill(request, &error);
    Q_EMIT drilled(job, rows.value_or(QVector<DrillRow>()), error.message);
}

void DashboardWorker::history(int job, const QString &contactId)
{
    DbError error;
    const auto rows = ReportStore(m_read).history(contactId, &error);
    Q_EMIT historyLoaded(job, rows.value_or(QVector<DrillRow>()), error.message);
}

void DashboardWorker::close()
{
    if (m_listen.isOpen())
        m_listen.driver()->unsubscribeFromNotification(QLatin1StringView(channelName));
    m_read = QSqlDatabase();
    m_listen = QSqlDatabase();
    Database::close(m_readName);
    Database::close(m_listenName);
}

} // namespace Touchline
