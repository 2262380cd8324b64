// Email replies over IMAP against a real local dovecot started by the test: a reply matched to
// its item by In-Reply-To/References records 'replied', a delivery-status notification
// 'bounced', an unrelated message nothing, and a repeated message is acknowledged only.
#include "dispatcher.h"
#include "dispatchtestsupport.h"
#include "imapintake.h"
#include "testcluster.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Touchline;
using namespace Qt::StringLiterals;

namespace {

const QDateTime firedAt = QDateTime::fromString(u"2026-11-30T10:00:00Z"_s, Qt::ISODate);

QByteArray reply(const QString &messageId, const QString &inReplyTo, const QString &references)
{
    QByteArray m = "From: Zoe <a@example.org>\r\nTo: events@acme.example\r\n"
                   "Subject: Re: the summit\r\nMessage-ID: <"
                   + messageId.toUtf8() + ">\r\n";
    if (!inReplyTo.isEmpty())
        m += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\r\n";
    if (!references.isEmpty())
        m += "References: <first@example.org>\r\n <" + references.toUtf8() + ">\r\n";
    return m + "Content-Type: text/plain; charset=UTF-8\r\n\r\nYes, count me in.\r\n";
}

QByteArray bounce(const QString &originalId, const QString &action)
{
    return "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
           "To: events@acme.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
           "Message-ID: <dsn-"
           + originalId.left(8).toUtf8() + action.toUtf8()
           + "@mx.example.org>\r\n"
             "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
             "--b1\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
             "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
             "Final-Recipient: rfc822; b@example.org\r\nAction: "
           + action.toUtf8()
           + "\r\nStatus: 5.1.1\r\n\r\n"
             "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <"
           + originalId.toUtf8() + ">\r\nSubject: the summit\r\n\r\n--b1--\r\n";
}

} // namespace

class TestImapIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void classifiesRepliesAndBounces();
    void repliesAndBouncesAreMatchedToTheirItems();

private:
    bool startDovecot(QString *error);
    void deliver(const QString &name, const QByteArray &message);

    QTemporaryDir m_dir;
    QString m_config;
    int m_port = 0;
    Test::StandIn m_smtp;
};

bool TestImapIntake::startDovecot(QString *error)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    const QString root = m_dir.path();
    QFile::setPermissions(root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    for (const QString &sub : {u"run"_s,
                               u"state"_s,
                               u"mail/replies/Maildir/new"_s,
                               u"mail/replies/Maildir/cur"_s,
                               u"mail/replies/Maildir/tmp"_s})
        QDir().mkpath(root + u'/' + sub);
    const bool root_ = ::geteuid() == 0;
    const QString user = root_ ? u"uid=nobody gid=nogroup"_s
                               : u"uid=%1 gid=%2"_s.arg(::geteuid()).arg(::getegid());
    QFile passwd(root + u"/passwd"_s);
    passwd.open(QIODevice::WriteOnly);
    passwd.write("replies:{PLAIN}secret\n");
    passwd.close();
    m_config = root + u"/dovecot.conf"_s;
    QFile conf(m_config);
    conf.open(QIODevice::WriteOnly);
    conf.write(uR"(protocols = imap
listen = 127.0.0.1
base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=PLAIN %1/passwd
}
userdb {
  driver = static
  args = %2 home=%1/mail/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = %3
  }
}
)"_s.arg(root, user)
                   .arg(m_port)
                   .toUtf8());
    conf.close();
    if (root_)
        QProcess::execute(u"chown"_s, {u"-R"_s, u"nobody:nogroup"_s, root + u"/mail"_s});
    const int rc = QProcess::execute(u"dovecot"_s, {u"-c"_s, m_config});
    if (rc != 0) {
        *error = u"dovecot -c %1 exited with %2"_s.arg(m_config).arg(rc);
        return false;
    }
    QTcpSocket s;
    for (int i = 0; i < 50; ++i) {
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(100))
            return true;
        QTest::qWait(100);
    }
    *error = u"dovecot did not listen on %1"_s.arg(m_port);
    return false;
}

