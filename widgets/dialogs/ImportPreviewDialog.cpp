#include "ImportPreviewDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &title, Planner planner, QWidget *parent)
    : QDialog(parent)
    , m_planner(std::move(planner))
    , m_encoding(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_accepted(makeTable(this))
    , m_rejected(makeTable(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_encoding->addItem(tr("Detect automatically"), int(TextDecoding::Encoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextDecoding::Encoding::Utf8));
    m_encoding->addItem(tr("GBK (Excel on Chinese Windows)"), int(TextDecoding::Encoding::Gbk));
    top->addWidget(encodingLabel);
    top->addWidget(m_encoding);
    top->addStretch();
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_accepted->setAccessibleName(tr("Rows to import"));
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_tabs->addTab(m_accepted, QString());
    m_tabs->addTab(m_rejected, QString());
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::replan);
    resize(900, 560);
    replan();
}

void ImportPreviewDialog::replan()
{
    m_plan = m_planner(static_cast<TextDecoding::Encoding>(m_encoding->currentData().toInt()));
    fillTables();
}

void ImportPreviewDialog::fillTables()
{
    const int added = m_plan.count(ImportPlan::Action::Add);
    const int updated = m_plan.count(ImportPlan::Action::Update);
    const int unchanged = m_plan.count(ImportPlan::Action::Unchanged);
    const int rejected = int(m_plan.rejected.size());
    if (!m_plan.isUsable()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_plan.fileError));
    } else {
        QString text = tr("Read as %1. %n new row(s), %2 changed, %3 unchanged.", nullptr, added)
                           .arg(m_plan.encodingName.toUpper())
                           .arg(updated)
                           .arg(unchanged);
        if (rejected > 0)
            text += QLatin1Char(' ') +
                    tr("%n row(s) are rejected and will not be imported; see their reasons.",
                       nullptr, rejected);
        m_summary->setText(text);
    }

    const QStringList actionNames{tr("add"), tr("change"), tr("unchanged")};
    m_accepted->clear();
    m_accepted->setColumnCount(int(m_plan.columns.size()) + 2);
    m_accepted->setHorizontalHeaderLabels(QStringList{tr("Line"), tr("Action")} + m_plan.columns);
    m_accepted->setRowCount(int(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const ImportPlan::Row &row = m_plan.rows.at(r);
        m_accepted->setItem(r, 0, cell(QString::number(row.line)));
        m_accepted->setItem(r, 1, cell(actionNames.value(int(row.action))));
        for (int c = 0; c < row.display.size(); ++c)
            m_accepted->setItem(r, c + 2, cell(row.display.at(c)));
    }
    m_rejected->clear();
    m_rejected->setColumnCount(3);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Row")});
    m_rejected->setRowCount(rejected);
    for (int r = 0; r < rejected; ++r) {
        const ImportPlan::Rejected &row = m_plan.rejected.at(r);
        m_rejected->setItem(r, 0, cell(QString::number(row.line)));
        m_rejected->setItem(r, 1, cell(row.reason));
        m_rejected->setItem(r, 2, cell(row.fields.join(QStringLiteral(" | "))));
    }
    m_accepted->resizeColumnsToContents();
    m_rejected->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("To import (%1)").arg(added + updated));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(rejected));
    if (rejected > 0 && added + updated == 0)
        m_tabs->setCurrentIndex(1);
    const int writes = added + updated;
    m_import->setEnabled(m_plan.isUsable() && writes > 0);
    m_import->setText(rejected > 0 ? tr("Import %n row(s), skip rejected", nullptr, writes)
                                   : tr("Import %n row(s)", nullptr, writes));
}
