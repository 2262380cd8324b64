#include "pooleddriver.h"

#include "tr.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>
#include <QUuid>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// A QSqlDatabase that is not registered under a name: the pooled driver owns its inner
// connections, and registering them would take the connection registry's lock again while
// Qt deletes the outer driver under it.
class InnerDatabase : public QSqlDatabase
{
public:
    InnerDatabase()
        : QSqlDatabase(u"QPSQL"_s)
    {}
};

void configure(QSqlDatabase *db,
               const QString &database,
               const QString &user,
               const QString &password,
               const QString &host,
               int port,
               const QString &options)
{
    db->setDatabaseName(database);
    db->setUserName(user);
    db->setPassword(password);
    db->setHostName(host);
    db->setPort(port);
    db->setConnectOptions(options);
}

bool isPlaceholderChar(QChar c)
{
    // Qt's rule for a named placeholder's characters (QSqlResult's qIsAlnum).
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Each returns the index just past the construct that starts at `i`.
qsizetype skipQuoted(const QString &q, qsizetype i, QChar quote, bool backslashEscapes)
{
    qsizetype j = i + 1;
    while (j < q.size()) {
        if (backslashEscapes && q.at(j) == u'\\') {
            j += 2;
        } else if (q.at(j) == quote) {
            if (j + 1 < q.size() && q.at(j + 1) == quote)
                j += 2;
            else
                return j + 1;
        } else {
            ++j;
        }
    }
    return q.size();
}

qsizetype skipDollarQuoted(const QString &q, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < q.size() && q.at(j).isDigit())
        return j; // $1: not a quote
    while (j < q.size() && isIdentifierChar(q.at(j)) && q.at(j) != u'$')
        ++j;
    if (j >= q.size() || q.at(j) != u'$')
        return i + 1;
    const QString tag = q.mid(i, j - i + 1);
    const qsizetype end = q.indexOf(tag, j + 1);
    return end < 0 ? q.size() : end + tag.size();
}

qsizetype skipBlockComment(const QString &q, qsizetype i)
{
    int depth = 0;
    qsizetype j = i;
    while (j + 1 < q.size()) {
        if (q.at(j) == u'/' && q.at(j + 1) == u'*') {
            ++depth;
            j += 2;
        } else if (q.at(j) == u'*' && q.at(j + 1) == u'/') {
            j += 2;
            if (--depth == 0)
                return j;
        } else {
            ++j;
        }
    }
    return q.size();
}

// Where the quote, comment or cast at `i` ends, or -1 when none starts there.
qsizetype skipNonPlaceholder(const QString &q, qsizetype i)
{
    const QChar c = q.at(i);
    const QChar next = i + 1 < q.size() ? q.at(i + 1) : QChar();
    const bool wordStart = i == 0 || !isIdentifierChar(q.at(i - 1));
    if (c == u'\'')
        return skipQuoted(q, i, c, false);
    if ((c == u'E' || c == u'e') && next == u'\'' && wordStart)
        return skipQuoted(q, i + 1, next, true);
    if (c == u'"')
        return skipQuoted(q, i, c, false);
    if (c == u'$' && wordStart)
        return skipDollarQuoted(q, i);
    if (c == u'-' && next == u'-') {
        const qsizetype end = q.indexOf(u'\n', i);
        return end < 0 ? q.size() : end + 1;
    }
    if (c == u'/' && next == u'*')
        return skipBlockComment(q, i);
    if (c == u':' && next == u':')
        return i + 2;
    if (isIdentifierChar(c)) { // a whole word, so that E'…' is only seen at a word's start
        qsizetype j = i + 1;
        while (j < q.size() && isIdentifierChar(q.at(j)))
            ++j;
        return j;
    }
    return -1;
}

