#pragma once

#include <QHash>
#include <QList>
#include <QString>

// A named weight set as stored: raw weights by dimension or goal code (levels without
// rows mean equal weights), the method used per level ("" = dimensions, else a
// dimension's code for its goals) and the AHP judgements behind levels set by pairwise
// comparison. `revision` grows with every change, so a report can name exactly what it used.
struct WeightSetRecord
{
    struct Judgement
    {
        QString level;
        QString row;
        QString column;
        double value = 1;
    };

    QString uuid;
    QString name;
    int revision = 1;
    QString description;
    QHash<QString, double> raw;
    QHash<QString, QString> methods; // level → "direct" | "ahp"
    QList<Judgement> judgements;
};
