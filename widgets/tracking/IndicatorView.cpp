#include "IndicatorView.h"

#include "Project.h"
#include "charts/QCustomPlot.h"
#include "commands/IndicatorCommands.h"
#include "domain/Vocabulary.h"
#include "itemmodels/IndicatorTableModel.h"
#include "scoring/IndicatorFigures.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

const QString observationTable = QStringLiteral("observation");
const QString targetTable = QStringLiteral("target");
const QString benchmarkTable = QStringLiteral("benchmark");
constexpr int uuidRole = Qt::UserRole + 1;
constexpr int anyStatus = -1;

// Filters by text, status and goal; sorts numbers as numbers, missing values last.
class IndicatorFilter : public QSortFilterProxyModel
{
public:
    explicit IndicatorFilter(IndicatorTableModel *model, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
    {
        setSourceModel(model);
        setSortRole(IndicatorTableModel::SortRole);
        setDynamicSortFilter(true);
        m_collator.setNumericMode(true);
    }

    void set(const QString &text, int status, const QSet<QString> &goals)
    {
        if (text.trimmed() == m_text && status == m_statusFilter && goals == m_goals)
            return;
        m_text = text.trimmed();
        m_statusFilter = status;
        m_goals = goals;
        invalidateFilter();
    }
    bool isFiltered() const
    {
        return !m_text.isEmpty() || m_statusFilter >= 0 || !m_goals.isEmpty();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const Indicator &i = m_model->indicatorAt(sourceRow);
        if (m_statusFilter >= 0 &&
            static_cast<int>(m_model->figuresAt(sourceRow).status) != m_statusFilter)
            return false;
        if (!m_goals.isEmpty() &&
            std::none_of(i.goalUuids.cbegin(), i.goalUuids.cend(),
                         [this](const QString &g) { return m_goals.contains(g); }))
            return false;
        if (m_text.isEmpty())
            return true;
        for (const QString &field : {i.code, i.nameZh, i.nameEn, i.unitZh, i.unitEn}) {
            if (field.contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        if (!l.isValid() || !r.isValid())
            return l.isValid() && !r.isValid();
        if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
            return m_collator.compare(l.toString(), r.toString()) < 0;
        return l.toDouble() < r.toDouble();
    }

private:
    IndicatorTableModel *m_model;
    QString m_text;
    int m_statusFilter = anyStatus;
    QSet<QString> m_goals;
    QCollator m_collator;
};

// Year ticks in the middle of each year, where a year's observation is drawn (a period is
// placed at its midpoint: "2022" at 2022.5), labelled with the year.
class YearTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
            if (range.size() / step <= 12)
                return step;
        }
        return 200;
    }
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return QString::number(int(std::floor(tick)));
    }
    QVector<double> createTickVector(double step, const QCPRange &range) override
    {
        QVector<double> ticks;
        for (double t = std::ceil((range.lower - 0.5) / step) * step + 0.5; t <= range.upper;
             t += step)
            ticks << t;
        return ticks;
    }
};

// Strong colours for the chart; the table uses IndicatorTableModel::statusColor's pale ones.
QColor markerColor(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::OnTrack:
        return QColor(0x2e, 0x8b, 0x3a);
    case IndicatorStatus::AtRisk:
        return QColor(0xd9, 0x8c, 0x00);
    case IndicatorStatus::OffTrack:
        return QColor(0xc6, 0x28, 0x28);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QString number(double value)
{
    return IndicatorTableModel::formatNumber(value);
}

// What the user typed, in their locale or with a plain dot; never infinite or NaN.
std::optional<double> parseValue(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

IndicatorView::IndicatorView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new IndicatorTableModel(project, this))
    , m_proxy(new IndicatorFilter(m_model, this))
{
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the library's order until a header click
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Indicators"));
    const QList<std::pair<int, int>> widths{
        {IndicatorTableModel::Name, 220},    {IndicatorTableModel::Status, 80},
        {IndicatorTableModel::Progress, 65}, {IndicatorTableModel::BenchmarkGap, 170},
        {IndicatorTableModel::Unit, 60},     {IndicatorTableModel::Better, 55}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (const int column : {IndicatorTableModel::Code, IndicatorTableModel::Latest,
                             IndicatorTableModel::Change, IndicatorTableModel::Target}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
    }
    // The figures first, the status next to the name; what the details show anyway (unit,
    // direction, goals) last. Users can rearrange.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    for (const int column : {IndicatorTableModel::Status, IndicatorTableModel::Latest,
                             IndicatorTableModel::Change, IndicatorTableModel::Target,
                             IndicatorTableModel::Progress, IndicatorTableModel::BenchmarkGap})
        header->moveSection(header->visualIndex(column),
                            header->visualIndex(IndicatorTableModel::Unit));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorView::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &IndicatorView::editIndicator);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IndicatorView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IndicatorView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IndicatorView::updateCount);
    // After the model has taken in an edit (it connected first): figures may have changed.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IndicatorView::showDetails);
    fillGoalChoices();
    applyFilter();
}

