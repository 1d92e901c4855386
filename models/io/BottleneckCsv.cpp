#include "BottleneckCsv.h"

#include "CsvFields.h"
#include "CsvWriter.h"
#include "domain/BottleneckRules.h"
#include "domain/Vocabulary.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <array>

namespace {

enum Column
{
    Title,
    Category,
    Severity,
    Status,
    Goals,
    Policies,
    Owner,
    Opened,
    Target,
    Description,
    // Not in the interface; appended so that an export carries the whole record.
    Closed,
    StatusReason,
    Notes,
    Uuid,
    ColumnCount
};

const std::array<std::array<const char *, 3>, ColumnCount> names{{
    {"title", "标题", "名称"},
    {"category", "类别", "分类"},
    {"severity", "严重程度", "严重性"},
    {"status", "状态", nullptr},
    {"goals", "目标", "关联目标"},
    {"policies", "政策", "关联政策"},
    {"owner", "负责人", "责任单位"},
    {"opened", "提出日期", "发现日期"},
    {"target", "目标日期", "计划解决日期"},
    {"description", "描述", "说明"},
    {"closed", "关闭日期", "解决日期"},
    {"status_reason", "状态说明", "状态原因"},
    {"notes", "备注", nullptr},
    {"uuid", nullptr, nullptr},
}};

QStringList namesOf(Column column)
{
    return CsvFields::namesOf(names[column]);
}

using CsvFields::hasControlCharacters;
using CsvFields::shortened;
using CsvFields::withEmptyStrings;

const QString bottleneckTable = QStringLiteral("bottleneck");
const QString goalLinkTable = QStringLiteral("bottleneck_goal");
const QString policyLinkTable = QStringLiteral("bottleneck_policy");

// "E2; E5" → {"E2", "E5"}; the full-width semicolon of Chinese input methods too.
QStringList splitCodes(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[;\\x{FF1B}]"));
    QStringList codes;
    for (const QString &part : text.split(separator)) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QStringLiteral("\"%1\"").arg(shortened(v));
    return quoted.join(QStringLiteral(", "));
}

// Strictly yyyy-MM-dd: QDate's ISO parser alone would also take a date with a time.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!iso.match(text).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}

const GoalNode *findGoal(const Framework &framework, const QString &code)
{
    if (const GoalNode *node = framework.byCode(code))
        return node;
    for (const GoalNode &node : framework.nodes()) {
        if (node.code.compare(code, Qt::CaseInsensitive) == 0)
            return &node;
    }
    return nullptr;
}

const BottleneckCategory *findCategory(const QList<BottleneckCategory> &categories,
                                       const QString &text)
{
    for (const BottleneckCategory &c : categories) {
        if (c.code.compare(text, Qt::CaseInsensitive) == 0)
            return &c;
    }
    for (const BottleneckCategory &c : categories) {
        if (c.nameZh == text ||
            (!c.nameEn.isEmpty() && c.nameEn.compare(text, Qt::CaseInsensitive) == 0))
            return &c;
    }
    return nullptr;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() || b.isNull() ? a.isNull() == b.isNull() : a.toString() == b.toString();
}

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

bool sameFields(const Bottleneck &a, const Bottleneck &b)
{
    const QVariantMap x = Rows::fromBottleneck(a);
    const QVariantMap y = Rows::fromBottleneck(b);
    for (auto it = x.cbegin(); it != x.cend(); ++it) {
        if (!sameValue(it.value(), y.value(it.key())))
            return false;
    }
    return true;
}

// Inserts and deletes that turn the stored links of a bottleneck into `wanted`.
void diffLinks(RowChanges *changes, const ProjectStore &store, const QString &table,
               const QString &otherColumn, const QString &bottleneckUuid, const QStringList &wanted,
               QVariantMap (*link)(const QString &, const QString &))
{
    const QSet<QString> keep(wanted.cbegin(), wanted.cend());
    QSet<QString> present;
    for (const QVariantMap &row :
         store.rowsWhere(table, QStringLiteral("bottleneck_uuid"), bottleneckUuid)) {
        const QString other = row.value(otherColumn).toString();
        present.insert(other);
        if (!keep.contains(other))
            changes->append({table, row.value(QStringLiteral("uuid")).toString(), row, {}});
    }
    for (const QString &other : wanted) {
        if (present.contains(other))
            continue;
        const QVariantMap row = link(bottleneckUuid, other);
        changes->append({table, row.value(QStringLiteral("uuid")).toString(), {}, row});
    }
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList BottleneckCsv::columns()
{
    return CsvFields::canonicalNames(names);
}

ImportPlan BottleneckCsv::plan(const CsvReader::Table &table, const ProjectStore &store,
                               const QString &actorUuid, const QDate &today)
{
    ImportPlan plan;
    plan.columns = QStringList{tr("Title"),  tr("Category"),   tr("Severity"), tr("Status"),
                               tr("Goals"),  tr("Policies"),   tr("Owner"),    tr("Opened"),
                               tr("Target"), tr("Description")};
    plan.encodingName = TextDecoding::name(table.encoding);
    if (!table.ok) {
        plan.fileError = table.error;
        return plan;
    }

    std::array<int, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c) {
        const auto column = static_cast<Column>(c);
        index[c] = table.column(namesOf(column));
        if (index[c] == -2) {
            plan.fileError = tr("The header names the column \"%1\" more than once.")
                                 .arg(namesOf(column).first());
            return plan;
        }
        if (index[c] == -1 && (column == Title || column == Category)) {
            plan.fileError = tr("The file has no \"%1\" column. Bottlenecks need at least the "
                                "columns title and category (or 标题 and 类别); the header "
                                "found is: %2")
                                 .arg(namesOf(column).first(),
                                      shortened(table.header.join(QStringLiteral(", "))));
            return plan;
        }
    }

    const Framework &framework = store.framework();
    const QList<BottleneckCategory> categories = store.bottleneckCategories();
    QStringList categoryCodes;
    for (const BottleneckCategory &c : categories)
        categoryCodes << c.code;
    QStringList statusCodes;
    for (const BottleneckStatus s : Vocabulary::statuses())
        statusCodes << Vocabulary::statusCode(s);
    QHash<QString, QString> policyUuids; // code → uuid
    QHash<QString, QString> policyCodes; // uuid → code
    for (const Policy &policy : store.policies()) {
        policyUuids.insert(policy.code, policy.uuid);
        policyCodes.insert(policy.uuid, policy.code);
    }
    QHash<QString, Bottleneck> byUuid;
    QHash<QString, QStringList> uuidsByTitle;
    for (const Bottleneck &b : store.bottlenecks()) {
        byUuid.insert(b.uuid, b);
        uuidsByTitle[b.title.trimmed()] << b.uuid;
    }

    const QString now = Rows::now();
    QHash<QString, int> titleLine;   // title → line it first appears on
    QHash<QString, int> uuidLine;    // uuid given in the file → line
    QHash<QString, int> matchedLine; // existing bottleneck → line that updates it

    for (const CsvReader::Record &record : table.records) {
        auto reject = [&](const QString &reason) {
            plan.rejected.append({record.line, ImportPlan::shownFields(record.fields), reason});
        };
        if (const QString problem = CsvReader::recordProblem(table, record); !problem.isEmpty()) {
            reject(problem);
            continue;
        }
        auto has = [&](Column c) { return index[c] >= 0; };
        auto text = [&](Column c) { return has(c) ? record.fields.at(index[c]) : QString(); };
        auto value = [&](Column c) { return text(c).trimmed(); };

        QStringList reasons;
        const QString title = value(Title);
        if (title.isEmpty()) {
            reasons << tr("the title is empty");
        } else if (hasControlCharacters(title)) {
            reasons << tr("the title \"%1\" contains a line break or tab").arg(shortened(title));
        } else if (titleLine.contains(title)) {
            reasons << tr("the title \"%1\" was already used on line %2")
                           .arg(shortened(title))
                           .arg(titleLine.value(title));
        } else {
            titleLine.insert(title, record.line);
        }

        QString uuid;
        if (const QString given = value(Uuid); !given.isEmpty()) {
            const QUuid parsed = QUuid::fromString(given);
            if (parsed.isNull()) {
                reasons << tr("the uuid \"%1\" is not a UUID").arg(shortened(given));
            } else {
                uuid = parsed.toString(QUuid::WithoutBraces);
                if (uuidLine.contains(uuid))
                    reasons << tr("the uuid %1 was already used on line %2")
                                   .arg(uuid)
                                   .arg(uuidLine.value(uuid));
                else
                    uuidLine.insert(uuid, record.line);
            }
        }

        const QString categoryText = value(Category);
        const BottleneckCategory *category =
            categoryText.isEmpty() ? nullptr : findCategory(categories, categoryText);
        if (categoryText.isEmpty())
            reasons << tr("the category is empty");
        else if (!category)
            reasons << tr("unknown category \"%1\" (use a code: %2, or a category's name)")
                           .arg(shortened(categoryText), categoryCodes.join(QStringLiteral(", ")));

        std::optional<int> severity;
        if (const QString given = value(Severity); !given.isEmpty()) {
            severity = Vocabulary::severityFromText(given);
            if (!severity)
                reasons << tr("the severity \"%1\" is not 1, 2, 3 or 4 (%2 … %3)")
                               .arg(shortened(given), Vocabulary::severityLabel(1),
                                    Vocabulary::severityLabel(4));
        }
        std::optional<BottleneckStatus> status;
        if (const QString given = value(Status); !given.isEmpty()) {
            status = Vocabulary::statusFromText(given);
            if (!status)
                reasons << tr("unknown status \"%1\" (use one of: %2)")
                               .arg(shortened(given), statusCodes.join(QStringLiteral(", ")));
        }

        QStringList goalUuids;
        {
            QStringList unknown, dimensions;
            for (const QString &code : splitCodes(text(Goals))) {
                const GoalNode *goal = findGoal(framework, code);
                if (!goal)
                    unknown << code;
                else if (goal->isDimension())
                    dimensions << goal->code;
                else if (!goalUuids.contains(goal->uuid))
                    goalUuids << goal->uuid;
            }
            if (!unknown.isEmpty())
                reasons << tr("unknown goal code(s) %1").arg(quotedList(unknown));
            for (const QString &code : std::as_const(dimensions)) {
                QStringList goals;
                for (const GoalNode &g : framework.goalsOf(code))
                    goals << g.code;
                reasons << tr("\"%1\" is a dimension, not a goal: link its goals (%2)")
                               .arg(code, goals.join(QStringLiteral(", ")));
            }
        }
        QStringList linkedPolicies;
        {
            QStringList unknown;
            for (const QString &code : splitCodes(text(Policies))) {
                const QString policyUuid = policyUuids.value(code);
                if (policyUuid.isEmpty())
                    unknown << code;
                else if (!linkedPolicies.contains(policyUuid))
                    linkedPolicies << policyUuid;
            }
            if (!unknown.isEmpty())
                reasons << tr("unknown policy code(s) %1").arg(quotedList(unknown));
        }

        const std::optional<QDate> opened = parseDate(value(Opened));
        if (!opened)
            reasons << tr("the date opened \"%1\" is not a date written yyyy-MM-dd")
                           .arg(shortened(value(Opened)));
        const std::optional<QDate> target = parseDate(value(Target));
        if (!target)
            reasons << tr("the target date \"%1\" is not a date written yyyy-MM-dd")
                           .arg(shortened(value(Target)));
        const std::optional<QDate> closed = parseDate(value(Closed));
        if (!closed)
            reasons << tr("the date closed \"%1\" is not a date written yyyy-MM-dd")
                           .arg(shortened(value(Closed)));

        // Which bottleneck the row is about: its uuid, or else its title.
        const Bottleneck *existing = nullptr;
        if (!uuid.isEmpty() && byUuid.contains(uuid)) {
            existing = &*byUuid.constFind(uuid);
        } else if (!title.isEmpty()) {
            const QStringList same = uuidsByTitle.value(title);
            if (same.size() > 1)
                reasons << tr("the title \"%1\" is ambiguous: %2 bottlenecks of the project have "
                              "it (give the uuid)")
                               .arg(shortened(title))
                               .arg(same.size());
            else if (same.size() == 1)
                existing = &*byUuid.constFind(same.first());
        }
        if (existing) {
            if (matchedLine.contains(existing->uuid))
                reasons << tr("updates the same bottleneck as line %1")
                               .arg(matchedLine.value(existing->uuid));
            else
                matchedLine.insert(existing->uuid, record.line);
        }
        if (!reasons.isEmpty()) {
            reject(reasons.join(QStringLiteral("; ")));
            continue;
        }

        // Columns the file does not have, and empty coded values, leave an existing
        // bottleneck's values alone.
        Bottleneck b = existing ? *existing : Bottleneck();
        b.title = title;
        b.categoryCode = category->code;
        if (severity)
            b.severity = *severity;
        if (status)
            b.status = *status;
        if (has(StatusReason))
            b.statusReason = text(StatusReason);
        if (has(Owner))
            b.owner = text(Owner);
        if (has(Description))
            b.description = text(Description);
        if (has(Notes))
            b.notes = text(Notes);
        if (opened->isValid())
            b.opened = *opened;
        else if (!existing)
            b.opened = today;
        if (has(Target))
            b.target = *target;
        if (closed->isValid())
            b.closed = *closed;
        if (has(Goals))
            b.goalUuids = goalUuids;
        if (has(Policies))
            b.policyUuids = linkedPolicies;

        // The reason must come from this row: the one stored explains the old status.
        const QString reason = text(StatusReason);
        const BottleneckStatus from = existing ? existing->status : BottleneckStatus::Open;
        if (BottleneckRules::needsReason(from, b.status) && reason.trimmed().isEmpty()) {
            const QString change =
                existing
                    ? tr("moving the bottleneck from \"%1\" to \"%2\"")
                          .arg(Vocabulary::statusLabel(from), Vocabulary::statusLabel(b.status))
                    : tr("the status \"%1\"").arg(Vocabulary::statusLabel(b.status));
            reasons << (has(StatusReason)
                            ? tr("%1 needs a reason in the status_reason column").arg(change)
                            : tr("%1 needs a reason, and the file has no status_reason column "
                                 "to give one")
                                  .arg(change));
        }
        if (b.opened.isValid() && b.target.isValid() && b.target < b.opened)
            reasons << tr("the target date %1 is before the date opened %2")
                           .arg(isoDate(b.target), isoDate(b.opened));
        if (closed->isValid() && !b.isClosed())
            reasons << tr("a date closed is given, but the status \"%1\" is not resolved or "
                          "won't fix")
                           .arg(Vocabulary::statusLabel(b.status));
        BottleneckRules::settleClosedDate(&b, today);
        if (reasons.isEmpty()) {
            // Whatever else the editor would refuse (e.g. closed today, opened in the future).
            reasons = BottleneckRules::fieldErrors(b);
        }
        if (!reasons.isEmpty()) {
            reject(reasons.join(QStringLiteral("; ")));
            continue;
        }

        QStringList goalCodes, policyList;
        for (const QString &g : std::as_const(b.goalUuids)) {
            const GoalNode *node = framework.byUuid(g);
            goalCodes << (node ? node->code : g);
        }
        for (const QString &p : std::as_const(b.policyUuids))
            policyList << policyCodes.value(p, p);
        ImportPlan::Row row{record.line,
                            ImportPlan::Action::Add,
                            {b.title, b.categoryCode, Vocabulary::severityLabel(b.severity),
                             Vocabulary::statusLabel(b.status),
                             goalCodes.join(QStringLiteral("; ")),
                             policyList.join(QStringLiteral("; ")), b.owner, isoDate(b.opened),
                             isoDate(b.target), b.description}};

        if (!existing) {
            b.uuid = uuid.isEmpty() ? Rows::newUuid() : uuid;
            QVariantMap after = Rows::fromBottleneck(b);
            after.insert(QStringLiteral("created"), now);
            after.insert(QStringLiteral("modified"), now);
            after.insert(QStringLiteral("modified_by"), actorUuid);
            plan.changes.append({bottleneckTable, b.uuid, {}, withEmptyStrings(after)});
            for (const QString &g : std::as_const(b.goalUuids)) {
                const QVariantMap link = Rows::bottleneckGoalLink(b.uuid, g);
                plan.changes.append(
                    {goalLinkTable, link.value(QStringLiteral("uuid")).toString(), {}, link});
            }
            for (const QString &p : std::as_const(b.policyUuids)) {
                const QVariantMap link = Rows::bottleneckPolicyLink(b.uuid, p);
                plan.changes.append(
                    {policyLinkTable, link.value(QStringLiteral("uuid")).toString(), {}, link});
            }
        } else if (sameFields(*existing, b) && sameSet(existing->goalUuids, b.goalUuids) &&
                   sameSet(existing->policyUuids, b.policyUuids)) {
            row.action = ImportPlan::Action::Unchanged;
        } else {
            row.action = ImportPlan::Action::Update;
            if (!sameFields(*existing, b)) {
                const QVariantMap before = store.row(bottleneckTable, b.uuid);
                QVariantMap after = before;
                const QVariantMap fields = Rows::fromBottleneck(b);
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    after.insert(it.key(), it.value());
                after.insert(QStringLiteral("modified"), now);
                after.insert(QStringLiteral("modified_by"), actorUuid);
                plan.changes.append({bottleneckTable, b.uuid, before, withEmptyStrings(after)});
            }
            diffLinks(&plan.changes, store, goalLinkTable, QStringLiteral("goal_uuid"), b.uuid,
                      b.goalUuids, &Rows::bottleneckGoalLink);
            diffLinks(&plan.changes, store, policyLinkTable, QStringLiteral("policy_uuid"), b.uuid,
                      b.policyUuids, &Rows::bottleneckPolicyLink);
        }
        plan.rows.append(row);
    }
    return plan;
}

bool BottleneckCsv::write(const ProjectStore &store, QIODevice *device, QString *error)
{
    const Framework &framework = store.framework();
    QHash<QString, QString> policyCodes;
    for (const Policy &policy : store.policies())
        policyCodes.insert(policy.uuid, policy.code);

    CsvWriter writer(device);
    writer.writeRecord(columns());
    for (const Bottleneck &b : store.bottlenecks()) {
        QStringList goals, policies;
        for (const QString &g : b.goalUuids) {
            if (const GoalNode *node = framework.byUuid(g))
                goals << node->code;
        }
        for (const QString &p : b.policyUuids) {
            if (policyCodes.contains(p))
                policies << policyCodes.value(p);
        }
        writer.writeRecord({b.title, b.categoryCode, QString::number(b.severity),
                            Vocabulary::statusCode(b.status), goals.join(QLatin1Char(';')),
                            policies.join(QLatin1Char(';')), b.owner, isoDate(b.opened),
                            isoDate(b.target), b.description, isoDate(b.closed), b.statusReason,
                            b.notes, b.uuid});
    }
    return writer.finish(error);
}
