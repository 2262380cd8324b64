// The inbox's table: staged drafts page by page (fetchMore over keyset pages), filtered and
// sorted in the database, refreshed in place on NOTIFY so selection and scrolling survive.
#pragma once

#include "draftstore.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Touchline {

class InboxService;

class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ContactColumn,
        CompanyColumn,
        CampaignColumn,
        StepColumn,
        ChannelColumn,
        ContentColumn,
        ScheduledColumn,
        AgeColumn,
        GoalColumn,
        NoteColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, DecidableRole };

    explicit InboxModel(InboxService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int pageSize = 200;

    const DraftStore::Filter &filter() const { return m_filter; }
    void setFilter(const DraftStore::Filter &filter);
    // Reads the first page again (a filter or sort change): the rows are replaced.
    void reload();
    // Re-reads what is loaded and merges it in place (a NOTIFY, a decision).
    void refresh();
    // Drops rows at once after a decision that takes them out of the current filter.
    void removeIds(const QStringList &ids);

    const DraftStore::Row *row(int r) const;
    int rowOf(const QString &id) const;
    bool isLoading() const { return m_listJob != 0; }
    bool hasMore() const { return m_more; }
    const DraftStore::Counts &counts() const { return m_counts; }
    // Age is shown against this clock (tests fix it).
    void setNow(const QDateTime &now) { m_now = now; }

Q_SIGNALS:
    void loaded(); // a reload, page or refresh has been applied
    void countsChanged();
    void problemOccurred(const QString &message);

private:
    void requestCounts();
    void applyReload(const QVector<DraftStore::Row> &rows, bool more);
    void applyPage(const QVector<DraftStore::Row> &rows, bool more);
    void applyRefresh(const QVector<DraftStore::Row> &rows, bool more);
    QString displayText(const DraftStore::Row &r, int column) const;

    InboxService *m_service = nullptr;
    DraftStore::Filter m_filter;
    DraftStore::Sort m_sort;
    QVector<DraftStore::Row> m_rows;
    bool m_more = false;
    int m_listJob = 0; // the reload or refresh in flight; older answers are dropped
    int m_pageJob = 0; // the fetchMore in flight
    int m_countJob = 0;
    int m_generation = 0; // bumped by every reload, so pages of an older list are dropped
    DraftStore::Counts m_counts;
    QDateTime m_now;
};

} // namespace Touchline
