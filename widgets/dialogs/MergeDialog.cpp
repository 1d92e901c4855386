#include "MergeDialog.h"

#include "merge/MergeEngine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString shown(const QVariant &v)
{
    return v.isNull() ? MergeDialog::tr("(none)") : v.toString();
}

QString who(const MergePlan::Change &c)
{
    if (!c.at.isValid())
        return MergeDialog::tr("unknown");
    const QString actor = c.actor.isEmpty() ? MergeDialog::tr("(not recorded)") : c.actor;
    const QString at = QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat);
    if (c.revision <= 0)
        return MergeDialog::tr("%1, %2").arg(actor, at);
    return MergeDialog::tr("%1, %2, revision %3").arg(actor, at, QLocale().toString(c.revision));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text.simplified());
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

MergeDialog::MergeDialog(MergePlan plan, const QString &projectName, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_counts(new QTableWidget(int(MergePlan::Kind::KindCount), 4, this))
    , m_conflicts(new QTableWidget(int(m_plan.conflicts.size()), 6, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Merge"));
    auto *intro = new QLabel(
        tr("Merging \"%1\" into \"%2\". Fingerprint (SHA-256) of the other file: %3. Nothing "
           "is written until you press Merge, and the merge can be undone.")
            .arg(QFileInfo(m_plan.theirsPath).fileName(), projectName, m_plan.theirsFingerprint),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts->setHorizontalHeaderLabels(
        {tr("Added"), tr("Changed"), tr("Deleted"), tr("Conflicts")});
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setAccessibleName(tr("What the merge changes"));
    for (int k = 0; k < int(MergePlan::Kind::KindCount); ++k) {
        const MergePlan::Counts &c = m_plan.counts[k];
        m_counts->setVerticalHeaderItem(
            k, new QTableWidgetItem(MergeEngine::kindName(MergePlan::Kind(k))));
        const int values[] = {c.added, c.changed, c.deleted, c.conflicts};
        for (int col = 0; col < 4; ++col) {
            auto *item = cell(QString::number(values[col]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(k, col, item);
        }
    }
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // All kinds visible at once, no scroll bar.
    m_counts->setFixedHeight(m_counts->verticalHeader()->length() +
                             m_counts->horizontalHeader()->sizeHint().height() +
                             2 * m_counts->frameWidth() + 2);

    m_conflicts->setHorizontalHeaderLabels({tr("Item"), tr("Mine"), tr("Changed here by"),
                                            tr("Theirs"), tr("Changed there by"), tr("Keep")});
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setWordWrap(false);
    for (int row = 0; row < m_plan.conflicts.size(); ++row) {
        const MergePlan::Conflict &c = m_plan.conflicts.at(row);
        const bool rowConflict = c.field.isEmpty();
        m_conflicts->setItem(row, 0, cell(c.label));
        m_conflicts->setItem(row, 1,
                             cell(rowConflict ? (c.mineRow.isEmpty() ? tr("deleted") : tr("edited"))
                                              : shown(c.mine)));
        m_conflicts->setItem(row, 2, cell(who(c.mineChange)));
        m_conflicts->setItem(row, 3,
                             cell(rowConflict
                                      ? (c.theirsRow.isEmpty() ? tr("deleted") : tr("edited"))
                                      : shown(c.theirs)));
        m_conflicts->setItem(row, 4, cell(who(c.theirsChange)));
        auto *keep = new QComboBox(m_conflicts);
        keep->setAccessibleName(tr("Keep for %1").arg(c.label));
        keep->addItem(tr("Choose…"), int(MergePlan::Resolution::Unresolved));
        keep->addItem(tr("Mine"), int(MergePlan::Resolution::Mine));
        keep->addItem(tr("Theirs"), int(MergePlan::Resolution::Theirs));
        if (c.isText)
            keep->addItem(tr("Both (mine, then theirs)"), int(MergePlan::Resolution::Both));
        keep->setCurrentIndex(keep->findData(int(c.resolution)));
        connect(keep, &QComboBox::currentIndexChanged, this, [this, row, keep] {
            m_plan.conflicts[row].resolution =
                static_cast<MergePlan::Resolution>(keep->currentData().toInt());
            updateState();
        });
        m_conflicts->setCellWidget(row, 5, keep);
    }
    m_conflicts->resizeColumnsToContents();
    for (int c = 0; c < 5; ++c)
        m_conflicts->setColumnWidth(c, std::min(m_conflicts->columnWidth(c), 260));

    auto *allMine = new QPushButton(tr("All &mine"), this);
    auto *allTheirs = new QPushButton(tr("All &theirs"), this);
    connect(allMine, &QPushButton::clicked, this,
            [this] { resolveAll(MergePlan::Resolution::Mine); });
    connect(allTheirs, &QPushButton::clicked, this,
            [this] { resolveAll(MergePlan::Resolution::Theirs); });
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(allMine);
    bulk->addWidget(allTheirs);
    bulk->addStretch(1);
    bulk->addWidget(m_status);
    allMine->setEnabled(!m_plan.conflicts.isEmpty());
    allTheirs->setEnabled(!m_plan.conflicts.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_counts);
    auto *conflictsLabel = new QLabel(tr("Conflicts: fields both files changed since they last "
                                         "shared a state, to different values"),
                                      this);
    conflictsLabel->setWordWrap(true);
    layout->addWidget(conflictsLabel);
    layout->addWidget(m_conflicts, 1);
    layout->addLayout(bulk);
    layout->addWidget(buttons);
    m_status->setTextFormat(Qt::PlainText);
    updateState();
    resize(1000, 620);
}

void MergeDialog::resolveAll(MergePlan::Resolution resolution)
{
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        auto *keep = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 5));
        keep->setCurrentIndex(keep->findData(int(resolution)));
    }
    m_plan.resolveAll(resolution);
    updateState();
}

void MergeDialog::updateState()
{
    int open = 0;
    for (const MergePlan::Conflict &c : m_plan.conflicts)
        open += c.resolution == MergePlan::Resolution::Unresolved ? 1 : 0;
    m_merge->setEnabled(open == 0);
    m_status->setText(open > 0                     ? tr("%n conflict(s) to decide", nullptr, open)
                      : m_plan.conflicts.isEmpty() ? tr("No conflicts")
                                                   : tr("All conflicts decided"));
}
