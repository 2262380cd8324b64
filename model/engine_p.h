// Helpers shared by the engine's source files (engine.cpp, enginefiring.cpp,
// engineoutcomes.cpp); not part of the model's interface.
#pragma once

#include "database.h"
#include "engine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include <initializer_list>

namespace Touchline::EngineDetail {

// Where a query's merge fields are, looked up once per query: the contact's columns under
// their own names, then its attributes (a JSON object's text). What the engine's claim and the
// outbox's claim read for a template.
class MergeFieldColumns
{
public:
    explicit MergeFieldColumns(const QSqlRecord &r)
        : m_attributes(r.indexOf(QStringLiteral("attributes")))
    {
        for (const QString &c : columns())
            m_columns.append(r.indexOf(c));
    }
    static const QStringList &columns()
    {
        using namespace Qt::StringLiterals;
        static const QStringList names{u"first_name"_s,
                                       u"last_name"_s,
                                       u"email"_s,
                                       u"phone"_s,
                                       u"linkedin_url"_s,
                                       u"company"_s,
                                       u"title"_s};
        return names;
    }
    // The row's merge fields: its contact's columns, then its attributes over them.
    QHash<QString, QString> fields(const QSqlQuery &q) const
    {
        QHash<QString, QString> fields;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            fields.insert(columns().at(i), q.value(m_columns.at(i)).toString());
        const QString json = q.value(m_attributes).toString();
        if (json.isEmpty() || json == QStringLiteral("{}"))
            return fields;
        const QJsonObject extra = QJsonDocument::fromJson(json.toUtf8()).object();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fields.insert(it.key(),
                          it.value().isString() ? it.value().toString()
                                                : it.value().toVariant().toString());
        return fields;
    }

private:
    QList<int> m_columns; // columns(), in order
    int m_attributes;
};

inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A PostgreSQL array literal of text values (cast it to text[] or uuid[]): every element
// quoted, an empty string as NULL. Runs without a quote or backslash are copied whole.
inline QString arrayLiteral(const QStringList &values)
{
    qsizetype size = 2;
    for (const QString &v : values)
        size += v.size() + 3;
    QString out;
    out.reserve(size + 16);
    out += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        const QStringView v = values.at(i);
        if (v.isEmpty()) {
            out += QLatin1String("NULL");
            continue;
        }
        out += u'"';
        qsizetype from = 0;
        for (qsizetype j = 0; j < v.size(); ++j) {
            if (v[j] != u'"' && v[j] != u'\\')
                continue;
            out += v.mid(from, j - from);
            out += u'\\';
            from = j;
        }
        out += v.mid(from);
        out += u'"';
    }
    out += u'}';
    return out;
}

// One array parameter of a statement that takes a column per array (`unnest`).
struct ArrayParam
{
    QString name;
    const QStringList &values;
};

// Binds each list as the array literal of its placeholder.
inline void bindArrays(QSqlQuery &q, std::initializer_list<ArrayParam> arrays)
{
    for (const ArrayParam &a : arrays)
        q.bindValue(a.name, arrayLiteral(a.values));
}

// A new item or draft id in the layout of touchline_uuid7() (0020): Unix milliseconds first,
// so that the primary keys grow at their right edge. The clock only orders keys; no rule of the
// scheduler reads it. The 74 random bits come from a per-thread generator seeded from the
// system's once: QUuid::createUuid() asks the system (the CPU's RDRAND) for every id, which was
// a sixth of a firing's client time. Uniqueness is the primary key's to enforce, not secrecy.
inline QString newId()
{
    thread_local QRandomGenerator64 random = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed, std::size(seed));
    }();
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    QUuid id;
    id.data1 = uint(ms >> 16);
    id.data2 = ushort(ms & 0xffff);
    id.data3 = ushort((a & 0x0fff) | 0x7000);
    id.data4[0] = uchar(((a >> 12) & 0x3f) | 0x80); // RFC 9562 variant
    for (int i = 1; i < 8; ++i)
        id.data4[i] = uchar(b >> (8 * i));
    return id.toString(QUuid::WithoutBraces);
}

// Reads the current row's columns by name. QSqlQuery::value(const QString &) builds the whole
// QSqlRecord again on every call: per row of an outcome batch that was half of the simulator's
// client CPU (issue 16). Take the record once, after exec() and before the first next().
class ColumnReader
{
public:
    explicit ColumnReader(const QSqlQuery &q)
        : m_query(q)
        , m_record(q.record())
    {}
    QVariant operator()(const QString &name) const { return m_query.value(m_record.indexOf(name)); }

private:
    const QSqlQuery &m_query;
    QSqlRecord m_record;
};

constexpr int maxConflictRetries = 5;

// A deadlock or serialization failure (SQLSTATE 40P01, 40001): the transaction rolled back
// whole and may run again.
inline bool isTransientConflict(const DbError &error)
{
    return error.message.contains(QLatin1String("(40P01)"))
           || error.message.contains(QLatin1String("(40001)"));
}

// Connection loss is "unreachable" (exit 3); any other failed statement is a failure.
inline DbError failureOf(const QSqlError &e)
{
    const bool lost = e.type() == QSqlError::ConnectionError;
    return {lost ? DbError::Kind::Unreachable : DbError::Kind::Failed, Database::describe(e)};
}

inline DbError failure(const QSqlQuery &q)
{
    return failureOf(q.lastError());
}

inline DbError rejected(const QString &message)
{
    return {DbError::Kind::Rejected, message};
}

// Rolls back unless committed; every engine transaction is short and ends on every path.
// Declare it AFTER the queries of the transaction's scope, or call rollback() before leaving:
// a query deallocates its prepared statement when destroyed, which an aborted transaction
// refuses, leaking the statement for the life of the connection.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
        // A failed statement rolls back to here at once (run()), so that the queries destroyed
        // on the way out can still deallocate their prepared statements.
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("savepoint engine_tx"));
    }
    ~Transaction() { rollback(); }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    DbError beginError() const
    {
        DbError e = failureOf(m_db.lastError());
        if (!m_db.isOpen() || e.message.isEmpty())
            e.kind = DbError::Kind::Unreachable;
        return e;
    }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }
    void rollback()
    {
        if (m_open)
            m_db.rollback();
        m_open = false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Runs a prepared query; on failure fills *error, undoes the transaction's work back to its
// savepoint (leaving it usable for deallocation only; the caller still fails), returns false.
inline bool run(QSqlQuery &q, const QSqlDatabase &db, DbError *error)
{
    if (q.exec())
        return true;
    *error = failure(q);
    QSqlQuery(db).exec(QStringLiteral("rollback to savepoint engine_tx"));
    return false;
}

} // namespace Touchline::EngineDetail
