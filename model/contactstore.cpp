#include "contactstore.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <csv.h>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// Collects libcsv's fields and records, remembering the line each record starts on.
struct CsvReader
{
    QVector<QStringList> records;
    QVector<int> lines;
    QStringList current;
    int line = 0;
    int recordStart = 1;

    static void onField(void *s, size_t len, void *data)
    {
        auto *r = static_cast<CsvReader *>(data);
        r->current.append(QString::fromUtf8(static_cast<const char *>(s), qsizetype(len)));
    }
    static void onRecord(int, void *data)
    {
        auto *r = static_cast<CsvReader *>(data);
        if (!r->current.isEmpty()) { // a blank line is no record
            r->records.append(r->current);
            r->lines.append(r->recordStart);
            r->current.clear();
        }
    }
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"false" || t == u"no" || t == u"0" || t == u"f" || t == u"n")
        return false;
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"t" || t == u"y")
        return true;
    return std::nullopt;
}

} // namespace

QString ContactStore::RowProblem::toString() const
{
    return Tr::tr("line %1: %2").arg(line).arg(message);
}

ContactStore::ContactStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QStringList &ContactStore::columns()
{
    static const QStringList c{u"id"_s,
                               u"client_id"_s,
                               u"first_name"_s,
                               u"last_name"_s,
                               u"email"_s,
                               u"phone"_s,
                               u"linkedin_url"_s,
                               u"company"_s,
                               u"title"_s,
                               u"time_zone"_s,
                               u"do_not_contact"_s};
    return c;
}

