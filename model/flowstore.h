// Campaign flows in the database: load the current revisions, import (upsert by slug) in one
// transaction, list slugs.
#pragma once

#include "database.h"
#include "flow.h"
#include "flowcodec.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace Touchline {

class FlowStore
{
public:
    explicit FlowStore(QSqlDatabase db);

    struct ImportReport
    {
        QStringList created;
        QStringList updated; // campaign fields or steps changed
        QStringList unchanged;
        QHash<QString, int> revisions; // slug -> current revision after the import
    };

    QStringList campaignSlugs(DbError *error) const;
    // The campaigns (all when `slugs` is empty) with the steps of their current revisions, in
    // slug order. Unknown slugs are an error naming them.
    std::optional<Flow> load(const QStringList &slugs, DbError *error) const;
    // Upserts every campaign of a validated flow by slug, all or nothing. A campaign whose steps
    // changed gets a new published revision; an unchanged one is left as it is.
    std::optional<ImportReport> importFlow(const Flow &flow, const QString &source, DbError *error);

    // Reads a flow file and validates it against this database (on_exit may name its campaigns).
    FlowReadResult readForImport(const QByteArray &bytes, DbError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Touchline
