#include "ImportExport.h"

#include "Project.h"
#include "Settings.h"
#include "commands/ImportCommand.h"
#include "dialogs/ImportPreviewDialog.h"
#include "io/CsvReader.h"
#include "io/PolicyCsv.h"
#include "io/ScoreCsv.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

ImportExport::ImportExport(QWidget *window, std::function<Project *()> project,
                           std::function<bool()> ensureEvaluator, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_project(std::move(project))
    , m_ensureEvaluator(std::move(ensureEvaluator))
{}

void ImportExport::importPolicies()
{
    Settings settings;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import policies"), settings.lastDirectory(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, false);
}

void ImportExport::importScores()
{
    Settings settings;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import scores"), settings.lastDirectory(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, true);
}

void ImportExport::importFile(const QString &path, bool scores)
{
    Project *project = m_project();
    if (!project || !m_ensureEvaluator())
        return;
    Settings().setLastDirectory(QFileInfo(path).absolutePath());
    const QString actor = project->evaluator().uuid;
    auto planner = [project, path, scores, actor](TextDecoding::Encoding encoding) {
        const CsvReader::Table table = CsvReader::readFile(path, encoding);
        if (!table.ok) {
            ImportPlan failed;
            failed.fileError = table.error;
            return failed;
        }
        return scores ? ScoreCsv::plan(table, project->store())
                      : PolicyCsv::plan(table, project->store(), actor);
    };
    const QString name = QFileInfo(path).fileName();
    ImportPreviewDialog dialog(scores ? tr("Import scores from %1").arg(name)
                                      : tr("Import policies from %1").arg(name),
                               planner, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().changes.isEmpty())
        return;
    const ImportPlan &plan = dialog.plan();
    const int rows = plan.count(ImportPlan::Action::Add) + plan.count(ImportPlan::Action::Update);
    const QString text =
        scores ? QCoreApplication::translate("Undo", "Import %n score(s) from %1", nullptr, rows)
                     .arg(name)
               : QCoreApplication::translate("Undo", "Import %n policy(ies) from %1", nullptr, rows)
                     .arg(name);
    project->push(new ImportCommand(project, text, plan.changes));
}

void ImportExport::exportPolicies()
{
    exportFile(false);
}

void ImportExport::exportScores()
{
    exportFile(true);
}

void ImportExport::exportFile(bool scores)
{
    Project *project = m_project();
    if (!project)
        return;
    Settings settings;
    const QString base = QFileInfo(project->filePath()).completeBaseName() +
                         (scores ? QStringLiteral("-scores.csv") : QStringLiteral("-policies.csv"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, scores ? tr("Export scores") : tr("Export policies"),
        QDir(settings.lastDirectory()).filePath(base), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = scores ? ScoreCsv::write(project->store(), &file, &error)
                    : PolicyCsv::write(project->store(), &file, &error);
    if (ok && !file.commit())
        ok = false;
    if (!ok) {
        file.cancelWriting();
        QMessageBox::warning(
            m_window, tr("Export failed"),
            tr("Could not write %1: %2")
                .arg(QFileInfo(path).fileName(), error.isEmpty() ? file.errorString() : error));
    }
}
