#include "BottleneckView.h"

#include "BottleneckDialog.h"
#include "Project.h"
#include "SelectionNote.h"
#include "commands/BottleneckCommands.h"
#include "dialogs/EvidenceDialog.h"
#include "domain/Vocabulary.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckMatrixModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "itemmodels/HistoryModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int anyStatus = -1;
constexpr int unresolvedStatus = -2;

QString linkHtml(const QString &href, const QString &code, const QString &name)
{
    return QStringLiteral("<a href=\"%1\">%2</a> %3")
        .arg(href, code.toHtmlEscaped(), name.toHtmlEscaped());
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

BottleneckView::BottleneckView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new BottleneckTableModel(project, this))
    , m_proxy(new BottleneckFilterModel(this))
    , m_history(new HistoryModel(&project->store(), this))
{
    m_proxy->setSourceModel(m_model);
    m_matrix = new BottleneckMatrixModel(m_model, project->store().framework(),
                                         project->store().bottleneckCategories(), this);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BottleneckTableModel::Opened, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BottleneckTableModel::Title, 300);
    m_table->setColumnWidth(BottleneckTableModel::Category, 180);
    m_table->setColumnWidth(BottleneckTableModel::Target, 140);
    m_table->setAccessibleName(tr("Bottleneck register"));

    m_matrixView = new QTableView(this);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(40);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->setAccessibleName(tr("Bottleneck matrix: categories by goals"));
    m_matrixView->verticalHeader()->setMaximumWidth(300); // long category names elide
    auto *matrixPage = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    auto *matrixNote = new QLabel(
        tr("Unresolved bottlenecks (open, in progress or mitigated) per category and goal. "
           "A bottleneck that blocks several goals counts once in each. Click a cell to list "
           "its bottlenecks."),
        matrixPage);
    matrixNote->setWordWrap(true);
    matrixLayout->addWidget(matrixNote);
    matrixLayout->addWidget(m_matrixView, 1);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_table, tr("Register"));
    m_pages->addTab(matrixPage, tr("Matrix"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_selectionNote = SelectionNote::create(left);
    connect(m_selectionNote, &QLabel::linkActivated, this,
            &BottleneckView::clearSelectionRequested);
    leftLayout->addWidget(m_selectionNote);
    leftLayout->addWidget(bar);
    leftLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_matrixView, &QTableView::clicked, this, &BottleneckView::matrixClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BottleneckView::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &BottleneckView::editBottleneck);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BottleneckView::applyFilter);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BottleneckView::applyFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BottleneckView::applyFilter);
    connect(project, &Project::changed, this, [this](const RowChanges &changes) {
        // Scoring edits do not concern the register; policies and categories refill all
        // choices, a bottleneck edit only the owners (the policy list can be thousands).
        bool names = false, owners = false, tracking = false;
        for (const RowChange &c : changes) {
            names = names || c.table == QLatin1String("policy") ||
                    c.table == QLatin1String("bottleneck_category");
            owners = owners || (c.table == QLatin1String("bottleneck") &&
                                c.before.value(QStringLiteral("owner")) !=
                                    c.after.value(QStringLiteral("owner")));
            tracking = tracking || c.table.startsWith(QLatin1String("bottleneck"));
        }
        if (names)
            fillFilterChoices();
        else if (owners)
            fillOwnerChoices();
        if (names || owners)
            applyFilter(); // a chosen owner or policy may have gone
        for (const RowChange &c : changes) {
            if (c.table == QLatin1String("bottleneck_category")) {
                m_matrix->setCategories(m_project->store().bottleneckCategories());
                break;
            }
        }
        if (names || tracking)
            showDetails();
    });
    fillFilterChoices();
    applyFilter();
    showDetails();
}

