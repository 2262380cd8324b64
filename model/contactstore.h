// The local view of CRM contacts: CSV import (upsert by id, all or nothing), suppression.
#pragma once

#include "database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

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
    struct ImportReport
    {
        int created = 0;
        int updated = 0;
        QVector<RowProblem> problems; // non-empty: nothing was written
    };

    // The header names the columns: id, client_id, first_name, last_name, email, phone,
    // linkedin_url, company, title, time_zone, do_not_contact; any other column becomes an
    // attribute (a merge field). Every bad row is reported; one bad row writes nothing.
    std::optional<ImportReport> importCsv(const QByteArray &csv, DbError *error);

    static const QStringList &columns();

private:
    QSqlDatabase m_db;
};

} // namespace Touchline
