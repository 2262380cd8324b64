// What the dispatch tests share: the stand-in servers they start, and a database with approved
// outbound items to send.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Touchline::Test {

// A local server process (a Python stand-in) that prints "PORT <n>" once it listens.
class StandIn
{
public:
    StandIn() = default;
    ~StandIn();
    StandIn(const StandIn &) = delete;
    StandIn &operator=(const StandIn &) = delete;

    bool start(const QString &script, const QStringList &args, QString *error);
    void stop();
    int port() const { return m_port; }
    QString url() const;
    QJsonObject get(const QString &path);
    bool post(const QString &path, const QJsonObject &body);

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

QString standInScript(const QString &name); // tests/dispatch/standins/<name>
QString dispatchFlowFile();

// The dispatch flow imported, with nothing else in the database.
bool importDispatchFlow(QSqlDatabase db, QString *error);
bool addContact(QSqlDatabase db,
                const QString &id,
                const QString &client,
                const QString &email,
                const QString &phone = QString(),
                const QString &linkedin = QString());
// Enrolls and ticks at `at`; every item that fired (and its draft) is approved.
int fireAndApprove(QSqlDatabase db,
                   const QString &campaign,
                   const QStringList &contacts,
                   const QDateTime &at,
                   QString *error);
int tickAndApprove(QSqlDatabase db, const QDateTime &at, QString *error);
int approveAll(QSqlDatabase db);
QString itemOf(QSqlDatabase db, const QString &contact, const QString &campaign, int step);
QString statusOf(QSqlDatabase db, const QString &item);
QStringList outcomesOf(QSqlDatabase db, const QString &item); // in order, 'sent' included
bool setAccount(QSqlDatabase db, const QJsonObject &account, QString *error);

} // namespace Touchline::Test
