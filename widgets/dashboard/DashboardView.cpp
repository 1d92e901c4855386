#include "DashboardView.h"

#include "RankIntervalRunner.h"
#include "charts/BottleneckStatusChart.h"
#include "charts/BottleneckTimelineChart.h"
#include "charts/DashboardData.h"
#include "charts/GoalScoresChart.h"
#include "charts/HeatmapChart.h"
#include "charts/IndicatorSeriesChart.h"
#include "charts/MaturityChart.h"
#include "charts/ProfileChart.h"
#include "charts/RankingChart.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "itemmodels/IndicatorTableModel.h"
#include "itemmodels/UuidFilterModel.h"
#include "scoring/ScoringState.h"
#include "selection/SelectionRules.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace {

constexpr int LayoutVersion = 1;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// On screen: visible and not covered by another tab of its dock group.
bool isShown(const QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

} // namespace

DashboardView::DashboardView(DashboardData *data, Selection *selection,
                             BottleneckTableModel *bottlenecks, IndicatorTableModel *indicators,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_selection(selection)
    , m_runner(new RankIntervalRunner(data->scoring(), this))
{
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_bottleneckProxy = new BottleneckFilterModel(this);
    m_bottleneckProxy->setSourceModel(bottlenecks);
    m_indicatorProxy = new UuidFilterModel(IndicatorTableModel::UuidRole, this);
    m_indicatorProxy->setSourceModel(indicators);
    m_indicatorProxy->setSortRole(IndicatorTableModel::SortRole);

    buildToolBars();
    buildPanels();
    m_defaultLayout = saveState(LayoutVersion);

    connect(m_selection, &Selection::changed, this, &DashboardView::onSelectionChanged);
    connect(m_data, &DashboardData::updated, this, &DashboardView::onDataUpdated);
    connect(m_data, &DashboardData::invalidated, this, [this] {
        for (Panel &panel : m_panels)
            panel.stale = panel.dataStale = true;
        if (isVisible())
            QTimer::singleShot(0, this, &DashboardView::updateViews);
    });
    rebuildChips();
}

DashboardView::~DashboardView() = default;

QList<DashboardChart *> DashboardView::charts() const
{
    return {m_goalScores,       m_heatmap,  m_profile,    m_ranking,
            m_bottleneckStatus, m_timeline, m_indicators, m_maturity};
}

void DashboardView::buildToolBars()
{
    QToolBar *bar = addToolBar(tr("Selection"));
    bar->setObjectName(QStringLiteral("selectionBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("The previous selection (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("The next selection (%1)")
                              .arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_clear =
        bar->addAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Clear Selection"));
    m_clear->setShortcut(Qt::Key_Escape);
    m_clear->setToolTip(tr("Select nothing (Esc)"));
    for (QAction *action : {m_back, m_forward, m_clear}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action); // active anywhere in the dashboard, not only on the tool bar
    }
    connect(m_back, &QAction::triggered, m_selection, &Selection::back);
    connect(m_forward, &QAction::triggered, m_selection, &Selection::forward);
    connect(m_clear, &QAction::triggered, m_selection, &Selection::clear);
    bar->addSeparator();

    m_chipArea = new QWidget(bar);
    m_chipArea->setAccessibleName(tr("Selection"));
    m_chipArea->setToolTip(SelectionRules::ruleText());
    m_chipLayout = new QHBoxLayout(m_chipArea);
    m_chipLayout->setContentsMargins(4, 0, 4, 0);
    m_chipLayout->setSpacing(4);
    m_chipHint = new QLabel(m_chipArea);
    m_chipHint->setTextFormat(Qt::PlainText);
    m_chipHint->setText(tr("Nothing selected: click a bar, cell or point; Ctrl-click adds."));
    m_chipHint->setEnabled(false);
    m_chipLayout->addWidget(m_chipHint);
    m_chipLayout->addStretch(1);
    m_chipArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(m_chipArea);

    auto *charts = new QToolButton(bar);
    charts->setText(tr("Ch&arts"));
    charts->setPopupMode(QToolButton::InstantPopup);
    charts->setToolTip(tr("Show or hide charts and tables, reset the layout"));
    m_chartsMenu = new QMenu(charts);
    charts->setMenu(m_chartsMenu);
    bar->addWidget(charts);
    m_resetViews =
        bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset Views"));
    m_resetViews->setToolTip(tr("Undo the zooming and panning of every chart"));
    connect(m_resetViews, &QAction::triggered, this, [this] {
        for (DashboardChart *chart : this->charts())
            chart->resetView();
    });
    auto *rules = bar->addAction(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                 tr("How Views Link"));
    rules->setToolTip(tr("How a selection reaches every chart, table and panel"));
    connect(rules, &QAction::triggered, this, [this] {
        QMessageBox::information(this, tr("How views link"), SelectionRules::ruleText());
    });
}

QDockWidget *DashboardView::addPanel(const QString &objectName, const QString &title,
                                     QWidget *content, DashboardChart *chart)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    m_panels.append(Panel{dock, chart, true, true});
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, this, &DashboardView::updateViews);
    });
    if (chart)
        connectChart(chart);
    return dock;
}

