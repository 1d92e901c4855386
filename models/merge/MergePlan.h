#pragma once

#include "store/RowChange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

// What merging another project file into the open one would do, computed before anything
// is written (MergeEngine::plan) so that the user can see it: counts per kind of item, the
// row changes without conflict, and every conflict with both values and who changed each.
struct MergePlan
{
    enum class Kind
    {
        Policies,
        Scores,
        Evidence,
        Bottlenecks,
        Indicators,
        Other, // evaluators, weights, consensus, categories, project metadata
        KindCount
    };

    struct Counts
    {
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int conflicts = 0;
    };

    // Who changed a value and when, from that file's change log (empty when unknown), and
    // the item's revision there: how many recorded edits it had been through in that file
    // up to this one (0 when unknown).
    struct Change
    {
        QString actor;
        QDateTime at;
        int revision = 0;
    };

    enum class Resolution
    {
        Unresolved,
        Mine,
        Theirs,
        Both // text: mine, then theirs
    };

    // One field (or a whole row, for edit-versus-delete) changed on both sides since the
    // files last shared a state, to different values.
    struct Conflict
    {
        Kind kind = Kind::Other;
        QString table;
        QString key;
        QString field;         // empty: the row itself (one side deleted it, the other edited it)
        QString label;         // "P03 × D2 · 李华 · value", for people
        QVariantMap mineRow;   // empty when mine deleted it
        QVariantMap theirsRow; // empty when theirs deleted it
        QVariant mine;
        QVariant theirs;
        Change mineChange;
        Change theirsChange;
        bool isText = false;
        Resolution resolution = Resolution::Unresolved;
        // For a row conflict: the rows below it (scores of a policy, their evidence…) that
        // are deleted or restored with it when theirs is chosen.
        RowChanges dependents;
    };

    QString theirsPath;
    QString theirsFingerprint; // SHA-256 of their file, hex
    Counts counts[int(Kind::KindCount)];
    RowChanges changes; // without conflicts, in an order that keeps references valid
    QList<Conflict> conflicts;
    // Their change-log rows that are not in mine: copied in when the merge is applied, so
    // that the two files share that state afterwards (merging again changes nothing).
    QList<QVariantMap> theirLog;
    QString error; // the other file cannot be merged (not a project, other framework, …)

    bool isUsable() const { return error.isEmpty(); }
    bool isEmpty() const { return changes.isEmpty() && conflicts.isEmpty(); }
    bool hasUnresolved() const
    {
        for (const Conflict &c : conflicts) {
            if (c.resolution == Resolution::Unresolved)
                return true;
        }
        return false;
    }
    Counts total() const
    {
        Counts t;
        for (const Counts &c : counts) {
            t.added += c.added;
            t.changed += c.changed;
            t.deleted += c.deleted;
            t.conflicts += c.conflicts;
        }
        return t;
    }
    void resolveAll(Resolution resolution)
    {
        for (Conflict &c : conflicts)
            c.resolution = resolution;
    }
};
