#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

#include <QCoreApplication>

class ProjectStore;
class QIODevice;

// Policies as CSV: columns code,title,issuer,year,level,instrument,description (Chinese
// header aliases accepted: 编号/代码, 标题/名称, 发布机构/发文机关, 年份, 层级/级别, 政策工具/类型,
// 描述/说明). A code that exists already updates that policy; an identical row is "unchanged".
class PolicyCsv
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCsv)

public:
    static QStringList columns();
    // Plans the import of `table` into `store` (reads only). `actorUuid` stamps modified_by.
    static ImportPlan plan(const CsvReader::Table &table, const ProjectStore &store,
                           const QString &actorUuid);
    // Writes all policies (UTF-8 with BOM so Excel opens Chinese text correctly, CRLF).
    static bool write(const ProjectStore &store, QIODevice *device, QString *error);
};
