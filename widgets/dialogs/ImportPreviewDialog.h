#pragma once

#include "io/ImportPlan.h"
#include "io/TextDecoding.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

// Shows what an import would do before anything is written: the rows to add or change,
// every rejected row with its reason, and the encoding used (which the user may
// override; the plan is then recomputed).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Planner = std::function<ImportPlan(TextDecoding::Encoding)>;

    ImportPreviewDialog(const QString &title, Planner planner, QWidget *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }

private:
    void replan();
    void fillTables();

    Planner m_planner;
    ImportPlan m_plan;
    QComboBox *m_encoding;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_accepted;
    QTableWidget *m_rejected;
    QPushButton *m_import;
};
