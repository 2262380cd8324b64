// A small second view of a scene showing everything, with the main view's visible area framed;
// clicking or dragging in it moves the main view.
#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Touchline {

class FlowView;

class MinimapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MinimapView(QWidget *parent = nullptr);
    void setMainView(FlowView *view);
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointer<FlowView> m_main;
};

} // namespace Touchline
