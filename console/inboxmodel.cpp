#include "inboxmodel.h"

#include "inboxservice.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString ageText(const QDateTime &from, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, from.secsTo(now) / 60);
    if (minutes < 1)
        return InboxModel::tr("just now");
    if (minutes < 60)
        return InboxModel::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return InboxModel::tr("%1 h").arg(minutes / 60);
    return InboxModel::tr("%1 d").arg(minutes / (24 * 60));
}

QString statusText(const QString &status)
{
    if (status == u"pending_review")
        return InboxModel::tr("To review");
    if (status == u"awaiting_draft")
        return InboxModel::tr("Awaiting draft");
    if (status == u"approved")
        return InboxModel::tr("Approved");
    if (status == u"rejected")
        return InboxModel::tr("Rejected");
    if (status == u"sent")
        return InboxModel::tr("Sent");
    if (status == u"cancelled")
        return InboxModel::tr("Cancelled");
    return status;
}

DraftStore::SortKey sortKeyFor(int column)
{
    switch (column) {
    case InboxModel::ContactColumn:
    case InboxModel::CompanyColumn:
        return DraftStore::SortKey::Contact;
    case InboxModel::CampaignColumn:
        return DraftStore::SortKey::Campaign;
    case InboxModel::StepColumn:
        return DraftStore::SortKey::Step;
    case InboxModel::ChannelColumn:
        return DraftStore::SortKey::Channel;
    case InboxModel::ContentColumn:
        return DraftStore::SortKey::ContentType;
    case InboxModel::ScheduledColumn:
        return DraftStore::SortKey::Scheduled;
    default:
        return DraftStore::SortKey::Created;
    }
}

} // namespace