bool isNullValue(const QVariant &value)
{
    // As QtSql decides it (QSqlResultPrivate::isVariantNull): Qt 6's QVariant::isNull() is
    // false for an empty QString, which QtSql code binds to mean NULL.
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

class PooledResult : public QSqlResult
{
public:
    explicit PooledResult(const PooledDriver *driver)
        : QSqlResult(driver)
        , m_query(driver->inner())
    {}

protected:
    QVariant data(int i) override { return m_query.value(i); }
    bool isNull(int i) override { return m_query.isNull(i); }
    bool reset(const QString &sql) override;
    bool prepare(const QString &sql) override;
    bool exec() override;
    bool fetch(int i) override { return moved(m_query.seek(i)); }
    bool fetchFirst() override { return moved(m_query.first()); }
    bool fetchLast() override { return moved(m_query.last()); }
    bool fetchNext() override { return moved(m_query.next()); }
    bool fetchPrevious() override { return moved(m_query.previous()); }
    int size() override { return m_query.size(); }
    int numRowsAffected() override { return m_query.numRowsAffected(); }
    QSqlRecord record() const override { return m_query.record(); }
    QVariant lastInsertId() const override { return m_query.lastInsertId(); }
    QVariant handle() const override
    {
        return m_query.result() ? m_query.result()->handle() : QVariant();
    }
    void detachFromResultSet() override { m_query.finish(); }

private:
    bool moved(bool ok)
    {
        if (ok)
            setAt(m_query.at());
        return ok;
    }
    QString literal(const QVariant &value) const;

    QSqlQuery m_query;
    PooledDriver::Statement m_statement;
};

bool PooledResult::reset(const QString &sql)
{
    m_query.setForwardOnly(isForwardOnly());
    m_query.setNumericalPrecisionPolicy(numericalPrecisionPolicy());
    const bool ok = m_query.exec(sql);
    setSelect(ok && m_query.isSelect());
    setActive(ok);
    setAt(QSql::BeforeFirstRow);
    if (!ok)
        setLastError(m_query.lastError());
    return ok;
}

bool PooledResult::prepare(const QString &sql)
{
    m_statement = PooledDriver::parse(sql);
    // Qt keeps the named bindings by position among the named placeholders: give it exactly
    // the ones found here, in order, so that boundValue(k) is the k-th one's value.
    QStringList named = m_statement.placeholders;
    named.removeAll(u"?"_s);
    QSqlResult::prepare(named.join(u' '));
    setQuery(sql);
    return true;
}

bool PooledResult::exec()
{
    QString text = m_statement.pieces.value(0);
    int named = 0;
    int positional = 0;
    for (qsizetype i = 0; i < m_statement.placeholders.size(); ++i) {
        const bool isPositional = m_statement.placeholders.at(i) == u"?";
        const QVariant value = boundValue(isPositional ? positional++ : named++);
        // Spaces keep a negative number from turning "-" into a comment ("x - -1").
        text += u' ' + literal(value) + u' ' + m_statement.pieces.at(i + 1);
    }
    return reset(text);
}

QString PooledResult::literal(const QVariant &value) const
{
    // The literal QPSQL's EXECUTE would carry (its qCreateParamString).
    QSqlField field(QString(), value.metaType());
    if (isNullValue(value))
        field.clear();
    else
        field.setValue(value);
    return driver()->formatValue(field);
}

} // namespace

PooledDriver::PooledDriver(const ConnectionSettings &settings, QObject *parent)
    : QSqlDriver(parent)
    , m_listenSettings(settings.listenSettings())
    , m_inner(InnerDatabase())
{
    connect(&m_pollTimer, &QTimer::timeout, this, &PooledDriver::poll);
}

PooledDriver::~PooledDriver()
{
    close();
}

PooledDriver::Statement PooledDriver::parse(const QString &query)
{
    Statement s;
    QString piece;
    qsizetype i = 0;
    while (i < query.size()) {
        if (const qsizetype end = skipNonPlaceholder(query, i); end > i) {
            piece += QStringView(query).mid(i, end - i);
            i = end;
            continue;
        }
        const QChar c = query.at(i);
        qsizetype end = i + 1;
        if (c == u':' && end < query.size() && isPlaceholderChar(query.at(end))) {
            while (end < query.size() && isPlaceholderChar(query.at(end)))
                ++end;
        } else if (c != u'?') {
            piece += c;
            ++i;
            continue;
        }
        s.pieces.append(piece);
        s.placeholders.append(query.mid(i, end - i));
        piece.clear();
        i = end;
    }
    s.pieces.append(piece);
    return s;
}

