// touchline crm sync | set-key: people from Attio into contacts, a note per exit back to Attio.
#include "attiosync.h"
#include "channelaccounts.h"
#include "commandline.h"
#include "connection.h"

#include <QCommandLineParser>
#include <QFile>

namespace Touchline {

using namespace Qt::StringLiterals;

int CommandLine::crm(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s, tr("sync or set-key"));
    p.addOption({u"client"_s, tr("The client whose Attio workspace to sync."), u"ID"_s});
    p.addOption(
        {u"url"_s,
         tr("Attio's API base URL (default %1).").arg(AttioSync::defaultBaseUrl().toString()),
         u"BASE"_s});
    p.addOption({u"since-attribute"_s,
                 tr("The people timestamp attribute the pull is incremental on (default "
                    "updated_at)."),
                 u"SLUG"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(u"client"_s))
        return usage(tr("usage: touchline crm sync --client ID [--url BASE] [--json] or "
                        "touchline crm set-key --client ID (the key on standard input)"));
    if (pos.constFirst() == u"set-key")
        return crmSetKey(p.value(u"client"_s));
    if (pos.constFirst() != u"sync")
        return usage(tr("unknown crm action \"%1\" (expected sync or set-key)").arg(pos.first()));
    return crmSync(p);
}

int CommandLine::crmSetKey(const QString &client)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("cannot read the API key from standard input") << Qt::endl;
        return UsageOrIo;
    }
    const QString key = QString::fromUtf8(in.readAll()).trimmed();
    QString why;
    if (!ChannelAccounts::storeSecret(client, u"crm"_s, key, &why)) {
        m_err << tr("the API key is not stored: %1 (or set %2)")
                     .arg(why, ChannelAccounts::environmentName(client, u"crm"_s))
              << Qt::endl;
        return UsageOrIo;
    }
    return Ok;
}

int CommandLine::crmSync(const QCommandLineParser &p)
{
    AttioSync::Options options;
    options.clientId = p.value(u"client"_s);
    if (p.isSet(u"url"_s)) {
        options.baseUrl = QUrl(p.value(u"url"_s), QUrl::StrictMode);
        const QString scheme = options.baseUrl.scheme();
        if (!options.baseUrl.isValid() || (scheme != u"http" && scheme != u"https"))
            return usage(
                tr("--url %1: expected an http:// or https:// URL").arg(p.value(u"url"_s)));
    }
    if (p.isSet(u"since-attribute"_s))
        options.updatedAttribute = p.value(u"since-attribute"_s);
    QString why;
    const auto key = AttioSync::apiKey(options.clientId, &why);
    if (!key) {
        m_err << why << Qt::endl;
        return UsageOrIo;
    }
    options.apiKey = *key;
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    AttioSync sync(connection.database(), options);
    AttioSync::Result result;
    AttioSync::Error error;
    const bool ok = sync.run(&result, &error);
    for (const auto &problem : std::as_const(result.problems))
        m_err << problem.toString() << Qt::endl;
    if (p.isSet(u"json"_s)) {
        QJsonObject out = result.toJson();
        if (!ok)
            out.insert(u"error"_s, error.message);
        printJson(out);
    } else {
        m_out << tr("%1 pulled, %2 skipped, %3 notes written")
                     .arg(result.pulled)
                     .arg(result.skipped)
                     .arg(result.notes)
              << Qt::endl;
    }
    if (!ok) {
        m_err << error.message << Qt::endl;
        return error.kind == AttioSync::Error::Kind::Database ? Unreachable : UsageOrIo;
    }
    return result.skipped > 0 ? Rejected : Ok;
}

} // namespace Touchline
