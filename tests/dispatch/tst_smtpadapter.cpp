// Email over SMTP through libcurl against a real local SMTP server (aiosmtpd): the MIME message,
// a send, a refused recipient, a temporary failure, a dropped connection, a refused login, and
// the dispatcher recording each on the outbox.
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "smtpadapter.h"
#include "testcluster.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);

// The decoded text of a header made of RFC 2047 encoded words.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="_s);
    QByteArray out;
    auto it = word.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        out += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(out);
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    const qsizetype at = message.indexOf(QByteArray("\r\n" + name + ": "));
    if (at < 0)
        return {};
    qsizetype end = message.indexOf("\r\n", at + 2);
    while (end >= 0 && end + 2 < message.size() && message.at(end + 2) == ' ')
        end = message.indexOf("\r\n", end + 2);
    return message.mid(at + name.size() + 4, end - at - name.size() - 4);
}

} // namespace

class TestSmtpAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void composesAProperMimeMessage();
    void subjectEncodingRoundTrips_data();
    void subjectEncodingRoundTrips();
    void messageIdNamesTheItem();
    void sendsThroughTheServer();
    void refusedRecipientFailsWithTheServersReply();
    void temporaryFailureRetries();
    void droppedConnectionRetriesThenSends();
    void refusedLoginFails();
    void dispatcherRecordsEachResult();
    void suppressedAndPausedItemsAreNotSent();

private:
    ChannelAccount account(const QString &password = QString()) const;
    SendRequest request(const QString &email) const;
    QStringList delivered() const;

    QTemporaryDir m_dir;
    Test::StandIn m_smtp;
};

void TestSmtpAdapter::initTestCase()
{
    QString error;
    QVERIFY2(m_smtp.start(Test::standInScript(u"smtp_server.py"_s),
                          {u"--maildir"_s, m_dir.filePath(u"mail"_s)},
                          &error),
             qPrintable(error));
}

void TestSmtpAdapter::cleanupTestCase()
{
    m_smtp.stop();
}

ChannelAccount TestSmtpAdapter::account(const QString &) const
{
    ChannelAccount a;
    a.clientId = u"acme"_s;
    a.channel = u"email"_s;
    a.provider = u"smtp"_s;
    a.url = u"smtp://127.0.0.1:%1"_s.arg(m_smtp.port());
    a.from = u"events@acme.example"_s;
    a.user = u"mailer"_s;
    a.settings = {{u"from_name"_s, u"Acme Événements"_s},
                  {u"unsubscribe"_s, u"https://acme.example/unsubscribe"_s}};
    return a;
}

SendRequest TestSmtpAdapter::request(const QString &email) const
{
    SendRequest r;
    r.itemId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.clientId = u"acme"_s;
    r.channel = u"email"_s;
    r.contactId = u"c1"_s;
    r.contactName = u"Zoë Müller"_s;
    r.email = email;
    r.subject = u"Grüße aus Köln — Ihr Gipfel 🌞"_s;
    r.body = u"Hallo Zoë,\n\nwir sehen uns <bald> & gern.\nBis dann"_s;
    return r;
}

QStringList TestSmtpAdapter::delivered() const
{
    QDir dir(m_dir.filePath(u"mail/new"_s));
    QStringList out;
    for (const QString &f : dir.entryList(QDir::Files))
        out << dir.filePath(f);
    return out;
}