bool PooledDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case BatchOperations:
        return false;
    case EventNotifications:
        return true; // from the direct connection, or by polling
    default:
        return m_inner.driver()->hasFeature(feature);
    }
}

bool PooledDriver::open(const QString &db,
                        const QString &user,
                        const QString &password,
                        const QString &host,
                        int port,
                        const QString &options)
{
    configure(&m_inner, db, user, password, host, port, options);
    m_options = options;
    const bool ok = m_inner.open();
    if (!ok)
        setLastError(m_inner.lastError());
    setOpen(ok);
    setOpenError(!ok);
    return ok;
}

void PooledDriver::close()
{
    m_pollTimer.stop();
    m_polled.clear();
    if (m_listen.isValid())
        m_listen.close();
    m_inner.close();
    setOpen(false);
    setOpenError(false);
}

QSqlResult *PooledDriver::createResult() const
{
    return new PooledResult(this);
}

bool PooledDriver::beginTransaction()
{
    if (!transactionResult(m_inner.transaction()))
        return false;
    if (m_transactionSettings.isEmpty())
        return true;
    QSqlQuery q(m_inner);
    if (q.exec(m_transactionSettings))
        return true;
    setLastError(q.lastError());
    m_inner.rollback();
    return false;
}

bool PooledDriver::commitTransaction()
{
    return transactionResult(m_inner.commit());
}

bool PooledDriver::rollbackTransaction()
{
    return transactionResult(m_inner.rollback());
}

bool PooledDriver::transactionResult(bool ok)
{
    if (!ok)
        setLastError(m_inner.lastError());
    return ok;
}

QString PooledDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    return m_inner.driver()->formatValue(field, trimStrings);
}

QString PooledDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    return m_inner.driver()->escapeIdentifier(identifier, type);
}

QStringList PooledDriver::tables(QSql::TableType type) const
{
    return m_inner.driver()->tables(type);
}

QSqlRecord PooledDriver::record(const QString &tableName) const
{
    return m_inner.driver()->record(tableName);
}

QSqlIndex PooledDriver::primaryIndex(const QString &tableName) const
{
    return m_inner.driver()->primaryIndex(tableName);
}

QVariant PooledDriver::handle() const
{
    return m_inner.driver()->handle();
}

bool PooledDriver::openListen()
{
    if (m_listen.isOpen())
        return true;
    m_listen = InnerDatabase();
    const ConnectionSettings &direct = *m_listenSettings;
    configure(&m_listen,
              direct.database,
              direct.user,
              direct.password,
              direct.host,
              direct.port,
              m_options);
    if (!m_listen.open()) {
        setLastError(m_listen.lastError());
        return false;
    }
    connect(m_listen.driver(), &QSqlDriver::notification, this, &QSqlDriver::notification);
    return true;
}

bool PooledDriver::subscribeToNotification(const QString &name)
{
    if (!m_listenSettings) {
        if (m_polled.isEmpty())
            qWarning("touchline: no direct connection for LISTEN through the transaction pooler "
                     "(listen_host in the database URI): polling every %d ms instead",
                     int(pollInterval.count()));
        if (!m_polled.contains(name))
            m_polled.append(name);
        m_pollTimer.start(pollInterval);
        return true;
    }
    if (!openListen())
        return false;
    if (m_listen.driver()->subscribeToNotification(name))
        return true;
    setLastError(m_listen.driver()->lastError());
    return false;
}

bool PooledDriver::unsubscribeFromNotification(const QString &name)
{
    if (m_polled.removeAll(name) > 0) {
        if (m_polled.isEmpty())
            m_pollTimer.stop();
        return true;
    }
    return m_listen.isOpen() && m_listen.driver()->unsubscribeFromNotification(name);
}

QStringList PooledDriver::subscribedToNotifications() const
{
    if (!m_polled.isEmpty())
        return m_polled;
    return m_listen.isOpen() ? m_listen.driver()->subscribedToNotifications() : QStringList();
}

void PooledDriver::poll()
{
    if (!isOpen())
        return;
    const QStringList channels = m_polled; // a receiver may unsubscribe
    for (const QString &channel : channels)
        Q_EMIT notification(channel, OtherSource, QVariant());
}

} // namespace Touchline
