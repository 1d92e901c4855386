#pragma once

#include <QObject>
#include <functional>

class Project;
class QWidget;

// File ▸ Import and Export: CSV import through the preview dialog (nothing is written
// until the user accepts), CSV export through QSaveFile.
class ImportExport : public QObject
{
    Q_OBJECT

public:
    // What a file holds. Observations are only imported; indicators (with their derived
    // figures) only exported.
    enum class Data
    {
        Policies,
        Scores,
        Bottlenecks,
        Observations,
        Indicators
    };

    ImportExport(QWidget *window, std::function<Project *()> project,
                 std::function<bool()> ensureEvaluator, QObject *parent = nullptr);

    void importPolicies();
    void importScores();
    void exportPolicies();
    void exportScores();
    void importBottlenecks();
    void importObservations();
    void exportBottlenecks();
    void exportIndicators();
    // File ▸ Merge: another evaluator's file, previewed (MergeDialog), applied as one edit.
    void merge();
    // The same for `path`; `decide` (tests) stands in for the user at the preview.
    void mergeFile(const QString &path,
                   const std::function<bool(class MergeDialog *)> &decide = {});

    // Runs the preview for `path` and imports on acceptance (the file dialog is skipped).
    // Exposed for tests, which drive the preview dialog directly.
    void importFile(const QString &path, bool scores);
    void importFile(const QString &path, Data data);

private:
    void chooseAndImport(Data data);
    void exportFile(Data data);

    QWidget *m_window;
    std::function<Project *()> m_project;
    std::function<bool()> m_ensureEvaluator;
};
