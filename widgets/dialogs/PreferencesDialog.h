#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class Settings;

// The user's preferences: evaluator name, interface language, recent files.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    Settings &m_settings;
    QLineEdit *m_name;
    QComboBox *m_language;
    QSpinBox *m_recent;
    bool m_languageChanged = false;
};
