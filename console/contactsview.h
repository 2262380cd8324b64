// The Contacts tab: a searchable, sortable list paged from the database (keyset), a contact's
// whole history beside it, suppression per client, and the CSV import.
#pragma once

#include "connectionsettings.h"
#include "contactdirectory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Touchline {

class ContactListModel;
class DatabaseWorker;

class ContactsView : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsView(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ContactsView() override;

    ContactListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *clientFilter() const { return m_client; }
    QTreeWidget *historyTree() const { return m_history; }
    QLabel *detailLabel() const { return m_detail; }
    DatabaseWorker *worker() const { return m_worker; }
    static constexpr int pageSize = 200;

    // What the login may do here (the database refuses the rest anyway): import needs the
    // author role; enrolling and suppressing the approver or engine role.
    void setPermissions(bool mayImport, bool mayEnroll);

    // The selected contact's id, empty when none.
    QString currentContact() const;

public Q_SLOTS:
    void reload();
    // Suppresses (or lifts the suppression of) the selected contact for `client`, with a reason.
    void suppressCurrent(const QString &client, const QString &reason, bool suppress);

Q_SIGNALS:
    void pageLoaded();
    void historyLoaded();
    void suppressionDone(const QString &message);

private:
    void fetchPage(bool next);
    void loadHistory();
    void loadClients();
    void onSuppressClicked(bool suppress);
    void onImportClicked();
    void showProblem(const QString &message);

    ConnectionSettings m_settings;
    DatabaseWorker *m_worker = nullptr;
    ContactListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_client = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_bulk = nullptr;
    bool m_mayEnroll = true;
    QPushButton *m_suppress = nullptr;
    QPushButton *m_unsuppress = nullptr;
    QTimer *m_debounce = nullptr;
    int m_generation = 0;
    bool m_nextInFlight = false;
    int m_historyGeneration = 0;
};

} // namespace Touchline