void TestSmtpAdapter::composesAProperMimeMessage()
{
    const SendRequest r = request(u"zoe@example.org"_s);
    const QString id = SmtpAdapter::messageIdFor(r.itemId, account().from);
    const QByteArray m = SmtpAdapter::compose(account(), r, id, firedAt);
    QVERIFY(!m.contains("\n\n") || m.contains("\r\n\r\n"));
    QVERIFY(!QString::fromLatin1(m).contains(QRegularExpression(u"[^\r]\n"_s)));
    QCOMPARE(decodeWords(header(m, "Subject")), r.subject);
    QVERIFY(header(m, "Subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(header(m, "Message-ID"),
             QByteArray("<item-" + r.itemId.toLatin1() + "@acme.example>"));
    QCOMPARE(header(m, "List-Unsubscribe"), QByteArray("<https://acme.example/unsubscribe>"));
    QCOMPARE(header(m, "List-Unsubscribe-Post"), QByteArray("List-Unsubscribe=One-Click"));
    QVERIFY(header(m, "From").endsWith(" <events@acme.example>"));
    QCOMPARE(decodeWords(header(m, "From")), u"Acme Événements"_s);
    QVERIFY(header(m, "Content-Type").startsWith("multipart/alternative; boundary="));
    QVERIFY(m.contains("Content-Type: text/plain; charset=UTF-8"));
    QVERIFY(m.contains("Content-Type: text/html; charset=UTF-8"));
    // The parts are base64 of the draft's text and its HTML rendering.
    const QList<QByteArray> parts = m.split('-');
    Q_UNUSED(parts);
    const qsizetype textAt
        = m.indexOf("text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    const qsizetype textEnd = m.indexOf("--", textAt);
    const QByteArray text
        = QByteArray::fromBase64(m.mid(textAt, textEnd - textAt).split('\n').mid(3).join());
    QCOMPARE(QString::fromUtf8(text), r.body);
    const qsizetype htmlAt = m.indexOf("text/html; charset=UTF-8");
    const QByteArray html = QByteArray::fromBase64(
        m.mid(htmlAt, m.indexOf("--", htmlAt) - htmlAt).split('\n').mid(3).join());
    QVERIFY(html.contains("<p>Hallo Zo\xc3\xab,</p><p>wir sehen uns &lt;bald&gt; &amp; gern.<br>"));
}

void TestSmtpAdapter::subjectEncodingRoundTrips_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("ascii") << u"Plain subject"_s;
    QTest::addRow("umlauts") << u"Grüße"_s;
    QTest::addRow("long") << QString(u"Ünïcödé "_s).repeated(20);
    QTest::addRow("emoji at the fold")
        << QString(u"abcdefghijklmnopqrstuvwxyz0123456789abcdefg🌞🌞🌞"_s);
    QTest::addRow("cjk") << u"夏のサミットへようこそ、ゾーイさん"_s;
}

void TestSmtpAdapter::subjectEncodingRoundTrips()
{
    QFETCH(QString, subject);
    const QByteArray encoded = SmtpAdapter::encodeHeader(subject);
    if (subject == u"Plain subject")
        QCOMPARE(encoded, subject.toLatin1());
    else
        QCOMPARE(decodeWords(encoded), subject);
    for (const QByteArray &line : encoded.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
}

void TestSmtpAdapter::messageIdNamesTheItem()
{
    const QString item = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = SmtpAdapter::messageIdFor(item, u"x@mail.example"_s);
    QCOMPARE(SmtpAdapter::itemOfMessageId(u"<%1>"_s.arg(id)), item);
    QCOMPARE(SmtpAdapter::itemOfMessageId(u"<other@mail.example> <%1>"_s.arg(id)), item);
    QCOMPARE(SmtpAdapter::itemOfMessageId(u"<abc@mail.example>"_s), QString());
}

void TestSmtpAdapter::sendsThroughTheServer()
{
    const int before = int(delivered().size());
    const SendRequest r = request(u"zoe@example.org"_s);
    const SendResult result = SmtpAdapter().send(account(), u"s3cret"_s, r);
    QCOMPARE(int(result.kind), int(SendResult::Kind::Sent));
    QCOMPARE(result.messageId, u"item-%1@acme.example"_s.arg(r.itemId));
    const QStringList files = delivered();
    QCOMPARE(files.size(), before + 1);
    QFile f(files.constLast());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray m = f.readAll();
    QVERIFY(m.contains(QByteArray("Message-ID: <item-" + r.itemId.toLatin1() + "@acme.example>")));
    QVERIFY(m.contains("To: =?UTF-8?B?"));
}

void TestSmtpAdapter::refusedRecipientFailsWithTheServersReply()
{
    const SendResult r
        = SmtpAdapter().send(account(), u"s3cret"_s, request(u"refused@example.org"_s));
    QCOMPARE(int(r.kind), int(SendResult::Kind::Failed));
    QVERIFY2(r.error.contains(u"550 5.1.1"_s) && r.error.contains(u"Recipient address rejected"_s),
             qPrintable(r.error));
}

void TestSmtpAdapter::temporaryFailureRetries()
{
    const SendResult r
        = SmtpAdapter().send(account(), u"s3cret"_s, request(u"tempfail@example.org"_s));
    QCOMPARE(int(r.kind), int(SendResult::Kind::Retry));
    QVERIFY2(r.error.contains(u"451"_s), qPrintable(r.error));
}

void TestSmtpAdapter::droppedConnectionRetriesThenSends()
{
    const int before = int(delivered().size());
    const SendRequest r = request(u"drop-once@example.org"_s);
    const SendResult first = SmtpAdapter().send(account(), u"s3cret"_s, r);
    QCOMPARE(int(first.kind), int(SendResult::Kind::Retry));
    QCOMPARE(delivered().size(), before);
    const SendResult second = SmtpAdapter().send(account(), u"s3cret"_s, r);
    QCOMPARE(int(second.kind), int(SendResult::Kind::Sent));
    QCOMPARE(delivered().size(), before + 1);
}

void TestSmtpAdapter::refusedLoginFails()
{
    const SendResult r = SmtpAdapter().send(account(), u"wrong"_s, request(u"zoe@example.org"_s));
    QVERIFY2(r.kind == SendResult::Kind::Failed, qPrintable(r.error));
    QVERIFY2(r.error.contains(u"login"_s) || r.error.contains(u"535"_s), qPrintable(r.error));
}

void TestSmtpAdapter::dispatcherRecordsEachResult()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"smtp"_s, true, &error), qPrintable(error));
    const QSqlDatabase db = cluster.open(u"smtp"_s, u"smtp"_s, &error);
    QVERIFY2(Test::importDispatchFlow(db, &error), qPrintable(error));
    QVERIFY(Test::addContact(db, u"ok"_s, u"acme"_s, u"ok@example.org"_s));
    QVERIFY(Test::addContact(db, u"refused"_s, u"acme"_s, u"refused@example.org"_s));
    QVERIFY(Test::addContact(db, u"later"_s, u"acme"_s, u"tempfail@example.org"_s));
    QCOMPARE(
        Test::fireAndApprove(db, u"mail"_s, {u"ok"_s, u"refused"_s, u"later"_s}, firedAt, &error),
        3);
    QJsonObject a = account().toJson();
    QVERIFY2(Test::setAccount(db, a, &error), qPrintable(error));
    qputenv("TOUCHLINE_SECRET_ACME_EMAIL", "s3cret");

    DbError dbError;
    Dispatcher dispatcher(db);
    const auto pass = dispatcher.dispatch(std::nullopt, &dbError);
    QVERIFY2(pass, qPrintable(dbError.message));
    QCOMPARE(pass->sent, 1);
    QCOMPARE(pass->failed, 1);
    QCOMPARE(pass->retrying, 1);

    const QString ok = Test::itemOf(db, u"ok"_s, u"mail"_s, 1);
    QCOMPARE(Test::statusOf(db, ok), u"sent"_s);
    QCOMPARE(Test::outcomesOf(db, ok), QStringList{u"sent"_s});
    QSqlQuery q(db);
    QVERIFY(q.exec(
        u"select message_id, (select status from staged_drafts d where d.id = "
        "o.staged_draft_id), lease_owner is null from outbound_queue o where id = '%1'"_s.arg(ok)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"item-%1@acme.example"_s.arg(ok));
    QCOMPARE(q.value(1).toString(), u"sent"_s);
    QVERIFY(q.value(2).toBool());

    const QString refused = Test::itemOf(db, u"refused"_s, u"mail"_s, 1);
    QCOMPARE(Test::statusOf(db, refused), u"failed"_s);
    QVERIFY(q.exec(u"select o.error, d.status, d.body from outbound_queue o join staged_drafts d "
                   "on d.id = o.staged_draft_id where o.id = '%1'"_s.arg(refused)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(u"550 5.1.1"_s), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), u"approved"_s); // the draft is kept for a retry
    QVERIFY(!q.value(2).toString().isEmpty());
    QVERIFY(Test::outcomesOf(db, refused).isEmpty());

    const QString later = Test::itemOf(db, u"later"_s, u"mail"_s, 1);
    QCOMPARE(Test::statusOf(db, later), u"approved"_s);
    QVERIFY(q.exec(u"select send_attempts, next_attempt_at > now() + interval '20 seconds', "
                   "error from outbound_queue where id = '%1'"_s.arg(later)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.value(1).toBool());
    QVERIFY(q.value(2).toString().contains(u"451"_s));

    // Nothing is due again before the backoff: a second pass sends nothing.
    const auto again = dispatcher.dispatch(std::nullopt, &dbError);
    QVERIFY(again);
    QCOMPARE(again->sent + again->failed + again->retrying, 0);
    // Retried past the limit, a temporary failure fails for good.
    for (int i = 1; i < Outbox::maxSendAttempts; ++i) {
        QVERIFY(q.exec(u"update outbound_queue set next_attempt_at = now() where id = '%1' "
                       "and status = 'approved'"_s.arg(later)));
        const auto retried = dispatcher.dispatch(std::nullopt, &dbError);
        QVERIFY2(retried, qPrintable(dbError.message));
        QCOMPARE(retried->retrying + retried->failed, 1);
    }
    QCOMPARE(Test::statusOf(db, later), u"failed"_s);
    QVERIFY(q.exec(u"select error from outbound_queue where id = '%1'"_s.arg(later)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(u"gave up after 5 attempt"_s),
             qPrintable(q.value(0).toString()));
    // The Failed view's retry sends it again, due at once.
    DbError retryError;
    QVERIFY(Outbox(db).retryFailed(refused, &retryError));
    QCOMPARE(Test::statusOf(db, refused), u"approved"_s);
    QVERIFY(!Outbox(db).retryFailed(refused, &retryError));
    QCOMPARE(int(retryError.kind), int(DbError::Kind::Rejected));
}

void TestSmtpAdapter::suppressedAndPausedItemsAreNotSent()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"smtp2"_s, true, &error), qPrintable(error));
    const QSqlDatabase db = cluster.open(u"smtp2"_s, u"smtp2"_s, &error);
    QVERIFY2(Test::importDispatchFlow(db, &error), qPrintable(error));
    QVERIFY(Test::addContact(db, u"gone"_s, u"acme"_s, u"gone@example.org"_s));
    QVERIFY(Test::addContact(db, u"waits"_s, u"acme"_s, u"waits@example.org"_s));
    QCOMPARE(Test::fireAndApprove(db, u"mail"_s, {u"gone"_s, u"waits"_s}, firedAt, &error), 2);
    QVERIFY2(Test::setAccount(db, account().toJson(), &error), qPrintable(error));
    qputenv("TOUCHLINE_SECRET_ACME_EMAIL", "s3cret");
    const int before = int(delivered().size());

    QSqlQuery q(db);
    QVERIFY(q.exec(u"insert into suppressions (client_id, contact_id, reason) "
                   "values ('acme', 'gone', 'unsubscribed after approval')"_s));
    QVERIFY(q.exec(u"update campaigns set status = 'paused' where slug = 'mail'"_s));
    DbError dbError;
    Dispatcher dispatcher(db);
    auto pass = dispatcher.dispatch(std::nullopt, &dbError);
    QVERIFY(pass);
    QCOMPARE(pass->sent + pass->cancelled, 0); // paused: both wait
    QCOMPARE(Test::statusOf(db, Test::itemOf(db, u"waits"_s, u"mail"_s, 1)), u"approved"_s);

    QVERIFY(q.exec(u"update campaigns set status = 'active' where slug = 'mail'"_s));
    pass = dispatcher.dispatch(std::nullopt, &dbError);
    QVERIFY(pass);
    QCOMPARE(pass->sent, 1);
    QCOMPARE(pass->cancelled, 1);
    QCOMPARE(Test::statusOf(db, Test::itemOf(db, u"gone"_s, u"mail"_s, 1)), u"cancelled"_s);
    QCOMPARE(Test::statusOf(db, Test::itemOf(db, u"waits"_s, u"mail"_s, 1)), u"sent"_s);
    QCOMPARE(delivered().size(), before + 1);
}

TOUCHLINE_TEST_MAIN(TestSmtpAdapter)
#include "tst_smtpadapter.moc"
