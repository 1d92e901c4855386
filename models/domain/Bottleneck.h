#pragma once

#include "Evidence.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The life cycle of an implementation bottleneck (DOMAIN §4). The order of the enum is
// the forward order of the chain open → in progress → mitigated → resolved; won't fix
// closes a record from any open state.
enum class BottleneckStatus
{
    Open,
    InProgress,
    Mitigated,
    Resolved,
    WontFix
};

// An implementation bottleneck (堵点): what blocks which goals and policies, how badly,
// who owns it and where it stands. Goals and policies are UUIDs; the links are
// many-to-many rows of their own so that deleting a policy removes the link and keeps the
// bottleneck.
struct Bottleneck
{
    QString uuid;
    QString title;
    QString categoryCode;
    QString description;
    int severity = 2; // 1 (minor) .. 4 (critical)
    BottleneckStatus status = BottleneckStatus::Open;
    QString statusReason;
    QString owner;
    QDate opened;
    QDate target;
    QDate closed;
    QString notes;
    QStringList goalUuids;
    QStringList policyUuids;

    bool isClosed() const
    {
        return status == BottleneckStatus::Resolved || status == BottleneckStatus::WontFix;
    }
    // Past its target date and not closed.
    bool isOverdue(const QDate &today) const
    {
        return !isClosed() && target.isValid() && target < today;
    }
};

// A bottleneck category of the taxonomy (I, I1.., P, P1.., X) or one the user added below
// a built-in one.
struct BottleneckCategory
{
    QString code;
    QString parentCode;
    QString nameZh;
    QString nameEn;
    QString descriptionZh;
    QString descriptionEn;
    QString source;
    bool builtin = false;
    int sortOrder = 0;

    QString name() const; // in the UI language
    QString description() const;
};

// One evidence item of a bottleneck; the same fields as a score's evidence.
struct BottleneckEvidence
{
    QString bottleneckUuid;
    Evidence evidence;
};

// One entry of a record's history: who changed which field when, from what to what.
// Links and evidence appear as their own entries ("linked goal D2.1").
struct HistoryEntry
{
    QDateTime at;
    QString actorName;
    QString command; // the undo text of the edit, e.g. "Delete policy P03"
    QString action;  // insert, update, delete
    QString entity;  // table
    QString field;
    QString oldValue;
    QString newValue;
};