void DashboardView::connectChart(DashboardChart *chart)
{
    connect(chart, &DashboardChart::picked, m_selection, &Selection::pick);
    connect(chart, &DashboardChart::periodPicked, m_selection, &Selection::pickPeriod);
    connect(chart, &DashboardChart::itemsPicked, this,
            [this](const SelectionState &items, bool additive) {
                if (!additive)
                    return m_selection->setState(items);
                SelectionState next = m_selection->state();
                for (SelectionKind kind : {SelectionKind::Policy, SelectionKind::Goal,
                                           SelectionKind::Category, SelectionKind::Indicator}) {
                    for (const QString &id : items.items(kind)) {
                        if (!next.items(kind).removeOne(id))
                            next.items(kind) << id;
                    }
                }
                m_selection->setState(next);
            });
}

void DashboardView::buildPanels()
{
    m_goalScores = new GoalScoresChart(this);
    m_heatmap = new HeatmapChart(this);
    m_profile = new ProfileChart(this);
    m_ranking = new RankingChart(this);
    m_bottleneckStatus = new BottleneckStatusChart(this);
    m_timeline = new BottleneckTimelineChart(this);
    m_indicators = new IndicatorSeriesChart(this);
    m_maturity = new MaturityChart(this);
    m_bottleneckTable = makeTable(m_bottleneckProxy, this, tr("Bottlenecks in the selection"));
    for (int c :
         {BottleneckTableModel::Owner, BottleneckTableModel::Opened, BottleneckTableModel::Target,
          BottleneckTableModel::Goals, BottleneckTableModel::Policies})
        m_bottleneckTable->setColumnHidden(c, true);
    m_bottleneckTable->horizontalHeader()->setSectionResizeMode(BottleneckTableModel::Title,
                                                                QHeaderView::Stretch);
    m_indicatorTable = makeTable(m_indicatorProxy, this, tr("Indicators in the selection"));
    for (int c :
         {IndicatorTableModel::Unit, IndicatorTableModel::Better, IndicatorTableModel::Goals,
          IndicatorTableModel::Change, IndicatorTableModel::BenchmarkGap})
        m_indicatorTable->setColumnHidden(c, true);
    m_indicatorTable->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Name,
                                                               QHeaderView::Stretch);
    connect(m_indicatorTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const bool additive = QApplication::keyboardModifiers() & Qt::ControlModifier;
        m_selection->pick(SelectionKind::Indicator,
                          index.siblingAtColumn(0).data(IndicatorTableModel::UuidRole).toString(),
                          additive);
    });

    QDockWidget *goals =
        addPanel(QStringLiteral("goalScores"), tr("Goal scores"), m_goalScores, m_goalScores);
    QDockWidget *heatmap = addPanel(QStringLiteral("heatmap"), tr("Heatmap"), m_heatmap, m_heatmap);
    QDockWidget *ranking = addPanel(QStringLiteral("ranking"), tr("Ranking"), m_ranking, m_ranking);
    QDockWidget *profile =
        addPanel(QStringLiteral("profile"), tr("Policy profile"), m_profile, m_profile);
    QDockWidget *status = addPanel(QStringLiteral("bottleneckStatus"), tr("Bottlenecks"),
                                   m_bottleneckStatus, m_bottleneckStatus);
    QDockWidget *timeline = addPanel(QStringLiteral("bottleneckTimeline"),
                                     tr("Bottleneck timeline"), m_timeline, m_timeline);
    QDockWidget *indicators =
        addPanel(QStringLiteral("indicators"), tr("Indicators"), m_indicators, m_indicators);
    QDockWidget *maturity =
        addPanel(QStringLiteral("maturity"), tr("Evidence maturity"), m_maturity, m_maturity);
    QDockWidget *bottleneckTable =
        addPanel(QStringLiteral("bottleneckTable"), tr("Bottlenecks in selection"),
                 m_bottleneckTable, nullptr);
    QDockWidget *indicatorTable = addPanel(
        QStringLiteral("indicatorTable"), tr("Indicators in selection"), m_indicatorTable, nullptr);
    // Two rows of three; the rest tabbed behind them.
    addDockWidget(Qt::TopDockWidgetArea, goals);
    splitDockWidget(goals, heatmap, Qt::Horizontal);
    splitDockWidget(heatmap, ranking, Qt::Horizontal);
    addDockWidget(Qt::BottomDockWidgetArea, status);
    splitDockWidget(status, indicators, Qt::Horizontal);
    splitDockWidget(indicators, maturity, Qt::Horizontal);
    tabifyDockWidget(ranking, profile);
    tabifyDockWidget(status, timeline);
    tabifyDockWidget(maturity, bottleneckTable);
    tabifyDockWidget(bottleneckTable, indicatorTable);
    ranking->raise();
    status->raise();
    maturity->raise();

    QMenu *menu = m_chartsMenu;
    for (const Panel &panel : std::as_const(m_panels))
        menu->addAction(panel.dock->toggleViewAction());
    menu->addSeparator();
    menu->addAction(tr("&Reset Layout"), this, &DashboardView::resetLayout);
}

