#include "contactlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Touchline {

using namespace Qt::StringLiterals;

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactDirectory::Row &r = m_rows.at(index.row());
    const bool suppressed = r.doNotContact || !r.suppressedFor.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name.isEmpty() ? r.id : r.name;
        case Company:
            return r.company;
        case Email:
            return r.email;
        case Phone:
            return r.phone;
        case TimeZone:
            return r.timeZone;
        case Client:
            return r.client;
        case Suppression:
            if (r.doNotContact)
                return tr("do not contact");
            return r.suppressedFor.isEmpty()
                       ? QString()
                       : tr("suppressed: %1").arg(r.suppressedFor.join(u", "_s));
        case Active:
            return r.activeEnrollments;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Name) {
        return tr("%1 (CRM id %2)")
            .arg(r.title.isEmpty() ? r.name : r.name + u", "_s + r.title, r.id);
    } else if (role == Qt::ForegroundRole && index.column() == Suppression && suppressed) {
        return QBrush(QColor(0xb0, 0x30, 0x30));
    } else if (role == Qt::TextAlignmentRole && index.column() == Active) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case TimeZone:
        return tr("Time zone");
    case Client:
        return tr("Client");
    case Suppression:
        return tr("Suppression");
    case Active:
        return tr("Active");
    }
    return {};
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested();
}

std::optional<ContactDirectory::SortKey> ContactListModel::sortKeyFor(int column)
{
    switch (column) {
    case Name:
        return ContactDirectory::SortKey::Name;
    case Company:
        return ContactDirectory::SortKey::Company;
    case Email:
        return ContactDirectory::SortKey::Email;
    case Phone:
        return ContactDirectory::SortKey::Phone;
    case TimeZone:
        return ContactDirectory::SortKey::TimeZone;
    case Client:
        return ContactDirectory::SortKey::Client;
    default:
        return std::nullopt;
    }
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return; // paged from the database: only the indexed columns sort (suppression and
                // active enrollments are counted per person, too dear to order a million by)
    const bool descending = order == Qt::DescendingOrder;
    if (*key == m_sortKey && descending == m_descending)
        return;
    m_sortKey = *key;
    m_descending = descending;
    Q_EMIT sortRequested();
}

void ContactListModel::setRows(const QVector<ContactDirectory::Row> &rows, bool more)
{
    beginResetModel();
    m_rows = rows;
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void ContactListModel::appendRows(const QVector<ContactDirectory::Row> &rows, bool more)
{
    m_fetching = false;
    m_more = more;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

} // namespace Touchline
