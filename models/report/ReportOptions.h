#pragma once

#include <QString>
#include <QStringList>

class ProjectStore;

// What a report contains: template, language, which policies, and the draft mark. The
// choice is remembered per project in the project's key/value table (key
// "report_options", JSON), except the policy list, which is the selection of the moment.
struct ReportOptions
{
    enum class Template
    {
        Summary, // executive summary, a few pages
        Dossier  // evaluation dossier: everything, with a table of contents
    };
    enum class Scope
    {
        AllPolicies,
        Selection
    };

    Template templ = Template::Summary;
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    Scope scope = Scope::AllPolicies;
    QStringList policyUuids; // with Scope::Selection; empty means all
    bool draft = false;

    static constexpr const char *MetadataKey = "report_options";

    QString toJson() const; // without the policy list
    static ReportOptions fromJson(const QString &json);
    static ReportOptions load(const ProjectStore &store);

    static QString templateCode(Template t);
    static bool templateFromCode(const QString &code, Template *t);

    bool operator==(const ReportOptions &other) const;
};
