#include "designerstyle.h"
#include "designertr.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

static void initDesignerQrc()
{
    Q_INIT_RESOURCE(designer);
}

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QTimer>

namespace Touchline::DesignerStyle {

using namespace Qt::StringLiterals;

void initResources()
{
    static bool done = false;
    if (!done) {
        initDesignerQrc();
        done = true;
    }
}

QColor channelColor(const QString &channel)
{
    if (channel == u"email")
        return QColor(0x4F, 0x46, 0xE5);
    if (channel == u"linkedin")
        return QColor(0x0A, 0x66, 0xC2);
    if (channel == u"sms")
        return QColor(0x0D, 0x94, 0x88);
    if (channel == u"voice")
        return QColor(0xEA, 0x58, 0x0C);
    return QColor(0x94, 0xA3, 0xB8);
}

QColor typeColor(const QString &type)
{
    if (type == u"event")
        return QColor(0x7C, 0x3A, 0xED);
    if (type == u"membership")
        return QColor(0x25, 0x63, 0xEB);
    if (type == u"platform")
        return QColor(0x08, 0x91, 0xB2);
    if (type == u"onboarding")
        return QColor(0x05, 0x96, 0x69);
    if (type == u"renewal")
        return QColor(0xD9, 0x77, 0x06);
    return QColor(0x64, 0x74, 0x8B);
}

QColor exitColor(const QString &reason)
{
    if (reason == u"converted")
        return QColor(0x16, 0xA3, 0x4A);
    if (reason == u"rejected")
        return QColor(0xDC, 0x26, 0x26);
    return QColor(0x64, 0x74, 0x8B);
}

QColor roleColor(const QString &role)
{
    if (role == u"roles.bdr")
        return QColor(0x15, 0x80, 0x3D);
    if (role == u"roles.sales")
        return QColor(0x1D, 0x4E, 0xD8);
    if (role == u"roles.cs")
        return QColor(0xA2, 0x1C, 0xAF);
    return QColor(0x47, 0x55, 0x69);
}

QColor handoffColor()
{
    return QColor(0x7C, 0x3A, 0xED);
}

QColor canvas()
{
    return QColor(0xF4, 0xF6, 0xFA);
}
QColor gridDot()
{
    return QColor(0xD3, 0xD9, 0xE3);
}
QColor cardBorder()
{
    return QColor(0xD5, 0xDB, 0xE5);
}
QColor textPrimary()
{
    return QColor(0x0F, 0x17, 0x2A);
}
QColor textSecondary()
{
    return QColor(0x64, 0x74, 0x8B);
}
QColor selection()
{
    return QColor(0x25, 0x63, 0xEB);
}
QColor errorColor()
{
    return QColor(0xDC, 0x26, 0x26);
}
QColor warningColor()
{
    return QColor(0xD9, 0x77, 0x06);
}

QRectF paintFigurePill(QPainter *painter,
                       const QRectF &area,
                       Qt::Alignment alignment,
                       const QString &text,
                       const QColor &fill)
{
    QFont bold = smallFont();
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetricsF fm(bold);
    const double w = std::min(fm.horizontalAdvance(text) + 20, area.width());
    double x = area.left();
    if (alignment & Qt::AlignRight)
        x = area.right() - w;
    else if (alignment & Qt::AlignHCenter)
        x = area.center().x() - w / 2;
    const QRectF pill(x, area.top(), w, area.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideMiddle, w - 12));
    return pill;
}

QPixmap icon(const QString &name, int size, qreal dpr)
{
    initResources();
    static QHash<QString, QPixmap> cache;
    const QString key = name + u'@' + QString::number(size) + u'x' + QString::number(dpr);
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QSvgRenderer renderer(u":/designer/icons/"_s + name + u".svg"_s);
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    pm.setDevicePixelRatio(dpr);
    cache.insert(key, pm);
    return pm;
}

QIcon qicon(const QString &name)
{
    QIcon i;
    for (int s : {16, 24, 32, 48})
        i.addPixmap(icon(name, s, 1.0));
    return i;
}

QString channelIconName(const QString &channel)
{
    return u"channel-"_s + channel;
}

QFont titleFont()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(14);
    f.setBold(true);
    return f;
}

QFont bodyFont()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(12);
    return f;
}

QFont smallFont()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(10);
    return f;
}

QFont monoFont()
{
    QFont f(u"DejaVu Sans Mono"_s);
    f.setPixelSize(11);
    return f;
}

QString channelLabel(const QString &channel)
{
    if (channel == u"email")
        return DesignerTr::tr("Email");
    if (channel == u"linkedin")
        return DesignerTr::tr("LinkedIn");
    if (channel == u"sms")
        return DesignerTr::tr("SMS");
    if (channel == u"voice")
        return DesignerTr::tr("Voice call");
    return channel;
}

QString exitLabel(const QString &reason)
{
    if (reason == u"converted")
        return DesignerTr::tr("converted");
    if (reason == u"no_engagement")
        return DesignerTr::tr("no engagement");
    if (reason == u"rejected")
        return DesignerTr::tr("rejected");
    return reason;
}

QString delayLabel(int days, int minutes)
{
    if (minutes == 0)
        return DesignerTr::tr("Day %1").arg(days);
    if (minutes % 60 == 0)
        return DesignerTr::tr("Day %1 +%2 h").arg(days).arg(minutes / 60);
    return DesignerTr::tr("Day %1 +%2 min").arg(days).arg(minutes);
}

void showRefusalCue(QGraphicsScene *scene,
                    QGraphicsItem **cue,
                    const QString &why,
                    const QPointF &at)
{
    delete *cue;
    auto *text = new QGraphicsSimpleTextItem(u"✕ "_s + why);
    text->setFont(bodyFont());
    text->setBrush(Qt::white);
    auto *box = new QGraphicsPathItem;
    QPainterPath path;
    path.addRoundedRect(text->boundingRect().adjusted(-10, -6, 10, 6), 8, 8);
    box->setPath(path);
    box->setBrush(errorColor());
    box->setPen(Qt::NoPen);
    text->setParentItem(box);
    box->setPos(at + QPointF(14, 14));
    box->setZValue(100);
    box->setData(0, u"refusal"_s);
    scene->addItem(box);
    *cue = box;
    QTimer::singleShot(2500, scene, [cue, box] {
        if (*cue == box) {
            delete *cue;
            *cue = nullptr;
        }
    });
}

} // namespace Touchline::DesignerStyle
