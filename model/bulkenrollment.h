// Enrolling many contacts at once: a filter picks them (never suppressed, never already active),
// an activation plan staggers them over days within the daily caps, and a preview shows the
// resulting send load per day and channel before anything is written.
#pragma once

#include "database.h"
#include "engine.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Touchline {

class BulkEnrollment
{
public:
    explicit BulkEnrollment(QSqlDatabase db);

    struct Filter
    {
        QString campaign;       // slug; its client is the contacts' client
        QString company;        // substring, case-insensitive; empty: any
        QString title;          // substring, case-insensitive; empty: any
        QString attribute;      // attribute name; empty: any
        QString attributeValue; // exact value of that attribute
    };
    struct Plan
    {
        int days = 1;
        int maxPerDay = 1000;
        QDateTime start; // the first day's enrollment time
        QString goal;
        QString notes;
    };
    struct Preview
    {
        int eligible = 0;
        int perDay = 0;         // after the caps
        QVector<int> newPerDay; // enrollments on day 0..days-1
        int leftOut = 0;        // eligible contacts beyond days x perDay
        QStringList limitedBy;  // the channels whose cap lowered perDay
        // day offset -> channel -> touches that day (steps by delay_days)
        QMap<int, QMap<QString, int>> load;
        // day offset -> channel -> what the client's active enrollments and the cap counters
        // already put on that day (counted against the caps; read only when a channel is capped)
        QMap<int, QMap<QString, int>> existing;
    };
    std::optional<Preview> preview(const Filter &filter, const Plan &plan, DbError *error) const;

    struct Result
    {
        int enrolled = 0;
        int refused = 0;      // raced by another enrollment or suppressed meanwhile
        bool stopped = false; // the progress callback asked to stop before the plan's end
    };
    // Told before each page of contacts is read (from either thread, one at a time) what is
    // enrolled so far and how many the plan enrolls in all; false stops the enrollment there:
    // the chunks under way commit, no more are started.
    using Progress = std::function<bool(const Result &soFar, int planned)>;
    // Each day of the plan enrolls its share through the engine's streamed enrollment, the
    // contacts read a page at a time: memory stays flat whatever the filter picks. Chunks commit
    // as they go; a failure stops the plan there and says why. With `second` (a connection like
    // this one, opened in the thread that calls it), every other chunk is read and enrolled on
    // it by a second thread, as `touchline enroll --contacts-file` does.
    std::optional<Result> enroll(const Filter &filter,
                                 const Plan &plan,
                                 DbError *error,
                                 const Engine::ConnectionOpener &second = {},
                                 const Progress &progress = {});

private:
    static void bindFilter(QSqlQuery &q, const Filter &filter);
    std::optional<int> eligibleCount(const Filter &filter, DbError *error) const;
    static std::optional<QStringList> eligiblePage(const QSqlDatabase &db,
                                                   const Filter &filter,
                                                   const QString &after,
                                                   qsizetype max,
                                                   DbError *error);
    struct Day
    {
        const Filter &filter;
        const Plan &plan;
        const Engine::ConnectionOpener &second;
        const Progress &progress;
        int planned = 0; // the whole plan's, for the progress
        int day = 0;
        int count = 0;
    };
    static bool
    enrollDay(Engine &engine, const Day &day, QString *after, Result *result, DbError *error);
    bool existingLoad(const QString &campaign,
                      const Plan &plan,
                      int days,
                      QMap<int, QMap<QString, int>> *load,
                      DbError *error) const;

    QSqlDatabase m_db;
};

} // namespace Touchline
