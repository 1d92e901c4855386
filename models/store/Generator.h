#pragma once

#include <QCoreApplication>
#include <functional>

// Builds a large synthetic project for benchmarks and stress tests: `policies` policies,
// `evaluators` evaluators each scoring every goal of every policy (with some N/A),
// rationales and evidence. The same seed gives the same content.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    struct Options
    {
        int policies = 100;
        int evaluators = 3;
        quint64 seed = 1;
        QString framework = QStringLiteral("fyp14");
    };
    struct Result
    {
        int policies = 0;
        int evaluators = 0;
        int scores = 0;
        int evidence = 0;
    };

    static bool generate(const QString &path, const Options &options, Result *result,
                         QString *error, const std::function<void(int percent)> &progress = {});
};
