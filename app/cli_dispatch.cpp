// touchline channel | dispatch | poll: channel accounts, the outbox pass and the results pass.
#include "channelaccounts.h"
#include "commandline.h"
#include "connection.h"
#include "dispatcher.h"
#include "outbox.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// The channel set options that land in channel_accounts.settings.
const QList<QPair<QString, QString>> settingOptions{
    {u"bot-url"_s, u"bot_url"_s},
    {u"agent-number"_s, u"agent_number"_s},
    {u"gather-url"_s, u"gather_url"_s},
    {u"imap-url"_s, u"imap_url"_s},
    {u"imap-user"_s, u"imap_user"_s},
    {u"unsubscribe"_s, u"unsubscribe"_s},
    {u"from-name"_s, u"from_name"_s},
};

QJsonObject manualTaskJson(const Outbox::ManualTask &t)
{
    return {{u"item"_s, t.item},
            {u"task"_s, t.task},
            {u"campaign"_s, t.campaign},
            {u"step"_s, t.step},
            {u"channel"_s, t.channel},
            {u"contact"_s, t.contact},
            {u"name"_s, t.name},
            {u"profile"_s, t.profile},
            {u"subject"_s, t.subject},
            {u"text"_s, t.text},
            {u"since"_s, t.since.toString(Qt::ISODate)}};
}

} // namespace

int CommandLine::channel(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s, tr("set, list or remove"));
    p.addOption({u"provider"_s, tr("smtp, twilio, webhook or manual."), u"P"_s});
    p.addOption(
        {u"url"_s, tr("The server or API base URL (no user or password in it)."), u"URL"_s});
    p.addOption({u"from"_s, tr("The sender: an email address or a number."), u"F"_s});
    p.addOption({u"user"_s, tr("The SMTP login."), u"U"_s});
    p.addOption({u"account"_s, tr("The API account SID."), u"SID"_s});
    p.addOption({u"starttls"_s, tr("Upgrade smtp:// with STARTTLS (required).")});
    p.addOption({u"rate"_s, tr("At most N sends a second through this account."), u"N"_s});
    p.addOption({u"timeout-ms"_s, tr("Network timeout of a send."), u"MS"_s});
    p.addOption({u"secret-stdin"_s,
                 tr("Read the password, token or signing key from standard input and keep it "
                    "in this computer's keychain.")});
    for (const auto &o : settingOptions)
        p.addOption({o.first, tr("Channel setting %1.").arg(o.second), u"VALUE"_s});
    p.addOption({u"agent"_s,
                 tr("Voice: the number a held human_agent call dials when LOGIN claims it "
                    "(repeat for each agent)."),
                 u"LOGIN=NUMBER"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"list")
        return listChannels(p);
    if (action == u"remove" && pos.size() == 3) {
        Connection connection;
        if (const int rc = openDatabase(p, &connection))
            return rc;
        DbError error;
        if (!ChannelAccounts(connection.database()).remove(pos.at(1), pos.at(2), &error))
            return reportEngineError(error);
        return Ok;
    }
    if (action != u"set" || pos.size() != 3)
        return usage(tr("usage: touchline channel set CLIENT CHANNEL --provider P …, "
                        "channel list [--json] or channel remove CLIENT CHANNEL"));
    if (!p.isSet(u"provider"_s))
        return usage(tr("channel set needs --provider (smtp, twilio, webhook or manual)"));
    ChannelAccount a;
    a.clientId = pos.at(1);
    a.channel = pos.at(2);
    a.provider = p.value(u"provider"_s);
    a.url = p.value(u"url"_s);
    a.from = p.value(u"from"_s);
    a.user = p.value(u"user"_s);
    a.account = p.value(u"account"_s);
    a.starttls = p.isSet(u"starttls"_s);
    for (const auto &o : settingOptions) {
        if (p.isSet(o.first))
            a.settings.insert(o.second, p.value(o.first));
    }
    QJsonObject agents;
    for (const QString &agent : p.values(u"agent"_s)) {
        const qsizetype eq = agent.indexOf(u'=');
        if (eq < 1 || eq == agent.size() - 1) {
            m_err << tr("--agent %1: expected LOGIN=NUMBER").arg(agent) << Qt::endl;
            return Rejected;
        }
        agents.insert(agent.left(eq), agent.mid(eq + 1));
    }
    if (!agents.isEmpty())
        a.settings.insert(u"agent_numbers"_s, agents);
    for (const QString &number : {u"rate"_s, u"timeout-ms"_s}) {
        if (!p.isSet(number))
            continue;
        bool ok = false;
        const double v = p.value(number).toDouble(&ok);
        if (!ok || v <= 0) {
            m_err << tr("--%1 %2: expected a positive number").arg(number, p.value(number))
                  << Qt::endl;
            return Rejected;
        }
        a.settings.insert(number == u"rate" ? u"rate_per_second"_s : u"timeout_ms"_s, v);
    }
    const QStringList problems = ChannelAccounts::problems(a);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            m_err << tr("channel %1 %2: %3").arg(a.clientId, a.channel, problem) << Qt::endl;
        return Rejected;
    }
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    DbError error;
    if (!ChannelAccounts(connection.database()).save(a, &error))
        return reportEngineError(error);
    if (p.isSet(u"secret-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("cannot read the secret from standard input") << Qt::endl;
            return UsageOrIo;
        }
        const QString secret = QString::fromUtf8(in.readAll()).trimmed();
        QString why;
        if (!ChannelAccounts::storeSecret(a.clientId, a.channel, secret, &why)) {
            m_err << tr("the account is saved, its secret is not: %1 (or set %2)")
                         .arg(why, ChannelAccounts::environmentName(a.clientId, a.channel))
                  << Qt::endl;
            return UsageOrIo;
        }
    }
    if (p.isSet(u"json"_s))
        printJson(a.toJson());
    else
        m_out << tr("channel %1 %2: %3").arg(a.clientId, a.channel, a.provider) << Qt::endl;
    return Ok;
}