QWidget *IndicatorView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_text = new QLineEdit(bar);
    m_text->setPlaceholderText(tr("Search code, name, unit"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search indicators"));
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setToolTip(IndicatorMath::statusRule());
    m_status->addItem(tr("Any status"), anyStatus);
    for (const IndicatorStatus s : {IndicatorStatus::OnTrack, IndicatorStatus::AtRisk,
                                    IndicatorStatus::OffTrack, IndicatorStatus::NoData})
        m_status->addItem(IndicatorMath::statusName(s), static_cast<int>(s));
    m_goal = new QComboBox(bar);
    m_goal->setAccessibleName(tr("Goal filter"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setMinimumContentsLength(16);
    m_count = new QLabel(bar);
    m_count->setTextFormat(Qt::PlainText);

    auto *add = new QPushButton(tr("&New indicator…"), bar);
    m_editButton = new QPushButton(tr("&Edit indicator…"), bar);
    m_deleteButton = new QPushButton(tr("&Delete indicator"), bar);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_text, 2);
    row1->addWidget(m_status);
    row1->addWidget(m_goal, 1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(add);
    row2->addWidget(m_editButton);
    row2->addWidget(m_deleteButton);
    row2->addStretch(1);
    row2->addWidget(m_count);
    rows->addLayout(row1);
    rows->addLayout(row2);

    connect(add, &QPushButton::clicked, this, &IndicatorView::newIndicator);
    connect(m_editButton, &QPushButton::clicked, this, &IndicatorView::editIndicator);
    connect(m_deleteButton, &QPushButton::clicked, this, &IndicatorView::deleteIndicator);
    connect(m_text, &QLineEdit::textChanged, this, &IndicatorView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IndicatorView::applyFilter);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &IndicatorView::applyFilter);
    return bar;
}

QWidget *IndicatorView::buildDetails()
{
    auto *panel = new QWidget(this);
    m_title = new QLabel(panel);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_meta = new QLabel(panel);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_goals = new QLabel(panel);
    m_goals->setTextFormat(Qt::RichText); // codes and names are escaped
    m_goals->setWordWrap(true);
    m_goals->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_goals->setAccessibleName(tr("Linked goals"));
    connect(m_goals, &QLabel::linkActivated, this, &IndicatorView::goalActivated);
    m_statusLine = new QLabel(panel);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setWordWrap(true);
    m_statusLine->setMargin(4);
    m_statusLine->setToolTip(IndicatorMath::statusRule());

    m_chart = new QCustomPlot(panel);
    m_chart->setMinimumHeight(200);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_chart->setAccessibleName(tr("Trend chart"));
    m_chart->xAxis->setTicker(QSharedPointer<YearTicker>::create());
    m_chart->xAxis->setLabel(tr("Period"));
    m_chart->yAxis->setNumberFormat(QStringLiteral("g"));
    m_chart->yAxis->setNumberPrecision(10); // 1180000, not 1.18e+06
    auto *legendRow = new QCPLayoutGrid;
    m_chart->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, m_chart->legend);
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->legend->setWrap(4);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->plotLayout()->setRowStretchFactor(1, 0.001);
    m_resetView = new QPushButton(tr("&Reset view"), panel);
    m_resetView->setToolTip(tr("Drag to pan, scroll to zoom; this returns to the whole series."));
    connect(m_resetView, &QPushButton::clicked, this, &IndicatorView::resetChartView);
    m_axisNote = new QLabel(panel);
    m_axisNote->setTextFormat(Qt::PlainText);
    m_axisNote->setWordWrap(true);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_axisNote, 1);
    chartBar->addWidget(m_resetView);

    auto *top = new QWidget(panel);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_chart, 1);
    topLayout->addLayout(chartBar);

    m_pages = new QTabWidget(panel);
    m_pages->setDocumentMode(true);
    m_panels = {{observationTable}, {targetTable}, {benchmarkTable}};
    m_pages->addTab(
        buildValuePanel(m_panels[0], {tr("Period"), tr("Value"), tr("Source"), tr("Note")}),
        tr("Observations"));
    m_pages->addTab(buildValuePanel(m_panels[1], {tr("Period"), tr("Value"), tr("Note")}),
                    tr("Targets"));
    m_pages->addTab(buildValuePanel(m_panels[2], {tr("Label"), tr("Period"), tr("Value"),
                                                  tr("Source"), tr("Note")}),
                    tr("Benchmarks"));
    auto *rule = new QLabel(IndicatorMath::statusRule(), panel);
    rule->setTextFormat(Qt::PlainText);
    rule->setWordWrap(true);
    rule->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rule->setMargin(6);
    rule->setAccessibleName(tr("Status rule"));
    auto *ruleScroll = new QScrollArea(panel);
    ruleScroll->setWidgetResizable(true);
    ruleScroll->setFrameShape(QFrame::NoFrame);
    ruleScroll->setWidget(rule);
    m_pages->addTab(ruleScroll, tr("Status rule"));

    auto *split = new QSplitter(Qt::Vertical, panel);
    split->addWidget(top);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    // The wrapped labels outside the splitter, which would squeeze them below their height.
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_goals);
    layout->addWidget(m_statusLine);
    layout->addWidget(split, 1);
    return panel;
}

