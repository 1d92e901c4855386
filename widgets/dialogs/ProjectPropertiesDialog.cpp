#include "ProjectPropertiesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

ProjectPropertiesDialog::ProjectPropertiesDialog(const QMap<QString, QString> &values,
                                                 const QString &details, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(values.value(QStringLiteral("name")), this))
    , m_nameEn(new QLineEdit(values.value(QStringLiteral("name_en")), this))
    , m_description(new QPlainTextEdit(values.value(QStringLiteral("description")), this))
    , m_descriptionEn(new QPlainTextEdit(values.value(QStringLiteral("description_en")), this))
    , m_recommendations(new QPlainTextEdit(values.value(QStringLiteral("recommendations")), this))
{
    setWindowTitle(tr("Project properties"));
    auto *form = new QFormLayout(this);
    m_description->setTabChangesFocus(true);
    m_descriptionEn->setTabChangesFocus(true);
    m_recommendations->setTabChangesFocus(true);
    m_recommendations->setPlaceholderText(
        tr("What the evaluators recommend; printed in the executive summary."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in &English (optional):"), m_nameEn);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Description in En&glish (optional):"), m_descriptionEn);
    form->addRow(tr("Evaluators' &recommendations:"), m_recommendations);
    auto *info = new QLabel(details, this);
    info->setTextFormat(Qt::PlainText);
    info->setWordWrap(true);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(600, 560);
}

QMap<QString, QString> ProjectPropertiesDialog::values() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("name_en"), m_nameEn->text().trimmed()},
            {QStringLiteral("description"), m_description->toPlainText().trimmed()},
            {QStringLiteral("description_en"), m_descriptionEn->toPlainText().trimmed()},
            {QStringLiteral("recommendations"), m_recommendations->toPlainText().trimmed()}};
}

void ProjectPropertiesDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The project needs a name."));
        return;
    }
    QDialog::accept();
}
