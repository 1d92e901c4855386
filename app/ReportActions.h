#pragma once

#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QObject>
#include <functional>
#include <optional>

class Project;
class QAction;
class QPrinter;
class QWidget;

// File ▸ Print Preview… / Print… / Export Report as PDF… / Export Report Tables as XLSX…:
// asks for the report options (remembered per project), builds the report and renders it,
// with progress and cancel for the dossier. The main window only adds the actions to its
// menu and tells this class which project is open.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(QWidget *window, std::function<Project *()> project, QObject *parent = nullptr);

    QList<QAction *> actions() const;
    QAction *printPreviewAction() const { return m_previewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *exportPdfAction() const { return m_pdfAction; }
    QAction *exportXlsxAction() const { return m_xlsxAction; }

    // The hook for the dashboard: returns the UUIDs of the policies selected at the moment
    // ("Current selection" in the options dialog). Without one, the policy table's current
    // policy is used if the window passes it here too.
    void setSelectionProvider(std::function<QStringList()> provider);
    QStringList selection() const;

    // Enables the actions when a project is open.
    void updateActions();

    // Builds the report for the open project, with progress and cancel for the dossier;
    // nullopt when cancelled or failed (the error is shown). Public for tests.
    std::optional<ReportDocument> buildDocument(const ReportOptions &options);
    // Asks for the options (prefilled with the project's last choice) and remembers them.
    std::optional<ReportOptions> askOptions(const QString &actionText);
    // Writes the options into the project (an undoable edit) when they changed.
    void rememberOptions(const ReportOptions &options);

    bool exportPdf(const ReportOptions &options, const QString &path);
    bool exportXlsx(const ReportOptions &options, const QString &path);

private:
    void printPreview();
    void print();
    void exportPdfInteractive();
    void exportXlsxInteractive();
    bool renderTo(const ReportDocument &document, QPrinter *printer);
    QString suggestedName(const ReportOptions &options, const QString &suffix) const;

    QWidget *m_window;
    std::function<Project *()> m_project;
    std::function<QStringList()> m_selection;
    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QAction *m_xlsxAction;
};
