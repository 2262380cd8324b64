#include "problemsmodel.h"

#include "designerstyle.h"

#include <QRegularExpression>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString campaignLabel(const Campaign &c)
{
    if (c.name.isEmpty())
        return c.slug.isEmpty() ? ProblemsModel::tr("(unnamed campaign)") : c.slug;
    return c.name;
}

// The field an issue's JSON path points at, after its campaign and step: "on_exit.converted".
QString fieldOf(const QString &path)
{
    static const QRegularExpression prefix(u"^campaigns\\[\\d+\\](?:\\.steps\\[\\d+\\])?\\.?"_s);
    QString rest = path;
    rest.remove(prefix);
    return rest;
}

} // namespace

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
        case WhereColumn:
            return where(i);
        case MessageColumn:
            return message(i);
        }
        break;
    case Qt::ToolTipRole: {
        const Campaign *c = m_document->campaign(i.campaign);
        return c ? tr("%1 (%2)\n%3").arg(campaignLabel(*c), c->slug, i.issue.toString())
                 : i.issue.toString();
    }
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

QString ProblemsModel::where(const FlowDocument::Issue &i) const
{
    const Campaign *c = m_document->campaign(i.campaign);
    if (!c)
        return tr("flow");
    QStringList parts{campaignLabel(*c)};
    if (i.step >= 0)
        parts.append(tr("step %1").arg(i.step + 1));
    const QString field = fieldOf(i.issue.path);
    if (!field.isEmpty())
        parts.append(field);
    return parts.join(u" · "_s);
}

QString ProblemsModel::message(const FlowDocument::Issue &i) const
{
    // "already used by campaigns[4]" names the campaign as the author knows it.
    static const QRegularExpression reference(u"campaigns\\[(\\d+)\\]"_s);
    QString text = i.issue.message;
    QRegularExpressionMatch m;
    int from = 0;
    while ((m = reference.match(text, from)).hasMatch()) {
        const Campaign *c = m_document->campaign(m_document->idAt(m.captured(1).toInt()));
        const QString name = c ? tr("%1 (%2)").arg(campaignLabel(*c), c->slug) : m.captured(0);
        text.replace(m.capturedStart(), m.capturedLength(), name);
        from = int(m.capturedStart() + name.size());
    }
    return text;
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
