#include "designsession.h"

#include "flowcodec.h"

#include <QUndoStack>

namespace Touchline {

using namespace Qt::StringLiterals;

DesignSession::DesignSession(QObject *parent)
    : QObject(parent)
    , m_document(new FlowDocument(this))
{}

QUndoStack *DesignSession::undoStack() const
{
    return m_document->undoStack();
}

bool DesignSession::isDirty() const
{
    return m_document->isDirty();
}

void DesignSession::setLoadedFlow(const Flow &flow,
                                  const QHash<QString, int> &versions,
                                  const QVector<Campaign> &drafts)
{
    m_loadedFlow = flow;
    m_loadedVersions = versions;
    m_draftSlugs.clear();
    Flow working = flow;
    for (const Campaign &draft : drafts) {
        const int at = working.indexOf(draft.slug);
        if (at < 0)
            working.campaigns.append(draft);
        else
            working.campaigns[at] = draft;
        m_draftSlugs.append(draft.slug);
    }
    m_document->setFlow(working);
}

Flow DesignSession::changedCampaigns() const
{
    Flow out;
    for (const Campaign &c : m_document->flow().campaigns) {
        const int at = m_loadedFlow.indexOf(c.slug);
        if (at < 0 || m_loadedFlow.campaigns.at(at) != c)
            out.campaigns.append(c);
    }
    return out;
}

DesignSession::ChangeSummary DesignSession::changeSummary() const
{
    ChangeSummary out;
    for (const Campaign &c : m_document->flow().campaigns) {
        const int at = m_loadedFlow.indexOf(c.slug);
        const CampaignChange change = at < 0 ? CampaignChange::Definition
                                             : classifyChange(m_loadedFlow.campaigns.at(at), c);
        if (change == CampaignChange::LayoutOnly)
            out.moved.append(c.slug);
        else if (change != CampaignChange::None)
            out.changed.append(c.slug);
    }
    return out;
}

void DesignSession::markSaved(const QHash<QString, int> &versions)
{
    // Campaigns the author removed stay in the base: the database still holds them.
    for (const Campaign &c : m_document->flow().campaigns) {
        const int at = m_loadedFlow.indexOf(c.slug);
        if (at < 0)
            m_loadedFlow.campaigns.append(c);
        else
            m_loadedFlow.campaigns[at] = c;
    }
    m_loadedVersions.insert(versions);
    m_draftSlugs.clear(); // published: the drafts are gone with it
    m_document->markClean();
}

void DesignSession::markDraftSaved(const QStringList &slugs)
{
    for (const QString &slug : slugs) {
        if (!m_draftSlugs.contains(slug))
            m_draftSlugs.append(slug);
    }
    m_document->markClean();
}

void DesignSession::markArchived(const QString &slug, int version)
{
    const int at = m_loadedFlow.indexOf(slug);
    if (at >= 0)
        m_loadedFlow.campaigns[at].status = u"archived"_s;
    m_loadedVersions.insert(slug, version);
}

bool DesignSession::load(DbError *error)
{
    FlowStore store(m_db);
    const auto loaded = store.loadWithVersions({}, error);
    if (!loaded)
        return false;
    const auto drafts = store.loadDrafts(error);
    if (!drafts)
        return false;
    QVector<Campaign> draftCampaigns;
    for (const FlowStore::Draft &d : *drafts)
        draftCampaigns.append(FlowCodec::campaignFromJson(d.definition));
    setLoadedFlow(loaded->flow, loaded->versions, draftCampaigns);
    return true;
}

std::optional<FlowStore::SaveReport> DesignSession::publish(const QString &message,
                                                            FlowStore::SaveMode mode,
                                                            DbError *error,
                                                            QString *warning)
{
    m_document->validateNow();
    if (const int errors = m_document->errorCount(); errors > 0) {
        *error = {DbError::Kind::Rejected,
                  tr("the flow has %n error(s); the problems list names them", nullptr, errors)};
        return std::nullopt;
    }
    const Flow changed = changedCampaigns();
    if (changed.campaigns.isEmpty()) {
        markSaved({});
        FlowStore::SaveReport nothing;
        nothing.saved = true;
        return nothing;
    }
    FlowStore store(m_db);
    auto report = store.saveDesign(changed, m_loadedVersions, mode, message, error);
    if (!report || !report->saved)
        return report;
    QStringList published;
    for (const Campaign &c : changed.campaigns)
        published.append(c.slug);
    DbError discardError;
    if (!store.discardDrafts(published, &discardError) && warning)
        *warning = discardError.message;
    markSaved(report->versions);
    return report;
}

bool DesignSession::saveDraft(DbError *error, QStringList *saved)
{
    const Flow changed = changedCampaigns();
    QStringList slugs;
    for (const Campaign &c : changed.campaigns)
        slugs.append(c.slug);
    if (!changed.campaigns.isEmpty() && !FlowStore(m_db).saveDrafts(changed, error))
        return false;
    markDraftSaved(slugs);
    if (saved)
        *saved = slugs;
    return true;
}

} // namespace Touchline
