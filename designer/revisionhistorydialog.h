// One campaign's published revisions: who published each and why, what changed between two,
// and moving the contacts still on an old revision to a newer one. Every query runs on the
// window's database worker; the dialog shows what comes back.
#pragma once

#include "flowstore.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Touchline {

class DatabaseWorker;

class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionHistoryDialog(DatabaseWorker *worker, const QString &slug, QWidget *parent = nullptr);

    QTreeWidget *revisionList() const { return m_list; }
    QListWidget *diffList() const { return m_diff; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *migrateButton() const { return m_migrate; }
    // Selects revisions by number (one: its changes from the one before; two: between them).
    void selectRevisions(const QList<int> &revisions);
    // The migration the button offers for the current selection; {0, 0} when none.
    std::pair<int, int> proposedMigration() const;
    // Moves the active enrollments without asking; says so on failure.
    void migrate(int from, int to);
    void refresh();
    // True while a query for the dialog is on its way.
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void enrollmentsMigrated(const QString &slug, int from, int to, int count);
    void migrationFailed(const QString &message);
    void idle(); // every query answered

private:
    void showRevisions(const QVector<FlowStore::RevisionInfo> &revisions, const DbError &error);
    void
    showDiff(int from, int to, const std::optional<QStringList> &changes, const DbError &error);
    void updateMigrateButton();
    void post(std::function<std::function<void()>(QSqlDatabase)> job);
    void onSelectionChanged();
    void onMigrate();
    QList<int> selectedRevisions() const;

    DatabaseWorker *m_worker = nullptr;
    QString m_slug;
    int m_pending = 0;
    int m_diffRequest = 0; // only the latest selection's diff is shown
    QVector<FlowStore::RevisionInfo> m_revisions;
    QTreeWidget *m_list = nullptr;
    QListWidget *m_diff = nullptr;
    QLabel *m_diffTitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_migrate = nullptr;
};

} // namespace Touchline