InboxModel::InboxModel(InboxService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString InboxModel::displayText(const DraftStore::Row &r, int column) const
{
    switch (column) {
    case ContactColumn:
        return r.contactName.isEmpty() ? r.contactId : r.contactName;
    case CompanyColumn:
        return r.company;
    case CampaignColumn:
        return r.campaignName;
    case StepColumn:
        return QString::number(r.stepNumber);
    case ChannelColumn:
        return r.channel;
    case ContentColumn:
        return r.contentType;
    case ScheduledColumn: {
        const QDateTime t = r.scheduledAt.isValid() ? r.scheduledAt : r.createdAt;
        return QLocale().toString(t.toLocalTime(), u"d MMM HH:mm"_s);
    }
    case AgeColumn:
        return ageText(r.createdAt, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    case GoalColumn:
        return r.goal;
    case NoteColumn:
        return r.notes;
    case StatusColumn:
        return statusText(r.status) + (r.edited ? tr(" · edited") : QString());
    default:
        return {};
    }
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftStore::Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn || index.column() == ContactColumn)
            return r.notes.isEmpty() ? r.subject : r.notes;
        if (r.unknownCount > 0)
            return tr("%n merge field(s) unresolved", nullptr, r.unknownCount);
        return {};
    case Qt::ForegroundRole:
        if (r.status == u"awaiting_draft" || r.status == u"cancelled")
            return QColor(0x94, 0xa3, 0xb8);
        if (index.column() == StatusColumn && r.unknownCount > 0)
            return QColor(0xb4, 0x53, 0x09);
        if (index.column() == AgeColumn || index.column() == ScheduledColumn)
            return QColor(0x64, 0x74, 0x8b);
        return {};
    case Qt::FontRole:
        if (r.status == u"awaiting_draft") {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case DecidableRole:
        return r.status == u"pending_review";
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case CompanyColumn:
        return tr("Company");
    case CampaignColumn:
        return tr("Campaign");
    case StepColumn:
        return tr("Step");
    case ChannelColumn:
        return tr("Channel");
    case ContentColumn:
        return tr("Content");
    case ScheduledColumn:
        return tr("Scheduled");
    case AgeColumn:
        return tr("Age");
    case GoalColumn:
        return tr("Goal");
    case NoteColumn:
        return tr("Routing note");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

const DraftStore::Row *InboxModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

int InboxModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void InboxModel::setFilter(const DraftStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    m_sort = {sortKeyFor(column), order == Qt::DescendingOrder};
    reload();
}

void InboxModel::reload()
{
    ++m_generation;
    m_pageJob = 0;
    const auto filter = m_filter;
    const auto sort = m_sort;
    m_listJob = m_service->run<DraftStore::Page>(
        this,
        [filter, sort](DraftStore &store, DbError *error) {
            return store.list(filter, sort, std::nullopt, pageSize, error);
        },
        [this](int job, std::optional<DraftStore::Page> page, DbError error) {
            if (job != m_listJob)
                return;
            m_listJob = 0;
            if (!page) {
                Q_EMIT problemOccurred(error.message);
                return;
            }
            applyReload(page->rows, page->more);
        });
    requestCounts();
}

void InboxModel::refresh()
{
    if (m_listJob != 0) {
        // A reload is on its way; it will show the news too.
        return;
    }
    const auto filter = m_filter;
    const auto sort = m_sort;
    const int limit = std::max(int(m_rows.size()), pageSize);
    const int generation = m_generation;
    m_pageJob = 0;
    m_listJob = m_service->run<DraftStore::Page>(
        this,
        [filter, sort, limit](DraftStore &store, DbError *error) {
            return store.list(filter, sort, std::nullopt, limit, error);
        },
        [this, generation](int job, std::optional<DraftStore::Page> page, DbError error) {
            if (job != m_listJob)
                return;
            m_listJob = 0;
            if (!page) {
                Q_EMIT problemOccurred(error.message);
                return;
            }
            if (generation == m_generation)
                applyRefresh(page->rows, page->more);
        });
    requestCounts();
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_listJob == 0 && m_pageJob == 0;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const auto filter = m_filter;
    const auto sort = m_sort;
    const DraftStore::Cursor after{m_rows.constLast().sortKey, m_rows.constLast().id};
    const int generation = m_generation;
    m_pageJob = m_service->run<DraftStore::Page>(
        this,
        [filter, sort, after](DraftStore &store, DbError *error) {
            return store.list(filter, sort, after, pageSize, error);
        },
        [this, generation](int job, std::optional<DraftStore::Page> page, DbError error) {
            if (job != m_pageJob)
                return;
            m_pageJob = 0;
            if (!page) {
                Q_EMIT problemOccurred(error.message);
                return;
            }
            if (generation == m_generation)
                applyPage(page->rows, page->more);
        });
}

void InboxModel::requestCounts()
{
    const auto filter = m_filter;
    m_countJob = m_service->run<DraftStore::Counts>(
        this,
        [filter](DraftStore &store, DbError *error) { return store.counts(filter, error); },
        [this](int job, std::optional<DraftStore::Counts> counts, DbError) {
            if (job != m_countJob || !counts)
                return;
            m_counts = *counts;
            Q_EMIT countsChanged();
        },
        InboxService::Lane::Background);
}

void InboxModel::applyReload(const QVector<DraftStore::Row> &rows, bool more)
{
    beginResetModel();
    m_rows = rows;
    m_more = more;
    endResetModel();
    Q_EMIT loaded();
}

void InboxModel::applyPage(const QVector<DraftStore::Row> &rows, bool more)
{
    // A refresh may have brought some of these in already.
    QSet<QString> have;
    for (const auto &r : std::as_const(m_rows))
        have.insert(r.id);
    QVector<DraftStore::Row> fresh;
    for (const auto &r : rows) {
        if (!have.contains(r.id))
            fresh.append(r);
    }
    m_more = more;
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows += fresh;
        endInsertRows();
    }
    Q_EMIT loaded();
}

void InboxModel::removeIds(const QStringList &ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (!gone.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && gone.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
}

// Rows that left are removed, rows that came are inserted where they sort, rows that stayed
// are updated in place: persistent indexes (selection, current row) and the scroll position
// follow their rows. Only when rows changed order does it fall back to a layout change.
void InboxModel::applyRefresh(const QVector<DraftStore::Row> &rows, bool more)
{
    QSet<QString> incoming;
    for (const auto &r : rows)
        incoming.insert(r.id);
    QStringList gone;
    for (const auto &r : std::as_const(m_rows)) {
        if (!incoming.contains(r.id))
            gone.append(r.id);
    }
    removeIds(gone);

    QSet<QString> present;
    for (const auto &r : std::as_const(m_rows))
        present.insert(r.id);
    QStringList keptOrder;
    for (const auto &r : rows) {
        if (present.contains(r.id))
            keptOrder.append(r.id);
    }
    bool sameOrder = keptOrder.size() == m_rows.size();
    for (int i = 0; sameOrder && i < keptOrder.size(); ++i)
        sameOrder = keptOrder.at(i) == m_rows.at(i).id;

    if (sameOrder) {
        int p = 0;
        for (int i = 0; i < rows.size();) {
            if (p < m_rows.size() && m_rows.at(p).id == rows.at(i).id) {
                m_rows[p] = rows.at(i);
                ++p;
                ++i;
                continue;
            }
            int end = i;
            while (end < rows.size() && !present.contains(rows.at(end).id))
                ++end;
            beginInsertRows({}, p, p + (end - i) - 1);
            for (int k = i; k < end; ++k)
                m_rows.insert(p + (k - i), rows.at(k));
            endInsertRows();
            p += end - i;
            i = end;
        }
    } else {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QStringList beforeIds;
        for (const QModelIndex &i : before)
            beforeIds.append(m_rows.at(i.row()).id);
        QVector<DraftStore::Row> kept;
        QVector<DraftStore::Row> added;
        for (const auto &r : rows)
            (present.contains(r.id) ? kept : added).append(r);
        m_rows = kept;
        QHash<QString, int> position;
        for (int i = 0; i < m_rows.size(); ++i)
            position.insert(m_rows.at(i).id, i);
        QModelIndexList after;
        for (int i = 0; i < before.size(); ++i)
            after.append(index(position.value(beforeIds.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows += added;
            endInsertRows();
        }
    }
    m_more = more;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT loaded();
}

} // namespace Touchline
