// Archiving a published campaign: it takes no more enrollments, its running ones end and its
// unsent touches are cancelled, in one transaction that waits for a scheduler firing it now.
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
