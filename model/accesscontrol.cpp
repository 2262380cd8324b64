#include "accesscontrol.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

constexpr auto capabilitiesSql = R"sql(
select current_user as login,
       (select rolsuper from pg_roles where rolname = current_user)
           or pg_has_role(current_user, (select tableowner from pg_tables
                                          where schemaname = 'public'
                                            and tablename = 'campaigns'), 'member') as owner,
       exists (select 1 from pg_roles where rolname = 'touchline_author'
                  and pg_has_role(current_user, oid, 'member')) as author,
       exists (select 1 from pg_roles where rolname = 'touchline_approver'
                  and pg_has_role(current_user, oid, 'member')) as approver,
       exists (select 1 from pg_roles where rolname = 'touchline_supervisor'
                  and pg_has_role(current_user, oid, 'member')) as supervisor,
       exists (select 1 from pg_roles where rolname = 'touchline_engine'
                  and pg_has_role(current_user, oid, 'member')) as engine,
       coalesce((select string_agg(client_id, ',' order by client_id) from login_clients
                  where login in (session_user, current_user)), '') as clients
)sql";

constexpr auto createLoginSql = R"sql(
select format('create role %I login', cast(:login as text)) as statement
 where not exists (select 1 from pg_roles where rolname = :login)
)sql";

constexpr auto grantRoleSql = R"sql(
select format('grant %I to %I', cast(:role as text), cast(:login as text)) as statement
)sql";

constexpr auto clearClientsSql = R"sql(
delete from login_clients where login = :login
)sql";

constexpr auto addClientsSql = R"sql(
insert into login_clients (login, client_id)
select :login, c from jsonb_array_elements_text(cast(:clients as jsonb)) as c
on conflict do nothing
)sql";

constexpr auto auditSql = R"sql(
insert into audit_log (action, subject, detail) values ('grant', :login, cast(:detail as jsonb))
)sql";

DbError failure(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == u"42501")
        return {DbError::Kind::Rejected, Database::describe(e)};
    return {DbError::Kind::Failed, Database::describe(e)};
}

bool runGenerated(QSqlDatabase db, const QString &sql, const QVariantMap &binds, DbError *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (!q.next())
        return true; // nothing to do (the login exists)
    QSqlQuery run(db);
    if (!run.exec(q.value(u"statement"_s).toString())) {
        *error = failure(run);
        return false;
    }
    return true;
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantMap &binds, DbError *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

} // namespace

QStringList AccessControl::Capabilities::roleNames() const
{
    if (owner) // owns the schema: every right, whatever roles it also holds
        return {Tr::tr("owner")};
    QStringList names;
    if (author)
        names.append(Tr::tr("author"));
    if (approver)
        names.append(Tr::tr("approver"));
    if (supervisor)
        names.append(Tr::tr("supervisor"));
    if (engine)
        names.append(Tr::tr("engine"));
    return names;
}

std::optional<AccessControl::Capabilities> AccessControl::of(QSqlDatabase db, DbError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(capabilitiesSql)) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    Capabilities c;
    c.login = q.value(u"login"_s).toString();
    c.owner = q.value(u"owner"_s).toBool();
    c.author = q.value(u"author"_s).toBool();
    c.approver = q.value(u"approver"_s).toBool();
    c.supervisor = q.value(u"supervisor"_s).toBool();
    c.engine = q.value(u"engine"_s).toBool();
    c.clients = q.value(u"clients"_s).toString().split(u',', Qt::SkipEmptyParts);
    *error = {};
    return c;
}

QStringList AccessControl::roleChoices()
{
    return {u"author"_s, u"approver"_s, u"supervisor"_s, u"engine"_s};
}

QString AccessControl::groupRole(const QString &name)
{
    QString shortName = name;
    if (shortName.startsWith(u"touchline_"))
        shortName = shortName.mid(10);
    return roleChoices().contains(shortName) ? u"touchline_"_s + shortName : QString();
}

bool AccessControl::grant(QSqlDatabase db, const Grant &g, DbError *error)
{
    if (g.login.isEmpty()) {
        *error = {DbError::Kind::Rejected, Tr::tr("db grant: the login name is empty")};
        return false;
    }
    QStringList roles;
    for (const QString &r : g.roles) {
        const QString role = groupRole(r);
        if (role.isEmpty()) {
            *error = {DbError::Kind::Rejected,
                      Tr::tr("unknown role \"%1\" (expected one of: %2)")
                          .arg(r, roleChoices().join(u", "_s))};
            return false;
        }
        roles.append(role);
    }
    if (!db.transaction()) {
        *error = {DbError::Kind::Unreachable, Database::describe(db.lastError())};
        return false;
    }
    const QVariantMap login{{u":login"_s, g.login}};
    bool ok = runGenerated(db, QString::fromUtf8(createLoginSql), login, error);
    for (const QString &role : std::as_const(roles)) {
        if (ok)
            ok = runGenerated(db,
                              QString::fromUtf8(grantRoleSql),
                              {{u":login"_s, g.login}, {u":role"_s, role}},
                              error);
    }
    const QString clients = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(g.clients)).toJson(QJsonDocument::Compact));
    if (ok && g.limitClients) {
        ok = exec(db, QString::fromUtf8(clearClientsSql), login, error)
             && exec(db,
                     QString::fromUtf8(addClientsSql),
                     {{u":login"_s, g.login}, {u":clients"_s, clients}},
                     error);
    }
    const QJsonObject detail{{u"roles"_s, QJsonArray::fromStringList(roles)},
                             {u"clients"_s,
                              g.limitClients ? QJsonValue(QJsonArray::fromStringList(g.clients))
                                             : QJsonValue(u"unchanged"_s)}};
    if (ok)
        ok = exec(db,
                  QString::fromUtf8(auditSql),
                  {{u":login"_s, g.login},
                   {u":detail"_s,
                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}},
                  error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(db.lastError())};
        return false;
    }
    *error = {};
    return true;
}

} // namespace Touchline
