#pragma once

#include <QCoreApplication>
#include <QLabel>

// The line above a tracking view's table while it follows the dashboard selection: what
// it is filtered by, with a link ("clear") that asks to clear the selection.
class SelectionNote
{
    Q_DECLARE_TR_FUNCTIONS(SelectionNote)

public:
    static QLabel *create(QWidget *parent)
    {
        auto *note = new QLabel(parent);
        note->setTextFormat(Qt::RichText); // the description is escaped in setText()
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdebd9; border: 1px solid #e8710a; padding: 3px; }"));
        note->setAccessibleName(tr("Dashboard selection filter"));
        note->hide();
        return note;
    }

    static void setText(QLabel *note, bool active, const QString &description)
    {
        note->setVisible(active);
        note->setText(
            tr("Filtered by the dashboard selection: %1. <a href=\"clear\">Clear the selection</a>")
                .arg(description.toHtmlEscaped()));
    }
};
