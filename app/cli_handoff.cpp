// touchline handoff: the exec gate's queue of meeting_booked handoffs, approved into campaigns
// or declined (Engine::handoffs, Engine::decideHandoff).
#include "commandline.h"

#include "connection.h"
#include "engine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Touchline {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

int CommandLine::handoff(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"all"_s, tr("list: decided handoffs too.")});
    p.addOption({u"campaign"_s, tr("approve: a campaign to enroll into (repeatable)."), u"SLUG"_s});
    p.addOption(
        {u"goal"_s, tr("approve: awareness, pipeline, credibility or marketing_relief."), u"G"_s});
    p.addOption({u"notes"_s, tr("approve: the routing note."), u"T"_s});
    p.addOption({u"reason"_s, tr("decline: why."), u"R"_s});
    p.addOption({u"at"_s, tr("When it was decided (default: the database's now())."), u"TIME"_s});
    p.addPositionalArgument(u"action"_s, tr("list, approve ID or decline ID"));
    if (const auto stop = parseArguments(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"list" && action != u"approve" && action != u"decline")
        return usage(tr("handoff needs list, approve ID or decline ID"));
    if (action != u"list" && pos.size() != 2)
        return usage(tr("handoff %1 needs the handoff's id").arg(action));
    if (action == u"approve" && !p.isSet(u"campaign"_s))
        return usage(tr("handoff approve needs at least one --campaign"));
    if (action == u"decline" && !p.isSet(u"reason"_s))
        return usage(tr("handoff decline needs --reason"));
    Engine::HandoffDecision decision;
    if (!parseAt(p, &decision.at))
        return Rejected;
    Connection connection;
    if (const int rc = openDatabase(p, &connection))
        return rc;
    Engine engine(connection.database());
    DbError error;
    if (action == u"list") {
        const auto list = engine.handoffs(!p.isSet(u"all"_s), &error);
        if (!list)
            return reportEngineError(error);
        QJsonArray rows;
        for (const Engine::Handoff &h : *list) {
            if (p.isSet(u"json"_s)) {
                rows.append(QJsonObject{{u"id"_s, h.id},
                                        {u"contact_id"_s, h.contactId},
                                        {u"from_campaign"_s, h.fromCampaign},
                                        {u"suggested"_s, textOrNull(h.suggested)},
                                        {u"type"_s, h.type},
                                        {u"status"_s, h.status},
                                        {u"created_at"_s, timeOrNull(h.createdAt)},
                                        {u"decided_by"_s, textOrNull(h.decidedBy)},
                                        {u"decided_at"_s, timeOrNull(h.decidedAt)}});
            } else {
                m_out << tr("%1  %2  %3 from %4 (suggested: %5) %6")
                             .arg(h.id,
                                  h.type,
                                  h.contactId,
                                  h.fromCampaign,
                                  h.suggested.isEmpty() ? tr("none") : h.suggested,
                                  h.status)
                      << Qt::endl;
            }
        }
        if (p.isSet(u"json"_s))
            printJson({{u"handoffs"_s, rows}});
        return Ok;
    }
    decision.id = pos.at(1);
    if (action == u"approve") {
        decision.campaigns = p.values(u"campaign"_s);
        decision.goal = p.value(u"goal"_s);
        decision.notes = p.value(u"notes"_s);
    } else {
        decision.declineReason = p.value(u"reason"_s);
    }
    const auto enrolled = engine.decideHandoff(decision, &error);
    if (!enrolled)
        return reportEngineError(error);
    if (p.isSet(u"json"_s)) {
        printJson({{u"id"_s, decision.id},
                   {u"decision"_s, action == u"approve" ? u"approved"_s : u"declined"_s},
                   {u"enrolled_in"_s, QJsonArray::fromStringList(*enrolled)}});
    } else if (action == u"approve") {
        m_out << tr("approved %1: enrolled in %2").arg(decision.id, enrolled->join(u", "_s))
              << Qt::endl;
    } else {
        m_out << tr("declined %1").arg(decision.id) << Qt::endl;
    }
    return Ok;
}

} // namespace Touchline
