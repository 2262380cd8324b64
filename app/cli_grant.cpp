// touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]
#include "accesscontrol.h"
#include "commandline.h"
#include "connection.h"

#include <QJsonArray>

namespace Touchline {

using namespace Qt::StringLiterals;

int CommandLine::dbGrant(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"client"_s, tr("Limit the login to this client (repeatable)."), u"ID"_s});
    p.addOption({u"all-clients"_s, tr("Lift the login's client limit.")});
    p.addPositionalArgument(u"grant"_s, tr("grant"));
    p.addPositionalArgument(u"login"_s, tr("the login (created when missing)"));
    p.addPositionalArgument(u"roles"_s, tr("author, approver, supervisor, engine"), u"ROLE..."_s);
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList positional = p.positionalArguments().mid(1);
    if (positional.size() < 2)
        return usage(tr("db grant needs a login and at least one role (%1)")
                         .arg(AccessControl::roleChoices().join(u", "_s)));
    if (p.isSet(u"client"_s) && p.isSet(u"all-clients"_s))
        return usage(tr("db grant: --client and --all-clients exclude each other"));
    AccessControl::Grant grant;
    grant.login = positional.constFirst();
    grant.roles = positional.mid(1);
    grant.clients = p.values(u"client"_s);
    grant.limitClients = p.isSet(u"client"_s) || p.isSet(u"all-clients"_s);
    for (const QString &r : std::as_const(grant.roles)) {
        if (AccessControl::groupRole(r).isEmpty())
            return usage(tr("unknown role \"%1\" (expected one of: %2)")
                             .arg(r, AccessControl::roleChoices().join(u", "_s)));
    }
    Connection connection;
    if (const int rc = openDatabase(p, &connection); rc != Ok)
        return rc;
    DbError error;
    if (!AccessControl::grant(connection.database(), grant, &error))
        return reportEngineError(error);
    if (p.isSet(u"json"_s)) {
        printJson({{u"login"_s, grant.login},
                   {u"roles"_s, QJsonArray::fromStringList(grant.roles)},
                   {u"clients"_s, QJsonArray::fromStringList(grant.clients)}});
    } else {
        m_out << tr("%1 holds %2").arg(grant.login, grant.roles.join(u", "_s));
        if (grant.limitClients)
            m_out << (grant.clients.isEmpty()
                          ? tr("; every client")
                          : tr("; limited to %1").arg(grant.clients.join(u", "_s)));
        m_out << Qt::endl;
    }
    return Ok;
}

} // namespace Touchline