QWidget *IndicatorView::buildValuePanel(ValuePanel &p, const QStringList &headers)
{
    auto *page = new QWidget(this);
    p.list = new QTableWidget(0, int(headers.size()), page);
    p.list->setHorizontalHeaderLabels(headers);
    p.list->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.list->setSelectionMode(QAbstractItemView::SingleSelection);
    p.list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.list->setWordWrap(false);
    p.list->verticalHeader()->hide();
    p.list->horizontalHeader()->setStretchLastSection(true);
    p.add = new QPushButton(tr("Add…"), page);
    p.edit = new QPushButton(tr("Edit…"), page);
    p.remove = new QPushButton(tr("Remove"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(p.add);
    buttons->addWidget(p.edit);
    buttons->addWidget(p.remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(p.list, 1);
    layout->addLayout(buttons);
    const QString table = p.table;
    connect(p.add, &QPushButton::clicked, this, [this, table] { addValue(table); });
    connect(p.edit, &QPushButton::clicked, this, [this, table] { editValue(table); });
    connect(p.remove, &QPushButton::clicked, this, [this, table] { removeValue(table); });
    connect(p.list, &QTableWidget::itemDoubleClicked, this, [this, table] { editValue(table); });
    connect(p.list, &QTableWidget::itemSelectionChanged, this, &IndicatorView::updateButtons);
    return page;
}

void IndicatorView::fillGoalChoices()
{
    const QString current = m_goal->currentData().toString();
    m_updatingFilter = true;
    m_goal->clear();
    m_goal->addItem(tr("All goals"), QString());
    const Framework &framework = m_project->store().framework();
    for (const GoalNode &dimension : framework.dimensions()) {
        m_goal->addItem(QStringLiteral("%1 %2").arg(dimension.code, dimension.name()),
                        dimension.uuid);
        for (const GoalNode &goal : framework.goalsOf(dimension.code))
            m_goal->addItem(QStringLiteral("    %1 %2").arg(goal.code, goal.name()), goal.uuid);
    }
    selectData(m_goal, current);
    m_updatingFilter = false;
}

void IndicatorView::applyFilter()
{
    if (m_updatingFilter)
        return;
    QSet<QString> goals;
    const QString goal = m_goal->currentData().toString();
    if (!goal.isEmpty()) {
        goals.insert(goal);
        const Framework &framework = m_project->store().framework();
        if (const GoalNode *node = framework.byUuid(goal); node && node->isDimension()) {
            for (const GoalNode &g : framework.goalsOf(node->code))
                goals.insert(g.uuid);
        }
    }
    // Refiltering removes and inserts rows, which must not refilter again.
    m_updatingFilter = true;
    static_cast<IndicatorFilter *>(m_proxy)->set(m_text->text(), m_status->currentData().toInt(),
                                                 goals);
    m_updatingFilter = false;
    updateCount();
}

void IndicatorView::updateCount()
{
    if (m_updatingFilter)
        return;
    m_count->setText(
        tr("%1 of %n indicator(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void IndicatorView::resetFilter()
{
    m_updatingFilter = true;
    m_text->clear();
    m_status->setCurrentIndex(0);
    m_goal->setCurrentIndex(0);
    m_updatingFilter = false;
    applyFilter();
}

void IndicatorView::setGoalFilter(const QString &goalUuid)
{
    selectData(m_goal, goalUuid);
}

void IndicatorView::selectIndicator(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        resetFilter();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QString IndicatorView::currentIndicator() const
{
    return m_table->currentIndex().data(IndicatorTableModel::UuidRole).toString();
}

const IndicatorView::ValuePanel *IndicatorView::panel(const QString &table) const
{
    for (const ValuePanel &p : m_panels) {
        if (p.table == table)
            return &p;
    }
    return nullptr;
}

QTableWidget *IndicatorView::valueTable(const QString &table) const
{
    const ValuePanel *p = panel(table);
    return p ? p->list : nullptr;
}

QString IndicatorView::currentValue(const QString &table) const
{
    const ValuePanel *p = panel(table);
    if (!p || p->list->currentRow() < 0 || p->list->selectedItems().isEmpty())
        return QString();
    return p->list->item(p->list->currentRow(), 0)->data(uuidRole).toString();
}

void IndicatorView::updateButtons()
{
    const bool has = m_model->rowOf(currentIndicator()) >= 0;
    const bool writable = !m_project->isReadOnly();
    m_editButton->setEnabled(has && writable);
    m_deleteButton->setEnabled(has && writable);
    for (const ValuePanel &p : std::as_const(m_panels)) {
        const bool selected = !currentValue(p.table).isEmpty();
        p.add->setEnabled(has && writable);
        p.edit->setEnabled(has && writable && selected);
        p.remove->setEnabled(has && writable && selected);
    }
}

void IndicatorView::showDetails()
{
    const int row = m_model->rowOf(currentIndicator());
    if (row < 0) {
        m_title->setText(m_model->rowCount() == 0
                             ? tr("No indicators yet. Add one with New indicator.")
                             : tr("Select an indicator to see its trend and figures."));
        m_meta->clear();
        m_goals->clear();
        m_statusLine->clear();
        m_statusLine->setStyleSheet(QString());
        for (const ValuePanel &p : std::as_const(m_panels))
            p.list->setRowCount(0);
        drawChart(nullptr, nullptr);
        updateButtons();
        return;
    }
    const Indicator &indicator = m_model->indicatorAt(row);
    const IndicatorFigures &f = m_model->figuresAt(row);
    m_title->setText(indicator.name());
    QStringList meta{indicator.code};
    if (!indicator.unit().isEmpty())
        meta << tr("Unit: %1").arg(indicator.unit());
    meta << (indicator.higherIsBetter ? tr("Higher is better") : tr("Lower is better"));
    if (const auto level = Vocabulary::resultLevelFromText(indicator.level))
        meta << tr("Result level: %1").arg(Vocabulary::resultLevelLabel(*level));
    if (indicator.builtin)
        meta << tr("From the indicator library");
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    QStringList links;
    for (const QString &g : indicator.goalUuids) {
        if (const GoalNode *goal = m_project->store().framework().byUuid(g))
            links << QStringLiteral("<a href=\"%1\">%2</a> %3")
                         .arg(g, goal->code.toHtmlEscaped(), goal->name().toHtmlEscaped());
    }
    m_goals->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(tr("Goals:").toHtmlEscaped(), links.isEmpty() ? tr("(none)").toHtmlEscaped()
                                                               : links.join(QStringLiteral("; "))));
    m_statusLine->setText(
        tr("Status: %1. %2").arg(IndicatorMath::statusName(f.status), f.statusReason));
    m_statusLine->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #202020; }")
                                    .arg(IndicatorTableModel::statusColor(f.status).name()));
    fillValues(indicator);
    drawChart(&indicator, &f);
    updateButtons();
}

void IndicatorView::fillValues(const Indicator &indicator)
{
    auto fill = [this](const QString &table, int count, auto &&rowAt) {
        const ValuePanel *p = panel(table);
        const QString selected = currentValue(table);
        p->list->setRowCount(count);
        for (int r = 0; r < count; ++r) {
            const auto [uuid, texts] = rowAt(r);
            for (int c = 0; c < texts.size(); ++c)
                p->list->setItem(r, c, cell(texts.at(c)));
            p->list->item(r, 0)->setData(uuidRole, uuid);
            if (uuid == selected)
                p->list->selectRow(r);
        }
        p->list->resizeColumnToContents(0);
        m_pages->setTabText(m_pages->indexOf(p->list->parentWidget()),
                            (table == observationTable ? tr("Observations (%1)")
                             : table == targetTable    ? tr("Targets (%1)")
                                                       : tr("Benchmarks (%1)"))
                                .arg(count));
    };
    // By period, unreadable periods last, as the figures order them.
    QList<Observation> observations = indicator.observations;
    std::stable_sort(observations.begin(), observations.end(),
                     [](const Observation &a, const Observation &b) {
                         const auto pa = IndicatorMath::periodPosition(a.period);
                         const auto pb = IndicatorMath::periodPosition(b.period);
                         return pa && (!pb || *pa < *pb);
                     });
    fill(observationTable, int(observations.size()), [&](int r) {
        const Observation &o = observations.at(r);
        return std::make_pair(o.uuid, QStringList{o.period, number(o.value), o.source, o.note});
    });
    fill(targetTable, int(indicator.targets.size()), [&](int r) {
        const IndicatorTarget &t = indicator.targets.at(r);
        return std::make_pair(t.uuid, QStringList{t.period, number(t.value), t.note});
    });
    fill(benchmarkTable, int(indicator.benchmarks.size()), [&](int r) {
        const Benchmark &b = indicator.benchmarks.at(r);
        return std::make_pair(b.uuid,
                              QStringList{b.label, b.period, number(b.value), b.source, b.note});
    });
}

bool IndicatorView::canEdit()
{
    if (m_project->isReadOnly()) {
        QMessageBox::information(this, tr("Read-only project"),
                                 tr("The project is open read-only; it cannot be changed."));
        return false;
    }
    return !m_ensureEvaluator || m_ensureEvaluator();
}

void IndicatorView::newIndicator()
{
    if (!canEdit())
        return;
    Indicator draft;
    const QString goal = m_goal->currentData().toString();
    if (const GoalNode *node = m_project->store().framework().byUuid(goal);
        node && !node->isDimension())
        draft.goalUuids = {goal};
    const std::optional<Indicator> indicator = runIndicatorDialog(draft);
    if (!indicator)
        return;
    auto *command = new AddIndicatorCommand(m_project, *indicator);
    const QString uuid = command->indicatorUuid();
    if (m_project->push(command))
        selectIndicator(uuid);
}

void IndicatorView::editIndicator()
{
    const int row = m_model->rowOf(currentIndicator());
    if (row < 0 || !canEdit())
        return;
    const std::optional<Indicator> indicator = runIndicatorDialog(m_model->indicatorAt(row));
    if (!indicator)
        return;
    auto *command = new EditIndicatorCommand(m_project, *indicator);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_project->push(command);
}

void IndicatorView::deleteIndicator()
{
    const int row = m_model->rowOf(currentIndicator());
    if (row < 0 || !canEdit())
        return;
    const Indicator &i = m_model->indicatorAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Delete indicator"),
        tr("Delete the indicator %1 (%2) with its %n observation(s), targets and benchmarks? "
           "You can undo this.",
           nullptr, int(i.observations.size()))
            .arg(i.code, i.name()));
    if (answer == QMessageBox::Yes)
        m_project->push(new DeleteIndicatorCommand(m_project, i.uuid));
}

QVariantMap IndicatorView::valueRow(const Indicator &indicator, const QString &table,
                                    const QString &uuid) const
{
    if (table == observationTable) {
        for (const Observation &o : indicator.observations) {
            if (o.uuid == uuid)
                return Rows::fromObservation(indicator.uuid, o);
        }
    } else if (table == targetTable) {
        for (const IndicatorTarget &t : indicator.targets) {
            if (t.uuid == uuid)
                return Rows::fromTarget(indicator.uuid, t);
        }
    } else {
        for (const Benchmark &b : indicator.benchmarks) {
            if (b.uuid == uuid)
                return Rows::fromBenchmark(indicator.uuid, b);
        }
    }
    return {};
}

void IndicatorView::addValue(const QString &table)
{
    const int row = m_model->rowOf(currentIndicator());
    if (row < 0 || !panel(table) || !canEdit())
        return;
    const Indicator &indicator = m_model->indicatorAt(row);
    QVariantMap draft;
    if (table == observationTable)
        draft = Rows::fromObservation(indicator.uuid, Observation());
    else if (table == targetTable)
        draft = Rows::fromTarget(indicator.uuid, IndicatorTarget());
    else
        draft = Rows::fromBenchmark(indicator.uuid, Benchmark());
    const QString uuid = Rows::newUuid();
    draft.insert(QStringLiteral("uuid"), uuid);
    if (const std::optional<QVariantMap> result = runValueDialog(table, draft))
        m_project->push(new SetIndicatorValueCommand(m_project, table, uuid, *result));
}

void IndicatorView::editValue(const QString &table)
{
    const int row = m_model->rowOf(currentIndicator());
    const QString uuid = currentValue(table);
    if (row < 0 || uuid.isEmpty() || !canEdit())
        return;
    const QVariantMap before = valueRow(m_model->indicatorAt(row), table, uuid);
    if (before.isEmpty())
        return;
    const std::optional<QVariantMap> result = runValueDialog(table, before);
    if (result && *result != before)
        m_project->push(new SetIndicatorValueCommand(m_project, table, uuid, *result));
}

void IndicatorView::removeValue(const QString &table)
{
    const QString uuid = currentValue(table);
    if (uuid.isEmpty() || !canEdit())
        return;
    m_project->push(new SetIndicatorValueCommand(m_project, table, uuid, QVariantMap()));
}

std::optional<QVariantMap> IndicatorView::runValueDialog(const QString &table,
                                                         const QVariantMap &row)
{
    const bool isBenchmark = table == benchmarkTable;
    const bool hasSource = table != targetTable;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("indicatorValueDialog"));
    const bool isNew =
        m_project->store().row(table, row.value(QStringLiteral("uuid")).toString()).isEmpty();
    dialog.setWindowTitle(
        table == observationTable ? (isNew ? tr("Add observation") : tr("Edit observation"))
        : table == targetTable    ? (isNew ? tr("Add target") : tr("Edit target"))
                                  : (isNew ? tr("Add benchmark") : tr("Edit benchmark")));
    auto field = [&](const char *name, const QString &key) {
        auto *edit = new QLineEdit(row.value(key).toString(), &dialog);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    QLineEdit *label = isBenchmark ? field("label", QStringLiteral("label")) : nullptr;
    if (label)
        label->setPlaceholderText(tr("Country or group, e.g. USA, OECD average"));
    QLineEdit *period = field("period", QStringLiteral("period"));
    period->setPlaceholderText(tr("2022, 2018–2022, 2021Q3, 2021-06"));
    auto *periodHint = new QLabel(&dialog);
    periodHint->setTextFormat(Qt::PlainText);
    auto *value = new QLineEdit(&dialog);
    value->setObjectName(QStringLiteral("value"));
    if (!isNew)
        value->setText(QLocale().toString(row.value(QStringLiteral("value")).toDouble(), 'f',
                                          QLocale::FloatingPointShortest));
    QLineEdit *source = hasSource ? field("source", QStringLiteral("source")) : nullptr;
    QLineEdit *note = field("note", QStringLiteral("note"));
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *form = new QFormLayout(&dialog);
    if (label)
        form->addRow(tr("&Label:"), label);
    form->addRow(tr("&Period:"), period);
    form->addRow(QString(), periodHint);
    form->addRow(tr("&Value:"), value);
    if (source)
        form->addRow(tr("&Source:"), source);
    form->addRow(tr("&Note:"), note);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto updateHint = [&] {
        const std::optional<double> at = IndicatorMath::periodPosition(period->text());
        periodHint->setText(
            at ? tr("Drawn at %1 on the time axis.").arg(QString::number(*at, 'g', 7))
               : tr("Not read as a year: not drawn on the chart."));
    };
    updateHint();
    connect(period, &QLineEdit::textChanged, &dialog, updateHint);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (label && label->text().trimmed().isEmpty())
            problem->setText(tr("Give the benchmark a label."));
        else if (!isBenchmark && period->text().trimmed().isEmpty())
            problem->setText(tr("Give the period, e.g. 2022."));
        else if (!parseValue(value->text()))
            problem->setText(tr("Give the value as a finite number, e.g. 12.5."));
        else
            dialog.accept();
    });
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QVariantMap result = row;
    if (label)
        result.insert(QStringLiteral("label"), label->text().trimmed());
    result.insert(QStringLiteral("period"), period->text().trimmed());
    result.insert(QStringLiteral("value"), *parseValue(value->text()));
    if (source)
        result.insert(QStringLiteral("source"), source->text().trimmed());
    result.insert(QStringLiteral("note"), note->text().trimmed());
    return result;
}

std::optional<Indicator> IndicatorView::runIndicatorDialog(const Indicator &indicator)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("indicatorDialog"));
    dialog.setWindowTitle(indicator.uuid.isEmpty() ? tr("New indicator") : tr("Edit indicator"));
    auto line = [&](const char *name, const QString &text) {
        auto *edit = new QLineEdit(text, &dialog);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    QLineEdit *code = line("code", indicator.code);
    code->setPlaceholderText(tr("UPPER_SNAKE_CASE, e.g. RD_SPENDING_SHARE"));
    // Built-in indicators are known by their code across projects (DOMAIN §5).
    code->setReadOnly(indicator.builtin);
    QLineEdit *nameZh = line("nameZh", indicator.nameZh);
    QLineEdit *nameEn = line("nameEn", indicator.nameEn);
    QLineEdit *unitZh = line("unitZh", indicator.unitZh);
    QLineEdit *unitEn = line("unitEn", indicator.unitEn);
    auto *direction = new QComboBox(&dialog);
    direction->setObjectName(QStringLiteral("direction"));
    direction->addItem(tr("Higher is better"), true);
    direction->addItem(tr("Lower is better (e.g. ranks)"), false);
    selectData(direction, indicator.higherIsBetter);
    auto *level = new QComboBox(&dialog);
    level->setObjectName(QStringLiteral("level"));
    for (const ResultLevel l : Vocabulary::resultLevels())
        level->addItem(Vocabulary::resultLevelLabel(l), Vocabulary::resultLevelCode(l));
    selectData(level, indicator.level);
    auto *goals = new QTreeWidget(&dialog);
    goals->setObjectName(QStringLiteral("goals"));
    goals->setHeaderHidden(true);
    goals->setAccessibleName(tr("Linked goals"));
    const Framework &framework = m_project->store().framework();
    for (const GoalNode &dimension : framework.dimensions()) {
        auto *top =
            new QTreeWidgetItem(goals, {dimension.code + QLatin1Char(' ') + dimension.name()});
        top->setFlags(Qt::ItemIsEnabled);
        for (const GoalNode &goal : framework.goalsOf(dimension.code)) {
            auto *item = new QTreeWidgetItem(top, {goal.code + QLatin1Char(' ') + goal.name()});
            item->setData(0, uuidRole, goal.uuid);
            item->setToolTip(0, goal.name());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, indicator.goalUuids.contains(goal.uuid) ? Qt::Checked
                                                                           : Qt::Unchecked);
        }
    }
    goals->expandAll();
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("Name (&Chinese):"), nameZh);
    form->addRow(tr("Name (&English):"), nameEn);
    form->addRow(tr("&Unit (Chinese):"), unitZh);
    form->addRow(tr("U&nit (English):"), unitEn);
    form->addRow(tr("&Direction:"), direction);
    form->addRow(tr("Result &level:"), level);
    auto *goalsLabel = new QLabel(tr("Linked &goals:"), &dialog);
    goalsLabel->setBuddy(goals);
    auto *links = new QVBoxLayout;
    links->addWidget(goalsLabel);
    links->addWidget(goals, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(links, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(columns, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);

    QStringList taken;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->indicatorAt(r).uuid != indicator.uuid)
            taken << m_model->indicatorAt(r).code;
    }
    static const QRegularExpression snake(QStringLiteral("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString c = code->text().trimmed();
        if (!snake.match(c).hasMatch())
            problem->setText(tr("Give a code in UPPER_SNAKE_CASE: capital letters, digits and "
                                "single underscores, starting with a letter."));
        else if (taken.contains(c, Qt::CaseInsensitive))
            problem->setText(tr("The code %1 is taken by another indicator.").arg(c));
        else if (nameZh->text().trimmed().isEmpty() && nameEn->text().trimmed().isEmpty())
            problem->setText(tr("Give the indicator a name."));
        else
            dialog.accept();
    });
    dialog.resize(820, 520);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Indicator result = indicator;
    result.code = code->text().trimmed();
    result.nameZh = nameZh->text().trimmed();
    result.nameEn = nameEn->text().trimmed();
    if (result.nameZh.isEmpty()) // the file requires a Chinese name; show the English one
        result.nameZh = result.nameEn;
    result.unitZh = unitZh->text().trimmed();
    result.unitEn = unitEn->text().trimmed();
    result.higherIsBetter = direction->currentData().toBool();
    result.level = level->currentData().toString();
    result.goalUuids.clear();
    for (int i = 0; i < goals->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = goals->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                result.goalUuids << top->child(j)->data(0, uuidRole).toString();
        }
    }
    return result;
}

