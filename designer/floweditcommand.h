// One undoable edit of a FlowDocument: the JSON snapshots (FlowCodec::campaignToJson) of every
// campaign it adds, removes or changes, before and after.
#pragma once

#include "flowdocument.h"

#include <QJsonObject>
#include <QUndoCommand>

namespace Touchline {

class FlowEditCommand : public QUndoCommand
{
public:
    enum MergeId { NoMerge = -1, Move = 1, Field = 2 };

    // An empty `before` adds the campaign at `index` (of the result), an empty `after` removes
    // the one at `index` (of the original), both set changes the one at `index` (original).
    struct Entry
    {
        FlowDocument::Id id = 0;
        int index = 0;
        QJsonObject before;
        QJsonObject after;
    };

    FlowEditCommand(FlowDocument *document,
                    const QString &text,
                    QVector<Entry> entries,
                    MergeId mergeId = NoMerge,
                    int serial = 0,
                    QString fieldKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const QVector<Entry> &entries() const { return m_entries; }

private:
    FlowDocument *m_document;
    QVector<Entry> m_entries;
    MergeId m_mergeId;
    int m_serial;
    QString m_fieldKey; // Field: edits of the same field in one editing session merge
};

} // namespace Touchline