void TestImapIntake::deliver(const QString &name, const QByteArray &message)
{
    const QString path = m_dir.filePath(u"mail/replies/Maildir/new/"_s + name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(message);
    f.close();
    if (::geteuid() == 0)
        QProcess::execute(u"chown"_s, {u"nobody:nogroup"_s, path});
}

void TestImapIntake::initTestCase()
{
    QString error;
    QVERIFY2(startDovecot(&error), qPrintable(error));
    QVERIFY2(m_smtp.start(Test::standInScript(u"smtp_server.py"_s),
                          {u"--maildir"_s,
                           m_dir.filePath(u"sent"_s),
                           u"--user"_s,
                           u"replies"_s,
                           u"--password"_s,
                           u"secret"_s},
                          &error),
             qPrintable(error));
    qputenv("TOUCHLINE_NO_KEYCHAIN", "1");
    qputenv("TOUCHLINE_SECRET_ACME_EMAIL", "secret");
}

void TestImapIntake::cleanupTestCase()
{
    QProcess::execute(u"dovecot"_s, {u"-c"_s, m_config, u"stop"_s});
    m_smtp.stop();
}

void TestImapIntake::classifiesRepliesAndBounces()
{
    const QString item = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    const QString ours = u"item-%1@acme.example"_s.arg(item);
    ImapIntake::Message m = ImapIntake::classify(reply(u"r1@example.org"_s, ours, QString()));
    QCOMPARE(m.itemId, item);
    QCOMPARE(m.outcome, u"replied"_s);
    QCOMPARE(m.messageId, u"<r1@example.org>"_s);
    m = ImapIntake::classify(reply(u"r2@example.org"_s, u"other@example.org"_s, ours));
    QCOMPARE(m.itemId, item); // found in the folded References
    m = ImapIntake::classify(bounce(ours, u"failed"_s));
    QCOMPARE(m.outcome, u"bounced"_s);
    QCOMPARE(m.itemId, item);
    m = ImapIntake::classify(bounce(ours, u"delayed"_s));
    QVERIFY(m.outcome.isEmpty()); // a delay notice is not a bounce
    m = ImapIntake::classify(reply(u"r3@example.org"_s, u"x@example.org"_s, QString()));
    QVERIFY(m.itemId.isEmpty());
}

void TestImapIntake::repliesAndBouncesAreMatchedToTheirItems()
{
    auto &cluster = Test::TestCluster::instance();
    QString error;
    QVERIFY2(cluster.createDatabase(u"imap"_s, true, &error), qPrintable(error));
    const QSqlDatabase db = cluster.open(u"imap"_s, u"imap"_s, &error);
    QVERIFY2(Test::importDispatchFlow(db, &error), qPrintable(error));
    for (const QString &c : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY(Test::addContact(db, c, u"acme"_s, c + u"@example.org"_s));
    QCOMPARE(Test::fireAndApprove(db, u"mail"_s, {u"a"_s, u"b"_s, u"c"_s}, firedAt, &error), 3);
    QVERIFY2(
        Test::setAccount(
            db,
            QJsonObject{{u"client"_s, u"acme"_s},
                        {u"channel"_s, u"email"_s},
                        {u"provider"_s, u"smtp"_s},
                        {u"url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_smtp.port())},
                        {u"from"_s, u"events@acme.example"_s},
                        {u"user"_s, u"replies"_s},
                        {u"settings"_s,
                         QJsonObject{{u"imap_url"_s, u"imap://127.0.0.1:%1/INBOX"_s.arg(m_port)}}}},
            &error),
        qPrintable(error));
    DbError dbError;
    Dispatcher dispatcher(db);
    const auto sent = dispatcher.dispatch(std::nullopt, &dbError);
    QVERIFY2(sent, qPrintable(dbError.message));
    QCOMPARE(sent->sent, 3);

    auto messageIdOf = [&](const QString &contact) {
        QSqlQuery q(db);
        q.exec(u"select message_id from outbound_queue where id = '%1'"_s.arg(
            Test::itemOf(db, contact, u"mail"_s, 1)));
        return q.next() ? q.value(0).toString() : QString();
    };
    deliver(u"1.reply"_s, reply(u"r-a@example.org"_s, messageIdOf(u"a"_s), messageIdOf(u"a"_s)));
    deliver(u"2.bounce"_s, bounce(messageIdOf(u"b"_s), u"failed"_s));
    deliver(u"3.other"_s, reply(u"r-x@example.org"_s, u"someone@else.example"_s, QString()));

    auto polled = dispatcher.poll(std::nullopt, &dbError);
    QVERIFY2(polled, qPrintable(dbError.message));
    QVERIFY2(polled->problems.isEmpty(), qPrintable(polled->problems.join(u'\n')));
    QCOMPARE(polled->outcomes, 2);
    QCOMPARE(Test::outcomesOf(db, Test::itemOf(db, u"a"_s, u"mail"_s, 1)),
             (QStringList{u"sent"_s, u"replied"_s}));
    QCOMPARE(Test::outcomesOf(db, Test::itemOf(db, u"b"_s, u"mail"_s, 1)),
             (QStringList{u"sent"_s, u"bounced"_s}));
    QCOMPARE(Test::outcomesOf(db, Test::itemOf(db, u"c"_s, u"mail"_s, 1)), QStringList{u"sent"_s});
    QSqlQuery q(db);
    QVERIFY(q.exec(u"select contact_id, status from campaign_contacts order by contact_id"_s));
    QStringList states;
    while (q.next())
        states << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(states, (QStringList{u"a=converted"_s, u"b=rejected"_s, u"c=active"_s}));

    // Seen messages are not fetched again; the same reply delivered twice is acknowledged only.
    polled = dispatcher.poll(std::nullopt, &dbError);
    QVERIFY(polled);
    QCOMPARE(polled->outcomes, 0);
    QCOMPARE(polled->duplicates, 0);
    deliver(u"4.again"_s, reply(u"r-a@example.org"_s, messageIdOf(u"a"_s), QString()));
    polled = dispatcher.poll(std::nullopt, &dbError);
    QVERIFY(polled);
    QCOMPARE(polled->outcomes, 0);
    QCOMPARE(polled->duplicates, 1);
}

TOUCHLINE_TEST_MAIN(TestImapIntake)
#include "tst_imapintake.moc"
