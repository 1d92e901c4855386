#pragma once

#include "report/ReportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

// The report options: template, language, all policies or the current selection, draft.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `selectionSize` is the number of policies selected in the window (0 disables the
    // "current selection" choice).
    ReportDialog(const ReportOptions &options, int selectionSize, const QString &actionText,
                 QWidget *parent = nullptr);

    ReportOptions options() const; // without the policy list

private:
    QComboBox *m_template;
    QComboBox *m_language;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QCheckBox *m_draft;
};
