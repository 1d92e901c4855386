#include "PreferencesDialog.h"

#include "Settings.h"
#include "TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_recent(new QSpinBox(this))
    , m_restoreLayout(new QCheckBox(tr("Restore the &window layout on start"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name->setText(settings.evaluator().name);
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("Your name, as it appears with your scores"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_recent->setRange(1, 30);
    m_recent->setValue(settings.recentFilesLimit());
    m_restoreLayout->setChecked(settings.restoreLayout());
    m_restoreLayout->setToolTip(
        tr("Saves the window's size, panels and dividers when you quit and brings them back "
           "next time. Turn it off to start with the default layout."));
    form->addRow(tr("&Evaluator name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    auto *note =
        new QLabel(tr("A new language takes effect when the application is restarted."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("&Recent files to remember:"), m_recent);
    form->addRow(QString(), m_restoreLayout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setTabChain({m_name, m_language, m_recent, m_restoreLayout, buttons});
    setMinimumWidth(460);
}

void PreferencesDialog::accept()
{
    // An empty name is fine until one has been given (the language can be chosen before
    // the first score); once given, it cannot be taken away, as scores carry it.
    if (m_name->text().trimmed().isEmpty()) {
        if (m_settings.evaluator().isValid()) {
            QMessageBox::warning(this, windowTitle(), tr("Your evaluator name cannot be empty."));
            return;
        }
    } else {
        m_settings.setEvaluatorName(m_name->text());
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setRecentFilesLimit(m_recent->value());
    m_settings.setRestoreLayout(m_restoreLayout->isChecked());
    QDialog::accept();
}
