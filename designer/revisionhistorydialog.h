// One campaign's published revisions: who published each and why, what changed between two,
// and moving the contacts still on an old revision to a newer one.
#pragma once

#include "flowstore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Touchline {

class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionHistoryDialog(QSqlDatabase db, const QString &slug, QWidget *parent = nullptr);

    QTreeWidget *revisionList() const { return m_list; }
    QListWidget *diffList() const { return m_diff; }
    QPushButton *migrateButton() const { return m_migrate; }
    // Selects revisions by number (one: its changes from the one before; two: between them).
    void selectRevisions(const QList<int> &revisions);
    // The migration the button offers for the current selection; {0, 0} when none.
    std::pair<int, int> proposedMigration() const;
    // Moves the active enrollments without asking; false (and says so) on failure.
    bool migrate(int from, int to);
    void refresh();

Q_SIGNALS:
    void enrollmentsMigrated(const QString &slug, int from, int to, int count);

private:
    void onSelectionChanged();
    void onMigrate();
    QList<int> selectedRevisions() const;

    FlowStore m_store;
    QString m_slug;
    QVector<FlowStore::RevisionInfo> m_revisions;
    QTreeWidget *m_list = nullptr;
    QListWidget *m_diff = nullptr;
    QLabel *m_diffTitle = nullptr;
    QPushButton *m_migrate = nullptr;
};

} // namespace Touchline
