#pragma once

#include "ChangeApplier.h"
#include "FileGuard.h"
#include "OpenError.h"
#include "RowChange.h"
#include "WeightSetRecord.h"
#include "domain/Bottleneck.h"
#include "domain/Evaluator.h"
#include "domain/Evidence.h"
#include "domain/Framework.h"
#include "domain/Indicator.h"
#include "domain/Policy.h"
#include "domain/Score.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct ScoringData;
#include <memory>
#include <optional>

// The project file: one SQLite database (see Schema). Opening is defensive because files
// come from other teams: the header is checked before SQLite reads anything, then the
// connection is hardened, quick_check runs, and the schema must match what this version
// would have created. Every change goes through apply(); reads are plain queries.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    enum class Access
    {
        ReadWrite, // read-only files still open, read-only, and say so
        ReadOnly,
        ReadOnlyAllowNewer, // also opens files of a newer format, for reading what we know
    };

    struct Counts
    {
        int policies = 0;
        int goals = 0;
        int dimensions = 0;
        int evaluators = 0;
        int scores = 0;
        int evidence = 0;
    };

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    static std::unique_ptr<ProjectStore> open(const QString &path, Access access, OpenError *error);
    // Creates a new project file (refusing to overwrite unless `overwrite`), with the
    // framework, the bottleneck taxonomy and the indicator library. Written to a temporary
    // file first and renamed, so a failed creation leaves nothing behind.
    static std::unique_ptr<ProjectStore> create(const QString &path, const QString &frameworkId,
                                                const QString &name, bool overwrite,
                                                QString *error);
    // Test support: an empty project file at an older schema version.
    static bool createAtVersion(const QString &path, int version, const QString &frameworkId,
                                QString *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int fileVersion() const { return m_fileVersion; }
    QSqlDatabase database() const;

    QString metadata(const QString &key) const;
    QString name() const { return metadata(QStringLiteral("name")); }
    // Name and description in the UI language where the project has both languages.
    QString displayName() const;
    QString displayDescription() const;
    const Framework &framework() const { return m_framework; }
    Counts counts() const;

    QList<PolicySummary> policySummaries() const;
    // The policies alone, by code: much cheaper than the summaries (no score counts).
    QList<Policy> policies() const;
    std::optional<PolicySummary> policySummary(const QString &uuid) const;
    std::optional<Policy> policy(const QString &uuid) const;
    std::optional<Policy> policyByCode(const QString &code) const;
    QList<Evaluator> evaluators() const;
    std::optional<Evaluator> evaluator(const QString &uuid) const;
    // Scores of a policy, optionally of one goal, all evaluators, evaluator names joined.
    QList<Score> scores(const QString &policyUuid, const QString &goalUuid = QString()) const;
    std::optional<Score> score(const QString &policyUuid, const QString &goalUuid,
                               const QString &evaluatorUuid) const;
    QList<Evidence> evidence(const QString &scoreUuid) const;
    // Every evaluator's scores of one goal over all policies.
    QList<Score> scoresOfGoal(const QString &goalUuid) const;
    // Number of evidence items per score of one policy.
    QHash<QString, int> evidenceCounts(const QString &policyUuid) const;

    // Scoring: every score, override and evidence item in the engine's dense form.
    bool loadScoringData(ScoringData *data, QString *error = nullptr) const;
    QList<WeightSetRecord> weightSets() const; // all, with their weights, by name
    std::optional<WeightSetRecord> weightSet(const QString &uuid) const;
    std::optional<WeightSetRecord> weightSetByName(const QString &name) const;
    QString activeWeightSetUuid() const; // falls back to the first set

    // Implementation tracking (TrackingQueries.cpp).
    QList<BottleneckCategory> bottleneckCategories() const; // tree order
    QList<Bottleneck> bottlenecks() const;                  // with their goal and policy links
    std::optional<Bottleneck> bottleneck(const QString &uuid) const;
    QList<Evidence> bottleneckEvidence(const QString &bottleneckUuid) const;
    QList<Indicator> indicators() const; // with links, observations, targets, benchmarks
    std::optional<Indicator> indicator(const QString &uuid) const;
    // Every logged change of a record and of its child rows (links, evidence: rows of
    // `childTables` whose `parentColumn` is the record), oldest first.
    QList<HistoryEntry> history(const QString &uuid, const QStringList &childTables = {},
                                const QString &parentColumn = QString()) const;

    // Merge: copies another file's change-log rows in (their own time, actor and values,
    // so that both files then share that history) and removes them again on undo.
    bool appendLog(const QList<QVariantMap> &rows, qint64 *first, qint64 *last, QString *error);
    bool removeLog(qint64 first, qint64 last, QString *error);

    // Raw rows, for commands that snapshot what they are about to change.
    QVariantMap row(const QString &table, const QString &key) const;
    QList<QVariantMap> rowsWhere(const QString &table, const QString &column,
                                 const QVariant &value) const;

    bool apply(const RowChanges &changes, bool forward, const ChangeContext &context,
               QString *error);

    // A clean, compacted copy of the project at `target` (VACUUM INTO a temporary file in
    // the target's folder, then an atomic rename): the original is never touched.
    bool saveCopy(const QString &target, QString *error) const;

    // Full integrity and consistency check for `policy-workbench check`: one line per
    // problem, empty when the file is sound.
    QStringList check() const;

private:
    ProjectStore() = default;
    bool loadFramework(QString *error);
    QList<Indicator> indicatorsWhere(const QString &uuid) const;
    OpenError prepareConnection(const QString &path, bool readOnly, int fileVersion,
                                bool allowNewer);
    qint64 dataVersion() const; // PRAGMA data_version of our connection, -1 if unreadable

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    int m_fileVersion = 0;
    Framework m_framework;
    // Read-write opens only: the instance lock and change detection. A member, so the lock
    // is released after the destructor has closed the connection.
    std::unique_ptr<FileGuard> m_guard;
};
