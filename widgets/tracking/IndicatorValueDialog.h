#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QVariantMap>

class QLabel;
class QLineEdit;

// Adds or edits one value of an indicator: an observation, a target or a benchmark (the
// table names of SetIndicatorValueCommand). Shows where the period lands on the chart's
// time axis and refuses a missing period or label and a value that is not a finite number.
class IndicatorValueDialog : public QDialog
{
    // The strings were written for the indicator monitor and are translated in its context.
    Q_DECLARE_TR_FUNCTIONS(IndicatorView)

public:
    // `row` is the value's row as Rows::fromObservation and friends make it; `isNew`: it is
    // not in the project yet.
    IndicatorValueDialog(const QString &table, const QVariantMap &row, bool isNew,
                         QWidget *parent = nullptr);

    // The row with what was entered.
    QVariantMap row() const;

    void accept() override;

private:
    void updateHint();

    QString m_table;
    QVariantMap m_row;
    QLineEdit *m_label = nullptr; // benchmarks only
    QLineEdit *m_period;
    QLabel *m_periodHint;
    QLineEdit *m_value;
    QLineEdit *m_source = nullptr; // not for targets
    QLineEdit *m_note;
    QLabel *m_problem;
};