void BottleneckView::buildFilterBar(QWidget *bar)
{
    m_text = new QLineEdit(bar);
    m_text->setPlaceholderText(tr("Search title, description, owner"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search bottlenecks"));
    m_category = new QComboBox(bar);
    m_category->setAccessibleName(tr("Category filter"));
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), anyStatus);
    m_status->addItem(tr("Unresolved"), unresolvedStatus);
    for (const BottleneckStatus s : Vocabulary::statuses())
        m_status->addItem(Vocabulary::statusLabel(s), static_cast<int>(s));
    m_severity = new QComboBox(bar);
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("Any severity"), 0);
    for (int s = 2; s <= 4; ++s)
        m_severity->addItem(tr("%1 or worse").arg(Vocabulary::severityLabel(s)), s);
    m_goal = new QComboBox(bar);
    m_goal->setAccessibleName(tr("Goal filter"));
    m_policy = new QComboBox(bar);
    m_policy->setAccessibleName(tr("Policy filter"));
    m_owner = new QComboBox(bar);
    m_owner->setAccessibleName(tr("Owner filter"));
    m_overdue = new QCheckBox(tr("&Overdue only"), bar);
    m_clear = new QPushButton(tr("Sho&w all"), bar);
    m_count = new QLabel(bar);
    m_count->setTextFormat(Qt::PlainText);
    for (QComboBox *box : {m_category, m_goal, m_policy, m_owner}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }

    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_text, 2);
    row1->addWidget(m_category, 1);
    row1->addWidget(m_status);
    row1->addWidget(m_severity);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_goal, 1);
    row2->addWidget(m_policy, 1);
    row2->addWidget(m_owner, 1);
    row2->addWidget(m_overdue);
    row2->addWidget(m_clear);
    auto *row3 = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New bottleneck…"), bar);
    add->setObjectName(QStringLiteral("newBottleneck"));
    m_editButton = new QPushButton(tr("E&dit…"), bar);
    m_deleteButton = new QPushButton(tr("De&lete"), bar);
    auto *sub = new QPushButton(tr("Add s&ub-category…"), bar);
    row3->addWidget(add);
    row3->addWidget(m_editButton);
    row3->addWidget(m_deleteButton);
    row3->addWidget(sub);
    row3->addStretch(1);
    row3->addWidget(m_count);
    grid->addLayout(row1);
    grid->addLayout(row2);
    grid->addLayout(row3);

    connect(add, &QPushButton::clicked, this, &BottleneckView::newBottleneck);
    connect(m_editButton, &QPushButton::clicked, this, &BottleneckView::editBottleneck);
    connect(m_deleteButton, &QPushButton::clicked, this, &BottleneckView::deleteBottleneck);
    connect(sub, &QPushButton::clicked, this, &BottleneckView::addSubCategory);
    connect(m_text, &QLineEdit::textChanged, this, &BottleneckView::applyFilter);
    for (QComboBox *box : {m_category, m_status, m_severity, m_goal, m_policy, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &BottleneckView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &BottleneckView::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &BottleneckView::resetFilter);
}

QWidget *BottleneckView::buildDetails()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    m_detailTitle = new QLabel(panel);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailTitle->setFont(bold);
    m_detailMeta = new QLabel(panel);
    m_detailMeta->setTextFormat(Qt::PlainText);
    m_detailMeta->setWordWrap(true);
    m_detailLinks = new QLabel(panel);
    m_detailLinks->setTextFormat(Qt::RichText); // codes and names are escaped
    m_detailLinks->setWordWrap(true);
    m_detailLinks->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    m_detailLinks->setAccessibleName(tr("Blocked goals and policies"));
    connect(m_detailLinks, &QLabel::linkActivated, this, &BottleneckView::onLinkActivated);
    m_detailText = new QLabel(panel);
    m_detailText->setTextFormat(Qt::PlainText);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *top = new QWidget(scroll);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_detailTitle);
    topLayout->addWidget(m_detailMeta);
    topLayout->addWidget(m_detailLinks);
    topLayout->addWidget(m_detailText);
    topLayout->addStretch(1);
    scroll->setWidget(top);

    m_evidence = new QTreeWidget(panel);
    m_evidence->setHeaderLabels({tr("Level"), tr("Source"), tr("Quote")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAccessibleName(tr("Evidence of the bottleneck"));
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, [this] {
        const bool enable = m_evidence->currentItem() && !m_project->isReadOnly();
        m_editEvidence->setEnabled(enable);
        m_removeEvidence->setEnabled(enable);
    });
    m_addEvidence = new QPushButton(tr("&Add evidence…"), panel);
    m_editEvidence = new QPushButton(tr("Edit evidence…"), panel);
    m_removeEvidence = new QPushButton(tr("Remove evidence"), panel);
    connect(m_addEvidence, &QPushButton::clicked, this, &BottleneckView::addEvidence);
    connect(m_editEvidence, &QPushButton::clicked, this, &BottleneckView::editEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &BottleneckView::removeEvidence);
    connect(m_evidence, &QTreeWidget::itemDoubleClicked, this, &BottleneckView::editEvidence);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_editEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);

    m_timeline = new QTableView(panel);
    m_timeline->setModel(m_history);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(HistoryModel::Change,
                                                         QHeaderView::Stretch);
    // The edit each change was part of is in the change's tooltip: the panel is narrow.
    m_timeline->setColumnHidden(HistoryModel::Edit, true);
    m_timeline->setAccessibleName(tr("History of the bottleneck"));

    auto *split = new QSplitter(Qt::Vertical, panel);
    split->addWidget(scroll);
    auto *evidenceBox = new QWidget(split);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(new QLabel(tr("Evidence"), evidenceBox));
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addLayout(evidenceButtons);
    split->addWidget(evidenceBox);
    auto *timelineBox = new QWidget(split);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("History (every change, oldest first)"), timelineBox));
    timelineLayout->addWidget(m_timeline, 1);
    split->addWidget(timelineBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    scroll->setMinimumHeight(m_detailMeta->fontMetrics().lineSpacing() * 12);
    split->setSizes({360, 150, 260});
    layout->addWidget(split);
    return panel;
}

