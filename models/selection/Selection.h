#pragma once

#include <QObject>
#include <QStringList>

// What the user has picked out in the dashboard, shared by every chart, table and panel
// (issue "Linked charts"). Policies, goals (a dimension counts as its goals) and
// indicators are UUIDs; bottleneck categories are taxonomy codes (a category includes
// its sub-categories); the period is a range of years.
enum class SelectionKind
{
    Policy,
    Goal,
    Category,
    Indicator,
};

struct PeriodRange
{
    int from = 0; // first year, 0: no period selected
    int to = 0;   // last year, inclusive

    bool isValid() const { return from > 0 && to >= from; }
    bool contains(int year) const { return isValid() && year >= from && year <= to; }
    friend bool operator==(const PeriodRange &a, const PeriodRange &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

struct SelectionState
{
    QStringList policies;
    QStringList goals;
    QStringList categories;
    QStringList indicators;
    PeriodRange period;

    const QStringList &items(SelectionKind kind) const;
    QStringList &items(SelectionKind kind);
    bool contains(SelectionKind kind, const QString &id) const { return items(kind).contains(id); }
    bool isEmpty() const;
    int size() const; // items, the period counting as one

    friend bool operator==(const SelectionState &a, const SelectionState &b)
    {
        return a.policies == b.policies && a.goals == b.goals && a.categories == b.categories &&
               a.indicators == b.indicators && a.period == b.period;
    }
    friend bool operator!=(const SelectionState &a, const SelectionState &b) { return !(a == b); }
};

// The one selection of an open project, with back/forward history like a browser: every
// change that alters the state is a step; going back and then changing drops the forward
// steps. Changes that leave the state as it is emit nothing and record nothing, so views
// that both set and observe the selection cannot loop.
class Selection : public QObject
{
    Q_OBJECT

public:
    static constexpr int HistoryLimit = 100;

    explicit Selection(QObject *parent = nullptr);

    const SelectionState &state() const { return m_state; }

    // A click: this item alone becomes the selection.
    void select(SelectionKind kind, const QString &id);
    // Ctrl-click: adds the item, or removes it when it is already selected; keeps the rest.
    void toggle(SelectionKind kind, const QString &id);
    // select() or toggle(), as a view's click handler needs it.
    void pick(SelectionKind kind, const QString &id, bool additive);
    // Removes one item (the × of its chip).
    void remove(SelectionKind kind, const QString &id);
    // A period alone, or (additive) widened to cover both the old and the new range.
    void pickPeriod(const PeriodRange &range, bool additive);
    void clearPeriod();
    void clear();
    void setState(const SelectionState &state);

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void back();
    void forward();

signals:
    void changed();

private:
    void apply(const SelectionState &state);

    SelectionState m_state;
    QList<SelectionState> m_back;
    QList<SelectionState> m_forward;
};
