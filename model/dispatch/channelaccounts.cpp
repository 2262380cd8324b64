#include "channelaccounts.h"

#include "engine_p.h"
#include "tr.h"
#include "vocabulary.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <qt6keychain/keychain.h>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

constexpr auto keychainService = "touchline";

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

bool runJob(QKeychain::Job *job, QString *error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = Tr::tr("the system keychain refused: %1").arg(job->errorString());
    return false;
}

// One row of accountsSql.
ChannelAccount accountFrom(const EngineDetail::ColumnReader &v)
{
    ChannelAccount a;
    a.clientId = v(u"client_id"_s).toString();
    a.channel = v(u"channel"_s).toString();
    a.provider = v(u"provider"_s).toString();
    a.url = v(u"url"_s).toString();
    a.from = v(u"from_address"_s).toString();
    a.user = v(u"username"_s).toString();
    a.account = v(u"account"_s).toString();
    a.starttls = v(u"starttls"_s).toBool();
    a.settings = QJsonDocument::fromJson(v(u"settings"_s).toString().toUtf8()).object();
    return a;
}

// QPSQL binds a null QString as NULL; the text columns are not null.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

// The accounts, read by accountFrom(); followed by accountsOrderSql (list) or accountKeySql
// (find).
const auto accountsSql = uR"sql(
select client_id, channel, provider, url, from_address, username, account, starttls,
       settings::text as settings
  from channel_accounts
)sql"_s;
const auto accountsOrderSql = uR"sql(
 order by client_id, channel
)sql"_s;
const auto accountKeySql = uR"sql(
 where client_id = :client and channel = :channel
)sql"_s;

// Creates the account of a client and channel, or replaces it.
const auto saveAccountSql = uR"sql(
insert into channel_accounts (client_id, channel, provider, url, from_address, username,
                              account, starttls, settings)
values (:client, :channel, :provider, :url, :from, :user, :account, :starttls,
        cast(:settings as jsonb))
    on conflict (client_id, channel) do update
   set provider = excluded.provider, url = excluded.url, from_address = excluded.from_address,
       username = excluded.username, account = excluded.account, starttls = excluded.starttls,
       settings = excluded.settings, updated_at = now()
)sql"_s;

// Deletes the account of a client and channel.
const auto removeAccountSql = uR"sql(
delete from channel_accounts where client_id = :client and channel = :channel
)sql"_s;

} // namespace

double ChannelAccount::ratePerSecond() const
{
    return std::max(0.0, settings.value(u"rate_per_second"_s).toDouble());
}

int ChannelAccount::timeoutMs() const
{
    const int t = settings.value(u"timeout_ms"_s).toInt();
    return t > 0 ? t : 15000;
}

QJsonObject ChannelAccount::toJson() const
{
    return {{u"client"_s, clientId},
            {u"channel"_s, channel},
            {u"provider"_s, provider},
            {u"url"_s, url},
            {u"from"_s, from},
            {u"user"_s, user},
            {u"account"_s, account},
            {u"starttls"_s, starttls},
            {u"settings"_s, settings}};
}

