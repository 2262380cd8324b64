// The send load of a simulated run: a row of per-day bars for each channel, coloured as the
// designer colours that channel.
#pragma once

#include <QMap>
#include <QWidget>

namespace Touchline {

class SendLoadChart : public QWidget
{
    Q_OBJECT

public:
    explicit SendLoadChart(QWidget *parent = nullptr);

    // channel -> day (0: the first) -> touches; `days` columns are drawn.
    void setLoad(const QMap<QString, QMap<int, int>> &load, int days);
    const QMap<QString, QMap<int, int>> &load() const { return m_load; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QString, QMap<int, int>> m_load;
    int m_days = 0;
};

} // namespace Touchline
