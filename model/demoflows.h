// The demo campaigns shipped with Touchline (the seed's B2BEA flows and the insurance renewal).
#pragma once

#include "database.h"
#include "flowcodec.h"

#include <QSqlDatabase>

namespace Touchline {

class DemoFlows
{
public:
    static QByteArray bytes();
    static FlowReadResult read();
    // Imports the demo flows into a database that has never held a campaign; returns whether it
    // did. A database that had campaigns (even if they were all removed) is left alone.
    static bool installIfFirstRun(QSqlDatabase db, DbError *error);
};

} // namespace Touchline
