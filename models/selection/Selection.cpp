#include "Selection.h"

#include <algorithm>

const QStringList &SelectionState::items(SelectionKind kind) const
{
    switch (kind) {
    case SelectionKind::Policy:
        return policies;
    case SelectionKind::Goal:
        return goals;
    case SelectionKind::Category:
        return categories;
    case SelectionKind::Indicator:
        break;
    }
    return indicators;
}

QStringList &SelectionState::items(SelectionKind kind)
{
    return const_cast<QStringList &>(std::as_const(*this).items(kind));
}

bool SelectionState::isEmpty() const
{
    return policies.isEmpty() && goals.isEmpty() && categories.isEmpty() && indicators.isEmpty() &&
           !period.isValid();
}

int SelectionState::size() const
{
    return int(policies.size() + goals.size() + categories.size() + indicators.size()) +
           (period.isValid() ? 1 : 0);
}

Selection::Selection(QObject *parent)
    : QObject(parent)
{}

void Selection::select(SelectionKind kind, const QString &id)
{
    if (id.isEmpty())
        return;
    SelectionState next;
    next.items(kind) << id;
    apply(next);
}

void Selection::toggle(SelectionKind kind, const QString &id)
{
    if (id.isEmpty())
        return;
    SelectionState next = m_state;
    QStringList &list = next.items(kind);
    if (!list.removeOne(id))
        list << id;
    apply(next);
}

void Selection::pick(SelectionKind kind, const QString &id, bool additive)
{
    if (additive)
        toggle(kind, id);
    else
        select(kind, id);
}

void Selection::remove(SelectionKind kind, const QString &id)
{
    SelectionState next = m_state;
    next.items(kind).removeAll(id);
    apply(next);
}

void Selection::pickPeriod(const PeriodRange &range, bool additive)
{
    if (!range.isValid())
        return;
    SelectionState next;
    if (additive) {
        next = m_state;
        next.period = m_state.period.isValid()
                          ? PeriodRange{std::min(range.from, m_state.period.from),
                                        std::max(range.to, m_state.period.to)}
                          : range;
    } else {
        next.period = range;
    }
    apply(next);
}

void Selection::clearPeriod()
{
    SelectionState next = m_state;
    next.period = PeriodRange();
    apply(next);
}

void Selection::clear()
{
    apply(SelectionState());
}

void Selection::setState(const SelectionState &state)
{
    apply(state);
}

void Selection::back()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_state);
    m_state = m_back.takeLast();
    emit changed();
}

void Selection::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_state);
    m_state = m_forward.takeLast();
    emit changed();
}

void Selection::apply(const SelectionState &state)
{
    if (state == m_state)
        return;
    m_back.append(m_state);
    if (m_back.size() > HistoryLimit)
        m_back.removeFirst();
    m_forward.clear();
    m_state = state;
    emit changed();
}
