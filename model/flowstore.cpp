#include "flowstore.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return QJsonValue();
}

DbError failure(const QSqlQuery &q)
{
    return {DbError::Kind::Failed, Database::describe(q.lastError())};
}

// Campaign fields other than the steps, in the file's shape.
QJsonObject campaignFields(const Campaign &c)
{
    QJsonObject o = FlowCodec::campaignToJson(c);
    o.remove(u"steps"_s);
    return o;
}

} // namespace

FlowStore::FlowStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList FlowStore::campaignSlugs(DbError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(u"select slug from campaigns order by slug"_s)) {
        *error = failure(q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    *error = {};
    return out;
}

std::optional<Flow> FlowStore::load(const QStringList &slugs, DbError *error) const
{
    const QString filter
        = slugs.isEmpty()
              ? QString()
              : u" where c.slug in (select jsonb_array_elements_text(cast(:slugs as jsonb)))"_s;
    const QString slugsJson = jsonText(QJsonArray::fromStringList(slugs));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"select c.slug, c.name, c.client_id, c.type, c.owner_role, c.status, c.gate, "
              "c.on_exit::text, c.send_window::text, c.no_engagement_after_days, c.layout::text "
              "from campaigns c"_s
              + filter + u" order by c.slug"_s);
    if (!slugs.isEmpty())
        q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QJsonArray campaigns;
    QHash<QString, int> index;
    while (q.next()) {
        QJsonObject c{{u"slug"_s, q.value(0).toString()},
                      {u"name"_s, q.value(1).toString()},
                      {u"client_id"_s, q.value(2).toString()},
                      {u"type"_s, q.value(3).toString()},
                      {u"owner_role"_s, q.value(4).toString()},
                      {u"status"_s, q.value(5).toString()},
                      {u"on_exit"_s, parseJson(q.value(7))},
                      {u"no_engagement_after_days"_s, q.value(9).toInt()},
                      {u"steps"_s, QJsonArray()}};
        if (q.value(6).toBool())
            c.insert(u"gate"_s, true);
        if (!q.value(8).isNull())
            c.insert(u"send_window"_s, parseJson(q.value(8)));
        if (!q.value(10).isNull())
            c.insert(u"layout"_s, parseJson(q.value(10)));
        index.insert(q.value(0).toString(), campaigns.size());
        campaigns.append(c);
    }
    QStringList missing;
    for (const QString &s : slugs) {
        if (!index.contains(s))
            missing.append(s);
    }
    if (!missing.isEmpty()) {
        *error
            = {DbError::Kind::Failed,
               Tr::tr("no campaign with the slug %1 in the database").arg(missing.join(u", "_s))};
        return std::nullopt;
    }

    q.prepare(u"select c.slug, s.step_number, s.delay_days, s.delay_minutes, s.channel, "
              "s.content_type, s.template_instructions, s.handler, s.on_outcome::text "
              "from campaigns c join campaign_steps s "
              "on s.campaign_id = c.id and s.revision = c.current_revision"_s
              + filter + u" order by c.slug, s.step_number"_s);
    if (!slugs.isEmpty())
        q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QHash<QString, QJsonArray> steps;
    while (q.next()) {
        QJsonObject s{{u"step_number"_s, q.value(1).toInt()},
                      {u"delay_days"_s, q.value(2).toInt()},
                      {u"channel"_s, q.value(4).toString()},
                      {u"content_type"_s, q.value(5).toString()},
                      {u"template_instructions"_s, q.value(6).toString()}};
        if (q.value(3).toInt() != 0)
            s.insert(u"delay_minutes"_s, q.value(3).toInt());
        if (!q.value(7).isNull())
            s.insert(u"handler"_s, q.value(7).toString());
        const QJsonValue onOutcome = parseJson(q.value(8));
        if (onOutcome.isObject() && !onOutcome.toObject().isEmpty())
            s.insert(u"on_outcome"_s, onOutcome);
        steps[q.value(0).toString()].append(s);
    }
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        QJsonObject c = campaigns.at(it.value()).toObject();
        c.insert(u"steps"_s, steps.value(it.key()));
        campaigns.replace(it.value(), c);
    }

    // The database's own rows go through the same validator as a file: what it returns is
    // exactly what an import of the export would give.
    FlowCodec::Options options;
    DbError slugError;
    const QStringList all = campaignSlugs(&slugError);
    options.externalSlugs = QSet<QString>(all.cbegin(), all.cend());
    const QJsonObject root{{u"format"_s, FlowCodec::formatName()},
                           {u"version"_s, FlowCodec::formatVersion},
                           {u"campaigns"_s, campaigns}};
    FlowReadResult result = FlowCodec::read(root, options);
    if (!result.ok()) {
        QStringList problems;
        for (const FlowIssue &i : result.errors())
            problems.append(i.toString());
        *error = {DbError::Kind::Failed,
                  Tr::tr("the database holds an invalid flow: %1").arg(problems.join(u"; "_s))};
        return std::nullopt;
    }
    *error = {};
    return std::move(result.flow);
}

FlowReadResult FlowStore::readForImport(const QByteArray &bytes, DbError *error) const
{
    FlowCodec::Options options;
    const QStringList slugs = campaignSlugs(error);
    options.externalSlugs = QSet<QString>(slugs.cbegin(), slugs.cend());
    return FlowCodec::read(bytes, options);
}

