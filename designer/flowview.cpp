#include "flowview.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace Touchline {

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
}

void FlowView::setZoom(double factor, const QPointF &anchorScenePos)
{
    factor = std::clamp(factor, 0.02, 4.0);
    const QPointF keep
        = anchorScenePos.isNull() ? mapToScene(viewport()->rect().center()) : anchorScenePos;
    const QPoint keepAt = mapFromScene(keep);
    setTransform(QTransform::fromScale(factor, factor));
    const QPointF delta = mapToScene(keepAt) - keep;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(delta.x() * factor));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(delta.y() * factor));
    Q_EMIT viewChanged();
}

void FlowView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void FlowView::fit(const QRectF &rect)
{
    if (!scene())
        return;
    QRectF r = rect.isNull() ? scene()->itemsBoundingRect() : rect;
    if (r.isEmpty())
        return;
    r.adjust(-40, -40, 40, 40);
    const double factor = std::clamp(
        std::min(viewport()->width() / r.width(), viewport()->height() / r.height()), 0.02, 1.25);
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(r.center());
    Q_EMIT viewChanged();
}

void FlowView::centerOnAnimated(const QPointF &scenePos)
{
    centerOn(scenePos);
    Q_EMIT viewChanged();
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // shift+wheel scrolls sideways
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if ((ctrl && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))) {
        zoomBy(1.25);
        return;
    }
    if (ctrl && event->key() == Qt::Key_Minus) {
        zoomBy(0.8);
        return;
    }
    if ((ctrl && event->key() == Qt::Key_0)
        || (!ctrl && event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier)) {
        fit();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FlowView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FlowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FlowView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT viewChanged();
}

} // namespace Touchline
