#include "Schema.h"

#include <QHash>

namespace {

// Version 1: the foundation. Projects, frameworks and goals, policies, evaluators,
// scores with evidence, and the change log that every command writes.
const char *const v1[] = {
    R"(CREATE TABLE project (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE framework (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE goal (
    uuid TEXT PRIMARY KEY NOT NULL,
    framework_id TEXT NOT NULL REFERENCES framework(id),
    code TEXT NOT NULL,
    parent_code TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (framework_id, code)
))",
    R"(CREATE TABLE evaluator (
    uuid TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL
))",
    R"(CREATE TABLE policy (
    uuid TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    year INTEGER,
    level TEXT NOT NULL DEFAULT '',
    instrument TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE score (
    uuid TEXT PRIMARY KEY NOT NULL,
    policy_uuid TEXT NOT NULL REFERENCES policy(uuid),
    goal_uuid TEXT NOT NULL REFERENCES goal(uuid),
    evaluator_uuid TEXT NOT NULL REFERENCES evaluator(uuid),
    value INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 4),
    rationale TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (policy_uuid, goal_uuid, evaluator_uuid)
))",
    R"(CREATE TABLE evidence (
    uuid TEXT PRIMARY KEY NOT NULL,
    score_uuid TEXT NOT NULL REFERENCES score(uuid),
    source TEXT NOT NULL DEFAULT '',
    locator TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('input', 'activity', 'output', 'outcome', 'impact')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
))",   "CREATE INDEX evidence_by_score ON evidence (score_uuid)",
    R"(CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_uuid TEXT NOT NULL DEFAULT '',
    actor_name TEXT NOT NULL DEFAULT '',
    command TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
))", "CREATE INDEX change_log_by_entity ON change_log (entity_uuid)",
};

// Version 2: empty tables for implementation tracking (bottlenecks and indicators),
// filled by the built-in taxonomy and indicator library.
const char *const v2[] = {
    R"(CREATE TABLE bottleneck_category (
    code TEXT PRIMARY KEY NOT NULL,
    parent_code TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0
))",
    R"(CREATE TABLE bottleneck (
    uuid TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    category_code TEXT NOT NULL REFERENCES bottleneck_category(code),
    description TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'mitigated', 'resolved', 'wont_fix')),
    status_reason TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    opened TEXT,
    target TEXT,
    closed TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE bottleneck_goal (
    uuid TEXT PRIMARY KEY NOT NULL,
    bottleneck_uuid TEXT NOT NULL REFERENCES bottleneck(uuid),
    goal_uuid TEXT NOT NULL REFERENCES goal(uuid),
    UNIQUE (bottleneck_uuid, goal_uuid)
))",
    R"(CREATE TABLE bottleneck_policy (
    uuid TEXT PRIMARY KEY NOT NULL,
    bottleneck_uuid TEXT NOT NULL REFERENCES bottleneck(uuid),
    policy_uuid TEXT NOT NULL REFERENCES policy(uuid),
    UNIQUE (bottleneck_uuid, policy_uuid)
))",
    R"(CREATE TABLE bottleneck_evidence (
    uuid TEXT PRIMARY KEY NOT NULL,
    bottleneck_uuid TEXT NOT NULL REFERENCES bottleneck(uuid),
    source TEXT NOT NULL DEFAULT '',
    locator TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('input', 'activity', 'output', 'outcome', 'impact')),
    sort_order INTEGER NOT NULL DEFAULT 0
))",
    R"(CREATE TABLE indicator (
    uuid TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    unit_zh TEXT NOT NULL DEFAULT '',
    unit_en TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    level TEXT NOT NULL DEFAULT 'output',
    builtin INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0
))",
    R"(CREATE TABLE indicator_goal (
    uuid TEXT PRIMARY KEY NOT NULL,
    indicator_uuid TEXT NOT NULL REFERENCES indicator(uuid),
    goal_uuid TEXT NOT NULL REFERENCES goal(uuid),
    UNIQUE (indicator_uuid, goal_uuid)
))",
    R"(CREATE TABLE observation (
    uuid TEXT PRIMARY KEY NOT NULL,
    indicator_uuid TEXT NOT NULL REFERENCES indicator(uuid),
    period TEXT NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE target (
    uuid TEXT PRIMARY KEY NOT NULL,
    indicator_uuid TEXT NOT NULL REFERENCES indicator(uuid),
    period TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE benchmark (
    uuid TEXT PRIMARY KEY NOT NULL,
    indicator_uuid TEXT NOT NULL REFERENCES indicator(uuid),
    label TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
))",
};