std::optional<FlowStore::ImportReport>
FlowStore::importFlow(const Flow &flow, const QString &source, DbError *error)
{
    QStringList slugs;
    for (const Campaign &c : flow.campaigns)
        slugs.append(c.slug);
    const QString slugsJson = jsonText(QJsonArray::fromStringList(slugs));

    if (!m_db.transaction()) {
        *error = {DbError::Kind::Failed, Database::describe(m_db.lastError())};
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const DbError &e) -> std::optional<ImportReport> {
        *error = e;
        m_db.rollback();
        return std::nullopt;
    };

    // Imports take turns: row locks cannot protect slugs that do not exist yet, and two imports
    // of a new campaign must not both publish it.
    if (!q.exec(u"select pg_advisory_xact_lock(7308327465317222)"_s))
        return fail(failure(q));
    q.prepare(
        u"select slug from campaigns where slug in "
        "(select jsonb_array_elements_text(cast(:slugs as jsonb))) order by slug for update"_s);
    q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec())
        return fail(failure(q));
    QStringList existingSlugs;
    while (q.next())
        existingSlugs.append(q.value(0).toString());

    Flow existing;
    if (!existingSlugs.isEmpty()) {
        DbError loadError;
        auto loaded = load(existingSlugs, &loadError);
        if (!loaded)
            return fail(loadError);
        existing = std::move(*loaded);
    }

    ImportReport report;
    QJsonArray upserts;
    QJsonArray newSteps;
    QStringList revised;
    for (const Campaign &c : flow.campaigns) {
        const int at = existing.indexOf(c.slug);
        const bool isNew = at < 0;
        const bool fieldsChanged
            = isNew || campaignFields(existing.campaigns.at(at)) != campaignFields(c);
        const bool stepsChanged = isNew || existing.campaigns.at(at).steps != c.steps;
        if (isNew)
            report.created.append(c.slug);
        else if (fieldsChanged || stepsChanged)
            report.updated.append(c.slug);
        else
            report.unchanged.append(c.slug);
        if (fieldsChanged || stepsChanged)
            upserts.append(campaignFields(c));
        if (stepsChanged) {
            revised.append(c.slug);
            for (const Step &s : c.steps) {
                QJsonObject o = FlowCodec::stepToJson(s);
                o.insert(u"slug"_s, c.slug);
                o.insert(u"delay_minutes"_s, s.delayMinutes);
                newSteps.append(o);
            }
        }
    }

    if (!upserts.isEmpty()) {
        q.prepare(
            u"insert into campaigns as c (slug, name, client_id, type, owner_role, status, gate, "
            "on_exit, send_window, no_engagement_after_days, layout) "
            "select r.slug, r.name, r.client_id, r.type, r.owner_role, r.status, "
            "coalesce(r.gate, false), r.on_exit, r.send_window, r.no_engagement_after_days, "
            "r.layout "
            "from jsonb_to_recordset(cast(:rows as jsonb)) as r(slug text, name text, "
            "client_id text, type text, owner_role text, status text, gate boolean, on_exit jsonb, "
            "send_window jsonb, no_engagement_after_days int, layout jsonb) "
            "on conflict (slug) do update set name = excluded.name, client_id = "
            "excluded.client_id, "
            "type = excluded.type, owner_role = excluded.owner_role, status = excluded.status, "
            "gate = excluded.gate, on_exit = excluded.on_exit, send_window = excluded.send_window, "
            "no_engagement_after_days = excluded.no_engagement_after_days, "
            "layout = excluded.layout, version = c.version + 1, updated_at = now()"_s);
        q.bindValue(u":rows"_s, jsonText(upserts));
        if (!q.exec())
            return fail(failure(q));
    }
    if (!revised.isEmpty()) {
        q.prepare(u"with bumped as (update campaigns set current_revision = current_revision + 1 "
                  "where slug in (select jsonb_array_elements_text(cast(:slugs as jsonb))) "
                  "returning id, current_revision) "
                  "insert into campaign_revisions (campaign_id, revision, message) "
                  "select id, current_revision, :message from bumped"_s);
        q.bindValue(u":slugs"_s, jsonText(QJsonArray::fromStringList(revised)));
        q.bindValue(u":message"_s, Tr::tr("imported from %1").arg(source));
        if (!q.exec())
            return fail(failure(q));
        q.prepare(
            u"insert into campaign_steps (campaign_id, revision, step_number, delay_days, "
            "delay_minutes, channel, content_type, template_instructions, handler, on_outcome) "
            "select c.id, c.current_revision, s.step_number, s.delay_days, s.delay_minutes, "
            "s.channel, s.content_type, s.template_instructions, s.handler, "
            "coalesce(s.on_outcome, '{}') "
            "from jsonb_to_recordset(cast(:steps as jsonb)) as s(slug text, step_number int, "
            "delay_days int, delay_minutes int, channel text, content_type text, "
            "template_instructions text, handler text, on_outcome jsonb) "
            "join campaigns c on c.slug = s.slug"_s);
        q.bindValue(u":steps"_s, jsonText(newSteps));
        if (!q.exec())
            return fail(failure(q));
    }

    q.prepare(u"select slug, current_revision from campaigns where slug in "
              "(select jsonb_array_elements_text(cast(:slugs as jsonb)))"_s);
    q.bindValue(u":slugs"_s, slugsJson);
    if (!q.exec())
        return fail(failure(q));
    while (q.next())
        report.revisions.insert(q.value(0).toString(), q.value(1).toInt());

    q.prepare(u"insert into audit_log (action, subject, detail) values ('import', :subject, "
              "cast(:detail as jsonb))"_s);
    q.bindValue(u":subject"_s, source);
    q.bindValue(u":detail"_s,
                QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{u"created"_s, QJsonArray::fromStringList(report.created)},
                                    {u"updated"_s, QJsonArray::fromStringList(report.updated)},
                                    {u"unchanged"_s, QJsonArray::fromStringList(report.unchanged)}})
                        .toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(failure(q));
    if (!m_db.commit())
        return fail({DbError::Kind::Failed, Database::describe(m_db.lastError())});
    *error = {};
    return report;
}

} // namespace Touchline
