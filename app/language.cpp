#include "language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {
const QString key = u"ui/language"_s;
}

Language::Choice Language::saved()
{
    const QString value = QSettings().value(key).toString();
    if (value == u"en")
        return Choice::English;
    if (value == u"de")
        return Choice::German;
    return Choice::System;
}

void Language::save(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System:
        settings.remove(key);
        return;
    case Choice::English:
        settings.setValue(key, u"en"_s);
        return;
    case Choice::German:
        settings.setValue(key, u"de"_s);
        return;
    }
}

QLocale Language::locale(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

void Language::install(QCoreApplication &app, const QString &translations)
{
    const QLocale locale = Language::locale(saved());
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English carries the plural forms ("1 campaign", "2 campaigns"): the fallback.
    if (own->load(locale, u"touchline"_s, u"_"_s, translations)
        || own->load(u"touchline_en"_s, translations))
        QCoreApplication::installTranslator(own);
}

} // namespace Touchline
