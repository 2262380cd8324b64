// Reads, validates and writes flow definition JSON (format "touchline-flow", version 1).
#pragma once

#include "flow.h"
#include "flowissue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Touchline {

struct FlowReadResult
{
    enum class Status { Ok, Invalid, Unreadable };
    Status status = Status::Unreadable;
    Flow flow;         // complete only when status is Ok
    FlowIssues issues; // errors and warnings, in file order
    QString readError; // why the bytes are not a JSON document, with line and column

    bool ok() const { return status == Status::Ok; }
    FlowIssues errors() const;
    FlowIssues warnings() const;
};

class FlowCodec
{
public:
    static constexpr int formatVersion = 1;
    static const QString &formatName();

    struct Options
    {
        // Slugs outside the file that an on_exit target may name (the database's, on import).
        QSet<QString> externalSlugs;
    };

    static FlowReadResult read(const QByteArray &bytes, const Options &options = {});
    static FlowReadResult read(const QJsonObject &root, const Options &options = {});
    static FlowReadResult readFile(const QString &fileName, const Options &options = {});

    // The canonical text: stable key order, two-space indent, UTF-8, trailing newline.
    static QByteArray write(const Flow &flow);

    // JSON values of the parts kept as jsonb in the database, in the file's shape.
    static QJsonObject onOutcomeToJson(const QMap<QString, OutcomeAction> &onOutcome);
    static QJsonObject onExitToJson(const QMap<QString, QString> &onExit);
    static QJsonObject sendWindowToJson(const SendWindow &window);
    static QJsonObject campaignToJson(const Campaign &campaign);
    static QJsonObject stepToJson(const Step &step);

    // The way back from those parts, leniently: for what Touchline itself wrote (undo
    // snapshots, the clipboard, unpublished drafts, steps and windows kept in the database),
    // which may not validate yet or was valid under an older rule. Nothing is refused: a missing
    // value reads as its default, and an on_outcome value that names no known action (exactly
    // one of goto, exit, retry, handoff) is left out, so the outcome follows its default route.
    // Files go through read(), which reports every such problem instead.
    static Campaign campaignFromJson(const QJsonObject &o);
    static Step stepFromJson(const QJsonObject &o);
    static std::optional<OutcomeAction> actionFromJson(const QJsonObject &o);
    static QMap<QString, OutcomeAction> onOutcomeFromJson(const QJsonObject &o);
    static std::optional<SendWindow> sendWindowFromJson(const QJsonValue &v);
};

} // namespace Touchline
