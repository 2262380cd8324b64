// The designer's visual vocabulary: colours per channel, campaign type and exit reason, icons.
#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QGraphicsItem;
class QGraphicsScene;
class QPainter;
class QRectF;
class QPointF;

namespace Touchline::DesignerStyle {

// Makes the designer's embedded icons available (the library is static).
void initResources();

QColor channelColor(const QString &channel);
QColor typeColor(const QString &type);
QColor exitColor(const QString &reason);
QColor roleColor(const QString &role);
QColor handoffColor();

QColor canvas();
QColor gridDot();
QColor cardBorder();
QColor textPrimary();
QColor textSecondary();
QColor selection();
QColor errorColor();
QColor warningColor();

// Shows "✕ why" near `at` in `scene` for a moment: the visible cue of a refused connection.
// `cue` holds the one on show; a new cue replaces it.
void showRefusalCue(QGraphicsScene *scene,
                    QGraphicsItem **cue,
                    const QString &why,
                    const QPointF &at);

// A figure in a filled pill (white bold small text), as wide as the text needs up to the width of
// `area`, aligned in it left, right or centred, at its top; returns where it went.
QRectF paintFigurePill(QPainter *painter,
                       const QRectF &area,
                       Qt::Alignment alignment,
                       const QString &text,
                       const QColor &fill);

// An SVG icon rendered at `size` logical pixels for a device pixel ratio; cached.
QPixmap icon(const QString &name, int size, qreal dpr = 1.0);
QIcon qicon(const QString &name);
QString channelIconName(const QString &channel);

QFont titleFont();
QFont bodyFont();
QFont smallFont();
QFont monoFont();

// Human wording for the codes of the format.
QString channelLabel(const QString &channel);
QString exitLabel(const QString &reason);
QString delayLabel(int days, int minutes);

constexpr double gridSize = 20.0;

} // namespace Touchline::DesignerStyle
