#include "contactstore.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTimeZone>
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

// The first line (1-based) that is not valid UTF-8, or 0.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(text);
        if (decoder.hasError())
            return line;
        ++line;
        start = end;
    }
    return 0;
}

// IANA names both the server (send windows) and Qt know, matched case-sensitively.
QSet<QString> knownZones(QSqlDatabase db, DbError *error)
{
    QSet<QString> server;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"select name from pg_timezone_names"_s)) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return {};
    }
    while (q.next())
        server.insert(q.value(u"name"_s).toString());
    QSet<QString> zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromLatin1(id);
        if (server.contains(name))
            zones.insert(name);
    }
    zones.insert(u"UTC"_s);
    return zones;
}

// Checks one record against the header; returns the row for the upsert or the reasons why not.
struct RowChecker
{
    const QStringList &header;
    const QSet<QString> &zones;
    const QString &client;

    QJsonObject check(const QStringList &fields, QStringList *reasons) const
    {
        QJsonObject row;
        QJsonObject attributes;
        if (fields.size() != header.size()) {
            reasons->append(
                Tr::tr("%1 fields, the header has %2").arg(fields.size()).arg(header.size()));
            return row;
        }
        for (int c = 0; c < header.size(); ++c)
            checkField(header.at(c), fields.at(c).trimmed(), &row, &attributes, reasons);
        if (row.value(u"id"_s).toString().isEmpty())
            reasons->append(Tr::tr("id is empty"));
        const QString rowClient = row.value(u"client_id"_s).toString();
        if (!client.isEmpty() && rowClient.isEmpty())
            row.insert(u"client_id"_s, client);
        else if (!client.isEmpty() && rowClient != client)
            reasons->append(Tr::tr("client_id is \"%1\", this import is for client \"%2\"")
                                .arg(rowClient, client));
        else if (rowClient.isEmpty())
            reasons->append(Tr::tr("client_id is empty"));
        row.insert(u"attributes"_s, attributes);
        return row;
    }

    void checkField(const QString &name,
                    const QString &value,
                    QJsonObject *row,
                    QJsonObject *attributes,
                    QStringList *reasons) const
    {
        if (name == u"do_not_contact") {
            const auto b = parseBool(value);
            if (!b)
                reasons->append(
                    Tr::tr("do_not_contact is \"%1\", expected true or false").arg(value));
            row->insert(name, b.value_or(false));
        } else if (name == u"time_zone") {
            if (!value.isEmpty() && !zones.contains(value))
                reasons->append(
                    Tr::tr("unknown time zone \"%1\" (an IANA name such as Europe/Berlin)")
                        .arg(value));
            if (!value.isEmpty())
                row->insert(name, value);
        } else if (name == u"email") {
            if (!value.isEmpty() && !ContactStore::isEmail(value))
                reasons->append(Tr::tr("malformed email \"%1\"").arg(value));
            if (!value.isEmpty())
                row->insert(name, value);
        } else if (name == u"phone") {
            const QString phone = ContactStore::normalisePhone(value);
            if (!value.isEmpty() && phone.isEmpty())
                reasons->append(Tr::tr("phone \"%1\" is not an international number (E.164, "
                                       "such as +49 30 1234567)")
                                    .arg(value));
            if (!phone.isEmpty())
                row->insert(name, phone);
        } else if (ContactStore::columns().contains(name)) {
            if (!value.isEmpty())
                row->insert(name, value);
        } else if (!value.isEmpty()) {
            attributes->insert(name, value);
        }
    }
};

const QString upsertSql = uR"(
insert into contacts as ct (id, client_id, first_name, last_name, email, phone, linkedin_url,
                            company, title, time_zone, attributes, do_not_contact)
select r.id, r.client_id, r.first_name, r.last_name, r.email, r.phone, r.linkedin_url,
       r.company, r.title, coalesce(r.time_zone, 'UTC'), coalesce(r.attributes, '{}'),
       coalesce(r.do_not_contact, false)
  from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, client_id text, first_name text,
       last_name text, email text, phone text, linkedin_url text, company text, title text,
       time_zone text, attributes jsonb, do_not_contact boolean)
on conflict (id) do update set client_id = excluded.client_id,
       first_name = excluded.first_name, last_name = excluded.last_name,
       email = excluded.email, phone = excluded.phone, linkedin_url = excluded.linkedin_url,
       company = excluded.company, title = excluded.title, time_zone = excluded.time_zone,
       attributes = ct.attributes || excluded.attributes,
       do_not_contact = excluded.do_not_contact
 where ct.client_id = excluded.client_id
returning ct.id, (xmax = 0) as created
)"_s;

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

QString ContactStore::normalisePhone(const QString &phone)
{
    static const QRegularExpression separators(u"[\\s\\-.()]"_s);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    QString p = phone;
    p.remove(separators);
    if (p.startsWith(u"00"_s))
        p.replace(0, 2, u"+"_s);
    return e164.match(p).hasMatch() ? p : QString();
}

bool ContactStore::isEmail(const QString &email)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return !email.contains(u".."_s) && re.match(email).hasMatch();
}

