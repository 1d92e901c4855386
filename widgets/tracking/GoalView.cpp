#include "GoalView.h"

#include "Project.h"
#include "domain/Vocabulary.h"
#include "scoring/IndicatorFigures.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int uuidRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setAccessibleName(accessibleName);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &uuid = QString())
{
    auto *i = new QTableWidgetItem(text);
    i->setData(uuidRole, uuid);
    i->setToolTip(text);
    return i;
}

QWidget *column(QLabel *title, QTableWidget *table, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    return w;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 8);
}

QColor statusColour(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::OnTrack:
        return QColor(0xdc, 0xf2, 0xdc);
    case IndicatorStatus::AtRisk:
        return QColor(0xfd, 0xf0, 0xc8);
    case IndicatorStatus::OffTrack:
        return QColor(0xf8, 0xd7, 0xd3);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

} // namespace

GoalView::GoalView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_today(QDate::currentDate())
    , m_goal(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_scoresTitle(new QLabel(this))
    , m_bottlenecksTitle(new QLabel(this))
    , m_indicatorsTitle(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    m_goal->setAccessibleName(tr("Goal"));
    for (const GoalNode &g : project->store().framework().goals())
        m_goal->addItem(QStringLiteral("%1 %2").arg(g.code, g.name()), g.uuid);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_scores = makeTable({tr("Policy"), tr("Title"), tr("Scores"), tr("Mean")},
                         tr("Scores of the goal across policies"), this);
    m_bottlenecks = makeTable({tr("Bottleneck"), tr("Category"), tr("Severity"), tr("Status")},
                              tr("Unresolved bottlenecks blocking the goal"), this);
    m_indicators = makeTable({tr("Indicator"), tr("Latest"), tr("Status")},
                             tr("Indicators of the goal"), this);

    auto *top = new QHBoxLayout;
    auto *goalLabel = new QLabel(tr("Go&al:"), this);
    goalLabel->setBuddy(m_goal);
    top->addWidget(goalLabel);
    top->addWidget(m_goal, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(column(m_scoresTitle, m_scores, splitter));
    splitter->addWidget(column(m_bottlenecksTitle, m_bottlenecks, splitter));
    splitter->addWidget(column(m_indicatorsTitle, m_indicators, splitter));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(splitter, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &GoalView::refresh);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &GoalView::scheduleRefresh);
    connect(project, &Project::changed, this, &GoalView::scheduleRefresh);
    connect(m_scores, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit policyActivated(m_scores->item(row, 0)->data(uuidRole).toString());
    });
    connect(m_bottlenecks, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit bottleneckActivated(m_bottlenecks->item(row, 0)->data(uuidRole).toString());
    });
    connect(m_indicators, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit indicatorActivated(m_indicators->item(row, 0)->data(uuidRole).toString());
    });
    m_stale = true;
}

void GoalView::setGoal(const QString &goalUuid)
{
    const int i = m_goal->findData(goalUuid);
    if (i >= 0)
        m_goal->setCurrentIndex(i);
}

QString GoalView::goal() const
{
    return m_goal->currentData().toString();
}

void GoalView::setToday(const QDate &today)
{
    m_today = today;
    scheduleRefresh();
}

void GoalView::scheduleRefresh()
{
    // A hidden view refreshes when it is shown: opening a large project must not wait
    // for a tab nobody looks at.
    if (isVisible())
        m_refresh->start();
    else
        m_stale = true;
}

void GoalView::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void GoalView::refresh()
{
    m_stale = false;
    const ProjectStore &store = m_project->store();
    const QString goalUuid = goal();
    const GoalNode *node = store.framework().byUuid(goalUuid);
    m_description->setText(node ? node->description() : QString());

    // Scores: every evaluator's score per policy, mean of the numeric ones (N/A excluded).
    struct PolicyScores
    {
        QStringList values;
        double sum = 0;
        int n = 0;
    };
    QHash<QString, PolicyScores> byPolicy;
    for (const Score &s : store.scoresOfGoal(goalUuid)) {
        PolicyScores &p = byPolicy[s.policyUuid];
        p.values << (s.value ? QString::number(*s.value) : Vocabulary::notApplicableLabel());
        if (s.value) {
            p.sum += *s.value;
            p.n += 1;
        }
    }
    QList<QPair<double, Policy>> rows;
    for (const Policy &p : store.policies()) {
        const auto it = byPolicy.constFind(p.uuid);
        if (it != byPolicy.cend())
            rows.append({it->n > 0 ? it->sum / it->n : -1.0, p});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_scores->setRowCount(0);
    m_scores->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Policy &p = rows.at(r).second;
        const PolicyScores &s = byPolicy.value(p.uuid);
        m_scores->setItem(r, 0, item(p.code, p.uuid));
        m_scores->setItem(r, 1, item(p.title));
        m_scores->setItem(r, 2, item(s.values.join(QStringLiteral(", "))));
        m_scores->setItem(r, 3,
                          item(s.n > 0 ? QLocale().toString(s.sum / s.n, 'f', 2)
                                       : Vocabulary::notApplicableLabel()));
    }
    m_scoresTitle->setText(tr("Scores across policies (%n scored)", nullptr, int(rows.size())));

    int row = 0;
    m_bottlenecks->setRowCount(0);
    for (const Bottleneck &b : store.bottlenecks()) {
        if (b.isClosed() || !b.goalUuids.contains(goalUuid))
            continue;
        m_bottlenecks->insertRow(row);
        m_bottlenecks->setItem(row, 0, item(b.title, b.uuid));
        m_bottlenecks->setItem(row, 1, item(b.categoryCode));
        m_bottlenecks->setItem(row, 2, item(QString::number(b.severity)));
        auto *status = item(Vocabulary::statusLabel(b.status));
        if (b.isOverdue(m_today)) {
            status->setText(tr("%1, overdue").arg(Vocabulary::statusLabel(b.status)));
            status->setForeground(QColor(0xb0, 0x1c, 0x1c));
        }
        m_bottlenecks->setItem(row, 3, status);
        ++row;
    }
    m_bottlenecksTitle->setText(tr("Unresolved bottlenecks (%n)", nullptr, row));

    row = 0;
    m_indicators->setRowCount(0);
    for (const Indicator &i : store.indicators()) {
        if (!i.goalUuids.contains(goalUuid))
            continue;
        const IndicatorFigures f = IndicatorMath::compute(IndicatorMath::inputFrom(i, m_today));
        m_indicators->insertRow(row);
        m_indicators->setItem(row, 0, item(i.name(), i.uuid));
        m_indicators->setItem(
            row, 1,
            item(f.latest ? QStringLiteral("%1: %2 %3")
                                .arg(f.latest->period, number(f.latest->value), i.unit())
                          : tr("no observations")));
        auto *status = item(IndicatorMath::statusName(f.status));
        status->setBackground(statusColour(f.status));
        status->setToolTip(f.statusReason);
        m_indicators->setItem(row, 2, status);
        ++row;
    }
    m_indicatorsTitle->setText(tr("Indicators (%n)", nullptr, row));
    for (QTableWidget *t : {m_scores, m_bottlenecks, m_indicators}) {
        t->resizeColumnsToContents();
        for (int c = 0; c < t->columnCount(); ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), 320));
    }
}
