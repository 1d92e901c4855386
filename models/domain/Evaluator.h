#pragma once

#include <QString>

// A person who scores. The UUID follows the person across projects (kept in the
// preferences), so that merged files recognise the same evaluator.
struct Evaluator
{
    QString uuid;
    QString name;

    bool isValid() const { return !uuid.isEmpty() && !name.trimmed().isEmpty(); }
};
