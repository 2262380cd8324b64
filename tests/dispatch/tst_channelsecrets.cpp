// Channel secrets: a round trip through a real (throwaway) keychain, the environment variable
// taking precedence for headless consoles, its name, and that no secret reaches the database.
#include "channelaccounts.h"
#include "dispatchtestsupport.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>

using namespace Touchline;
using namespace Qt::StringLiterals;

class TestChannelSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentName_data();
    void environmentName();
    void keychainRoundTripAndEnvironmentFirst();
};

void TestChannelSecrets::environmentName_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("name");
    QTest::addRow("plain") << u"acme"_s << u"email"_s << u"TOUCHLINE_SECRET_ACME_EMAIL"_s;
    QTest::addRow("underscore") << u"northwind_insurance"_s << u"voice"_s
                                << u"TOUCHLINE_SECRET_NORTHWIND_INSURANCE_VOICE"_s;
    QTest::addRow("dash and dot") << u"b2b-ea.org"_s << u"sms"_s
                                  << u"TOUCHLINE_SECRET_B2B_EA_ORG_SMS"_s;
}

void TestChannelSecrets::environmentName()
{
    QFETCH(QString, client);
    QFETCH(QString, channel);
    QFETCH(QString, name);
    QCOMPARE(ChannelAccounts::environmentName(client, channel), name);
}

void TestChannelSecrets::keychainRoundTripAndEnvironmentFirst()
{
    qunsetenv("TOUCHLINE_NO_KEYCHAIN");
    qunsetenv("TOUCHLINE_SECRET_ACME_SMS");
    QString error;
    QVERIFY2(ChannelAccounts::storeSecret(u"acme"_s, u"sms"_s, u"from-the-keychain"_s, &error),
             qPrintable(error));
    auto secret = ChannelAccounts::secret(u"acme"_s, u"sms"_s, &error);
    QVERIFY2(secret, qPrintable(error));
    QCOMPARE(*secret, u"from-the-keychain"_s);
    qputenv("TOUCHLINE_SECRET_ACME_SMS", "from-the-environment");
    QCOMPARE(*ChannelAccounts::secret(u"acme"_s, u"sms"_s, &error), u"from-the-environment"_s);
    qunsetenv("TOUCHLINE_SECRET_ACME_SMS");
    QVERIFY(ChannelAccounts::storeSecret(u"acme"_s, u"sms"_s, QString(), &error)); // removes it
    secret = ChannelAccounts::secret(u"acme"_s, u"sms"_s, &error);
    QVERIFY(secret);
    QVERIFY(secret->isEmpty());

    // The account row holds no secret, whatever was stored.
    auto &cluster = Test::TestCluster::instance();
    QVERIFY2(cluster.createDatabase(u"secrets"_s, true, &error), qPrintable(error));
    const QSqlDatabase db = cluster.open(u"secrets"_s, u"secrets"_s, &error);
    QVERIFY(ChannelAccounts::storeSecret(u"acme"_s, u"email"_s, u"hunter2-secret"_s, &error));
    QVERIFY2(Test::setAccount(db,
                              QJsonObject{{u"client"_s, u"acme"_s},
                                          {u"channel"_s, u"email"_s},
                                          {u"provider"_s, u"smtp"_s},
                                          {u"url"_s, u"smtps://mail.example:465"_s},
                                          {u"from"_s, u"a@example.org"_s},
                                          {u"user"_s, u"a"_s}},
                              &error),
             qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(
        q.exec(u"select count(*) from channel_accounts where row_to_json(channel_accounts)::text "
               "like '%hunter2%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(ChannelAccounts::storeSecret(u"acme"_s, u"email"_s, QString(), &error));
}

TOUCHLINE_TEST_MAIN(TestChannelSecrets)
#include "tst_channelsecrets.moc"
