#include "PreferencesDialog.h"

#include "Settings.h"

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
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_name->setText(settings.evaluator().name);
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("Your name, as it appears with your scores"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_recent->setRange(1, 30);
    m_recent->setValue(settings.recentFilesLimit());
    form->addRow(tr("&Evaluator name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    auto *note =
        new QLabel(tr("A new language takes effect when the application is restarted."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("&Recent files to remember:"), m_recent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Your evaluator name cannot be empty."));
        return;
    }
    m_settings.setEvaluatorName(m_name->text());
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setRecentFilesLimit(m_recent->value());
    QDialog::accept();
}
