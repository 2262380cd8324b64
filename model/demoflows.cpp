#include "demoflows.h"

#include "flowstore.h"
#include "tr.h"

#include <QFile>
#include <QSqlQuery>

namespace Touchline {

using namespace Qt::StringLiterals;

QByteArray DemoFlows::bytes()
{
    QFile f(u":/demo/demo_flows.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

FlowReadResult DemoFlows::read()
{
    return FlowCodec::read(bytes());
}

bool DemoFlows::installIfFirstRun(QSqlDatabase db, DbError *error)
{
    QSqlQuery q(db);
    if (!q.exec(uR"sql(
select (select count(*) from campaigns) = 0
       and not exists (select 1 from audit_log where action = 'import') as first_run
)sql"_s) || !q.next()) {
        *error = {DbError::Kind::Failed, Database::describe(q.lastError())};
        return false;
    }
    *error = {};
    if (!q.value(u"first_run"_s).toBool())
        return false;
    const FlowReadResult demo = read();
    if (!demo.ok()) {
        *error = {DbError::Kind::Failed, Tr::tr("the built-in demo flows do not validate")};
        return false;
    }
    FlowStore store(db);
    return store.importFlow(demo.flow, Tr::tr("demo flows"), error).has_value();
}

} // namespace Touchline