void BottleneckView::fillFilterChoices()
{
    m_updatingFilter = true;
    const QVariant category = m_category->currentData();
    const QVariant goal = m_goal->currentData();
    const QVariant policy = m_policy->currentData();
    const ProjectStore &store = m_project->store();

    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const BottleneckCategory &c : store.bottleneckCategories()) {
        const QString indent = c.parentCode.isEmpty() ? QString() : QStringLiteral("  ");
        m_category->addItem(QStringLiteral("%1%2 %3").arg(indent, c.code, c.name()), c.code);
    }
    m_goal->clear();
    m_goal->addItem(tr("All goals"), QString());
    for (const GoalNode &g : store.framework().goals())
        m_goal->addItem(QStringLiteral("%1 %2").arg(g.code, g.name()), g.uuid);
    m_policy->clear();
    m_policy->addItem(tr("All policies"), QString());
    for (const Policy &p : store.policies())
        m_policy->addItem(QStringLiteral("%1 %2").arg(p.code, p.title), p.uuid);
    fillOwnerChoices();
    selectData(m_category, category);
    selectData(m_goal, goal);
    selectData(m_policy, policy);
    m_updatingFilter = false;
}

void BottleneckView::fillOwnerChoices()
{
    const bool updating = m_updatingFilter;
    m_updatingFilter = true;
    const QVariant owner = m_owner->currentData();
    QStringList owners;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QString o = m_model->bottleneckAt(i).owner;
        if (!o.isEmpty() && !owners.contains(o))
            owners << o;
    }
    owners.sort();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString &o : std::as_const(owners))
        m_owner->addItem(o, o);
    selectData(m_owner, owner);
    m_updatingFilter = updating;
}

