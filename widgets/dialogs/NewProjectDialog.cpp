#include "NewProjectDialog.h"

#include "TabOrder.h"
#include "domain/FrameworkLibrary.h"

#include <QAbstractButton>
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
        // "S&T" in the name is text, not a mnemonic.
        auto *button =
            new QRadioButton(QString(framework.name()).replace(u'&', QStringLiteral("&&")), box);
        button->setChecked(i == 0);
        m_frameworks->addButton(button, i);
        boxLayout->addWidget(button);
        auto *detail =
            new QLabel(tr("%1 dimensions, %2 goals") // not %n: English has no plural forms file
                           .arg(framework.dimensions().size())
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
    // The name, then the framework choice (one Tab stop: arrows move between the
    // frameworks), then the buttons.
    setTabChain({m_name, m_frameworks->checkedButton(), buttons});
}

QString NewProjectDialog::frameworkId() const
{
    return m_ids.value(m_frameworks->checkedId());
}

void NewProjectDialog::setFrameworkId(const QString &id)
{
    if (QAbstractButton *button = m_frameworks->button(int(m_ids.indexOf(id))))
        button->setChecked(true);
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
