// A QtSql driver for a PostgreSQL server reached through a connection pooler in transaction
// mode (PgBouncer's pool_mode = transaction), where consecutive transactions of one client may
// run on different server sessions.
//
// Qt's QPSQL driver prepares every query with bound values as a server-side statement
// (PREPARE qpsqlpstmt_N … / EXECUTE … / DEALLOCATE …): session state that the next
// transaction may not find, and whose names collide between consoles sharing a server session.
// This driver runs each query as one simple-protocol statement instead: the bound values are
// written into the text by QPSQL's own formatValue() — the same literals Qt's EXECUTE carries
// today — at the placeholders found by a tokenizer that knows PostgreSQL's quotes, dollar
// quotes, comments and casts. Everything else (transactions, results, formatting, the libpq
// handle) is QPSQL's, on an inner connection this driver owns.
//
// LISTEN is session state too: subscriptions go to a second, direct connection to the server
// when the settings name one (listen_host). Without one, the driver polls for its subscribers:
// every pollInterval it delivers each subscribed channel's notification (without payload), and
// the services, which take a notification to mean "look again", look again.
#pragma once

#include "connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <chrono>

#include <optional>

namespace Touchline {

class PooledDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit PooledDriver(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~PooledDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db,
              const QString &user,
              const QString &password,
              const QString &host,
              int port,
              const QString &options) override;
    void close() override;
    // QPSQL closes itself when it finds its connection gone; so does this driver, then.
    bool isOpen() const override { return m_inner.isOpen(); }
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QVariant handle() const override;
    bool subscribeToNotification(const QString &name) override;
    bool unsubscribeFromNotification(const QString &name) override;
    QStringList subscribedToNotifications() const override;

    static constexpr std::chrono::milliseconds pollInterval{2000};

    QSqlDatabase inner() const { return m_inner; }
    // Run at the start of every transaction (SET LOCAL …): what a direct connection sets for
    // its session, kept to the transaction, so that no server session carries it further.
    void setTransactionSettings(const QString &sql) { m_transactionSettings = sql; }

    // The query split at its placeholders (":name" or "?", outside quotes, dollar quotes,
    // comments and "::" casts), where the bound values' literals go.
    struct Statement
    {
        QStringList pieces;       // text between placeholders: one more than `placeholders`
        QStringList placeholders; // ":name", or "?" for a positional one
    };
    static Statement parse(const QString &query);

private:
    bool transactionResult(bool ok);
    bool openListen();
    void poll();

    std::optional<ConnectionSettings> m_listenSettings;
    QString m_options;
    QString m_transactionSettings;
    QSqlDatabase m_inner;
    QSqlDatabase m_listen;
    QStringList m_polled; // channels delivered by polling, without a direct connection
    QTimer m_pollTimer;
};

} // namespace Touchline
