#pragma once

#include "domain/Framework.h"
#include "scoring/Ahp.h"
#include "store/WeightSetRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

// Edits a weight set level by level: the dimensions among themselves, then the goals of
// each dimension. Each level is set by direct entry (points or percentages; the
// normalised shares are shown as you type) or by AHP pairwise comparison on Saaty's 1–9
// scale, with the consistency ratio, a warning above 0.10 and the judgements that
// contribute most to the inconsistency, all live.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    WeightsDialog(const Framework &framework, const WeightSetRecord &set,
                  QWidget *parent = nullptr);

    // The edited set (uuid empty when "save as new" was chosen).
    WeightSetRecord weightSet() const;
    void accept() override;

    // For tests: the direct-entry table and the pairwise table of the current level.
    QTableWidget *directTable() const { return m_direct; }
    QTableWidget *pairwiseTable() const { return m_pairwise; }
    void selectLevel(const QString &level);
    void setMethod(bool ahp);

private:
    struct Level
    {
        QString code; // "" = dimensions
        QStringList codes;
        QStringList names;
        QVector<double> raw;
        bool ahp = false;
        PairwiseMatrix matrix;
    };

    void showLevel(int index);
    void storeLevel();
    void updateDirectShares();
    void updateAhp();
    static QString saatyText(double value);

    const Framework m_framework;
    WeightSetRecord m_set;
    QList<Level> m_levels;
    int m_current = -1;
    bool m_filling = false;

    QLineEdit *m_name;
    QComboBox *m_saveMode;
    QListWidget *m_levelList;
    QRadioButton *m_directButton;
    QRadioButton *m_ahpButton;
    QStackedWidget *m_pages;
    QTableWidget *m_direct;
    QTableWidget *m_pairwise;
    QLabel *m_ahpSummary;
    QLabel *m_ahpPairs;
};
