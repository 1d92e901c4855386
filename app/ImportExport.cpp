#include "ImportExport.h"
#include "commands/MergeCommand.h"
#include "dialogs/MergeDialog.h"
#include "merge/MergeEngine.h"
#include <QApplication>

#include "Project.h"
#include "Settings.h"
#include "commands/ImportCommand.h"
#include "dialogs/ImportPreviewDialog.h"
#include "io/BottleneckCsv.h"
#include "io/CsvReader.h"
#include "io/ObservationCsv.h"
#include "io/PolicyCsv.h"
#include "io/ScoreCsv.h"
#include "io/TrackingExport.h"
#include "io/WriteFully.h"

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

void ImportExport::importBottlenecks()
{
    chooseAndImport(Data::Bottlenecks);
}

void ImportExport::importObservations()
{
    chooseAndImport(Data::Observations);
}

void ImportExport::chooseAndImport(Data data)
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, data == Data::Bottlenecks ? tr("Import bottlenecks") : tr("Import observations"),
        settings.lastDirectory(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, data);
}

void ImportExport::importFile(const QString &path, bool scores)
{
    importFile(path, scores ? Data::Scores : Data::Policies);
}

void ImportExport::importFile(const QString &path, Data data)
{
    Project *project = m_project();
    if (!project || !m_ensureEvaluator() || data == Data::Indicators)
        return;
    Settings().setLastDirectory(QFileInfo(path).absolutePath());
    const QString actor = project->evaluator().uuid;
    const QDate today = QDate::currentDate();
    auto planner = [project, path, data, actor, today](TextDecoding::Encoding encoding) {
        const CsvReader::Table table = CsvReader::readFile(path, encoding);
        if (!table.ok) {
            ImportPlan failed;
            failed.fileError = table.error;
            return failed;
        }
        switch (data) {
        case Data::Scores:
            return ScoreCsv::plan(table, project->store());
        case Data::Bottlenecks:
            return BottleneckCsv::plan(table, project->store(), actor, today);
        case Data::Observations:
            return ObservationCsv::plan(table, project->store());
        default:
            return PolicyCsv::plan(table, project->store(), actor);
        }
    };
    const QString name = QFileInfo(path).fileName();
    QString title = tr("Import policies from %1").arg(name);
    if (data == Data::Scores)
        title = tr("Import scores from %1").arg(name);
    else if (data == Data::Bottlenecks)
        title = tr("Import bottlenecks from %1").arg(name);
    else if (data == Data::Observations)
        title = tr("Import observations from %1").arg(name);
    ImportPreviewDialog dialog(title, planner, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().changes.isEmpty())
        return;
    const ImportPlan &plan = dialog.plan();
    const int rows = plan.count(ImportPlan::Action::Add) + plan.count(ImportPlan::Action::Update);
    QString text =
        QCoreApplication::translate("Undo", "Import %n policy(ies) from %1", nullptr, rows)
            .arg(name);
    if (data == Data::Scores)
        text = QCoreApplication::translate("Undo", "Import %n score(s) from %1", nullptr, rows)
                   .arg(name);
    else if (data == Data::Bottlenecks)
        text = QCoreApplication::translate("Undo", "Import %n bottleneck(s) from %1", nullptr, rows)
                   .arg(name);
    else if (data == Data::Observations)
        text =
            QCoreApplication::translate("Undo", "Import %n observation(s) from %1", nullptr, rows)
                .arg(name);
    project->push(new ImportCommand(project, text, plan.changes));
}

void ImportExport::exportPolicies()
{
    exportFile(Data::Policies);
}

void ImportExport::exportScores()
{
    exportFile(Data::Scores);
}

void ImportExport::exportBottlenecks()
{
    exportFile(Data::Bottlenecks);
}

void ImportExport::exportIndicators()
{
    exportFile(Data::Indicators);
}

void ImportExport::exportFile(Data data)
{
    Project *project = m_project();
    if (!project || data == Data::Observations)
        return;
    Settings settings;
    QString suffix = QStringLiteral("-policies.csv");
    QString caption = tr("Export policies");
    if (data == Data::Scores) {
        suffix = QStringLiteral("-scores.csv");
        caption = tr("Export scores");
    } else if (data == Data::Bottlenecks) {
        suffix = QStringLiteral("-bottlenecks.csv");
        caption = tr("Export bottlenecks");
    } else if (data == Data::Indicators) {
        suffix = QStringLiteral("-indicators.csv");
        caption = tr("Export indicators");
    }
    const QString base = QFileInfo(project->filePath()).completeBaseName() + suffix;
    const QString path = QFileDialog::getSaveFileName(
        m_window, caption, QDir(settings.lastDirectory()).filePath(base), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        const ProjectStore &store = project->store();
        if (data == Data::Scores)
            ok = ScoreCsv::write(store, &file, &error);
        else if (data == Data::Bottlenecks)
            ok = BottleneckCsv::write(store, &file, &error);
        else if (data == Data::Indicators)
            ok = TrackingExport::writeIndicatorsCsv(store, QDate::currentDate(), &file, &error);
        else
            ok = PolicyCsv::write(store, &file, &error);
    }
    if (ok && !commitFully(&file)) {
        error = file.errorString(); // before cancelWriting() replaces it
        ok = false;
    }
    if (!ok) {
        file.cancelWriting();
        QMessageBox::warning(
            m_window, tr("Export failed"),
            tr("Could not write %1: %2")
                .arg(QFileInfo(path).fileName(), error.isEmpty() ? file.errorString() : error));
    }
}

void ImportExport::merge()
{
    Project *project = m_project();
    if (!project)
        return;
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Merge another project file"), settings.lastDirectory(),
        tr("Policy Workbench projects (*.pwb);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    mergeFile(path);
}

void ImportExport::mergeFile(const QString &path, const std::function<bool(MergeDialog *)> &decide)
{
    Project *project = m_project();
    if (!project)
        return;
    if (project->isReadOnly()) {
        QMessageBox::information(
            m_window, tr("Merge"),
            tr("The project is open read-only; nothing can be merged into it."));
        return;
    }
    if (!m_ensureEvaluator())
        return;
    MergePlan plan;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        plan = MergeEngine::plan(project->store(), path);
        QApplication::restoreOverrideCursor();
    }
    if (!plan.isUsable()) {
        QMessageBox::warning(m_window, tr("Merge"), plan.error);
        return;
    }
    if (plan.isEmpty()) {
        QMessageBox::information(m_window, tr("Merge"),
                                 tr("\"%1\" has nothing this project does not have already.")
                                     .arg(QFileInfo(path).fileName()));
        return;
    }
    MergeDialog dialog(plan, project->store().displayName(), m_window);
    const bool accepted = decide ? decide(&dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || dialog.plan().hasUnresolved())
        return;
    project->push(new MergeCommand(project, dialog.plan()));
}
