#include "imapintake.h"

#include "smtpadapter.h"
#include "tr.h"

#include <QRegularExpression>

#include <curl/curl.h>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

// The unfolded header block of a message, one "name: value" per line, names in lower case.
QHash<QString, QString> headersOf(const QByteArray &raw)
{
    QHash<QString, QString> out;
    const qsizetype end
        = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
    const QString block = QString::fromUtf8(end >= 0 ? raw.left(end) : raw);
    QString name;
    for (const QString &line : block.split(QRegularExpression(u"\r?\n"_s))) {
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !name.isEmpty()) {
            out[name] += u' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        name = line.left(colon).trimmed().toLower();
        out[name] = line.mid(colon + 1).trimmed();
    }
    return out;
}

struct Curl
{
    CURL *handle = curl_easy_init();
    ~Curl() { curl_easy_cleanup(handle); }
};

} // namespace

ImapIntake::Message ImapIntake::classify(const QByteArray &raw)
{
    Message m;
    const auto h = headersOf(raw);
    m.messageId = h.value(u"message-id"_s).trimmed();
    const QString type = h.value(u"content-type"_s).toLower();
    const bool report = type.contains(u"multipart/report"_s) && type.contains(u"delivery-status"_s);
    const QString from = h.value(u"from"_s).toLower();
    const bool daemon = from.contains(u"mailer-daemon"_s) || from.contains(u"postmaster"_s);
    if (report || daemon) {
        // Only a failed delivery is a bounce; a "delayed" notice is not.
        if (report && !raw.contains("Action: failed") && !raw.contains("action: failed"))
            return m;
        m.itemId = SmtpAdapter::itemOfMessageId(QString::fromUtf8(raw));
        if (!m.itemId.isEmpty())
            m.outcome = u"bounced"_s;
        return m;
    }
    const QString refs = h.value(u"in-reply-to"_s) + u' ' + h.value(u"references"_s);
    m.itemId = SmtpAdapter::itemOfMessageId(refs);
    if (!m.itemId.isEmpty())
        m.outcome = u"replied"_s;
    return m;
}

bool ImapIntake::fetch(const ChannelAccount &account,
                       const QString &password,
                       QVector<Message> *messages,
                       QString *error)
{
    QString mailbox = account.setting(u"imap_url"_s);
    if (mailbox.isEmpty())
        return true;
    while (mailbox.endsWith(u'/'))
        mailbox.chop(1);
    const QString user = account.setting(u"imap_user"_s).isEmpty()
                             ? account.user
                             : account.setting(u"imap_user"_s);
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passBytes = password.toUtf8();
    auto perform = [&](const QString &url, const char *custom, QByteArray *out) {
        Curl curl;
        const QByteArray u = url.toUtf8();
        char errorBuffer[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(curl.handle, CURLOPT_URL, u.constData());
        curl_easy_setopt(curl.handle, CURLOPT_USERNAME, userBytes.constData());
        curl_easy_setopt(curl.handle, CURLOPT_PASSWORD, passBytes.constData());
        curl_easy_setopt(curl.handle, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl.handle, CURLOPT_WRITEDATA, out);
        curl_easy_setopt(curl.handle, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(curl.handle, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl.handle, CURLOPT_TIMEOUT_MS, long(account.timeoutMs()));
        if (account.starttls)
            curl_easy_setopt(curl.handle, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        if (custom)
            curl_easy_setopt(curl.handle, CURLOPT_CUSTOMREQUEST, custom);
        const CURLcode rc = curl_easy_perform(curl.handle);
        if (rc != CURLE_OK) {
            *error = Tr::tr("IMAP %1: %2")
                         .arg(mailbox,
                              QString::fromUtf8(errorBuffer[0] ? errorBuffer
                                                               : curl_easy_strerror(rc)));
            return false;
        }
        return true;
    };
    QByteArray search;
    if (!perform(mailbox, "UID SEARCH UNSEEN", &search))
        return false;
    static const QRegularExpression line(u"^\\* SEARCH([ 0-9]*)"_s,
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(search));
    const QStringList uids = match.captured(1).split(u' ', Qt::SkipEmptyParts);
    for (const QString &uid : uids) {
        QByteArray raw;
        if (!perform(mailbox + u"/;UID="_s + uid, nullptr, &raw))
            return false;
        Message m = classify(raw);
        m.uid = uid;
        messages->append(m);
    }
    return true;
}

} // namespace Touchline
