#include "session.h"

#include "database.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QUuid>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

Session::Session(const QString &database)
    : m_name(u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = TestCluster::instance().open(database, m_name, &m_error);
}

Session::~Session()
{
    m_db = QSqlDatabase();
    Database::close(m_name);
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Database::describe(q.lastError());
    else
        qWarning("%s: %s", qPrintable(sql), qPrintable(Database::describe(q.lastError())));
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(Database::describe(q.lastError())));
        return {};
    }
    return q.value(0);
}

} // namespace Touchline::Test
