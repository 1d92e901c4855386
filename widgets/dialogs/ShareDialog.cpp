#include "ShareDialog.h"

#include "Project.h"
#include "store/ShareExport.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int uuidRole = Qt::UserRole + 1;

// A name as part of a file name: no path separators or characters Windows refuses.
QString fileNamePart(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    return name.simplified().replace(unsafe, QStringLiteral("_"));
}

} // namespace

ShareDialog::ShareDialog(Project *project, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Export for Sharing"));

    auto *choose = new QWidget(this);
    auto *intro = new QLabel(tr("Writes a clean copy of the project to send to someone. An "
                                "evaluator package holds only the chosen evaluators' scores and "
                                "evidence; the others' are removed from the file completely."),
                             choose);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_everyone = new QRadioButton(tr("&Everyone's work (a full copy)"), choose);
    m_some = new QRadioButton(tr("&Only these evaluators (an evaluator package):"), choose);
    m_list = new QListWidget(choose);
    m_list->setAccessibleName(tr("Evaluators"));
    const QString own = project->evaluator().uuid;
    for (const Evaluator &e : project->store().evaluators()) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(uuidRole, e.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(e.uuid == own ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() == 0)
        m_some->setEnabled(false);
    m_everyone->setChecked(true);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addWidget(m_everyone);
    chooseLayout->addWidget(m_some);
    chooseLayout->addWidget(m_list, 1);

    auto *done = new QWidget(this);
    m_doneLabel = new QLabel(done);
    m_doneLabel->setTextFormat(Qt::PlainText);
    m_doneLabel->setWordWrap(true);
    auto *fingerprintCaption = new QLabel(tr("Fingerprint (SHA-256):"), done);
    m_fingerprintLabel = new QLabel(done);
    m_fingerprintLabel->setTextFormat(Qt::PlainText);
    m_fingerprintLabel->setWordWrap(true);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setAccessibleName(tr("Fingerprint"));
    fingerprintCaption->setBuddy(m_fingerprintLabel);
    m_copy = new QPushButton(tr("&Copy"), done);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(ShareExport::readable(m_fingerprint));
    });
    auto *hint = new QLabel(tr("Read the fingerprint to the receiver, who compares it with the "
                               "one of the file received (policy-workbench info FILE.pwb shows "
                               "it). The same fingerprint means the same file."),
                            done);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprintLabel, 1);
    fingerprintRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(m_doneLabel);
    doneLayout->addWidget(fingerprintCaption);
    doneLayout->addLayout(fingerprintRow);
    doneLayout->addWidget(hint);
    doneLayout->addStretch(1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(done);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_everyone, &QRadioButton::toggled, this, &ShareDialog::updateState);
    connect(m_list, &QListWidget::itemChanged, this, &ShareDialog::updateState);
    updateState();
    resize(520, 420);
}

void ShareDialog::updateState()
{
    m_list->setEnabled(m_some->isChecked());
    if (m_exportButton)
        m_exportButton->setEnabled(m_everyone->isChecked() || !chosenEvaluators().isEmpty());
}

QStringList ShareDialog::chosenEvaluators() const
{
    QStringList uuids;
    if (m_everyone->isChecked())
        return uuids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            uuids << m_list->item(i)->data(uuidRole).toString();
    }
    return uuids;
}

QString ShareDialog::suggestedPath() const
{
    QStringList parts{fileNamePart(m_project->store().name())};
    if (parts.constFirst().isEmpty())
        parts.first() = QFileInfo(m_project->filePath()).completeBaseName();
    const QStringList chosen = chosenEvaluators();
    if (chosen.isEmpty()) {
        parts << tr("shared");
    } else {
        for (int i = 0; i < m_list->count(); ++i) {
            if (chosen.contains(m_list->item(i)->data(uuidRole).toString()))
                parts << fileNamePart(m_list->item(i)->text());
        }
    }
    const QString folder =
        m_folder.isEmpty() ? QFileInfo(m_project->filePath()).absolutePath() : m_folder;
    return QDir(folder).filePath(parts.join(QLatin1Char('-')) + QStringLiteral(".pwb"));
}

QString ShareDialog::chooseTarget(const QString &suggested)
{
    if (m_chooseTarget)
        return m_chooseTarget(suggested);
    return QFileDialog::getSaveFileName(this, tr("Export for sharing"), suggested,
                                        tr("Policy Workbench projects (*.pwb)"));
}

void ShareDialog::accept()
{
    if (!m_exportButton || !m_exportButton->isEnabled()) // exported already, or nothing chosen
        return;
    QString target = chooseTarget(suggestedPath());
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".pwb"), Qt::CaseInsensitive))
        target += QStringLiteral(".pwb");
    exportTo(target);
}

bool ShareDialog::exportTo(const QString &target)
{
    QString fingerprint, error;
    if (!ShareExport::exportForSharing(m_project->store(), target, chosenEvaluators(), &fingerprint,
                                       &error)) {
        QMessageBox::warning(this, tr("Export for Sharing"),
                             tr("The file was not written: %1").arg(error));
        return false;
    }
    m_fingerprint = fingerprint;
    const QStringList chosen = chosenEvaluators();
    m_doneLabel->setText(
        chosen.isEmpty()
            ? tr("Wrote a full copy of the project to %1.").arg(QDir::toNativeSeparators(target))
            : tr("Wrote the package of %n evaluator(s) to %1.", nullptr, int(chosen.size()))
                  .arg(QDir::toNativeSeparators(target)));
    m_fingerprintLabel->setText(ShareExport::readable(fingerprint));
    m_pages->setCurrentIndex(1);
    m_buttons->clear(); // deletes the Export button
    m_exportButton = nullptr;
    m_buttons->addButton(QDialogButtonBox::Close);
    return true;
}
