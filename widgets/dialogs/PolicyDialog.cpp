#include "PolicyDialog.h"

#include "TabOrder.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

PolicyDialog::PolicyDialog(const QSet<QString> &takenCodes, QWidget *parent)
    : QDialog(parent)
    , m_takenCodes(takenCodes)
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_level(new QComboBox(this))
    , m_instrument(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    auto *form = new QFormLayout(this);
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("Short unique code, e.g. P16"));
    m_title->setPlaceholderText(tr("Title as issued"));
    m_year->setRange(1899, 2100);
    m_year->setSpecialValueText(tr("unknown"));
    m_level->addItem(tr("(not set)"), QString());
    for (const QString &code : Vocabulary::levelCodes())
        m_level->addItem(Vocabulary::levelLabel(code), code);
    m_instrument->addItem(tr("(not set)"), QString());
    for (const QString &code : Vocabulary::instrumentCodes())
        m_instrument->addItem(Vocabulary::instrumentLabel(code), code);
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("I&nstrument:"), m_instrument);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setTabChain({m_code, m_title, m_issuer, m_year, m_level, m_instrument, m_description, buttons});
    setPolicy(Policy());
    resize(560, 420);
}

void PolicyDialog::setPolicy(const Policy &policy)
{
    m_original = policy;
    m_code->setText(policy.code);
    m_title->setText(policy.title);
    m_issuer->setText(policy.issuer);
    m_year->setValue(policy.year > 0 ? policy.year : m_year->minimum());
    m_level->setCurrentIndex(qMax(0, m_level->findData(policy.level)));
    m_instrument->setCurrentIndex(qMax(0, m_instrument->findData(policy.instrument)));
    m_description->setPlainText(policy.description);
}

Policy PolicyDialog::policy() const
{
    Policy p = m_original;
    p.code = m_code->text().trimmed();
    p.title = m_title->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    p.level = m_level->currentData().toString();
    p.instrument = m_instrument->currentData().toString();
    p.description = m_description->toPlainText().trimmed();
    return p;
}

void PolicyDialog::accept()
{
    const Policy p = policy();
    QString problem;
    if (p.code.isEmpty())
        problem = tr("Give the policy a code.");
    else if (m_takenCodes.contains(p.code))
        problem = tr("Another policy already has the code \"%1\".").arg(p.code);
    else if (p.title.isEmpty())
        problem = tr("Give the policy a title.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}
