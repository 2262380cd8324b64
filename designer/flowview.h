// A canvas view for the designer's scenes: wheel and keyboard zoom, pan, fit, rubber band.
#pragma once

#include <QGraphicsView>

namespace Touchline {

class FlowView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FlowView(QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    void setZoom(double factor, const QPointF &anchorScenePos = {});
    void zoomBy(double factor);
    // Fits `rect` (the scene's items when null) into the viewport.
    void fit(const QRectF &rect = {});
    void centerOnAnimated(const QPointF &scenePos);

Q_SIGNALS:
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panFrom;
};

} // namespace Touchline
