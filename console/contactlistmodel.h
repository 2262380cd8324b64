// The contacts view's rows: pages appended as they arrive (keyset paging), sorting and fetching
// more requested from the view, which asks the database off the GUI thread.
#pragma once

#include "contactdirectory.h"

#include <QAbstractTableModel>

namespace Touchline {

class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Company, Email, Phone, TimeZone, Client, Suppression, Active, ColumnCount };
    explicit ContactListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // A fresh first page, or the next page of the current one.
    void setRows(const QVector<ContactDirectory::Row> &rows, bool more);
    void appendRows(const QVector<ContactDirectory::Row> &rows, bool more);
    const ContactDirectory::Row &row(int i) const { return m_rows.at(i); }
    bool isFetching() const { return m_fetching; }

    ContactDirectory::SortKey sortKey() const { return m_sortKey; }
    bool descending() const { return m_descending; }
    static std::optional<ContactDirectory::SortKey> sortKeyFor(int column);

Q_SIGNALS:
    void moreRequested();
    void sortRequested();

private:
    QVector<ContactDirectory::Row> m_rows;
    bool m_more = false;
    bool m_fetching = false;
    ContactDirectory::SortKey m_sortKey = ContactDirectory::SortKey::Name;
    bool m_descending = false;
};

} // namespace Touchline
