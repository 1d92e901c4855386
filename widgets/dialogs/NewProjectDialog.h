#pragma once

#include <QDialog>

class QButtonGroup;
class QLineEdit;

// Chooses the goal framework and the name of a new project.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString frameworkId() const;
    void setFrameworkId(const QString &id);
    QString projectName() const;

    void accept() override;

private:
    QButtonGroup *m_frameworks;
    QStringList m_ids;
    QLineEdit *m_name;
};