std::optional<ContactStore::ImportReport> ContactStore::importCsv(const QByteArray &input,
                                                                  DbError *error)
{
    QByteArray csv = input;
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv.remove(0, 3);
    ImportReport report;

    CsvReader reader;
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    qsizetype start = 0;
    bool parseFailed = false;
    // Fed line by line so that every record knows the line it starts on.
    while (start < csv.size() && !parseFailed) {
        qsizetype end = csv.indexOf('\n', start);
        end = end < 0 ? csv.size() : end + 1;
        ++reader.line;
        // Between records (libcsv's ROW_NOT_BEGUN state, 0), the next record starts here; inside a
        // quoted field that spans lines, it keeps the line it started on.
        if (parser.pstate == 0 && reader.current.isEmpty())
            reader.recordStart = reader.line;
        const size_t len = size_t(end - start);
        if (csv_parse(&parser,
                      csv.constData() + start,
                      len,
                      CsvReader::onField,
                      CsvReader::onRecord,
                      &reader)
            != len) {
            report.problems.append({reader.line,
                                    Tr::tr("malformed CSV: %1")
                                        .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))))});
            parseFailed = true;
        }
        start = end;
    }
    if (!parseFailed && csv_fini(&parser, CsvReader::onField, CsvReader::onRecord, &reader) != 0) {
        report.problems.append(
            {reader.recordStart, Tr::tr("malformed CSV: an unterminated quoted field")});
        parseFailed = true;
    }
    csv_free(&parser);
    if (parseFailed) {
        *error = {};
        return report;
    }
    if (reader.records.isEmpty()) {
        report.problems.append(
            {1, Tr::tr("the file is empty: expected a header line with id and client_id")});
        *error = {};
        return report;
    }

    QStringList header = reader.records.constFirst();
    for (QString &h : header)
        h = h.trimmed().toLower();
    const int idColumn = int(header.indexOf(u"id"_s));
    const int clientColumn = int(header.indexOf(u"client_id"_s));
    if (idColumn < 0 || clientColumn < 0) {
        report.problems.append({reader.lines.constFirst(),
                                Tr::tr("the header needs the columns id and client_id, it has: %1")
                                    .arg(header.join(u", "_s))});
        *error = {};
        return report;
    }
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty() || seen.contains(header.at(i)))
            report.problems.append(
                {reader.lines.constFirst(),
                 Tr::tr("column %1 of the header is empty or repeated").arg(i + 1)});
        seen.insert(header.at(i));
    }

    // Time zones are checked against the server's own list: the engine computes windows there.
    QSet<QString> zones;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"select name from pg_timezone_names"_s)) {
            *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
            return std::nullopt;
        }
        while (q.next())
            zones.insert(q.value(0).toString());
    }

    QJsonArray rows;
    QHash<QString, int> idLines;
    for (int r = 1; r < reader.records.size(); ++r) {
        const QStringList &fields = reader.records.at(r);
        const int line = reader.lines.at(r);
        if (fields.size() != header.size()) {
            report.problems.append(
                {line,
                 Tr::tr("%1 fields, the header has %2").arg(fields.size()).arg(header.size())});
            continue;
        }
        QJsonObject row;
        QJsonObject attributes;
        bool ok = true;
        for (int c = 0; c < header.size(); ++c) {
            const QString &name = header.at(c);
            const QString value = fields.at(c).trimmed();
            if (name == u"do_not_contact") {
                const auto b = parseBool(value);
                if (!b) {
                    report.problems.append(
                        {line,
                         Tr::tr("do_not_contact is \"%1\", expected true or false").arg(value)});
                    ok = false;
                }
                row.insert(name, b.value_or(false));
            } else if (name == u"time_zone") {
                if (!value.isEmpty() && !zones.contains(value)) {
                    report.problems.append({line,
                                            Tr::tr("unknown time zone \"%1\" (an IANA name such "
                                                   "as Europe/Berlin)")
                                                .arg(value)});
                    ok = false;
                }
                if (!value.isEmpty())
                    row.insert(name, value);
            } else if (columns().contains(name)) {
                if (!value.isEmpty())
                    row.insert(name, value);
            } else if (!value.isEmpty()) {
                attributes.insert(name, value);
            }
        }
        const QString id = fields.at(idColumn).trimmed();
        if (id.isEmpty()) {
            report.problems.append({line, Tr::tr("id is empty")});
            ok = false;
        } else if (idLines.contains(id)) {
            report.problems.append(
                {line, Tr::tr("id %1 already appears on line %2").arg(id).arg(idLines.value(id))});
            ok = false;
        } else {
            idLines.insert(id, line);
        }
        if (fields.at(clientColumn).trimmed().isEmpty()) {
            report.problems.append({line, Tr::tr("client_id is empty")});
            ok = false;
        }
        if (!ok)
            continue;
        row.insert(u"attributes"_s, attributes);
        rows.append(row);
    }
    if (!report.problems.isEmpty()) {
        *error = {};
        return report;
    }

    QSqlQuery q(m_db);
    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    constexpr int chunk = 5000;
    for (int i = 0; i < rows.size(); i += chunk) {
        QJsonArray part;
        for (int j = i; j < std::min<int>(int(rows.size()), i + chunk); ++j)
            part.append(rows.at(j));
        q.prepare(
            u"insert into contacts as ct (id, client_id, first_name, last_name, email, phone, "
            "linkedin_url, company, title, time_zone, attributes, do_not_contact) "
            "select r.id, r.client_id, r.first_name, r.last_name, r.email, r.phone, "
            "r.linkedin_url, r.company, r.title, coalesce(r.time_zone, 'UTC'), "
            "coalesce(r.attributes, '{}'), coalesce(r.do_not_contact, false) "
            "from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, client_id text, "
            "first_name text, last_name text, email text, phone text, linkedin_url text, "
            "company text, title text, time_zone text, attributes jsonb, do_not_contact boolean) "
            "on conflict (id) do update set client_id = excluded.client_id, "
            "first_name = excluded.first_name, last_name = excluded.last_name, "
            "email = excluded.email, phone = excluded.phone, "
            "linkedin_url = excluded.linkedin_url, company = excluded.company, "
            "title = excluded.title, time_zone = excluded.time_zone, "
            "attributes = ct.attributes || excluded.attributes, "
            "do_not_contact = excluded.do_not_contact "
            "returning (xmax = 0)"_s);
        q.bindValue(u":rows"_s,
                    QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
            m_db.rollback();
            return std::nullopt;
        }
        while (q.next())
            (q.value(0).toBool() ? report.created : report.updated) += 1;
    }
    q.prepare(u"insert into audit_log (action, subject, detail) values ('contacts_import', '', "
              "cast(:d as jsonb))"_s);
    q.bindValue(u":d"_s,
                u"{\"created\": %1, \"updated\": %2}"_s.arg(report.created).arg(report.updated));
    if (!q.exec() || !m_db.commit()) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        m_db.rollback();
        return std::nullopt;
    }
    *error = {};
    return report;
}

} // namespace Touchline
