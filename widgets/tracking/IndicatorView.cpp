#include "IndicatorView.h"

#include "IndicatorDialog.h"
#include "IndicatorValueDialog.h"
#include "Project.h"
#include "SelectionNote.h"
#include "charts/IndicatorChart.h"
#include "commands/IndicatorCommands.h"
#include "domain/Vocabulary.h"
#include "itemmodels/IndicatorTableModel.h"
#include "scoring/IndicatorFigures.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

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
    void setSelection(const QSet<QString> &uuids, bool active)
    {
        if (active == m_selectionActive && uuids == m_selection)
            return;
        m_selection = uuids;
        m_selectionActive = active;
        invalidateFilter();
    }
    bool isFiltered() const
    {
        return !m_text.isEmpty() || m_statusFilter >= 0 || !m_goals.isEmpty() || m_selectionActive;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const Indicator &i = m_model->indicatorAt(sourceRow);
        if (m_selectionActive && !m_selection.contains(i.uuid))
            return false;
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
    QSet<QString> m_selection;
    bool m_selectionActive = false;
    QCollator m_collator;
};

void selectData(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QString number(double value)
{
    return IndicatorTableModel::formatNumber(value);
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
    m_selectionNote = SelectionNote::create(left);
    connect(m_selectionNote, &QLabel::linkActivated, this, &IndicatorView::clearSelectionRequested);
    leftLayout->addWidget(m_selectionNote);
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
    m_editButton = new QPushButton(tr("E&dit indicator…"), bar);
    m_deleteButton = new QPushButton(tr("De&lete indicator"), bar);
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

    m_chart = new IndicatorChart(panel);
    m_resetView = new QPushButton(tr("Reset vie&w"), panel);
    m_resetView->setToolTip(tr("Drag to pan, scroll to zoom; this returns to the whole series."));
    connect(m_resetView, &QPushButton::clicked, m_chart, &IndicatorChart::resetView);
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
    for (int i = 0; i < 3; ++i) // a table is known by its tab's name
        m_panels[i].list->setAccessibleName(m_pages->tabText(i));
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

void IndicatorView::setSelectionIndicators(const QStringList &uuids, bool active,
                                           const QString &description)
{
    m_updatingFilter = true;
    static_cast<IndicatorFilter *>(m_proxy)->setSelection(
        QSet<QString>(uuids.cbegin(), uuids.cend()), active);
    m_updatingFilter = false;
    SelectionNote::setText(m_selectionNote, active, description);
    updateCount();
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
    const bool isNew =
        m_project->store().row(table, row.value(QStringLiteral("uuid")).toString()).isEmpty();
    IndicatorValueDialog dialog(table, row, isNew, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.row();
}

std::optional<Indicator> IndicatorView::runIndicatorDialog(const Indicator &indicator)
{
    QStringList taken;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->indicatorAt(r).uuid != indicator.uuid)
            taken << m_model->indicatorAt(r).code;
    }
    IndicatorDialog dialog(indicator, m_project->store().framework(), taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.indicator();
}

QCustomPlot *IndicatorView::chart() const
{
    return m_chart;
}

QCPGraph *IndicatorView::observationGraph() const
{
    return m_chart->observationGraph();
}

void IndicatorView::drawChart(const Indicator *indicator, const IndicatorFigures *figures)
{
    m_chart->setIndicator(indicator, figures);
    m_axisNote->setText(indicator && !indicator->higherIsBetter
                            ? tr("Lower is better: the value axis is reversed, so up is better.")
                            : QString());
}
