#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

#include <QCoreApplication>
#include <QDate>

class ProjectStore;
class QIODevice;

// Bottlenecks as CSV: columns title,category,severity,status,goals,policies,owner,opened,
// target,description, then closed,status_reason,notes,uuid (the export writes all of them;
// an import needs title and category). Chinese header aliases: 标题, 类别/分类, 严重程度,
// 状态, 目标/关联目标, 政策/关联政策, 负责人/责任单位, 提出日期, 目标日期, 描述/说明,
// 关闭日期, 状态说明, 备注.
//
// Values: category as a code (P4) or a category's exact Chinese or English name; severity
// 1–4 or its label; status a code or label (Vocabulary); goals and policies as codes
// separated by ";" (or "；"); dates yyyy-MM-dd. A row updates an existing bottleneck when
// its uuid is one the project has, or else when exactly one bottleneck has its title;
// otherwise it adds one (keeping the file's uuid, so an export re-imported elsewhere gives
// the same records). An update replaces the links with the row's. On a row that updates,
// an empty severity, status or opened date keeps the bottleneck's value; on a new row they
// mean 2, open and today. The status rules of BottleneckRules apply: won't fix, moving back
// and reopening need a reason, which only the status_reason column can give, so without it
// such rows are refused. The date closed follows the status (settleClosedDate with `today`).
class BottleneckCsv
{
    Q_DECLARE_TR_FUNCTIONS(BottleneckCsv)

public:
    static QStringList columns(); // the export's header, fixed columns first
    // Plans the import of `table` into `store` (reads only). `actorUuid` stamps modified_by.
    static ImportPlan plan(const CsvReader::Table &table, const ProjectStore &store,
                           const QString &actorUuid, const QDate &today);
    // Writes all bottlenecks (UTF-8 with BOM, CRLF), in the order of ProjectStore::bottlenecks().
    static bool write(const ProjectStore &store, QIODevice *device, QString *error);
};
