#include "ReportActions.h"

#include "Project.h"
#include "Settings.h"
#include "commands/ProjectCommands.h"
#include "io/ReportXlsx.h"
#include "report/ReportBuilder.h"
#include "report/ReportDialog.h"
#include "report/ReportRenderer.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QWidget>

ReportActions::ReportActions(QWidget *window, std::function<Project *()> project, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_project(std::move(project))
    , m_previewAction(new QAction(tr("Print Pre&view…"), this))
    , m_printAction(new QAction(tr("&Print…"), this))
    , m_pdfAction(new QAction(tr("Export &Report as PDF…"), this))
    , m_xlsxAction(new QAction(tr("Export Report &Tables as XLSX…"), this))
{
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction->setStatusTip(tr("See the executive summary or the evaluation dossier as it "
                                     "will print"));
    m_pdfAction->setStatusTip(tr("Write the executive summary or the evaluation dossier as an A4 "
                                 "PDF"));
    m_xlsxAction->setStatusTip(tr("Write the report's tables to an Excel workbook"));
    connect(m_previewAction, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_printAction, &QAction::triggered, this, &ReportActions::print);
    connect(m_pdfAction, &QAction::triggered, this, &ReportActions::exportPdfInteractive);
    connect(m_xlsxAction, &QAction::triggered, this, &ReportActions::exportXlsxInteractive);
    updateActions();
}

QList<QAction *> ReportActions::actions() const
{
    return {m_previewAction, m_printAction, m_pdfAction, m_xlsxAction};
}

void ReportActions::setSelectionProvider(std::function<QStringList()> provider)
{
    m_selection = std::move(provider);
}

QStringList ReportActions::selection() const
{
    return m_selection ? m_selection() : QStringList();
}

void ReportActions::updateActions()
{
    const bool open = m_project() != nullptr;
    for (QAction *action : actions())
        action->setEnabled(open);
}

std::optional<ReportOptions> ReportActions::askOptions(const QString &actionText)
{
    Project *project = m_project();
    if (!project)
        return std::nullopt;
    const QStringList selected = selection();
    ReportDialog dialog(ReportOptions::load(project->store()), int(selected.size()), actionText,
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ReportOptions options = dialog.options();
    if (options.scope == ReportOptions::Scope::Selection)
        options.policyUuids = selected;
    rememberOptions(options);
    return options;
}

void ReportActions::rememberOptions(const ReportOptions &options)
{
    Project *project = m_project();
    if (!project || project->isReadOnly())
        return;
    const QString json = options.toJson();
    const QString key = QString::fromLatin1(ReportOptions::MetadataKey);
    if (project->store().metadata(key) == json)
        return;
    project->push(new EditProjectInfoCommand(
        project, {{key, json}}, QCoreApplication::translate("Undo", "Remember report options")));
}

std::optional<ReportDocument> ReportActions::buildDocument(const ReportOptions &options)
{
    Project *project = m_project();
    if (!project)
        return std::nullopt;
    const bool dossier = options.templ == ReportOptions::Template::Dossier;
    QProgressDialog progress(tr("Preparing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(dossier ? 300 : 1000);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportBuilder builder(project->store(), options, QDate::currentDate());
    QString error;
    const std::optional<ReportDocument> document =
        builder.build(&error, [&progress](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 0);
            return !progress.wasCanceled();
        });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!document && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Report"), error);
    return document;
}

bool ReportActions::renderTo(const ReportDocument &document, QPrinter *printer)
{
    QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ReportRenderer renderer(document);
    const bool ok = renderer.render(printer, [&progress](int done, int total) {
        progress.setValue(total > 0 ? done * 100 / total : 0);
        return !progress.wasCanceled();
    });
    progress.reset();
    return ok;
}

QString ReportActions::suggestedName(const ReportOptions &options, const QString &suffix) const
{
    Settings settings;
    QString base = QFileInfo(m_project()->filePath()).completeBaseName();
    base += options.templ == ReportOptions::Template::Dossier ? QStringLiteral("-dossier")
                                                              : QStringLiteral("-summary");
    return QDir(settings.lastDirectory()).filePath(base + suffix);
}

void ReportActions::printPreview()
{
    const std::optional<ReportOptions> options = askOptions(tr("Preview"));
    if (!options)
        return;
    const std::optional<ReportDocument> document = buildDocument(*options);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::setupPage(&printer);
    printer.setDocName(document->projectName + QStringLiteral(" — ") + document->title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &document](QPrinter *p) { renderTo(*document, p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportActions::print()
{
    const std::optional<ReportOptions> options = askOptions(tr("Print"));
    if (!options)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::setupPage(&printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<ReportDocument> document = buildDocument(*options);
    if (!document)
        return;
    // The layout follows the paper and margins chosen in the print dialog.
    if (!renderTo(*document, &printer))
        QMessageBox::warning(m_window, tr("Print"), tr("The report was not printed."));
}

bool ReportActions::exportPdf(const ReportOptions &options, const QString &path)
{
    const std::optional<ReportDocument> document = buildDocument(options);
    if (!document)
        return false;
    QProgressDialog progress(tr("Writing the PDF…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool ok =
        ReportRenderer::writePdf(*document, path, &error, [&progress](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 0);
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!ok && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Report"), error);
    return ok;
}

bool ReportActions::exportXlsx(const ReportOptions &options, const QString &path)
{
    const std::optional<ReportDocument> document = buildDocument(options);
    if (!document)
        return false;
    QString error;
    if (!ReportXlsx::write(*document, path, &error)) {
        QMessageBox::warning(m_window, tr("Export Report"),
                             tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

void ReportActions::exportPdfInteractive()
{
    const std::optional<ReportOptions> options = askOptions(tr("Export"));
    if (!options)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report as PDF"), suggestedName(*options, QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings().setLastDirectory(QFileInfo(path).absolutePath());
    exportPdf(*options, path);
}

void ReportActions::exportXlsxInteractive()
{
    const std::optional<ReportOptions> options = askOptions(tr("Export"));
    if (!options)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report Tables as XLSX"),
        suggestedName(*options, QStringLiteral(".xlsx")), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    Settings().setLastDirectory(QFileInfo(path).absolutePath());
    exportXlsx(*options, path);
}
