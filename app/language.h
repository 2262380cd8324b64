// The window's language: the system's, English or German (Settings > Language), saved in the
// settings and applied at the next start, to the translations and to numbers and dates alike.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Touchline {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(Touchline::Language)

public:
    enum class Choice { System, English, German };

    static Choice saved();
    static void save(Choice choice);
    static QLocale locale(Choice choice);
    // Makes the saved choice's locale the default and installs Qt's and Touchline's
    // translators for it (Touchline's from `translations`, the resources by default).
    static void install(QCoreApplication &app,
                        const QString &translations = QStringLiteral(":/i18n"));
};

} // namespace Touchline