QDockWidget *DashboardView::dockOf(QWidget *content) const
{
    for (const Panel &panel : m_panels) {
        if (panel.dock->widget() == content)
            return panel.dock;
    }
    return nullptr;
}

QByteArray DashboardView::saveLayout() const
{
    return saveState(LayoutVersion);
}

bool DashboardView::restoreLayout(const QByteArray &state)
{
    return !state.isEmpty() && restoreState(state, LayoutVersion);
}

void DashboardView::resetLayout()
{
    restoreState(m_defaultLayout, LayoutVersion);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, &DashboardView::updateViews);
}

void DashboardView::onSelectionChanged()
{
    for (Panel &panel : m_panels)
        panel.stale = true;
    m_back->setEnabled(m_selection->canGoBack());
    m_forward->setEnabled(m_selection->canGoForward());
    rebuildChips();
    if (isVisible())
        updateViews();
}

void DashboardView::onDataUpdated()
{
    for (Panel &panel : m_panels)
        panel.stale = panel.dataStale = true;
    if (isVisible())
        QTimer::singleShot(0, this, &DashboardView::updateViews);
}

void DashboardView::updateTables()
{
    const ChartContext &context = m_data->context();
    if (!context.framework)
        return;
    const SelectionState &state = m_selection->state();
    m_bottleneckProxy->setScope(
        SelectionRules::bottleneckScope(state, *context.framework, context.categories, true));
    if (state.indicators.isEmpty() && state.goals.isEmpty()) {
        m_indicatorProxy->clearUuids();
    } else {
        const QStringList uuids =
            SelectionRules::indicatorUuids(state, *context.framework, context.indicators);
        m_indicatorProxy->setUuids(QSet<QString>(uuids.cbegin(), uuids.cend()));
    }
}

int DashboardView::updateViews()
{
    if (!isVisible())
        return 0;
    m_data->refresh();
    const ChartContext &context = m_data->context();
    const SelectionState &state = m_selection->state();
    int redrawn = 0;
    bool tablesDone = false;
    for (Panel &panel : m_panels) {
        if (!panel.stale || !isShown(panel.dock->widget()))
            continue;
        if (panel.chart) {
            panel.chart->updateChart(context, state, panel.dataStale);
        } else if (!tablesDone) {
            updateTables();
            tablesDone = true;
        }
        panel.stale = panel.dataStale = false;
        ++redrawn;
    }
    if (isShown(m_ranking))
        m_runner->start();
    return redrawn;
}

QString DashboardView::chipText(int kind, const QString &id) const
{
    const ChartContext &context = m_data->context();
    switch (SelectionKind(kind)) {
    case SelectionKind::Policy: {
        const int p = context.scoring ? context.scoring->policyIndex(id) : -1;
        return tr("Policy %1").arg(p >= 0 ? context.scoring->policyCodes.at(p) : id.left(8));
    }
    case SelectionKind::Goal: {
        const GoalNode *node = context.framework ? context.framework->byUuid(id) : nullptr;
        return tr("Goal %1").arg(node ? node->code : id.left(8));
    }
    case SelectionKind::Category:
        return tr("Category %1").arg(id);
    case SelectionKind::Indicator: {
        const int i = context.indicatorIndex(id);
        return tr("Indicator %1").arg(i >= 0 ? context.indicators.at(i).code : id.left(8));
    }
    }
    return id;
}

void DashboardView::rebuildChips()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    const SelectionState &state = m_selection->state();
    m_chipHint->setVisible(state.isEmpty());
    m_clear->setEnabled(!state.isEmpty());
    m_back->setEnabled(m_selection->canGoBack());
    m_forward->setEnabled(m_selection->canGoForward());
    auto addChip = [this](const QString &text, std::function<void()> remove) {
        auto *chip = new QToolButton(m_chipArea);
        chip->setText(text + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove %1 from the selection").arg(text));
        chip->setAccessibleName(tr("Remove %1 from the selection").arg(text));
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #e8710a; border-radius: 9px; padding: 1px 8px;"
            " background: #fdebd9; color: #5a2a00; }"
            "QToolButton:hover { background: #f9cfa5; }"));
        connect(chip, &QToolButton::clicked, this, std::move(remove));
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
        m_chips << chip;
    };
    for (SelectionKind kind : {SelectionKind::Policy, SelectionKind::Goal, SelectionKind::Category,
                               SelectionKind::Indicator}) {
        for (const QString &id : state.items(kind))
            addChip(chipText(int(kind), id), [this, kind, id] { m_selection->remove(kind, id); });
    }
    if (state.period.isValid()) {
        const QString text = state.period.from == state.period.to
                                 ? tr("Period %1").arg(state.period.from)
                                 : tr("Period %1–%2").arg(state.period.from).arg(state.period.to);
        addChip(text, [this] { m_selection->clearPeriod(); });
    }
}
