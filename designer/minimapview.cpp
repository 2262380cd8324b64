#include "minimapview.h"

#include "flowview.h"

#include <QMouseEvent>

namespace Touchline {

MinimapView::MinimapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::StyledPanel);
    setFixedSize(220, 140);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole map: click to go there"));
}

void MinimapView::setMainView(FlowView *view)
{
    m_main = view;
    setScene(view->scene());
    connect(view, &FlowView::viewChanged, viewport(), qOverload<>(&QWidget::update));
    refit();
}

void MinimapView::refit()
{
    if (!scene())
        return;
    const QRectF r = scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60);
    if (!r.isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
}

void MinimapView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_main)
        return;
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x25, 0x63, 0xEB), 2.0 / transform().m11()));
    painter->setBrush(QColor(0x25, 0x63, 0xEB, 30));
    painter->drawRect(visible);
}

void MinimapView::mousePressEvent(QMouseEvent *event)
{
    if (m_main)
        m_main->centerOnAnimated(mapToScene(event->position().toPoint()));
}

void MinimapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_main && (event->buttons() & Qt::LeftButton))
        m_main->centerOnAnimated(mapToScene(event->position().toPoint()));
}

void MinimapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace Touchline
