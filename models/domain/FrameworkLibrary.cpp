#include "FrameworkLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

QStringList FrameworkLibrary::builtInIds()
{
    return {QStringLiteral("fyp14"), QStringLiteral("fyp13")};
}

Framework FrameworkLibrary::load(const QString &id, QString *error)
{
    if (!builtInIds().contains(id)) {
        if (error)
            *error = tr("Unknown framework \"%1\". Built-in frameworks: %2.")
                         .arg(id, builtInIds().join(QStringLiteral(", ")));
        return {};
    }
    QFile file(QStringLiteral(":/data/frameworks/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The built-in framework \"%1\" is missing from this build.").arg(id);
        return {};
    }
    return parse(file.readAll(), error);
}

Framework FrameworkLibrary::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("Framework data is not valid JSON: %1").arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    const QString id = root.value(QLatin1String("id")).toString();
    QList<GoalNode> nodes;
    QSet<QString> seen;
    int order = 0;
    QString problem;

    auto readNode = [&](const QJsonObject &o, const QString &parent) {
        GoalNode n;
        n.code = o.value(QLatin1String("code")).toString().trimmed();
        n.parentCode = parent;
        const QJsonObject name = o.value(QLatin1String("name")).toObject();
        n.nameZh = name.value(QLatin1String("zh")).toString();
        n.nameEn = name.value(QLatin1String("en")).toString();
        const QJsonObject description = o.value(QLatin1String("description")).toObject();
        n.descriptionZh = description.value(QLatin1String("zh")).toString();
        n.descriptionEn = description.value(QLatin1String("en")).toString();
        n.sources = o.value(QLatin1String("sources")).toString();
        n.sortOrder = order++;
        n.uuid = Framework::goalUuid(id, n.code);
        if (n.code.isEmpty() || n.nameZh.isEmpty())
            problem = tr("a node without code or Chinese name");
        else if (seen.contains(n.code))
            problem = tr("the code %1 appears twice").arg(n.code);
        seen.insert(n.code);
        nodes << n;
    };

    const QJsonArray dimensions = root.value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &d : dimensions) {
        const QJsonObject dim = d.toObject();
        readNode(dim, QString());
        const QString dimCode = nodes.last().code;
        for (const QJsonValue &g : dim.value(QLatin1String("children")).toArray())
            readNode(g.toObject(), dimCode);
    }
    if (id.isEmpty() || nodes.isEmpty())
        problem = tr("no id or no goals");
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("Framework data is invalid: %1.").arg(problem);
        return {};
    }
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    return Framework(id, name.value(QLatin1String("zh")).toString(),
                     name.value(QLatin1String("en")).toString(), nodes);
}
