// The problems list: the document's live validation findings, errors first.
#pragma once

#include "flowdocument.h"

#include <QAbstractTableModel>

namespace Touchline {

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, WhereColumn, MessageColumn, ColumnCount };
    enum Role { CampaignRole = Qt::UserRole + 1, StepRole, PathRole, IsErrorRole };

    explicit ProblemsModel(FlowDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int errorCount() const;
    int warningCount() const;

private:
    void refresh();
    // "Campaign name · step 2 · field" and the message with campaigns[N] named.
    QString where(const FlowDocument::Issue &issue) const;
    QString message(const FlowDocument::Issue &issue) const;

    FlowDocument *m_document;
    QVector<FlowDocument::Issue> m_issues;
};

} // namespace Touchline
