#include "smtpadapter.h"

#include "tr.h"

#include <QRegularExpression>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(up->data.size() - up->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, up->data.constData() + up->offset, n);
    up->offset += qsizetype(n);
    return n;
}

// Keeps the server's last 4xx/5xx reply line: the words a refused recipient fails the item
// with (the QUIT that follows must not overwrite them).
int keepReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
    if (line.startsWith(u'4') || line.startsWith(u'5'))
        *static_cast<QString *>(user) = line;
    return 0;
}

QByteArray wrapBase64(const QByteArray &raw)
{
    const QByteArray b64 = raw.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QString htmlOf(const QString &text)
{
    QString html = u"<!DOCTYPE html><html><body>"_s;
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (const QString &p : paragraphs)
        html += u"<p>"_s + p.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    return html + u"</body></html>"_s;
}

QByteArray address(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty())
        return '<' + email.toUtf8() + '>';
    return SmtpAdapter::encodeHeader(name) + " <" + email.toUtf8() + '>';
}

} // namespace

QString SmtpAdapter::messageIdFor(const QString &itemId, const QString &from)
{
    QString domain = from.section(u'@', 1).trimmed();
    if (domain.isEmpty())
        domain = u"touchline.invalid"_s;
    return u"item-%1@%2"_s.arg(itemId, domain);
}

QString SmtpAdapter::itemOfMessageId(const QString &messageId)
{
    static const QRegularExpression re(
        u"item-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@"_s);
    const auto m = re.match(messageId);
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray SmtpAdapter::encodeHeader(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    if (ascii)
        return text.toLatin1();
    // Encoded words of at most 75 characters, each holding whole UTF-8 sequences.
    QByteArray out;
    QString chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString next = text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            next += text.at(++i);
        if ((chunk + next).toUtf8().size() > 45)
            flush();
        chunk += next;
    }
    flush();
    return out;
}

QByteArray SmtpAdapter::compose(const ChannelAccount &account,
                                const SendRequest &r,
                                const QString &messageId,
                                const QDateTime &date)
{
    const QByteArray boundary = "=_touchline_" + r.itemId.toLatin1().replace('-', "");
    QByteArray m;
    m += "Date: " + date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "From: " + address(account.setting(u"from_name"_s), account.from) + "\r\n";
    m += "To: " + address(r.contactName, r.email) + "\r\n";
    m += "Subject: " + encodeHeader(r.subject) + "\r\n";
    m += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    QString unsubscribe = account.setting(u"unsubscribe"_s);
    if (unsubscribe.isEmpty())
        unsubscribe = u"mailto:%1?subject=unsubscribe%%20%2"_s.arg(account.from, r.itemId);
    m += "List-Unsubscribe: <" + unsubscribe.toUtf8() + ">\r\n";
    if (unsubscribe.startsWith(u"http"))
        m += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    m += "X-Touchline-Item: " + r.itemId.toLatin1() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += wrapBase64(r.body.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += wrapBase64(htmlOf(r.body).toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

SendResult
SmtpAdapter::send(const ChannelAccount &account, const QString &password, const SendRequest &r)
{
    if (r.email.trimmed().isEmpty())
        return SendResult::failed(Tr::tr("contact %1 has no email address").arg(r.contactId));
    const QString messageId = messageIdFor(r.itemId, account.from);
    Upload upload{compose(account, r, messageId, QDateTime::currentDateTimeUtc())};

    CURL *curl = curl_easy_init();
    if (!curl)
        return SendResult::retry(Tr::tr("libcurl could not start"));
    const QByteArray url = account.url.toUtf8();
    const QByteArray from = '<' + account.from.toUtf8() + '>';
    const QByteArray to = '<' + r.email.trimmed().toUtf8() + '>';
    const QByteArray user = account.user.toUtf8();
    const QByteArray pass = password.toUtf8();
    curl_slist *rcpt = curl_slist_append(nullptr, to.constData());
    QString lastReply;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keepReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds keepReplies; nothing is printed
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(account.timeoutMs()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(account.timeoutMs()) * 2);
    if (account.starttls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!account.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, pass.constData());
    }
    if (account.settings.value(u"insecure_tls"_s).toBool()) { // a test server's own certificate
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);

    if (rc == CURLE_OK) {
        SendResult ok = SendResult::sent(messageId);
        ok.messageId = messageId;
        return ok;
    }
    const int code = lastReply.left(3).toInt();
    const QString why
        = !lastReply.isEmpty()
              ? lastReply
              : QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
    // 5xx from the server is final (a refused recipient); 4xx and a dropped line are temporary.
    if (code >= 500 && code < 600 && rc != CURLE_COULDNT_CONNECT)
        return SendResult::failed(Tr::tr("the mail server refused: %1").arg(why));
    if (rc == CURLE_LOGIN_DENIED)
        return SendResult::failed(Tr::tr("the mail server refused the login: %1").arg(why));
    return SendResult::retry(Tr::tr("the mail server did not take it (will retry): %1").arg(why));
}

} // namespace Touchline