ContactStore::Parsed ContactStore::parseCsv(const QByteArray &input, const QString &encoding)
{
    Parsed parsed;
    QByteArray csv = input;
    if (encoding.isEmpty() || encoding.compare(u"utf-8"_s, Qt::CaseInsensitive) == 0) {
        if (csv.startsWith("\xEF\xBB\xBF"))
            csv.remove(0, 3);
        if (const int bad = firstInvalidUtf8Line(csv)) {
            parsed.problems.append(
                {bad,
                 Tr::tr("not valid UTF-8: name the file's encoding (such as windows-1252) to "
                        "convert it; nothing was imported")});
            return parsed;
        }
    } else {
        QStringDecoder decoder(encoding.toLatin1().constData());
        if (!decoder.isValid()) {
            parsed.problems.append({0, Tr::tr("unknown encoding \"%1\"").arg(encoding)});
            return parsed;
        }
        csv = QString(decoder.decode(csv)).toUtf8();
        if (csv.startsWith("\xEF\xBB\xBF"))
            csv.remove(0, 3);
    }

    CsvReader reader;
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    qsizetype start = 0;
    bool failed = false;
    // Fed line by line so that every record knows the line it starts on.
    while (start < csv.size() && !failed) {
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
            parsed.problems.append({reader.line,
                                    Tr::tr("malformed CSV: %1")
                                        .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))))});
            failed = true;
        }
        start = end;
    }
    if (!failed && csv_fini(&parser, CsvReader::onField, CsvReader::onRecord, &reader) != 0)
        parsed.problems.append(
            {reader.recordStart, Tr::tr("malformed CSV: an unterminated quoted field")});
    csv_free(&parser);
    if (parsed.problems.isEmpty() && reader.records.isEmpty())
        parsed.problems.append(
            {1, Tr::tr("the file is empty: expected a header line with id and client_id")});
    parsed.records = std::move(reader.records);
    parsed.lines = std::move(reader.lines);
    return parsed;
}

std::optional<ContactStore::ImportReport>
ContactStore::importCsv(const QByteArray &input, const ImportOptions &options, DbError *error)
{
    *error = {};
    ImportReport report;
    const Parsed parsed = parseCsv(input, options.encoding);
    if (!parsed.problems.isEmpty()) {
        report.problems = parsed.problems;
        report.fileRefused = true;
        return report;
    }

    QStringList header = parsed.records.constFirst();
    for (QString &h : header) {
        h = h.trimmed().toLower();
        h = options.mapping.value(h, h);
    }
    const int headerLine = parsed.lines.constFirst();
    if (!header.contains(u"id"_s)
        || (!header.contains(u"client_id"_s) && options.client.isEmpty())) {
        report.problems.append({headerLine,
                                Tr::tr("the header needs the columns id and client_id, it has: %1")
                                    .arg(header.join(u", "_s))});
        report.fileRefused = true;
        return report;
    }
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty() || seen.contains(header.at(i))) {
            report.problems.append(
                {headerLine, Tr::tr("column %1 of the header is empty or repeated").arg(i + 1)});
            report.fileRefused = true;
        }
        seen.insert(header.at(i));
    }
    if (report.fileRefused)
        return report;

    const QSet<QString> zones = knownZones(m_db, error);
    if (*error)
        return std::nullopt;
    const RowChecker rowChecker{header, zones, options.client};

    QJsonArray rows;
    QHash<QString, int> idLines;
    for (int r = 1; r < parsed.records.size(); ++r) {
        const int line = parsed.lines.at(r);
        QStringList reasons;
        const QJsonObject row = rowChecker.check(parsed.records.at(r), &reasons);
        const QString id = row.value(u"id"_s).toString();
        if (reasons.isEmpty() && idLines.contains(id))
            reasons.append(
                Tr::tr("id %1 already appears on line %2").arg(id).arg(idLines.value(id)));
        if (!reasons.isEmpty()) {
            for (const QString &reason : std::as_const(reasons))
                report.problems.append({line, reason});
            ++report.refused;
            continue;
        }
        idLines.insert(id, line);
        rows.append(row);
    }
    if (!writeRows(rows, idLines, options, &report, error))
        return std::nullopt;
    std::stable_sort(report.problems.begin(),
                     report.problems.end(),
                     [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    return report;
}

bool ContactStore::writeRows(const QJsonArray &rows,
                             const QHash<QString, int> &lines,
                             const ImportOptions &options,
                             ImportReport *report,
                             DbError *error)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return false;
    }
    const auto fail = [&](const QSqlError &e) {
        *error = {DbError::Kind::Failed, Database::describe(e)};
        m_db.rollback();
        return false;
    };
    constexpr int chunk = 2000;
    for (int i = 0; i < rows.size(); i += chunk) {
        QJsonArray part;
        for (int j = i; j < std::min<int>(int(rows.size()), i + chunk); ++j)
            part.append(rows.at(j));
        q.prepare(upsertSql);
        q.bindValue(u":rows"_s,
                    QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(q.lastError());
        QSet<QString> written;
        while (q.next()) {
            written.insert(q.value(u"id"_s).toString());
            (q.value(u"created"_s).toBool() ? report->created : report->updated) += 1;
        }
        // A contact is never moved to another client by an import: such a row is refused.
        for (const QJsonValue &row : std::as_const(part)) {
            const QString id = row.toObject().value(u"id"_s).toString();
            if (written.contains(id))
                continue;
            report->problems.append(
                {lines.value(id),
                 Tr::tr("id %1 belongs to another client; it is not moved to %2")
                     .arg(id, row.toObject().value(u"client_id"_s).toString())});
            ++report->refused;
        }
        if (options.progress)
            options.progress(report->created + report->updated, int(rows.size()));
    }
    q.prepare(u"insert into audit_log (action, subject, detail) values ('contacts_import', "
              ":client, cast(:d as jsonb))"_s);
    q.bindValue(u":client"_s, options.client.isNull() ? u""_s : options.client);
    q.bindValue(u":d"_s,
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"created"_s, report->created},
                                                            {u"updated"_s, report->updated},
                                                            {u"refused"_s, report->refused}})
                                      .toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(q.lastError());
    if (!m_db.commit())
        return fail(m_db.lastError());
    return true;
}

} // namespace Touchline
