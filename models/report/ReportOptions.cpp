#include "ReportOptions.h"

#include "ReportLanguage.h"
#include "store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>

QString ReportOptions::templateCode(Template t)
{
    return t == Template::Dossier ? QStringLiteral("dossier") : QStringLiteral("summary");
}

bool ReportOptions::templateFromCode(const QString &code, Template *t)
{
    if (code == QLatin1String("summary"))
        *t = Template::Summary;
    else if (code == QLatin1String("dossier"))
        *t = Template::Dossier;
    else
        return false;
    return true;
}

QString ReportOptions::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("template"), templateCode(templ));
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("scope"),
             scope == Scope::Selection ? QStringLiteral("selection") : QStringLiteral("all"));
    o.insert(QStringLiteral("draft"), draft);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReportOptions ReportOptions::fromJson(const QString &json)
{
    ReportOptions options;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Template t;
    if (templateFromCode(o.value(QLatin1String("template")).toString(), &t))
        options.templ = t;
    const QString language = o.value(QLatin1String("language")).toString();
    if (ReportLanguage::isSupported(language))
        options.language = language;
    if (o.value(QLatin1String("scope")).toString() == QLatin1String("selection"))
        options.scope = Scope::Selection;
    options.draft = o.value(QLatin1String("draft")).toBool(false);
    return options;
}

ReportOptions ReportOptions::load(const ProjectStore &store)
{
    return fromJson(store.metadata(QString::fromLatin1(MetadataKey)));
}

bool ReportOptions::operator==(const ReportOptions &other) const
{
    return templ == other.templ && language == other.language && scope == other.scope &&
           policyUuids == other.policyUuids && draft == other.draft;
}
