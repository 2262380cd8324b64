// The built-in drafter: turns a step's template instructions and a contact's merge fields into
// a staged draft's subject and body. Unknown placeholders stay visible and are listed.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Touchline {

class TemplateDrafter
{
public:
    struct Draft
    {
        QString subject;
        QString body;
        QStringList unknownPlaceholders;
    };

    // Merge fields: the contact's columns (first_name, company, …) and its attributes.
    static Draft draft(const QString &campaignName,
                       const QString &contentType,
                       const QString &instructions,
                       const QHash<QString, QString> &fields);
    // Replaces {{name}} with fields[name]; a name not in fields is kept as {{name}} and listed.
    static QString
    render(const QString &text, const QHash<QString, QString> &fields, QStringList *unknown);
    // Every {{placeholder}} in text, in order of first use.
    static QStringList placeholders(const QString &text);
};

} // namespace Touchline
