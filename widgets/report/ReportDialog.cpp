#include "ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(const ReportOptions &options, int selectionSize,
                           const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_all(new QRadioButton(tr("&All policies"), this))
    , m_selection(new QRadioButton(tr("Current &selection (%1)").arg(selectionSize), this))
    , m_draft(new QCheckBox(tr("Mark as &draft"), this))
{
    setWindowTitle(tr("Report"));
    m_template->addItem(tr("Executive summary"), QStringLiteral("summary"));
    m_template->addItem(tr("Evaluation dossier"), QStringLiteral("dossier"));
    m_template->setCurrentIndex(options.templ == ReportOptions::Template::Dossier ? 1 : 0);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(options.language == QLatin1String("zh_CN") ? 1 : 0);
    m_selection->setEnabled(selectionSize > 0);
    const bool selection = options.scope == ReportOptions::Scope::Selection && selectionSize > 0;
    (selection ? m_selection : m_all)->setChecked(true);
    m_draft->setChecked(options.draft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_selection);
    form->addRow(tr("Policies:"), scope);
    form->addRow(QString(), m_draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    ReportOptions::templateFromCode(m_template->currentData().toString(), &o.templ);
    o.language = m_language->currentData().toString();
    o.scope = m_selection->isChecked() ? ReportOptions::Scope::Selection
                                       : ReportOptions::Scope::AllPolicies;
    o.draft = m_draft->isChecked();
    return o;
}