ChannelAccounts::ChannelAccounts(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList ChannelAccounts::problems(const ChannelAccount &a)
{
    QStringList out;
    if (a.clientId.trimmed().isEmpty())
        out << Tr::tr("client: missing");
    if (!Vocabulary::channels().contains(a.channel))
        out << Tr::tr("channel: unknown channel \"%1\" (expected one of: %2)")
                   .arg(a.channel, Vocabulary::channels().join(u", "_s));
    static const QStringList providers{u"smtp"_s, u"twilio"_s, u"webhook"_s, u"manual"_s};
    if (!providers.contains(a.provider)) {
        out << Tr::tr("--provider: unknown provider \"%1\" (expected one of: %2)")
                   .arg(a.provider, providers.join(u", "_s));
        return out;
    }
    const QUrl url(a.url);
    const QString scheme = url.scheme();
    if (a.provider == u"smtp") {
        if (a.channel != u"email")
            out << Tr::tr("--provider smtp: sends email only, not %1").arg(a.channel);
        if (scheme != u"smtp" && scheme != u"smtps")
            out << Tr::tr("--url %1: expected smtp://HOST:PORT or smtps://HOST:PORT").arg(a.url);
        if (!a.from.contains(u'@'))
            out << Tr::tr("--from: expected an email address, got \"%1\"").arg(a.from);
    } else if (a.provider == u"twilio") {
        if (a.channel != u"sms" && a.channel != u"voice")
            out << Tr::tr("--provider twilio: sends sms and voice only, not %1").arg(a.channel);
        if (scheme != u"http" && scheme != u"https")
            out << Tr::tr("--url %1: expected the API's base URL (https://…)").arg(a.url);
        if (a.account.isEmpty())
            out << Tr::tr("--account: missing (the account SID)");
        if (a.from.isEmpty())
            out << Tr::tr("--from: missing (the sending number)");
    } else if (a.provider == u"webhook") {
        if (scheme != u"http" && scheme != u"https")
            out << Tr::tr("--url %1: expected an http:// or https:// URL").arg(a.url);
    }
    if (a.starttls && scheme == u"smtps")
        out << Tr::tr("--starttls: smtps:// is TLS from the start; use smtp:// with --starttls");
    if (url.toString().contains(u'@') || !url.password().isEmpty())
        out << Tr::tr("--url: must not hold a user or password (use --user and the keychain)");
    return out;
}

bool ChannelAccounts::save(const ChannelAccount &a, DbError *error)
{
    const QStringList p = problems(a);
    if (!p.isEmpty()) {
        *error = {DbError::Kind::Rejected, p.join(u'\n')};
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(saveAccountSql);
    q.bindValue(u":client"_s, a.clientId);
    q.bindValue(u":channel"_s, a.channel);
    q.bindValue(u":provider"_s, a.provider);
    q.bindValue(u":url"_s, text(a.url));
    q.bindValue(u":from"_s, text(a.from));
    q.bindValue(u":user"_s, text(a.user));
    q.bindValue(u":account"_s, text(a.account));
    q.bindValue(u":starttls"_s, a.starttls);
    q.bindValue(u":settings"_s,
                QString::fromUtf8(QJsonDocument(a.settings).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

bool ChannelAccounts::remove(const QString &clientId, const QString &channel, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(removeAccountSql);
    q.bindValue(u":client"_s, clientId);
    q.bindValue(u":channel"_s, channel);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *error = {};
    return true;
}

std::optional<QVector<ChannelAccount>> ChannelAccounts::list(DbError *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(accountsSql + accountsOrderSql)) {
        *error = failure(q);
        return std::nullopt;
    }
    const EngineDetail::ColumnReader v(q);
    QVector<ChannelAccount> out;
    while (q.next())
        out.append(accountFrom(v));
    *error = {};
    return out;
}

std::optional<ChannelAccount>
ChannelAccounts::find(const QString &clientId, const QString &channel, DbError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(accountsSql + accountKeySql);
    q.bindValue(u":client"_s, clientId);
    q.bindValue(u":channel"_s, channel);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    *error = {};
    if (!q.next())
        return std::nullopt;
    return accountFrom(EngineDetail::ColumnReader(q));
}

QString ChannelAccounts::environmentName(const QString &clientId, const QString &channel)
{
    QString name = u"TOUCHLINE_SECRET_"_s + clientId + u'_' + channel;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = u'_';
    }
    return name.toUpper();
}

QString ChannelAccounts::keychainKey(const QString &clientId, const QString &channel)
{
    return u"channel:%1/%2"_s.arg(clientId, channel);
}

std::optional<QString>
ChannelAccounts::secret(const QString &clientId, const QString &channel, QString *error)
{
    const QByteArray env = qgetenv(environmentName(clientId, channel).toLatin1().constData());
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (qEnvironmentVariableIsSet("TOUCHLINE_NO_KEYCHAIN"))
        return QString();
    QKeychain::ReadPasswordJob job(QString::fromLatin1(keychainService));
    job.setKey(keychainKey(clientId, channel));
    if (!runJob(&job, error))
        return std::nullopt;
    return job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
}

bool ChannelAccounts::storeSecret(const QString &clientId,
                                  const QString &channel,
                                  const QString &secret,
                                  QString *error)
{
    if (secret.isEmpty()) {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(keychainService));
        job.setKey(keychainKey(clientId, channel));
        return runJob(&job, error);
    }
    QKeychain::WritePasswordJob job(QString::fromLatin1(keychainService));
    job.setKey(keychainKey(clientId, channel));
    job.setTextData(secret);
    return runJob(&job, error);
}

} // namespace Touchline
