#include "migrator.h"

#include "database.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
constexpr auto migrationLock = "select pg_advisory_xact_lock(7308327465317221)";
const auto currentVersionSql = uR"sql(
select coalesce(max(version), 0) as version from schema_migrations
)sql"_s;
} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Migrator::Migration> Migrator::migrations()
{
    static const QVector<Migration> all = [] {
        QVector<Migration> out;
        static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
        const QDir dir(u":/sql"_s);
        for (const QString &entry : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            const auto match = pattern.match(entry);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(entry));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return out;
    }();
    return all;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int Migrator::currentVersion(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"select to_regclass('schema_migrations') is not null as present"_s) || !q.next()) {
        *error = Database::describe(q.lastError());
        return -1;
    }
    if (!q.value(u"present"_s).toBool())
        return 0;
    if (!q.exec(currentVersionSql) || !q.next()) {
        *error = Database::describe(q.lastError());
        return -1;
    }
    return q.value(u"version"_s).toInt();
}

bool Migrator::migrate(QString *error, QStringList *applied)
{
    QSqlQuery q(m_db);
    // Created only when missing: "if not exists" would print a NOTICE on every run where
    // client_min_messages is not raised for the session (through a transaction pooler).
    if (!q.exec(uR"(
do $$
begin
    if to_regclass('schema_migrations') is null then
        create table schema_migrations (version int primary key, name text not null,
                                        applied_at timestamptz not null default now());
    end if;
end $$
)"_s)) {
        // Two processes creating it at once: the loser sees a duplicate type; the table exists.
        if (currentVersion(error) < 0) {
            *error = Tr::tr("cannot create schema_migrations: %1")
                         .arg(Database::describe(q.lastError()));
            return false;
        }
    }
    for (const Migration &m : migrations()) {
        if (!m_db.transaction()) {
            *error = Database::describe(m_db.lastError());
            return false;
        }
        auto fail = [&](const QString &message) {
            *error = message;
            m_db.rollback();
            return false;
        };
        if (!q.exec(QString::fromLatin1(migrationLock)))
            return fail(Database::describe(q.lastError()));
        if (!q.exec(currentVersionSql) || !q.next())
            return fail(Database::describe(q.lastError()));
        const int current = q.value(u"version"_s).toInt();
        if (current > latestVersion())
            return fail(Tr::tr("the database schema is at version %1, newer than this Touchline "
                               "(it knows versions up to %2): upgrade Touchline before using this "
                               "database")
                            .arg(current)
                            .arg(latestVersion()));
        q.prepare(u"select 1 from schema_migrations where version = :v"_s);
        q.bindValue(u":v"_s, m.version);
        if (!q.exec())
            return fail(Database::describe(q.lastError()));
        if (q.next()) {
            m_db.rollback();
            continue;
        }
        if (!q.exec(m.sql))
            return fail(Tr::tr("migration %1 (%2) failed: %3")
                            .arg(m.version)
                            .arg(m.name, Database::describe(q.lastError())));
        q.prepare(u"insert into schema_migrations (version, name) values (:v, :n)"_s);
        q.bindValue(u":v"_s, m.version);
        q.bindValue(u":n"_s, m.name);
        if (!q.exec())
            return fail(Database::describe(q.lastError()));
        if (!m_db.commit())
            return fail(Database::describe(m_db.lastError()));
        if (applied)
            applied->append(u"%1_%2"_s.arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    }
    return true;
}

} // namespace Touchline
