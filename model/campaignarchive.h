// Archiving a published campaign: it takes no more enrollments, its running ones end and its
// unsent touches are cancelled, all in one statement.
#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Touchline {

class CampaignArchive
{
public:
    struct Report
    {
        int version = 0;          // the campaign's version after archiving
        int endedEnrollments = 0; // active enrollments ended (timed_out, "campaign_archived")
        int cancelledItems = 0;   // outbound items not yet sent, now cancelled
    };

    // Sets the campaign's status to archived. Fails (nothing written) when it is not there.
    static std::optional<Report> archive(QSqlDatabase db, const QString &slug, DbError *error);
};

} // namespace Touchline
