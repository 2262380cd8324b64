// The local view of CRM contacts: CSV import (upsert by id, bad rows skipped and reported).
#pragma once

#include "database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Touchline {

class ContactStore
{
public:
    explicit ContactStore(QSqlDatabase db);

    struct RowProblem
    {
        int line = 0; // 1-based line in the file where the record starts
        QString message;
        QString toString() const;
    };
    struct ImportOptions
    {
        QString client;   // when set, every row must belong to it (an empty client_id takes it)
        QString encoding; // empty: UTF-8, and a file that is not valid UTF-8 is refused
        // Column renames from the file's header to Touchline's names (the import dialog's mapping).
        QHash<QString, QString> mapping;
        std::function<void(int done, int total)> progress; // rows written so far
    };
    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        int refused = 0;          // rows skipped, each named in problems
        bool fileRefused = false; // the whole file was refused (encoding, header, CSV syntax)
        QVector<RowProblem> problems;
    };

    // The header names the columns: id, client_id, first_name, last_name, email, phone,
    // linkedin_url, company, title, time_zone, do_not_contact; any other column becomes an
    // attribute (a merge field). Bad rows are reported and skipped; the good ones are upserted.
    std::optional<ImportReport>
    importCsv(const QByteArray &csv, const ImportOptions &options, DbError *error);
    std::optional<ImportReport> importCsv(const QByteArray &csv, DbError *error)
    {
        return importCsv(csv, ImportOptions(), error);
    }

    // The file as records of fields (header first) with the line each starts on, decoded from
    // `encoding` (empty: UTF-8, refused naming the first line that is not). For the preview.
    struct Parsed
    {
        QVector<QStringList> records;
        QVector<int> lines;
        QVector<RowProblem> problems; // non-empty: the file cannot be read as CSV
    };
    static Parsed parseCsv(const QByteArray &csv, const QString &encoding);

    // "+4930123456" from "0049 (30) 123-456"; empty when it is not E.164 after normalising.
    static QString normalisePhone(const QString &phone);
    static bool isEmail(const QString &email);

    static const QStringList &columns();

private:
    bool writeRows(const QJsonArray &rows,
                   const QHash<QString, int> &lines,
                   const ImportOptions &options,
                   ImportReport *report,
                   DbError *error);

    QSqlDatabase m_db;
};

} // namespace Touchline
