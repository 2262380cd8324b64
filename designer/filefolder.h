// The folder the author last opened or saved a file in, remembered across starts.
#pragma once

#include <QFileInfo>
#include <QSettings>
#include <QString>

namespace Touchline::FileFolder {

inline QString last()
{
    return QSettings().value(QStringLiteral("files/lastFolder")).toString();
}

// `name` inside the last folder: the suggested file name of a save dialog.
inline QString suggest(const QString &name)
{
    const QString folder = last();
    return folder.isEmpty() ? name : folder + u'/' + name;
}

inline void remember(const QString &fileName)
{
    if (!fileName.isEmpty())
        QSettings().setValue(QStringLiteral("files/lastFolder"),
                             QFileInfo(fileName).absolutePath());
}

} // namespace Touchline::FileFolder
