#include "dashboardpalette.h"

#include <QHash>

#include <algorithm>

namespace Touchline::DashboardPalette {

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString name;
    QColor color;
};

// Greens for engagement, ambers for "try again", reds and purples for dead ends.
const QVector<Entry> &outcomeTable()
{
    static const QVector<Entry> table{
        {u"meeting_booked"_s, QColor(0x1b, 0x5e, 0x20)},
        {u"replied"_s, QColor(0x2e, 0x7d, 0x32)},
        {u"live_answer"_s, QColor(0x43, 0xa0, 0x47)},
        {u"accepted"_s, QColor(0x66, 0xbb, 0x6a)},
        {u"interested"_s, QColor(0x7c, 0xb3, 0x42)},
        {u"delivered"_s, QColor(0x4d, 0xb6, 0xac)},
        {u"sent"_s, QColor(0x64, 0xb5, 0xf6)},
        {u"answering_machine"_s, QColor(0xff, 0xa7, 0x26)},
        {u"busy"_s, QColor(0xff, 0x70, 0x43)},
        {u"no_answer"_s, QColor(0xfd, 0xd8, 0x35)},
        {u"out_of_office"_s, QColor(0xff, 0xca, 0x28)},
        {u"no_reply"_s, QColor(0xb0, 0xbe, 0xc5)},
        {u"ignored"_s, QColor(0x90, 0xa4, 0xae)},
        {u"not_interested"_s, QColor(0xef, 0x53, 0x50)},
        {u"bounced"_s, QColor(0xe5, 0x39, 0x35)},
        {u"failed"_s, QColor(0xc6, 0x28, 0x28)},
        {u"unsubscribe"_s, QColor(0xad, 0x14, 0x57)},
        {u"fax"_s, QColor(0x8e, 0x24, 0xaa)},
        {u"sit_uncallable"_s, QColor(0x5e, 0x35, 0xb1)},
    };
    return table;
}

int rank(const QString &outcome)
{
    const auto &t = outcomeTable();
    for (int i = 0; i < t.size(); ++i)
        if (t.at(i).name == outcome)
            return i;
    return int(t.size());
}

} // namespace

QColor outcomeColor(const QString &outcome)
{
    for (const Entry &e : outcomeTable())
        if (e.name == outcome)
            return e.color;
    // Outcomes Touchline does not know yet: a stable hue from the name, never a known colour.
    const auto hue = int(qHash(outcome) % 360);
    return QColor::fromHsl(hue, 90, 150);
}

QColor statusColor(const QString &status)
{
    static const QHash<QString, QColor> colors{
        {u"active"_s, QColor(0x1e, 0x88, 0xe5)},
        {u"converted"_s, QColor(0x43, 0xa0, 0x47)},
        {u"rejected"_s, QColor(0xe5, 0x39, 0x35)},
        {u"timed_out"_s, QColor(0x9e, 0x9e, 0x9e)},
        {u"pending"_s, QColor(0xb0, 0xbe, 0xc5)},
        {u"drafted"_s, QColor(0x90, 0xca, 0xf9)},
        {u"approved"_s, QColor(0x42, 0xa5, 0xf5)},
        {u"sending"_s, QColor(0x29, 0x79, 0xff)},
        {u"sent"_s, QColor(0x15, 0x65, 0xc0)},
        {u"cancelled"_s, QColor(0x75, 0x75, 0x75)},
    };
    return colors.value(status, QColor(0x78, 0x90, 0x9c));
}

QColor channelColor(const QString &channel)
{
    static const QHash<QString, QColor> colors{
        {u"email"_s, QColor(0x1e, 0x88, 0xe5)},
        {u"sms"_s, QColor(0x00, 0x89, 0x7b)},
        {u"voice"_s, QColor(0xf4, 0x51, 0x1e)},
        {u"linkedin"_s, QColor(0x39, 0x49, 0xab)},
    };
    return colors.value(channel, QColor(0x78, 0x90, 0x9c));
}

QStringList orderedOutcomes(QStringList outcomes)
{
    std::stable_sort(outcomes.begin(), outcomes.end(), [](const QString &a, const QString &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return outcomes;
}

QColor pendingColor()
{
    return QColor(0xe0, 0xe4, 0xe8);
}

} // namespace Touchline::DashboardPalette
