// Who the connected login is and what the database lets it do; `db grant` manages logins.
#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Touchline {

class AccessControl
{
public:
    // What the current login may do, as the database decides it (role membership, ownership).
    struct Capabilities
    {
        QString login;
        bool owner = false; // owns the schema (or is superuser): may do everything
        bool author = false;
        bool approver = false;
        bool supervisor = false;
        bool engine = false;
        QStringList clients; // empty: every client

        bool mayEditFlows() const { return owner || author; }
        bool mayDecideDrafts() const { return owner || approver; }
        bool mayRunEngine() const { return owner || engine; }
        bool mayEnroll() const { return owner || approver || engine; }
        // The roles for people: "author, approver".
        QStringList roleNames() const;
    };
    static std::optional<Capabilities> of(QSqlDatabase db, DbError *error);

    // "author" or "touchline_author" -> "touchline_author"; empty when it is no Touchline role.
    static QString groupRole(const QString &name);
    static QStringList roleChoices();

    struct Grant
    {
        QString login;
        QStringList roles;         // group roles, short or full names
        QStringList clients;       // the clients the login is limited to
        bool limitClients = false; // replace the login's client list with `clients`
    };
    // Creates the login when missing (LOGIN, no password: set one with ALTER ROLE or use peer
    // or certificate authentication), grants the roles and sets the client limit, audited, in
    // one transaction. Needs CREATEROLE (or superuser) and ownership of login_clients.
    static bool grant(QSqlDatabase db, const Grant &grant, DbError *error);
};

} // namespace Touchline
