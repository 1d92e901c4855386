#pragma once

#include "Bottleneck.h"

#include <QCoreApplication>

// The rules a bottleneck record keeps, shared by the editor, the importer and the
// commands, so that a record is refused the same way wherever it comes from.
//
// Status: moving forward along open → in progress → mitigated → resolved is always
// allowed (steps may be skipped). Anything else needs a reason: won't fix, going back
// (e.g. mitigated → in progress), and reopening a resolved or won't-fix record.
class BottleneckRules
{
    Q_DECLARE_TR_FUNCTIONS(BottleneckRules)

public:
    static bool needsReason(BottleneckStatus from, BottleneckStatus to);
    // Why the change of status is refused; empty when it is allowed.
    static QString transitionError(BottleneckStatus from, BottleneckStatus to,
                                   const QString &reason);
    // Field checks that need no project: title, severity, date order. One message each.
    static QStringList fieldErrors(const Bottleneck &b);
    // The date closed follows the status: set to `today` when a record is closed without
    // one, cleared when it is open.
    static void settleClosedDate(Bottleneck *b, const QDate &today);
    // The rule as a sentence for the editor.
    static QString statusRule();
    // A long-open record: open or in progress for more than this many days.
    static constexpr int longOpenDays = 365;
    static bool isLongOpen(const Bottleneck &b, const QDate &today);
};
