#include "PolicyBrowser.h"

#include "domain/Vocabulary.h"
#include "itemmodels/PolicyFilterModel.h"
#include "itemmodels/PolicyTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

PolicyBrowser::PolicyBrowser(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_model(new PolicyTableModel(project, this))
    , m_proxy(new PolicyFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_instrument(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter policies (code, title, issuer, description)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter policies"));
    m_level->addItem(tr("All levels"), QString());
    for (const QString &code : Vocabulary::levelCodes())
        m_level->addItem(Vocabulary::levelLabel(code), code);
    m_level->setAccessibleName(tr("Level filter"));
    m_instrument->addItem(tr("All instruments"), QString());
    for (const QString &code : Vocabulary::instrumentCodes())
        m_instrument->addItem(Vocabulary::instrumentLabel(code), code);
    m_instrument->setAccessibleName(tr("Instrument filter"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_level);
    bar->addWidget(m_instrument);
    layout->addLayout(bar);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PolicyTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(PolicyTableModel::Title, QHeaderView::Stretch);
    m_view->setColumnWidth(PolicyTableModel::Code, 70);
    m_view->setColumnWidth(PolicyTableModel::Issuer, 150);
    m_view->setColumnWidth(PolicyTableModel::Year, 56);
    m_view->setColumnWidth(PolicyTableModel::Level, 80);
    m_view->setColumnWidth(PolicyTableModel::Instrument, 110);
    m_view->setColumnWidth(PolicyTableModel::Scored, 90);
    m_view->setAccessibleName(tr("Policies"));
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PolicyFilterModel::setText);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_level->currentData().toString()); });
    connect(m_instrument, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setInstrument(m_instrument->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentPolicyChanged(currentPolicy()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            emit activated(currentPolicy());
    });
}

QString PolicyBrowser::currentPolicy() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PolicyTableModel::UuidRole).toString() : QString();
}

void PolicyBrowser::selectPolicy(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PolicyTableModel::Code));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}
