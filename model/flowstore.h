// Campaign flows in the database: load the current revisions, import (upsert by slug) in one
// transaction, list slugs.
#pragma once

#include "database.h"
#include "flow.h"
#include "flowcodec.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace Touchline {

class FlowStore
{
public:
    explicit FlowStore(QSqlDatabase db);

    struct ImportReport
    {
        QStringList created;
        QStringList updated; // campaign fields or steps changed
        QStringList unchanged;
        QHash<QString, int> revisions; // slug -> current revision after the import
    };

    QStringList campaignSlugs(DbError *error) const;
    // The campaigns (all when `slugs` is empty) with the steps of their current revisions, in
    // slug order. Unknown slugs are an error naming them.
    std::optional<Flow> load(const QStringList &slugs, DbError *error) const;
    // Upserts every campaign of a validated flow by slug, all or nothing. A campaign whose steps
    // changed gets a new published revision; an unchanged one is left as it is.
    std::optional<ImportReport> importFlow(const Flow &flow, const QString &source, DbError *error);

    // Reads a flow file and validates it against this database (on_exit may name its campaigns).
    FlowReadResult readForImport(const QByteArray &bytes, DbError *error) const;

    // --- designer saves: optimistic concurrency, revisions, migrations ---------------------
    struct VersionedFlow
    {
        Flow flow;
        QHash<QString, int> versions; // slug -> campaigns.version as loaded
    };
    // load() and each campaign's version, read from one snapshot.
    std::optional<VersionedFlow> loadWithVersions(const QStringList &slugs, DbError *error) const;

    enum class SaveMode {
        Normal,   // refuse, writing nothing, when another author saved first
        Overwrite // save whatever the database holds now
    };
    // A campaign another author changed (or created) since the designer loaded it.
    struct Conflict
    {
        QString slug;
        int expectedVersion = 0; // 0: the designer holds it as a new campaign
        int currentVersion = 0;
        QString author; // who saved last, when known
        QDateTime savedAt;
    };
    struct SaveReport
    {
        bool saved = false;           // false: refused, see conflicts; nothing was written
        QVector<Conflict> conflicts;  // in slug order
        ImportReport import;          // when saved
        QHash<QString, int> versions; // slug -> campaigns.version after the save
    };
    // Saves the designer's flow like importFlow (same lock, one transaction), first checking
    // every campaign's version against `expectedVersions` (a slug missing there must not exist
    // yet). New revisions record the current user and `message`.
    std::optional<SaveReport> saveDesign(const Flow &flow,
                                         const QHash<QString, int> &expectedVersions,
                                         SaveMode mode,
                                         const QString &message,
                                         DbError *error);

    struct RevisionInfo
    {
        int revision = 0;
        QString author;
        QString message;
        QDateTime createdAt;
        bool current = false;
        int activeEnrollments = 0;
    };
    // A campaign's published revisions, newest first.
    QVector<RevisionInfo> revisions(const QString &slug, DbError *error) const;
    std::optional<QVector<Step>>
    revisionSteps(const QString &slug, int revision, DbError *error) const;
    // What changed from revision `from` to revision `to`, one readable line per change.
    std::optional<QStringList>
    diffRevisions(const QString &slug, int from, int to, DbError *error) const;
    static QStringList diffSteps(const QVector<Step> &from, const QVector<Step> &to);
    // What a revision published besides its steps ({"on_exit", "gate", "send_window"}), by
    // revision; revisions published before these were kept are missing.
    std::optional<QMap<int, QJsonObject>>
    revisionSettings(const QString &slug, const QList<int> &revisions, DbError *error) const;
    static QStringList diffSettings(const QJsonObject &from, const QJsonObject &to);

    // Moves the ACTIVE enrollments on revision `from` to revision `to` (clamping current_step
    // to the new step count + 1) in one transaction, with an audit_log row. Returns how many.
    std::optional<int> migrateEnrollments(const QString &slug, int from, int to, DbError *error);

    // --- drafts: saved to the shared database, not published ------------------------------
    struct Draft
    {
        QString slug;
        QJsonObject definition; // the campaign in the flow file's shape; may not validate yet
        QString author;
        QDateTime savedAt;
    };
    // Upserts the campaigns' drafts by slug; campaigns, revisions and versions stay untouched.
    bool saveDrafts(const Flow &campaigns, DbError *error);
    std::optional<QVector<Draft>> loadDrafts(DbError *error) const;
    bool discardDrafts(const QStringList &slugs, DbError *error);

private:
    // The body of an import, inside a transaction holding the import lock; no audit row.
    bool upsertLocked(const Flow &flow,
                      const QString &revisionMessage,
                      ImportReport *report,
                      DbError *error);
    bool
    audit(const QString &action, const QString &subject, const QJsonObject &detail, DbError *error);

    QSqlDatabase m_db;
};

} // namespace Touchline
