// A one-line label for a status bar that may be narrower than its text: it elides the text in
// the middle and shows all of it as its tooltip, so that it never pushes its neighbours out.
#pragma once

#include <QLabel>

namespace Touchline {

class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace Touchline
