#include "BottleneckDialog.h"

#include "dialogs/TabOrder.h"
#include "domain/BottleneckRules.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int uuidRole = Qt::UserRole + 1;

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(QDate(1949, 10, 1), QDate(2100, 12, 31));
    return edit;
}

} // namespace

BottleneckDialog::BottleneckDialog(const QList<BottleneckCategory> &categories,
                                   const Framework &framework, const QList<Policy> &policies,
                                   const QStringList &owners, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_owner(new QComboBox(this))
    , m_opened(dateEdit(this))
    , m_hasTarget(new QCheckBox(tr("Tar&get date:"), this))
    , m_target(dateEdit(this))
    , m_closed(new QLabel(this))
    , m_goals(new QTreeWidget(this))
    , m_policyFilter(new QLineEdit(this))
    , m_policies(new QListWidget(this))
    , m_description(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Bottleneck"));
    m_title->setObjectName(QStringLiteral("title"));
    m_category->setObjectName(QStringLiteral("category"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_status->setObjectName(QStringLiteral("status"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_goals->setObjectName(QStringLiteral("goals"));
    m_policies->setObjectName(QStringLiteral("policies"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_title->setPlaceholderText(tr("What blocks implementation, in one line"));
    for (const BottleneckCategory &c : categories) {
        const QString indent = c.parentCode.isEmpty() ? QString() : QStringLiteral("    ");
        m_category->addItem(QStringLiteral("%1%2 %3").arg(indent, c.code, c.name()), c.code);
        m_category->setItemData(m_category->count() - 1, c.description(), Qt::ToolTipRole);
    }
    for (int s = 1; s <= 4; ++s)
        m_severity->addItem(QStringLiteral("%1 · %2").arg(s).arg(Vocabulary::severityLabel(s)), s);
    for (const BottleneckStatus s : Vocabulary::statuses())
        m_status->addItem(Vocabulary::statusLabel(s), static_cast<int>(s));
    m_status->setToolTip(BottleneckRules::statusRule());
    m_reason->setPlaceholderText(tr("Why: needed for won't fix, moving back and reopening"));
    m_reasonLabel->setBuddy(m_reason);
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    m_owner->setCurrentText(QString());
    m_owner->lineEdit()->setPlaceholderText(tr("Body or person responsible"));
    m_target->setEnabled(false);
    m_closed->setTextFormat(Qt::PlainText);
    m_description->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    m_goals->setHeaderHidden(true);
    m_goals->setAccessibleName(tr("Affected goals"));
    for (const GoalNode &dimension : framework.dimensions()) {
        auto *top =
            new QTreeWidgetItem(m_goals, {dimension.code + QLatin1Char(' ') + dimension.name()});
        top->setFlags(Qt::ItemIsEnabled);
        for (const GoalNode &goal : framework.goalsOf(dimension.code)) {
            auto *item = new QTreeWidgetItem(top, {goal.code + QLatin1Char(' ') + goal.name()});
            item->setData(0, uuidRole, goal.uuid);
            item->setToolTip(0, goal.description());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_goals->expandAll();
    m_policyFilter->setPlaceholderText(tr("Filter policies"));
    m_policyFilter->setClearButtonEnabled(true);
    m_policies->setAccessibleName(tr("Affected policies"));
    for (const Policy &p : policies) {
        auto *item = new QListWidgetItem(p.code + QLatin1Char(' ') + p.title, m_policies);
        item->setData(uuidRole, p.uuid);
        item->setToolTip(p.title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("O&pened:"), m_opened);
    form->addRow(m_hasTarget, m_target);
    form->addRow(tr("Closed:"), m_closed);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Notes:"), m_notes);

    auto *links = new QVBoxLayout;
    auto *goalsLabel = new QLabel(tr("Blocks &goals:"), this);
    goalsLabel->setBuddy(m_goals);
    auto *policiesLabel = new QLabel(tr("Blocks po&licies:"), this);
    policiesLabel->setBuddy(m_policyFilter);
    links->addWidget(goalsLabel);
    links->addWidget(m_goals, 3);
    links->addWidget(policiesLabel);
    links->addWidget(m_policyFilter);
    links->addWidget(m_policies, 2);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(links, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BottleneckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // Down the form, then the links on the right, then the buttons: creation order would
    // jump from the target date to the links and back to the description.
    setTabChain({m_title, m_category, m_severity, m_status, m_reason, m_owner, m_opened,
                 m_hasTarget, m_target, m_description, m_notes, m_goals, m_policyFilter, m_policies,
                 buttons});

    connect(m_status, &QComboBox::currentIndexChanged, this, &BottleneckDialog::updateState);
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    connect(m_hasTarget, &QCheckBox::toggled, this, &BottleneckDialog::updateState);
    connect(m_title, &QLineEdit::textChanged, this, &BottleneckDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &BottleneckDialog::updateState);
    connect(m_opened, &QDateEdit::dateChanged, this, &BottleneckDialog::updateState);
    connect(m_target, &QDateEdit::dateChanged, this, &BottleneckDialog::updateState);
    connect(m_policyFilter, &QLineEdit::textChanged, this, &BottleneckDialog::filterPolicies);

    Bottleneck fresh;
    fresh.opened = today;
    if (!categories.isEmpty())
        fresh.categoryCode = categories.first().code;
    setBottleneck(fresh);
    resize(960, 620);
}

void BottleneckDialog::setBottleneck(const Bottleneck &b)
{
    m_original = b;
    setWindowTitle(b.uuid.isEmpty() ? tr("New bottleneck") : tr("Edit bottleneck"));
    m_title->setText(b.title);
    m_category->setCurrentIndex(qMax(0, m_category->findData(b.categoryCode)));
    m_severity->setCurrentIndex(qBound(0, b.severity - 1, 3));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(b.status)));
    m_reason->setText(b.statusReason);
    m_owner->setCurrentText(b.owner);
    m_opened->setDate(b.opened.isValid() ? b.opened : m_today);
    m_hasTarget->setChecked(b.target.isValid());
    m_target->setDate(b.target.isValid() ? b.target : m_today.addMonths(6));
    m_description->setPlainText(b.description);
    m_notes->setPlainText(b.notes);
    for (int i = 0; i < m_goals->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_goals->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *item = top->child(j);
            item->setCheckState(0, b.goalUuids.contains(item->data(0, uuidRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem *item = m_policies->item(i);
        item->setCheckState(
            b.policyUuids.contains(item->data(uuidRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

Bottleneck BottleneckDialog::bottleneck() const
{
    Bottleneck b = m_original;
    b.title = m_title->text().trimmed();
    b.categoryCode = m_category->currentData().toString();
    b.severity = m_severity->currentData().toInt();
    b.status = static_cast<BottleneckStatus>(m_status->currentData().toInt());
    b.statusReason = m_reason->text().trimmed();
    b.owner = m_owner->currentText().trimmed();
    b.opened = m_opened->date();
    b.target = m_hasTarget->isChecked() ? m_target->date() : QDate();
    b.description = m_description->toPlainText().trimmed();
    b.notes = m_notes->toPlainText().trimmed();
    // The date closed follows the status; a record that stays closed keeps its date.
    if (b.isClosed() != m_original.isClosed() || !b.isClosed())
        b.closed = QDate();
    BottleneckRules::settleClosedDate(&b, m_today);
    b.goalUuids.clear();
    for (int i = 0; i < m_goals->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_goals->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                b.goalUuids << top->child(j)->data(0, uuidRole).toString();
        }
    }
    b.policyUuids.clear();
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked)
            b.policyUuids << m_policies->item(i)->data(uuidRole).toString();
    }
    return b;
}

QStringList BottleneckDialog::problems() const
{
    const Bottleneck b = bottleneck();
    QStringList list = BottleneckRules::fieldErrors(b);
    if (!m_original.uuid.isEmpty()) {
        const QString transition =
            BottleneckRules::transitionError(m_original.status, b.status, b.statusReason);
        if (!transition.isEmpty() && !list.contains(transition))
            list << transition;
    }
    if (b.categoryCode.isEmpty())
        list << tr("Choose a category.");
    return list;
}

void BottleneckDialog::updateState()
{
    const Bottleneck b = bottleneck();
    const bool reasonNeeded =
        b.status == BottleneckStatus::WontFix ||
        (!m_original.uuid.isEmpty() && BottleneckRules::needsReason(m_original.status, b.status));
    m_reasonLabel->setText(reasonNeeded ? tr("&Reason (required):") : tr("&Reason:"));
    m_closed->setText(b.closed.isValid() ? b.closed.toString(Qt::ISODate) : tr("(open)"));
    const QStringList list = problems();
    // Only once there is something to judge: a new empty form shows no scolding.
    m_problem->setText(b.title.isEmpty() && list.size() == 1 ? QString() : list.value(0));
}

void BottleneckDialog::filterPolicies(const QString &text)
{
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem *item = m_policies->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void BottleneckDialog::accept()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_problem->setText(list.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}
