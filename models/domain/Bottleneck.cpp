#include "Bottleneck.h"
#include "BottleneckRules.h"
#include "Framework.h"
#include "Indicator.h"
#include "Vocabulary.h"

QString BottleneckCategory::name() const
{
    return uiIsChinese() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString BottleneckCategory::description() const
{
    return uiIsChinese() || descriptionEn.isEmpty() ? descriptionZh : descriptionEn;
}

QString Indicator::name() const
{
    return uiIsChinese() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString Indicator::unit() const
{
    return uiIsChinese() || unitEn.isEmpty() ? unitZh : unitEn;
}

namespace {

bool isForward(BottleneckStatus from, BottleneckStatus to)
{
    return from != BottleneckStatus::WontFix && to != BottleneckStatus::WontFix &&
           static_cast<int>(to) > static_cast<int>(from);
}

} // namespace

bool BottleneckRules::needsReason(BottleneckStatus from, BottleneckStatus to)
{
    return from != to && !isForward(from, to);
}

QString BottleneckRules::transitionError(BottleneckStatus from, BottleneckStatus to,
                                         const QString &reason)
{
    if (!needsReason(from, to) || !reason.trimmed().isEmpty())
        return {};
    if (to == BottleneckStatus::WontFix)
        return tr("Give a reason for closing the bottleneck as \"%1\".")
            .arg(Vocabulary::statusLabel(to));
    if (from == BottleneckStatus::Resolved || from == BottleneckStatus::WontFix)
        return tr("Give a reason for reopening the bottleneck (%1 → %2).")
            .arg(Vocabulary::statusLabel(from), Vocabulary::statusLabel(to));
    return tr("Give a reason for moving the bottleneck back from \"%1\" to \"%2\".")
        .arg(Vocabulary::statusLabel(from), Vocabulary::statusLabel(to));
}

QStringList BottleneckRules::fieldErrors(const Bottleneck &b)
{
    QStringList errors;
    if (b.title.trimmed().isEmpty())
        errors << tr("The title is empty.");
    if (b.severity < 1 || b.severity > 4)
        errors << tr("Severity must be 1 to 4, not %1.").arg(b.severity);
    if (b.opened.isValid() && b.target.isValid() && b.target < b.opened)
        errors << tr("The target date %1 is before the date opened %2.")
                      .arg(b.target.toString(Qt::ISODate), b.opened.toString(Qt::ISODate));
    if (b.opened.isValid() && b.closed.isValid() && b.closed < b.opened)
        errors << tr("The date closed %1 is before the date opened %2.")
                      .arg(b.closed.toString(Qt::ISODate), b.opened.toString(Qt::ISODate));
    if (b.closed.isValid() && !b.isClosed())
        errors << tr("Only a resolved or won't-fix bottleneck has a date closed.");
    if (b.status == BottleneckStatus::WontFix && b.statusReason.trimmed().isEmpty())
        errors << tr("Give a reason for closing the bottleneck as \"%1\".")
                      .arg(Vocabulary::statusLabel(b.status));
    return errors;
}

QString BottleneckRules::statusRule()
{
    return tr("Moving forward (open → in progress → mitigated → resolved) is always allowed. "
              "Won't fix, moving back and reopening need a reason. The date closed is set when "
              "a bottleneck is resolved or closed as won't fix, and cleared when it is reopened.");
}

bool BottleneckRules::isLongOpen(const Bottleneck &b, const QDate &today)
{
    return (b.status == BottleneckStatus::Open || b.status == BottleneckStatus::InProgress) &&
           b.opened.isValid() && b.opened.daysTo(today) > longOpenDays;
}

void BottleneckRules::settleClosedDate(Bottleneck *b, const QDate &today)
{
    if (!b->isClosed())
        b->closed = QDate();
    else if (!b->closed.isValid())
        b->closed = today;
}
