#pragma once

#include <QDialog>
#include <QMap>

class QLineEdit;
class QPlainTextEdit;

// Project name and description, in Chinese and (optionally) English, and the evaluators'
// recommendations that the executive summary prints. The framework and
// the counts are shown for reference; they are not edited here.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectPropertiesDialog(const QMap<QString, QString> &values, const QString &details,
                            QWidget *parent = nullptr);

    // Keys: name, name_en, description, description_en, recommendations.
    QMap<QString, QString> values() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_descriptionEn;
    QPlainTextEdit *m_recommendations;
};