int CommandLine::listChannels(const QCommandLineParser &p)
{
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    DbError error;
    const auto accounts = ChannelAccounts(connection.database()).list(&error);
    if (!accounts)
        return reportEngineError(error);
    if (p.isSet(u"json"_s)) {
        QJsonArray list;
        for (const ChannelAccount &a : *accounts) {
            QJsonObject o = a.toJson();
            o.insert(u"secret_env"_s, ChannelAccounts::environmentName(a.clientId, a.channel));
            list.append(o);
        }
        printJson({{u"channels"_s, list}});
        return Ok;
    }
    for (const ChannelAccount &a : *accounts)
        m_out << u"%1\t%2\t%3\t%4\t%5"_s.arg(a.clientId, a.channel, a.provider, a.url, a.from)
              << Qt::endl;
    return Ok;
}

int CommandLine::dispatch(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s,
                            tr("(none): one pass; manual, mark-sent ID, retry ID, failed"));
    p.addOption(
        {u"at"_s, tr("Send what is due at TIME (default: the database's now())."), u"TIME"_s});
    p.addOption({u"lease"_s,
                 tr("Seconds an item stays claimed by this pass (default 120)."),
                 u"S"_s,
                 u"120"_s});
    p.addOption({u"batch"_s, tr("Items claimed at a time (default 50)."), u"N"_s, u"50"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    std::optional<QDateTime> at;
    if (!parseAt(p, &at))
        return Rejected;
    bool leaseOk = false, batchOk = false;
    Dispatcher::Options options;
    options.leaseSeconds = p.value(u"lease"_s).toInt(&leaseOk);
    options.batchSize = p.value(u"batch"_s).toInt(&batchOk);
    if (!leaseOk || options.leaseSeconds < 1 || !batchOk || options.batchSize < 1)
        return usage(tr("--lease and --batch take positive numbers"));
    const QString action = pos.value(0);
    if (!action.isEmpty() && action != u"mark-sent" && action != u"retry" && action != u"failed"
        && action != u"manual")
        return usage(tr("unknown dispatch action \"%1\" (expected manual, mark-sent, retry or "
                        "failed)")
                         .arg(action));
    if ((action == u"mark-sent" || action == u"retry") && pos.size() != 2)
        return usage(tr("dispatch %1 takes exactly one item id").arg(action));
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    DbError error;
    Outbox outbox(connection.database());
    if (action == u"mark-sent" || action == u"retry") {
        const bool ok = action == u"retry" ? outbox.retryFailed(pos.at(1), &error)
                                           : outbox.markSent(pos.at(1), at, &error);
        if (!ok)
            return reportEngineError(error);
        if (p.isSet(u"json"_s))
            printJson({{u"item"_s, pos.at(1)}, {u"action"_s, action}});
        return Ok;
    }
    if (action == u"manual") {
        const auto tasks = outbox.manualTasks(1000, &error);
        if (!tasks)
            return reportEngineError(error);
        if (p.isSet(u"json"_s)) {
            QJsonArray list;
            for (const Outbox::ManualTask &t : *tasks)
                list.append(manualTaskJson(t));
            printJson({{u"manual"_s, list}});
            return Ok;
        }
        for (const Outbox::ManualTask &t : *tasks) {
            m_out << tr("Send by hand: %1 (%2), %3 step %4 on %5")
                         .arg(t.name.isEmpty() ? t.contact : t.name, t.contact, t.campaign)
                         .arg(t.step)
                         .arg(t.channel)
                  << Qt::endl;
            if (!t.profile.isEmpty())
                m_out << tr("  Profile: %1").arg(t.profile) << Qt::endl;
            if (!t.subject.isEmpty())
                m_out << tr("  Subject: %1").arg(t.subject) << Qt::endl;
            m_out << tr("  Text:") << Qt::endl;
            for (const QString &line : t.text.split(u'\n'))
                m_out << u"    "_s << line << Qt::endl;
            m_out << tr("  Once sent: touchline dispatch mark-sent %1").arg(t.item) << Qt::endl;
        }
        if (tasks->isEmpty())
            m_out << tr("nothing to send by hand") << Qt::endl;
        return Ok;
    }
    if (action == u"failed") {
        const auto items = outbox.failed(1000, &error);
        if (!items)
            return reportEngineError(error);
        QJsonArray list;
        for (const Outbox::FailedItem &f : *items) {
            list.append(QJsonObject{{u"item"_s, f.id},
                                    {u"campaign"_s, f.campaign},
                                    {u"step"_s, f.step},
                                    {u"channel"_s, f.channel},
                                    {u"contact"_s, f.contact},
                                    {u"error"_s, f.error},
                                    {u"attempts"_s, f.attempts}});
            if (!p.isSet(u"json"_s))
                m_out << u"%1\t%2\t%3\t%4\t%5"_s.arg(f.id, f.campaign)
                             .arg(f.step)
                             .arg(f.contact, f.error)
                      << Qt::endl;
        }
        if (p.isSet(u"json"_s))
            printJson({{u"failed"_s, list}});
        return Ok;
    }
    Dispatcher dispatcher(connection.database(), options);
    const auto result = dispatcher.dispatch(at, &error);
    if (!result)
        return reportEngineError(error);
    for (const QString &problem : result->problems)
        m_err << problem << Qt::endl;
    if (p.isSet(u"json"_s)) {
        printJson({{u"sent"_s, result->sent},
                   {u"failed"_s, result->failed},
                   {u"retrying"_s, result->retrying},
                   {u"manual"_s, result->manual},
                   {u"cancelled"_s, result->cancelled},
                   {u"lost"_s, result->lost},
                   {u"skipped"_s, result->skipped}});
    } else {
        m_out << tr("sent %1, failed %2, retrying %3, by hand %4")
                     .arg(result->sent)
                     .arg(result->failed)
                     .arg(result->retrying)
                     .arg(result->manual)
              << Qt::endl;
    }
    return Ok;
}

int CommandLine::poll(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption(
        {u"at"_s, tr("Record outcomes at TIME (default: the database's now())."), u"TIME"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    std::optional<QDateTime> at;
    if (!parseAt(p, &at))
        return Rejected;
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    Dispatcher dispatcher(connection.database());
    DbError error;
    const auto result = dispatcher.poll(at, &error);
    if (!result)
        return reportEngineError(error);
    for (const QString &problem : result->problems)
        m_err << problem << Qt::endl;
    if (p.isSet(u"json"_s))
        printJson({{u"outcomes"_s, result->outcomes}, {u"duplicates"_s, result->duplicates}});
    else
        m_out << tr("%n outcome(s) recorded", nullptr, result->outcomes) << Qt::endl;
    return Ok;
}

} // namespace Touchline