void IndicatorView::drawChart(const Indicator *indicator, const IndicatorFigures *f)
{
    QCustomPlot *plot = m_chart;
    plot->clearGraphs();
    plot->clearItems();
    m_observationGraph = nullptr;
    m_axisNote->clear();
    const bool reversed = indicator && !indicator->higherIsBetter;
    plot->yAxis->setRangeReversed(reversed);
    plot->yAxis->setLabel(indicator ? indicator->unit() : QString());
    plot->legend->setVisible(indicator != nullptr);
    if (reversed)
        m_axisNote->setText(tr("Lower is better: the value axis is reversed, so up is better."));

    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    auto include = [&](double x, double y) {
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    auto addText = [&](double x, double y, const QString &text, const QColor &color) {
        auto *item = new QCPItemText(plot);
        item->position->setCoords(x, y);
        item->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        item->setPadding(QMargins(6, 0, 0, 2));
        item->setColor(color);
        item->setText(text); // drawn as plain text
        return item;
    };

    if (indicator) {
        QVector<double> xs, ys;
        for (const IndicatorPoint &p : f->observations) {
            if (const std::optional<double> x = IndicatorMath::periodPosition(p.period)) {
                xs << *x;
                ys << p.value;
                include(*x, p.value);
            }
        }
        const QColor blue(0x1f, 0x5f, 0xa8);
        m_observationGraph = plot->addGraph();
        m_observationGraph->setName(tr("Observed"));
        m_observationGraph->setPen(QPen(blue, 2));
        m_observationGraph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(blue, 1.5), Qt::white, 7));
        m_observationGraph->setData(xs, ys, true);

        const std::optional<double> latestX =
            f->latest ? IndicatorMath::periodPosition(f->latest->period) : std::nullopt;
        if (latestX) {
            QCPGraph *latest = plot->addGraph();
            latest->setName(tr("Latest: %1").arg(IndicatorMath::statusName(f->status)));
            latest->setLineStyle(QCPGraph::lsNone);
            // A circle: a disc takes its fill from the pen.
            latest->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.5),
                                                    markerColor(f->status), 13));
            latest->setData({*latestX}, {f->latest->value});
            addText(*latestX, f->latest->value, number(f->latest->value),
                    markerColor(f->status).darker(120));
        }

        const QColor purple(0x6a, 0x3d, 0x9a);
        QVector<double> tx, ty;
        for (const IndicatorTarget &t : indicator->targets) {
            if (const std::optional<double> x = IndicatorMath::periodDue(t.period)) {
                tx << *x;
                ty << t.value;
                include(*x, t.value);
                addText(*x, t.value, tr("target %1").arg(number(t.value)), purple);
            }
        }
        const std::optional<double> baseX =
            f->baseline ? IndicatorMath::periodPosition(f->baseline->period) : std::nullopt;
        const std::optional<double> dueX =
            f->target ? IndicatorMath::periodDue(f->target->period) : std::nullopt;
        if (baseX && dueX) {
            // The straight path from the baseline to the target: above it is ahead of time.
            QCPGraph *path = plot->addGraph();
            path->setName(tr("Path to target"));
            path->setPen(QPen(purple, 1.5, Qt::DashLine));
            path->setData({*baseX, *dueX}, {f->baseline->value, f->target->value});
        }
        if (!tx.isEmpty()) {
            QCPGraph *targets = plot->addGraph();
            targets->setName(tr("Target"));
            targets->setLineStyle(QCPGraph::lsNone);
            targets->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssStar, QPen(purple, 2), Qt::NoBrush, 12));
            targets->setData(tx, ty);
        }

        // Benchmarks: distinct marker per benchmark; those without a readable period as a
        // reference line across the chart.
        const QList<QCPScatterStyle::ScatterShape> shapes{
            QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare,
            QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare};
        const QList<QColor> colors{QColor(0xc2, 0x5b, 0x00), QColor(0x00, 0x80, 0x80),
                                   QColor(0x8b, 0x45, 0x13), QColor(0xb0, 0x30, 0x60),
                                   QColor(0x55, 0x6b, 0x2f)};
        QList<const Benchmark *> lines;
        for (int i = 0; i < indicator->benchmarks.size(); ++i) {
            const Benchmark &b = indicator->benchmarks.at(i);
            const std::optional<double> x = IndicatorMath::periodPosition(b.period);
            if (!x) {
                lines << &b;
                yMin = std::min(yMin, b.value);
                yMax = std::max(yMax, b.value);
                continue;
            }
            const QColor color = colors.at(i % colors.size());
            const QString name =
                b.period.isEmpty() ? b.label : QStringLiteral("%1 %2").arg(b.label, b.period);
            QCPGraph *g = plot->addGraph();
            g->setName(name);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(
                QCPScatterStyle(shapes.at(i % shapes.size()), QPen(color, 2), Qt::NoBrush, 10));
            g->setData({*x}, {b.value});
            include(*x, b.value);
            addText(*x, b.value, b.label, color);
        }
        if (!std::isfinite(xMin)) { // nothing placed in time
            const double year = QDate::currentDate().year();
            xMin = year - 5;
            xMax = year + 1;
        }
        xMin -= 0.8;
        xMax += 1.2; // room for the labels right of the points
        // Labels near the right edge go left of their point, so they are not cut off.
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(plot->item(i));
            if (text && text->position->coords().x() > xMin + 0.75 * (xMax - xMin)) {
                text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
                text->setPadding(QMargins(0, 0, 6, 2));
            }
        }
        for (const Benchmark *b : std::as_const(lines)) {
            QCPGraph *g = plot->addGraph();
            g->setName(tr("%1 (no period)").arg(b->label));
            g->setPen(QPen(QColor(0x70, 0x70, 0x70), 1.2, Qt::DotLine));
            g->setData({xMin, xMax}, {b->value, b->value});
            addText(xMin, b->value, b->label, QColor(0x50, 0x50, 0x50));
        }
        if (xs.isEmpty()) {
            auto *empty = new QCPItemText(plot);
            empty->position->setType(QCPItemPosition::ptAxisRectRatio);
            empty->position->setCoords(0.5, 0.5);
            empty->setText(tr("No observations with a period read as a year."));
            empty->setColor(QColor(0x70, 0x70, 0x70));
        }
    }
    if (!std::isfinite(yMin)) {
        yMin = 0;
        yMax = 1;
    }
    const double span = yMax - yMin;
    const double pad = span > 0 ? span * 0.12 : std::max(std::abs(yMax) * 0.1, 1.0);
    double lower = yMin - pad;
    if (yMin >= 0 && lower < 0) // counts and ranks: no negative axis
        lower = 0;
    if (!std::isfinite(xMin)) {
        const double year = QDate::currentDate().year();
        xMin = year - 5;
        xMax = year + 1;
    }
    m_home[0] = xMin;
    m_home[1] = xMax;
    m_home[2] = lower;
    m_home[3] = yMax + pad;
    resetChartView();
}

void IndicatorView::resetChartView()
{
    m_chart->xAxis->setRange(m_home[0], m_home[1]);
    m_chart->yAxis->setRange(m_home[2], m_home[3]);
    m_chart->replot();
}
