#pragma once

#include "domain/Bottleneck.h"
#include "domain/Framework.h"
#include "domain/Policy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

// Records or edits a bottleneck: what it is, how severe, where it stands (status changes
// follow BottleneckRules and say why they are refused), who owns it, its dates, and the
// goals and policies it blocks.
class BottleneckDialog : public QDialog
{
    Q_OBJECT

public:
    BottleneckDialog(const QList<BottleneckCategory> &categories, const Framework &framework,
                     const QList<Policy> &policies, const QStringList &owners, const QDate &today,
                     QWidget *parent = nullptr);

    // The record to edit (its status is the one transitions start from); a record without
    // a UUID is a new one.
    void setBottleneck(const Bottleneck &bottleneck);
    Bottleneck bottleneck() const;
    // What is wrong with the record as entered; empty when it can be saved.
    QStringList problems() const;

    void accept() override;

private:
    void updateState();
    void filterPolicies(const QString &text);

    Bottleneck m_original;
    QDate m_today;
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QComboBox *m_owner;
    QDateEdit *m_opened;
    QCheckBox *m_hasTarget;
    QDateEdit *m_target;
    QLabel *m_closed;
    QTreeWidget *m_goals;
    QLineEdit *m_policyFilter;
    QListWidget *m_policies;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};
