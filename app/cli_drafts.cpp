// touchline drafts list | approve | reject | fill | undo: the approval inbox for scripts and the
// external drafting agent.
#include "commandline.h"

#include "connection.h"
#include "draftstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject rowJson(const DraftStore::Row &r)
{
    return {
        {u"id"_s, r.id},
        {u"contact_id"_s, r.contactId},
        {u"contact"_s, r.contactName},
        {u"company"_s, r.company},
        {u"client_id"_s, r.clientId},
        {u"campaign"_s, r.campaign},
        {u"step_number"_s, r.stepNumber},
        {u"status"_s, r.status},
        {u"channel"_s, r.channel},
        {u"content_type"_s, r.contentType},
        {u"subject"_s, r.subject},
        {u"scheduled_at"_s, timeJson(r.scheduledAt)},
        {u"created_at"_s, timeJson(r.createdAt)},
        {u"goal"_s, r.goal.isEmpty() ? QJsonValue() : QJsonValue(r.goal)},
        {u"notes"_s, r.notes.isEmpty() ? QJsonValue() : QJsonValue(r.notes)},
        {u"edited"_s, r.edited},
        {u"unresolved_fields"_s, r.unknownCount},
        {u"reviewer"_s, r.reviewer.isEmpty() ? QJsonValue() : QJsonValue(r.reviewer)},
        {u"reviewed_at"_s, timeJson(r.reviewedAt)},
        {u"reject_reason"_s, r.rejectReason.isEmpty() ? QJsonValue() : QJsonValue(r.rejectReason)},
        {u"item_status"_s, r.itemStatus}};
}

QJsonObject decisionJson(const DraftStore::Decision &d)
{
    return {{u"id"_s, d.id},
            {u"status"_s, d.status},
            {u"reviewer"_s, d.reviewer.isEmpty() ? QJsonValue() : QJsonValue(d.reviewer)},
            {u"reviewed_at"_s, timeJson(d.reviewedAt)},
            {u"message"_s, d.message}};
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// Every draft matching the filter, page by page.
std::optional<QVector<DraftStore::Row>>
allRows(DraftStore &store, const DraftStore::Filter &filter, DbError *error)
{
    QVector<DraftStore::Row> rows;
    std::optional<DraftStore::Cursor> after;
    for (;;) {
        const auto page = store.list(filter, {}, after, 1000, error);
        if (!page)
            return std::nullopt;
        rows += page->rows;
        if (!page->more)
            return rows;
        after = DraftStore::Cursor{page->rows.constLast().sortKey, page->rows.constLast().id};
    }
}

void printRows(QTextStream &out, const QVector<DraftStore::Row> &rows, bool json)
{
    if (json) {
        QJsonArray a;
        for (const DraftStore::Row &r : rows)
            a.append(rowJson(r));
        printJson(out, {{u"drafts"_s, a}});
        return;
    }
    for (const DraftStore::Row &r : rows) {
        out << r.id << u"  "_s << r.status << u"  "_s << r.campaign << u'#' << r.stepNumber
            << u"  "_s << r.channel << u"  "_s << r.contactId << u"  "_s << r.subject << Qt::endl;
    }
}

// What a drafting agent needs to write each claimed draft: one JSON object, or a line each.
void printJobs(QTextStream &out, const QVector<DraftStore::DraftingJob> &jobs, bool json)
{
    if (!json) {
        for (const DraftStore::DraftingJob &j : jobs)
            out << j.draftId << u"  "_s << j.campaign << u'#' << j.stepNumber << u"  "_s
                << j.channel << u"  "_s << j.contactId << u"  "_s << j.instructions << Qt::endl;
        return;
    }
    QJsonArray a;
    for (const DraftStore::DraftingJob &j : jobs)
        a.append(QJsonObject{{u"id"_s, j.draftId},
                             {u"task_id"_s, j.taskId},
                             {u"contact_id"_s, j.contactId},
                             {u"campaign"_s, j.campaign},
                             {u"step_number"_s, j.stepNumber},
                             {u"channel"_s, j.channel},
                             {u"content_type"_s, j.contentType},
                             {u"template_instructions"_s, j.instructions},
                             {u"contact"_s, j.contact}});
    printJson(out, {{u"claimed"_s, a}});
}

// Done ones on stdout, refusals (who decided, when) on stderr; 1 when any was refused.
int printDecisions(QTextStream &out,
                   QTextStream &err,
                   const QString &action,
                   const DraftStore::Decisions &decisions,
                   bool json)
{
    QJsonArray done;
    QJsonArray refused;
    for (const DraftStore::Decision &d : decisions) {
        if (d.result == DraftStore::Decision::Result::Done) {
            done.append(d.id);
            if (!json)
                out << (d.status == u"undo" ? u"reopened"_s : d.status) << u' ' << d.id << Qt::endl;
        } else {
            refused.append(decisionJson(d));
            err << d.message << Qt::endl;
        }
    }
    if (json)
        printJson(out, {{u"action"_s, action}, {u"done"_s, done}, {u"refused"_s, refused}});
    return refused.isEmpty() ? CommandLine::Ok : CommandLine::Rejected;
}

} // namespace

