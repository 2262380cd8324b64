// One author's design session, without widgets: the flow document with its undo stack, the base
// it was loaded from (the published campaigns, their versions, the drafts laid over them) and
// the database it saves to. The designer's widgets render it; tests drive it directly.
#pragma once

#include "database.h"
#include "flowdocument.h"
#include "flowstore.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace Touchline {

class DesignSession : public QObject
{
    Q_OBJECT

public:
    explicit DesignSession(QObject *parent = nullptr);

    FlowDocument *document() const { return m_document; }
    QUndoStack *undoStack() const;
    bool isDirty() const;

    // --- the base: what the database holds, as loaded or last saved ------------------------
    // Shows `flow` as loaded with each campaign's version; `drafts` (unpublished) are laid
    // over it: the author continues them, and publishing includes them.
    void setLoadedFlow(const Flow &flow,
                       const QHash<QString, int> &versions,
                       const QVector<Campaign> &drafts = {});
    const Flow &loadedFlow() const { return m_loadedFlow; }
    const QHash<QString, int> &loadedVersions() const { return m_loadedVersions; }
    const QStringList &draftSlugs() const { return m_draftSlugs; }
    bool isPublished(const QString &slug) const { return m_loadedFlow.indexOf(slug) >= 0; }

    // The document's campaigns that differ from the base (or are new), in document order.
    Flow changedCampaigns() const;
    // Their slugs, apart by what a save does: `changed` were edited (new ones included),
    // `moved` differ only in their position on the map.
    struct ChangeSummary
    {
        QStringList changed;
        QStringList moved;
    };
    ChangeSummary changeSummary() const;

    // After a publish: the document is the new base, `versions` the saved campaigns' versions.
    void markSaved(const QHash<QString, int> &versions);
    // After a draft save: the document is stored (clean) but not published.
    void markDraftSaved(const QStringList &slugs);
    // The database archived `slug` (new `version`): that is the base now, not an edit.
    void markArchived(const QString &slug, int version);

    // --- the store ---------------------------------------------------------------------------
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    QSqlDatabase database() const { return m_db; }
    // Loads the published campaigns and the drafts from the database as the new base.
    bool load(DbError *error);
    // Publishes the changed campaigns as new revisions with `message`. Refused (saved false,
    // nothing written) when another author saved one of them first, unless `mode` overwrites;
    // also refused, with `error` saying why, while the flow has errors. A publish clears the
    // published campaigns' drafts; when that fails, `warning` says so.
    std::optional<FlowStore::SaveReport> publish(const QString &message,
                                                 FlowStore::SaveMode mode,
                                                 DbError *error,
                                                 QString *warning = nullptr);
    // Stores the changed campaigns as drafts (nothing is published); `saved` lists them.
    bool saveDraft(DbError *error, QStringList *saved = nullptr);

private:
    FlowDocument *m_document;
    Flow m_loadedFlow;
    QHash<QString, int> m_loadedVersions;
    QStringList m_draftSlugs;
    QSqlDatabase m_db;
};

} // namespace Touchline
