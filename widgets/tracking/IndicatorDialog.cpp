#include "IndicatorDialog.h"

#include "dialogs/TabOrder.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int uuidRole = Qt::UserRole + 1;

void selectData(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

IndicatorDialog::IndicatorDialog(const Indicator &indicator, const Framework &framework,
                                 const QStringList &takenCodes, QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
    , m_taken(takenCodes)
{
    setObjectName(QStringLiteral("indicatorDialog"));
    setWindowTitle(indicator.uuid.isEmpty() ? tr("New indicator") : tr("Edit indicator"));
    auto line = [this](const char *name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_code = line("code", indicator.code);
    m_code->setPlaceholderText(tr("UPPER_SNAKE_CASE, e.g. RD_SPENDING_SHARE"));
    // Built-in indicators are known by their code across projects (DOMAIN §5).
    m_code->setReadOnly(indicator.builtin);
    m_nameZh = line("nameZh", indicator.nameZh);
    m_nameEn = line("nameEn", indicator.nameEn);
    m_unitZh = line("unitZh", indicator.unitZh);
    m_unitEn = line("unitEn", indicator.unitEn);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(tr("Higher is better"), true);
    m_direction->addItem(tr("Lower is better (e.g. ranks)"), false);
    selectData(m_direction, indicator.higherIsBetter);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    for (const ResultLevel l : Vocabulary::resultLevels())
        m_level->addItem(Vocabulary::resultLevelLabel(l), Vocabulary::resultLevelCode(l));
    selectData(m_level, indicator.level);
    m_goals = new QTreeWidget(this);
    m_goals->setObjectName(QStringLiteral("goals"));
    m_goals->setHeaderHidden(true);
    m_goals->setAccessibleName(tr("Linked goals"));
    for (const GoalNode &dimension : framework.dimensions()) {
        auto *top =
            new QTreeWidgetItem(m_goals, {dimension.code + QLatin1Char(' ') + dimension.name()});
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
    m_goals->expandAll();
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Name (&Chinese):"), m_nameZh);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("&Unit (Chinese):"), m_unitZh);
    form->addRow(tr("U&nit (English):"), m_unitEn);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Result &level:"), m_level);
    auto *goalsLabel = new QLabel(tr("Linked &goals:"), this);
    goalsLabel->setBuddy(m_goals);
    auto *links = new QVBoxLayout;
    links->addWidget(goalsLabel);
    links->addWidget(m_goals, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(links, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setTabChain(
        {m_code, m_nameZh, m_nameEn, m_unitZh, m_unitEn, m_direction, m_level, m_goals, buttons});
    resize(820, 520);
}

void IndicatorDialog::accept()
{
    static const QRegularExpression snake(QStringLiteral("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
    const QString c = m_code->text().trimmed();
    if (!snake.match(c).hasMatch())
        m_problem->setText(tr("Give a code in UPPER_SNAKE_CASE: capital letters, digits and "
                              "single underscores, starting with a letter."));
    else if (m_taken.contains(c, Qt::CaseInsensitive))
        m_problem->setText(tr("The code %1 is taken by another indicator.").arg(c));
    else if (m_nameZh->text().trimmed().isEmpty() && m_nameEn->text().trimmed().isEmpty())
        m_problem->setText(tr("Give the indicator a name."));
    else
        QDialog::accept();
}

Indicator IndicatorDialog::indicator() const
{
    Indicator result = m_indicator;
    result.code = m_code->text().trimmed();
    result.nameZh = m_nameZh->text().trimmed();
    result.nameEn = m_nameEn->text().trimmed();
    if (result.nameZh.isEmpty()) // the file requires a Chinese name; show the English one
        result.nameZh = result.nameEn;
    result.unitZh = m_unitZh->text().trimmed();
    result.unitEn = m_unitEn->text().trimmed();
    result.higherIsBetter = m_direction->currentData().toBool();
    result.level = m_level->currentData().toString();
    result.goalUuids.clear();
    for (int i = 0; i < m_goals->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_goals->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                result.goalUuids << top->child(j)->data(0, uuidRole).toString();
        }
    }
    return result;
}
