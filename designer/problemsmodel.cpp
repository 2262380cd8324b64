#include "problemsmodel.h"

#include "designerstyle.h"

namespace Touchline {

using namespace Qt::StringLiterals;

ProblemsModel::ProblemsModel(FlowDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &FlowDocument::validated, this, &ProblemsModel::refresh);
    refresh();
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_issues = m_document->issues();
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const auto &a, const auto &b) {
        return a.issue.isError() && !b.issue.isError();
    });
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const auto &i) { return i.issue.isError(); }));
}

int ProblemsModel::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowDocument::Issue &i = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return i.issue.isError() ? tr("Error") : tr("Warning");
        case WhereColumn: {
            const Campaign *c = m_document->campaign(i.campaign);
            if (!c)
                return tr("flow");
            return i.step >= 0 ? tr("%1 · step %2").arg(c->slug).arg(i.step + 1) : c->slug;
        }
        case MessageColumn:
            return i.issue.message;
        }
        break;
    case Qt::ToolTipRole:
        return i.issue.toString();
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return i.issue.isError() ? DesignerStyle::errorColor() : DesignerStyle::warningColor();
        break;
    case CampaignRole:
        return QVariant::fromValue(i.campaign);
    case StepRole:
        return i.step;
    case PathRole:
        return i.issue.path;
    case IsErrorRole:
        return i.issue.isError();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case WhereColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace Touchline
