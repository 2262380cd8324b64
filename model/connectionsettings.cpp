#include "connectionsettings.h"

#include "tr.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

bool setPooler(ConnectionSettings *s, const QString &mode, QString *error)
{
    if (mode == u"transaction") {
        s->pooled = true;
        return true;
    }
    if (mode == u"session" || mode == u"none")
        return true; // a session pooler keeps the session: nothing to do differently
    *error
        = Tr::tr("pooler=%1 in the database URI: expected transaction, session or none").arg(mode);
    return false;
}

} // namespace

std::optional<ConnectionSettings> ConnectionSettings::listenSettings() const
{
    if (!pooled || listenHost.isEmpty())
        return std::nullopt;
    ConnectionSettings direct = *this;
    direct.pooled = false;
    direct.host = listenHost;
    direct.port = listenPort;
    direct.listenHost.clear();
    return direct;
}

std::optional<ConnectionSettings> ConnectionSettings::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error
            = Tr::tr("%1 is not a PostgreSQL URI (expected postgresql://user@host:port/database)")
                  .arg(text);
        return std::nullopt;
    }
    ConnectionSettings s;
    s.host = url.host(QUrl::FullyDecoded);
    if (s.host.isEmpty()) {
        // libpq writes a socket folder as an encoded host: postgresql://%2Ftmp%2Fpg/db
        const QString raw = text.section(u"://"_s, 1).section(u'/', 0, 0).section(u'@', -1);
        const QString decoded = QUrl::fromPercentEncoding(raw.section(u':', 0, 0).toUtf8());
        if (decoded.startsWith(u'/'))
            s.host = decoded;
    }
    s.port = url.port(5432);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.size() > 1)
        s.database = path.mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == u"host")
            s.host = item.second;
        else if (item.first == u"port")
            s.port = item.second.toInt();
        else if (item.first == u"user")
            s.user = item.second;
        else if (item.first == u"password")
            s.password = item.second;
        else if (item.first == u"dbname")
            s.database = item.second;
        else if (item.first == u"listen_host")
            s.listenHost = item.second;
        else if (item.first == u"listen_port")
            s.listenPort = item.second.toInt();
        else if (item.first != u"pooler")
            options.append(item.first + u'=' + item.second);
        else if (!setPooler(&s, item.second, error))
            return std::nullopt;
    }
    s.connectOptions = options.join(u';');
    if (s.host.isEmpty())
        s.host = u"localhost"_s;
    return s;
}

QString ConnectionSettings::toUrl(bool withPassword) const
{
    QString url = u"postgresql://"_s;
    if (!user.isEmpty()) {
        url += QString::fromUtf8(QUrl::toPercentEncoding(user));
        if (withPassword && !password.isEmpty())
            url += u':' + QString::fromUtf8(QUrl::toPercentEncoding(password));
        url += u'@';
    }
    QStringList query;
    if (host.startsWith(u'/')) {
        // A Unix socket folder goes into ?host= where it stays readable (libpq accepts both).
        query.append(u"host="_s + host);
        if (port != 5432)
            query.append(u"port="_s + QString::number(port));
    } else {
        url += QString::fromUtf8(QUrl::toPercentEncoding(host)) + u':' + QString::number(port);
    }
    url += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!connectOptions.isEmpty())
        query += connectOptions.split(u';');
    if (pooled)
        query.append(u"pooler=transaction"_s);
    if (pooled && !listenHost.isEmpty()) {
        query.append(u"listen_host="_s + listenHost);
        query.append(u"listen_port="_s + QString::number(listenPort));
    }
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

QString ConnectionSettings::displayName() const
{
    if (embedded)
        return Tr::tr("embedded local database (%1)").arg(QFileInfo(host).path());
    return toUrl(false);
}

} // namespace Touchline