// Version 3: the scoring engine. Named, revisioned weight sets (raw weights per dimension
// and goal code, the method used per level, and AHP pairwise judgements), and consensus
// values set by the lead evaluator, which override the computed consensus of a cell.
const char *const v3[] = {
    R"(CREATE TABLE weight_set (
    uuid TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    description TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT ''
))",
    R"(CREATE TABLE weight (
    uuid TEXT PRIMARY KEY NOT NULL,
    weight_set_uuid TEXT NOT NULL REFERENCES weight_set(uuid),
    code TEXT NOT NULL,
    raw REAL NOT NULL CHECK (raw >= 0),
    UNIQUE (weight_set_uuid, code)
))",
    R"(CREATE TABLE weight_method (
    uuid TEXT PRIMARY KEY NOT NULL,
    weight_set_uuid TEXT NOT NULL REFERENCES weight_set(uuid),
    level_code TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('direct', 'ahp')),
    UNIQUE (weight_set_uuid, level_code)
))",
    R"(CREATE TABLE pairwise (
    uuid TEXT PRIMARY KEY NOT NULL,
    weight_set_uuid TEXT NOT NULL REFERENCES weight_set(uuid),
    level_code TEXT NOT NULL,
    row_code TEXT NOT NULL,
    column_code TEXT NOT NULL,
    value REAL NOT NULL CHECK (value > 0),
    UNIQUE (weight_set_uuid, level_code, row_code, column_code)
))",
    R"(CREATE TABLE consensus (
    uuid TEXT PRIMARY KEY NOT NULL,
    policy_uuid TEXT NOT NULL REFERENCES policy(uuid),
    goal_uuid TEXT NOT NULL REFERENCES goal(uuid),
    value INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 4),
    rationale TEXT NOT NULL DEFAULT '',
    set_by TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (policy_uuid, goal_uuid)
))",
};

template<std::size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

QStringList Schema::migration(int version)
{
    switch (version) {
    case 1:
        return toList(v1);
    case 2:
        return toList(v2);
    case 3:
        return toList(v3);
    }
    return {};
}

QString Schema::keyColumn(const QString &table)
{
    if (table == QLatin1String("project"))
        return QStringLiteral("key");
    if (table == QLatin1String("framework"))
        return QStringLiteral("id");
    if (table == QLatin1String("bottleneck_category"))
        return QStringLiteral("code");
    return QStringLiteral("uuid");
}

bool Schema::isEditableTable(const QString &table)
{
    static const QStringList tables{QStringLiteral("project"),
                                    QStringLiteral("framework"),
                                    QStringLiteral("goal"),
                                    QStringLiteral("evaluator"),
                                    QStringLiteral("policy"),
                                    QStringLiteral("score"),
                                    QStringLiteral("evidence"),
                                    QStringLiteral("bottleneck_category"),
                                    QStringLiteral("bottleneck"),
                                    QStringLiteral("bottleneck_goal"),
                                    QStringLiteral("bottleneck_policy"),
                                    QStringLiteral("bottleneck_evidence"),
                                    QStringLiteral("indicator"),
                                    QStringLiteral("indicator_goal"),
                                    QStringLiteral("observation"),
                                    QStringLiteral("target"),
                                    QStringLiteral("benchmark"),
                                    QStringLiteral("weight_set"),
                                    QStringLiteral("weight"),
                                    QStringLiteral("weight_method"),
                                    QStringLiteral("pairwise"),
                                    QStringLiteral("consensus")};
    return tables.contains(table);
}
