// Channel accounts: per client and channel, the provider and its settings (in the database), and
// the account's secret (keychain or environment, never the database, settings, logs or argv).
#pragma once

#include "database.h"

#include <QJsonObject>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace Touchline {

struct ChannelAccount
{
    QString clientId;
    QString channel;  // email | linkedin | sms | voice
    QString provider; // smtp | twilio | webhook | manual
    QString url;
    QString from;
    QString user;
    QString account;
    bool starttls = false;
    QJsonObject settings; // bot_url, agent_number, imap_url, imap_user, rate_per_second, …

    QString setting(const QString &key) const { return settings.value(key).toString(); }
    double ratePerSecond() const; // 0: unlimited
    int timeoutMs() const;
    QJsonObject toJson() const; // what `channel list --json` prints (no secret in it)
};

class ChannelAccounts
{
public:
    explicit ChannelAccounts(QSqlDatabase db);

    // Every problem with the account, each naming the field; empty when it can be saved.
    static QStringList problems(const ChannelAccount &account);
    bool save(const ChannelAccount &account, DbError *error);
    bool remove(const QString &clientId, const QString &channel, DbError *error);
    std::optional<QVector<ChannelAccount>> list(DbError *error) const;
    std::optional<ChannelAccount>
    find(const QString &clientId, const QString &channel, DbError *error) const;

    // TOUCHLINE_SECRET_<CLIENT>_<CHANNEL>, upper case, non-alphanumerics as '_'.
    static QString environmentName(const QString &clientId, const QString &channel);
    // The keychain entry: "channel:<client>/<channel>" in the "touchline" service.
    static QString keychainKey(const QString &clientId, const QString &channel);
    // The environment first (headless consoles), then the system keychain. A missing secret is
    // an empty string, not an error (a provider may need none); a refusing keychain is an error.
    static std::optional<QString>
    secret(const QString &clientId, const QString &channel, QString *error);
    static bool storeSecret(const QString &clientId,
                            const QString &channel,
                            const QString &secret,
                            QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Touchline

Q_DECLARE_METATYPE(Touchline::ChannelAccount)