int CommandLine::drafts(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"action"_s, tr("list, approve, reject, undo, claim or fill"));
    p.addPositionalArgument(u"ids"_s, tr("Draft ids."), u"[ID...]"_s);
    p.addOption({u"status"_s,
                 tr("list: %1 (default open: awaiting a draft or pending review)")
                     .arg(DraftStore::statusFilters().join(u", "_s)),
                 u"S"_s});
    p.addOption({u"campaign"_s, tr("list, approve --all: only this campaign."), u"SLUG"_s});
    p.addOption({u"all"_s, tr("approve: every draft pending review.")});
    p.addOption({u"reason"_s, tr("reject: why, kept with the draft."), u"TEXT"_s});
    p.addOption({u"subject"_s, tr("fill: the subject."), u"S"_s});
    p.addOption(
        {u"body-file"_s, tr("fill: a file holding the body (- for standard input)."), u"F"_s});
    p.addOption({u"limit"_s, tr("claim: at most this many drafts (default 10)."), u"N"_s, u"10"_s});
    if (const auto stop = parseArguments(p, args))
        return *stop;
    QStringList ids = p.positionalArguments();
    const QString action = ids.isEmpty() ? QString() : ids.takeFirst();
    static const QStringList actions{
        u"list"_s, u"approve"_s, u"reject"_s, u"undo"_s, u"claim"_s, u"fill"_s};
    if (!actions.contains(action))
        return usage(tr("usage: touchline drafts list|approve|reject|undo|claim|fill …"));
    bool limitOk = false;
    const int limit = p.value(u"limit"_s).toInt(&limitOk);
    if (action == u"claim" && (!ids.isEmpty() || !limitOk || limit < 1))
        return usage(tr("drafts claim takes no ids, and --limit N with N at least 1"));
    DraftStore::Filter filter;
    if (p.isSet(u"status"_s))
        filter.status = p.value(u"status"_s);
    filter.campaign = p.value(u"campaign"_s);
    if (!DraftStore::statusFilters().contains(filter.status)) {
        m_err << tr("--status %1: expected one of %2")
                     .arg(filter.status, DraftStore::statusFilters().join(u", "_s))
              << Qt::endl;
        return Rejected;
    }
    if (action == u"approve" && ids.isEmpty() == !p.isSet(u"all"_s))
        return usage(tr("drafts approve needs draft ids or --all (not both)"));
    if ((action == u"reject" || action == u"undo") && ids.isEmpty())
        return usage(tr("drafts %1 needs one or more draft ids").arg(action));
    if (action == u"reject" && p.value(u"reason"_s).trimmed().isEmpty())
        return usage(tr("drafts reject needs --reason TEXT"));
    if (action == u"fill" && (ids.size() != 1 || !p.isSet(u"body-file"_s)))
        return usage(tr("drafts fill needs one draft id and --body-file F [--subject S]"));
    QString body;
    if (action == u"fill") {
        QFile f;
        const QString name = p.value(u"body-file"_s);
        const bool opened = name == u"-" ? f.open(stdin, QIODevice::ReadOnly)
                                         : (f.setFileName(name), f.open(QIODevice::ReadOnly));
        if (!opened) {
            m_err << tr("cannot read %1: %2").arg(name, f.errorString()) << Qt::endl;
            return UsageOrIo;
        }
        body = QString::fromUtf8(f.readAll());
    }
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    DraftStore store(connection.database());
    DbError error;
    if (action == u"list") {
        const auto rows = allRows(store, filter, &error);
        if (!rows)
            return reportEngineError(error);
        printRows(m_out, *rows, p.isSet(u"json"_s));
        return Ok;
    }
    if (action == u"claim") {
        // A claim not filled within 15 minutes (the agent died) goes back to the others.
        const auto jobs = store.claimForDrafting(limit, p.value(u"campaign"_s), 15, &error);
        if (!jobs)
            return reportEngineError(error);
        printJobs(m_out, *jobs, p.isSet(u"json"_s));
        return Ok;
    }
    std::optional<DraftStore::Decisions> decisions;
    if (action == u"approve" && p.isSet(u"all"_s)) {
        decisions = store.approveAll(p.value(u"campaign"_s), &error);
    } else if (action == u"approve") {
        decisions = store.approve(ids, &error);
    } else if (action == u"reject") {
        decisions = store.reject(ids, p.value(u"reason"_s), &error);
    } else if (action == u"undo") {
        decisions = store.undo(ids, &error);
    } else if (const auto filled = store.fill(ids.first(), p.value(u"subject"_s), body, &error)) {
        decisions = DraftStore::Decisions{*filled};
    }
    if (!decisions)
        return reportEngineError(error);
    return printDecisions(m_out, m_err, action, *decisions, p.isSet(u"json"_s));
}

} // namespace Touchline
