#include "passwordstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

// Runs a keychain job to its end; false with the keychain's reason when it fails.
bool runJob(QKeychain::Job *job, QString *error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = PasswordStore::tr("the system keychain refused: %1").arg(job->errorString());
    return false;
}

} // namespace

QString PasswordStore::keyFor(const ConnectionSettings &s)
{
    return u"%1@%2:%3/%4"_s.arg(s.user, s.host).arg(s.port).arg(s.database);
}

bool PasswordStore::read(const QString &key, QString *password, QString *error) const
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    if (!runJob(&job, error))
        return false;
    *password = job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
    return true;
}

bool PasswordStore::write(const QString &key, const QString &password, QString *error) const
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    job.setTextData(password);
    return runJob(&job, error);
}

bool PasswordStore::remove(const QString &key, QString *error) const
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    return runJob(&job, error);
}

} // namespace Touchline