void BottleneckView::applyFilter()
{
    if (m_updatingFilter)
        return;
    BottleneckFilterModel::Filter f;
    f.text = m_text->text();
    f.categoryCode = m_category->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status == unresolvedStatus)
        f.statuses = BottleneckFilterModel::Filter::unresolved();
    else if (status >= 0)
        f.statuses = {static_cast<BottleneckStatus>(status)};
    f.minSeverity = m_severity->currentData().toInt();
    f.goalUuid = m_goal->currentData().toString();
    f.policyUuid = m_policy->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    m_proxy->setFilter(f);
    m_clear->setEnabled(!f.isEmpty());
    m_count->setText(
        tr("%1 of %n bottleneck(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void BottleneckView::setSelectionScope(const SelectionRules::BottleneckScope &scope,
                                       const QString &description)
{
    // Refiltering removes and inserts rows in many batches; the count and the details are
    // brought up to date once, below, not per batch.
    m_updatingFilter = true;
    m_proxy->setScope(scope);
    m_updatingFilter = false;
    SelectionNote::setText(m_selectionNote, !scope.isEmpty(), description);
    applyFilter();
}

void BottleneckView::resetFilter()
{
    m_updatingFilter = true;
    m_text->clear();
    for (QComboBox *box : {m_category, m_status, m_severity, m_goal, m_policy, m_owner})
        box->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_updatingFilter = false;
    applyFilter();
}

void BottleneckView::showForPolicy(const QString &policyUuid)
{
    m_updatingFilter = true;
    resetFilter();
    m_updatingFilter = true;
    selectData(m_policy, policyUuid);
    selectData(m_status, unresolvedStatus);
    m_updatingFilter = false;
    applyFilter();
    m_pages->setCurrentIndex(0);
}

void BottleneckView::showForGoal(const QString &goalUuid)
{
    m_updatingFilter = true;
    resetFilter();
    m_updatingFilter = true;
    selectData(m_goal, goalUuid);
    selectData(m_status, unresolvedStatus);
    m_updatingFilter = false;
    applyFilter();
    m_pages->setCurrentIndex(0);
}

void BottleneckView::matrixClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_updatingFilter = true;
    resetFilter();
    m_updatingFilter = true;
    selectData(m_category, index.data(BottleneckMatrixModel::CategoryCodeRole));
    const QString goal = index.data(BottleneckMatrixModel::GoalUuidRole).toString();
    if (!goal.isEmpty())
        selectData(m_goal, goal);
    selectData(m_status, unresolvedStatus);
    m_updatingFilter = false;
    emit matrixCellPicked(index.data(BottleneckMatrixModel::CategoryCodeRole).toString(), goal);
    applyFilter();
    m_pages->setCurrentIndex(0);
}

