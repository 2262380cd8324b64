// The contacts behind one bar segment (or one contact's history): each outcome event with its
// contact, enrollment and outbound item; exportable as CSV; opens a contact's history.
#pragma once

#include "reportstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Touchline {

class DashboardDrill : public QDialog
{
    Q_OBJECT

public:
    DashboardDrill(const QString &title, bool history, QWidget *parent = nullptr);

    void setRows(const QVector<DrillRow> &rows, const QString &error);
    const QVector<DrillRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QPushButton *historyButton() const { return m_historyButton; }
    QLabel *statusLabel() const { return m_status; }

    // Writes the rows as CSV (RFC 4180), readable by the owner only: they name people.
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void historyRequested(const QString &contactId);

private:
    void onExport();
    void onHistory();

    QVector<DrillRow> m_rows;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_historyButton = nullptr;
};

// One CSV field, quoted when it must be.
QString csvField(const QString &value);

} // namespace Touchline
