#include "NewProjectDialog.h"

#include "domain/FrameworkLibrary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_frameworks(new QButtonGroup(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("New project"));
    auto *layout = new QVBoxLayout(this);
    auto *nameLabel = new QLabel(tr("Project &name:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setText(tr("New evaluation"));
    m_name->selectAll();
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);

    auto *box = new QGroupBox(tr("Goal framework to score against"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_ids = FrameworkLibrary::builtInIds();
    for (int i = 0; i < m_ids.size(); ++i) {
        const Framework framework = FrameworkLibrary::load(m_ids.at(i));
        auto *button = new QRadioButton(framework.name(), box);
        button->setChecked(i == 0);
        m_frameworks->addButton(button, i);
        boxLayout->addWidget(button);
        auto *detail =
            new QLabel(tr("%n dimension(s), %1 goals", nullptr, int(framework.dimensions().size()))
                           .arg(framework.goals().size()),
                       box);
        detail->setIndent(24);
        detail->setForegroundRole(QPalette::PlaceholderText);
        boxLayout->addWidget(detail);
    }
    layout->addWidget(box);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file and create…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString NewProjectDialog::frameworkId() const
{
    return m_ids.value(m_frameworks->checkedId());
}

QString NewProjectDialog::projectName() const
{
    return m_name->text().trimmed();
}

void NewProjectDialog::accept()
{
    if (projectName().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the project a name."));
        return;
    }
    QDialog::accept();
}
