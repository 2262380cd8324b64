// Tells the author that others saved some campaigns first and asks what to do: reload theirs,
// overwrite with mine, or save mine as copies.
#pragma once

#include "flowstore.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Touchline {

class SaveConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Reload, Overwrite, SaveAsCopy };

    explicit SaveConflictDialog(const QVector<FlowStore::Conflict> &conflicts,
                                QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTreeWidget *conflictList() const { return m_list; }
    QPushButton *button(Choice choice) const;

private:
    void choose(Choice choice);

    QTreeWidget *m_list = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_cancel = nullptr;
    Choice m_choice = Choice::Cancel;
};

} // namespace Touchline
