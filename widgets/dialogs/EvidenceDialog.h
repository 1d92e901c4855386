#pragma once

#include "domain/Evidence.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Edits one evidence item: source document, page or section, quote and result level.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceDialog(QWidget *parent = nullptr);

    void setEvidence(const Evidence &evidence);
    Evidence evidence() const;

    void accept() override;

private:
    QLineEdit *m_source;
    QLineEdit *m_locator;
    QPlainTextEdit *m_quote;
    QComboBox *m_level;
};
