#include "dispatchtestsupport.h"

#include "channelaccounts.h"
#include "engine.h"
#include "flowcodec.h"
#include "flowstore.h"
#include "httpexchange.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline::Test {

using namespace Qt::StringLiterals;

StandIn::~StandIn()
{
    stop();
}

bool StandIn::start(const QString &script, const QStringList &args, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(u"/usr/bin/python3"_s, QStringList{script} + args);
    if (!m_process->waitForStarted(5000)) {
        *error = m_process->errorString();
        return false;
    }
    while (m_process->waitForReadyRead(10000) || m_process->canReadLine()) {
        if (!m_process->canReadLine())
            continue;
        const QByteArray line = m_process->readLine().trimmed();
        if (line.startsWith("PORT ")) {
            m_port = line.mid(5).toInt();
            return true;
        }
    }
    *error = u"%1 did not report its port"_s.arg(script);
    return false;
}

void StandIn::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QString StandIn::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QJsonObject StandIn::get(const QString &path)
{
    HttpExchange http;
    const HttpReply r = http.request("GET", QUrl(url() + path), {}, {}, 10000);
    return QJsonDocument::fromJson(r.body).object();
}

bool StandIn::post(const QString &path, const QJsonObject &body)
{
    HttpExchange http;
    const HttpReply r = http.request("POST",
                                     QUrl(url() + path),
                                     {{"Content-Type", "application/json"}},
                                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                                     10000);
    return r.status == 200;
}

QString standInScript(const QString &name)
{
    return QStringLiteral(TOUCHLINE_DISPATCH_TESTS) + u"/standins/"_s + name;
}

QString dispatchFlowFile()
{
    return QStringLiteral(TOUCHLINE_FIXTURES) + u"/dispatch-flow.json"_s;
}

bool importDispatchFlow(QSqlDatabase db, QString *error)
{
    QFile f(dispatchFlowFile());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    const FlowReadResult flow = FlowCodec::read(f.readAll());
    if (!flow.ok()) {
        *error = u"the dispatch flow does not read"_s;
        return false;
    }
    DbError dbError;
    if (!FlowStore(db).importFlow(flow.flow, u"test"_s, &dbError)) {
        *error = dbError.message;
        return false;
    }
    return true;
}

bool addContact(QSqlDatabase db,
                const QString &id,
                const QString &client,
                const QString &email,
                const QString &phone,
                const QString &linkedin)
{
    QSqlQuery q(db);
    q.prepare(u"insert into contacts (id, client_id, first_name, last_name, email, phone, "
              "linkedin_url) values (:id, :client, :first, 'Tester', nullif(:email, ''), "
              "nullif(:phone, ''), nullif(:linkedin, ''))"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":client"_s, client);
    q.bindValue(u":first"_s, QString(u"Zoë "_s + id));
    q.bindValue(u":email"_s, email);
    q.bindValue(u":phone"_s, phone);
    q.bindValue(u":linkedin"_s, linkedin);
    return q.exec();
}

int approveAll(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(u"update staged_drafts set status = 'approved', reviewed_at = now() "
           "where status = 'pending_review'"_s);
    q.exec(
        u"update outbound_queue set status = 'approved' where status in ('pending', 'drafted')"_s);
    return q.numRowsAffected();
}

int tickAndApprove(QSqlDatabase db, const QDateTime &at, QString *error)
{
    DbError dbError;
    if (!Engine(db).tick(at, 1000, &dbError)) {
        *error = dbError.message;
        return -1;
    }
    return approveAll(db);
}

int fireAndApprove(QSqlDatabase db,
                   const QString &campaign,
                   const QStringList &contacts,
                   const QDateTime &at,
                   QString *error)
{
    Engine engine(db);
    DbError dbError;
    Engine::EnrollRequest r;
    r.campaign = campaign;
    r.contacts = contacts;
    r.at = at;
    const auto enrolled = engine.enroll(r, &dbError);
    if (!enrolled || !enrolled->refused.isEmpty()) {
        *error = enrolled ? enrolled->refused.constFirst().second : dbError.message;
        return -1;
    }
    return tickAndApprove(db, at, error);
}

QString itemOf(QSqlDatabase db, const QString &contact, const QString &campaign, int step)
{
    QSqlQuery q(db);
    q.prepare(u"select o.id from outbound_queue o join campaigns c on c.id = o.campaign_id "
              "where o.contact_id = :contact and c.slug = :campaign and o.step_number = :step "
              "order by o.attempt desc limit 1"_s);
    q.bindValue(u":contact"_s, contact);
    q.bindValue(u":campaign"_s, campaign);
    q.bindValue(u":step"_s, step);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString statusOf(QSqlDatabase db, const QString &item)
{
    QSqlQuery q(db);
    q.prepare(u"select status from outbound_queue where id::text = :id"_s);
    q.bindValue(u":id"_s, item);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList outcomesOf(QSqlDatabase db, const QString &item)
{
    // Outcomes carry the item when the dispatcher wrote them ('sent'); the engine's carry the
    // enrollment, step and attempt of the item.
    QSqlQuery q(db);
    q.prepare(u"select s.outcome from step_outcomes s join outbound_queue o "
              "on o.enrollment_id = s.enrollment_id and o.step_number = s.step_number "
              "and o.attempt = s.attempt where o.id::text = :id order by s.id"_s);
    q.bindValue(u":id"_s, item);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool setAccount(QSqlDatabase db, const QJsonObject &o, QString *error)
{
    ChannelAccount a;
    a.clientId = o.value(u"client"_s).toString();
    a.channel = o.value(u"channel"_s).toString();
    a.provider = o.value(u"provider"_s).toString();
    a.url = o.value(u"url"_s).toString();
    a.from = o.value(u"from"_s).toString();
    a.user = o.value(u"user"_s).toString();
    a.account = o.value(u"account"_s).toString();
    a.starttls = o.value(u"starttls"_s).toBool();
    a.settings = o.value(u"settings"_s).toObject();
    DbError dbError;
    if (!ChannelAccounts(db).save(a, &dbError)) {
        *error = dbError.message;
        return false;
    }
    return true;
}

} // namespace Touchline::Test
