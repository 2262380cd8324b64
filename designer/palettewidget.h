// The palette: campaign types and step channels to drag onto the map or a sequence.
#pragma once

#include <QTreeWidget>

namespace Touchline {

class PaletteWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    // The item that creates `what` ("campaign:event", "step:voice").
    QTreeWidgetItem *itemFor(const QString &what) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

} // namespace Touchline