void BottleneckView::selectBottleneck(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        resetFilter();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_pages->setCurrentIndex(0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QString BottleneckView::currentBottleneck() const
{
    return m_table->currentIndex().data(BottleneckTableModel::UuidRole).toString();
}

void BottleneckView::showDetails()
{
    const QString uuid = currentBottleneck();
    const int row = m_model->rowOf(uuid);
    const bool has = row >= 0;
    const bool writable = !m_project->isReadOnly();
    m_editButton->setEnabled(has && writable);
    m_deleteButton->setEnabled(has && writable);
    m_addEvidence->setEnabled(has && writable);
    m_editEvidence->setEnabled(has && writable && m_evidence->currentItem());
    m_removeEvidence->setEnabled(has && writable && m_evidence->currentItem());
    if (m_history->bottleneckUuid() != uuid || has)
        m_history->setBottleneck(has ? uuid : QString());
    m_evidence->clear();
    if (!has) {
        m_detailTitle->setText(m_model->rowCount() == 0
                                   ? tr("No bottlenecks recorded yet. Record what blocks the "
                                        "implementation of a policy with New bottleneck.")
                                   : tr("Select a bottleneck to see its details."));
        m_detailMeta->clear();
        m_detailLinks->clear();
        m_detailText->clear();
        return;
    }
    const Bottleneck &b = m_model->bottleneckAt(row);
    const QDate today = m_model->today();
    m_detailTitle->setText(b.title);
    QStringList meta;
    meta << QStringLiteral("%1 %2").arg(b.categoryCode, m_model->categoryName(b.categoryCode));
    meta << tr("Severity %1 · %2").arg(b.severity).arg(Vocabulary::severityLabel(b.severity));
    QString status = tr("Status: %1").arg(Vocabulary::statusLabel(b.status));
    if (!b.statusReason.isEmpty())
        status += QStringLiteral(" (%1)").arg(b.statusReason);
    meta << status;
    if (!b.owner.isEmpty())
        meta << tr("Owner: %1").arg(b.owner);
    QString dates = tr("Opened %1").arg(b.opened.toString(Qt::ISODate));
    if (b.target.isValid())
        dates += QStringLiteral(" · ") + tr("target %1").arg(b.target.toString(Qt::ISODate));
    if (b.closed.isValid())
        dates += QStringLiteral(" · ") + tr("closed %1").arg(b.closed.toString(Qt::ISODate));
    meta << dates;
    if (b.isOverdue(today))
        meta << tr("Overdue by %n day(s).", nullptr, int(b.target.daysTo(today)));
    m_detailMeta->setText(meta.join(QLatin1Char('\n')));

    QStringList goals, policies;
    for (const QString &g : b.goalUuids) {
        if (const GoalNode *goal = m_project->store().framework().byUuid(g))
            goals << linkHtml(QStringLiteral("goal:") + g, goal->code, goal->name());
    }
    for (const QString &p : b.policyUuids) {
        if (const auto policy = m_project->store().policy(p))
            policies << linkHtml(QStringLiteral("policy:") + p, policy->code, policy->title);
    }
    const QString none = tr("(none)").toHtmlEscaped();
    m_detailLinks->setText(
        QStringLiteral("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p>")
            .arg(tr("Blocks goals").toHtmlEscaped(),
                 goals.isEmpty() ? none : goals.join(QStringLiteral("<br>")),
                 tr("Blocks policies").toHtmlEscaped(),
                 policies.isEmpty() ? none : policies.join(QStringLiteral("<br>"))));
    QStringList text;
    if (!b.description.isEmpty())
        text << b.description;
    if (!b.notes.isEmpty())
        text << tr("Notes: %1").arg(b.notes);
    m_detailText->setText(text.join(QStringLiteral("\n\n")));

    for (const Evidence &e : m_project->store().bottleneckEvidence(uuid)) {
        auto *item = new QTreeWidgetItem(
            m_evidence,
            {Vocabulary::resultLevelLabel(e.level),
             e.locator.isEmpty() ? e.source : QStringLiteral("%1 %2").arg(e.source, e.locator),
             e.quote.simplified()});
        item->setData(0, Qt::UserRole, e.uuid);
        item->setToolTip(2, e.quote);
    }
    m_timeline->resizeColumnToContents(HistoryModel::When);
    m_timeline->resizeColumnToContents(HistoryModel::Who);
    if (m_history->rowCount() > 0)
        m_timeline->scrollToBottom();
}

void BottleneckView::onLinkActivated(const QString &link)
{
    if (link.startsWith(QLatin1String("goal:")))
        emit goalActivated(link.mid(5));
    else if (link.startsWith(QLatin1String("policy:")))
        emit policyActivated(link.mid(7));
}

bool BottleneckView::canEdit()
{
    if (m_project->isReadOnly()) {
        QMessageBox::information(this, tr("Read-only project"),
                                 tr("The project is open read-only; it cannot be changed."));
        return false;
    }
    return !m_ensureEvaluator || m_ensureEvaluator();
}

void BottleneckView::newBottleneck()
{
    if (!canEdit())
        return;
    const ProjectStore &store = m_project->store();
    const QList<Policy> policies = store.policies();
    QStringList owners;
    for (int i = 1; i < m_owner->count(); ++i)
        owners << m_owner->itemData(i).toString();
    BottleneckDialog dialog(store.bottleneckCategories(), store.framework(), policies, owners,
                            m_model->today(), this);
    // Start from what the register is filtered to: filing against the goal in view.
    Bottleneck draft = dialog.bottleneck();
    if (!m_proxy->filter().goalUuid.isEmpty())
        draft.goalUuids = {m_proxy->filter().goalUuid};
    if (!m_proxy->filter().policyUuid.isEmpty())
        draft.policyUuids = {m_proxy->filter().policyUuid};
    if (!m_proxy->filter().categoryCode.isEmpty())
        draft.categoryCode = m_proxy->filter().categoryCode;
    dialog.setBottleneck(draft);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddBottleneckCommand(m_project, dialog.bottleneck(), m_model->today());
    const QString uuid = command->bottleneckUuid();
    if (m_project->push(command))
        selectBottleneck(uuid);
}

void BottleneckView::editBottleneck()
{
    const int row = m_model->rowOf(currentBottleneck());
    if (row < 0 || !canEdit())
        return;
    const ProjectStore &store = m_project->store();
    const QList<Policy> policies = store.policies();
    QStringList owners;
    for (int i = 1; i < m_owner->count(); ++i)
        owners << m_owner->itemData(i).toString();
    BottleneckDialog dialog(store.bottleneckCategories(), store.framework(), policies, owners,
                            m_model->today(), this);
    dialog.setBottleneck(m_model->bottleneckAt(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new EditBottleneckCommand(m_project, dialog.bottleneck(), m_model->today());
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_project->push(command);
}

void BottleneckView::deleteBottleneck()
{
    const int row = m_model->rowOf(currentBottleneck());
    if (row < 0 || !canEdit())
        return;
    const Bottleneck b = m_model->bottleneckAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Delete bottleneck"),
        tr("Delete the bottleneck \"%1\" with its links and evidence? You can undo this.")
            .arg(b.title));
    if (answer == QMessageBox::Yes)
        m_project->push(new DeleteBottleneckCommand(m_project, b.uuid));
}

void BottleneckView::addSubCategory()
{
    if (!canEdit())
        return;
    const QList<BottleneckCategory> categories = m_project->store().bottleneckCategories();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add sub-category"));
    auto *parent = new QComboBox(&dialog);
    for (const BottleneckCategory &c : categories) {
        if (c.builtin)
            parent->addItem(QStringLiteral("%1 %2").arg(c.code, c.name()), c.code);
    }
    selectData(parent, m_category->currentData());
    auto *code = new QLineEdit(&dialog);
    auto *nameZh = new QLineEdit(&dialog);
    auto *nameEn = new QLineEdit(&dialog);
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    auto suggest = [&] {
        const QString base = parent->currentData().toString();
        for (int n = 1;; ++n) {
            const QString candidate = QStringLiteral("%1.%2").arg(base).arg(n);
            bool taken = false;
            for (const BottleneckCategory &c : categories)
                taken = taken || c.code == candidate;
            if (!taken) {
                code->setText(candidate);
                return;
            }
        }
    };
    suggest();
    connect(parent, &QComboBox::currentIndexChanged, &dialog, suggest);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Below:"), parent);
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("Name (&Chinese):"), nameZh);
    form->addRow(tr("Name (&English):"), nameEn);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString c = code->text().trimmed();
        bool taken = false;
        for (const BottleneckCategory &existing : categories)
            taken = taken || existing.code.compare(c, Qt::CaseInsensitive) == 0;
        if (c.isEmpty() || c.contains(QLatin1Char(';')) || c.contains(QLatin1Char(' ')))
            problem->setText(tr("Give a code without spaces or semicolons, e.g. P8.1."));
        else if (taken)
            problem->setText(tr("The code %1 is taken.").arg(c));
        else if (nameZh->text().trimmed().isEmpty() && nameEn->text().trimmed().isEmpty())
            problem->setText(tr("Give the sub-category a name."));
        else
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    BottleneckCategory category;
    category.code = code->text().trimmed();
    category.parentCode = parent->currentData().toString();
    category.nameZh = nameZh->text().trimmed();
    category.nameEn = nameEn->text().trimmed();
    if (category.nameZh.isEmpty())
        category.nameZh = category.nameEn;
    m_project->push(new AddBottleneckCategoryCommand(m_project, category));
}

void BottleneckView::addEvidence()
{
    const QString uuid = currentBottleneck();
    if (uuid.isEmpty() || !canEdit())
        return;
    EvidenceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_project->push(new AddBottleneckEvidenceCommand(m_project, uuid, dialog.evidence()));
}

void BottleneckView::editEvidence()
{
    QTreeWidgetItem *item = m_evidence->currentItem();
    if (!item || !canEdit())
        return;
    const QString evidenceUuid = item->data(0, Qt::UserRole).toString();
    for (const Evidence &e : m_project->store().bottleneckEvidence(currentBottleneck())) {
        if (e.uuid != evidenceUuid)
            continue;
        EvidenceDialog dialog(this);
        dialog.setEvidence(e);
        if (dialog.exec() == QDialog::Accepted) {
            Evidence changed = dialog.evidence();
            changed.uuid = e.uuid;
            m_project->push(new EditBottleneckEvidenceCommand(m_project, changed));
        }
        return;
    }
}

void BottleneckView::removeEvidence()
{
    QTreeWidgetItem *item = m_evidence->currentItem();
    if (!item || !canEdit())
        return;
    m_project->push(
        new RemoveBottleneckEvidenceCommand(m_project, item->data(0, Qt::UserRole).toString()));
}
