#include "templatedrafter.h"

#include "tr.h"

#include <QRegularExpression>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"_s);
    return pattern;
}

QString humanise(const QString &contentType)
{
    QString text = contentType;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString TemplateDrafter::render(const QString &text,
                                const QHash<QString, QString> &fields,
                                QStringList *unknown)
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const auto value = fields.constFind(name);
        if (value != fields.cend() && !value->isEmpty()) {
            out += *value;
        } else {
            out += m.captured(0); // never silently blank
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList TemplateDrafter::placeholders(const QString &text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

TemplateDrafter::Draft TemplateDrafter::draft(const QString &campaignName,
                                              const QString &contentType,
                                              const QString &instructions,
                                              const QHash<QString, QString> &fields)
{
    Draft d;
    const QString company = fields.value(u"company"_s);
    d.subject = company.isEmpty() ? Tr::tr("%1: %2").arg(campaignName, humanise(contentType))
                                  : Tr::tr("%1 for %2").arg(humanise(contentType), company);
    const QString greeting = fields.value(u"first_name"_s).isEmpty()
                                 ? Tr::tr("Hello,")
                                 : Tr::tr("Hi %1,").arg(fields.value(u"first_name"_s));
    d.body = greeting + u"\n\n"_s + render(instructions, fields, &d.unknownPlaceholders);
    return d;
}

} // namespace Touchline
