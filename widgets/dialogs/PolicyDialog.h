#pragma once

#include "domain/Policy.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Adds or edits a policy. Codes must be unique in the project: `takenCodes` are the
// codes of the other policies.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyDialog(const QSet<QString> &takenCodes, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    Policy policy() const;

    void accept() override;

private:
    QSet<QString> m_takenCodes;
    Policy m_original;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QLineEdit *m_issuer;
    QSpinBox *m_year;
    QComboBox *m_level;
    QComboBox *m_instrument;
    QPlainTextEdit *m_description;
};
