#include "floweditcommand.h"

#include "flowcodec.h"

#include <algorithm>

namespace Touchline {

FlowEditCommand::FlowEditCommand(FlowDocument *document,
                                 const QString &text,
                                 QVector<Entry> entries,
                                 MergeId mergeId,
                                 int serial,
                                 QString fieldKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_entries(std::move(entries))
    , m_mergeId(mergeId)
    , m_serial(serial)
    , m_fieldKey(std::move(fieldKey))
{}

void FlowEditCommand::redo()
{
    // Changes at original positions, then removals from the back, then additions from the
    // front: every index stays valid whatever the mix.
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.before.isEmpty() && !e.after.isEmpty())
            m_document->replaceAt(e.index, FlowCodec::campaignFromJson(e.after));
    }
    QVector<const Entry *> removed;
    QVector<const Entry *> added;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.after.isEmpty())
            removed.append(&e);
        else if (e.before.isEmpty())
            added.append(&e);
    }
    std::sort(removed.begin(), removed.end(), [](auto a, auto b) { return a->index > b->index; });
    std::sort(added.begin(), added.end(), [](auto a, auto b) { return a->index < b->index; });
    for (const Entry *e : std::as_const(removed))
        m_document->removeAt(e->index);
    for (const Entry *e : std::as_const(added))
        m_document->insertAt(e->index, e->id, FlowCodec::campaignFromJson(e->after));
}

void FlowEditCommand::undo()
{
    QVector<const Entry *> removed;
    QVector<const Entry *> added;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.after.isEmpty())
            removed.append(&e);
        else if (e.before.isEmpty())
            added.append(&e);
    }
    std::sort(added.begin(), added.end(), [](auto a, auto b) { return a->index > b->index; });
    std::sort(removed.begin(), removed.end(), [](auto a, auto b) { return a->index < b->index; });
    for (const Entry *e : std::as_const(added))
        m_document->removeAt(e->index);
    for (const Entry *e : std::as_const(removed))
        m_document->insertAt(e->index, e->id, FlowCodec::campaignFromJson(e->before));
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.before.isEmpty() && !e.after.isEmpty())
            m_document->replaceAt(e.index, FlowCodec::campaignFromJson(e.before));
    }
}

bool FlowEditCommand::mergeWith(const QUndoCommand *other)
{
    // Only the moves of the same drag merge: a later drag of the same nodes is a new step.
    // Likewise the keystrokes typed into one field before it loses focus.
    const auto *o = static_cast<const FlowEditCommand *>(other);
    if (o->m_serial != m_serial || o->m_entries.size() != m_entries.size()
        || o->m_fieldKey != m_fieldKey)
        return false;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (o->m_entries.at(i).id != m_entries.at(i).id)
            return false;
    }
    for (int i = 0; i < m_entries.size(); ++i)
        m_entries[i].after = o->m_entries.at(i).after;
    // Typed back to where it started: nothing is left to undo.
    setObsolete(std::all_of(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.before == e.after; }));
    return true;
}

} // namespace Touchline
