#pragma once

#include "domain/Framework.h"
#include "domain/Indicator.h"

#include <QCoreApplication>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// Creates or edits an indicator: code, names and units in both languages, direction,
// result level and the goals it measures. Refuses a code that is not UPPER_SNAKE_CASE or
// is taken, and an indicator without a name. Built-in indicators keep their code.
class IndicatorDialog : public QDialog
{
    // The strings were written for the indicator monitor and are translated in its context.
    Q_DECLARE_TR_FUNCTIONS(IndicatorView)

public:
    // `takenCodes`: the codes of the project's other indicators.
    IndicatorDialog(const Indicator &indicator, const Framework &framework,
                    const QStringList &takenCodes, QWidget *parent = nullptr);

    // The indicator with what was entered.
    Indicator indicator() const;

    void accept() override;

private:
    Indicator m_indicator;
    QStringList m_taken;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QLineEdit *m_unitZh;
    QLineEdit *m_unitEn;
    QComboBox *m_direction;
    QComboBox *m_level;
    QTreeWidget *m_goals;
    QLabel *m_problem;
};
