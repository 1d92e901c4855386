#pragma once

#include "store/RowChange.h"

#include <QStringList>

// What an import would do, computed before anything is written, so the user can see it:
// the rows that will be added or changed, every rejected row with its reason, and the
// row changes that apply it (as one undoable ImportCommand).
struct ImportPlan
{
    enum class Action
    {
        Add,
        Update,
        Unchanged
    };

    struct Row
    {
        int line = 0; // line in the CSV file
        Action action = Action::Add;
        QStringList display; // the row's values as shown in the preview (in column order)
    };
    struct Rejected
    {
        int line = 0;
        QStringList fields; // the raw fields of the row (see shownFields)
        QString reason;     // translated, e.g. "unknown goal code \"Z9\""
    };

    QStringList columns; // the preview's column titles (translated)
    QList<Row> rows;     // accepted rows in file order
    QList<Rejected> rejected;
    RowChanges changes;
    QString fileError;    // set when the whole file is unusable (encoding, missing columns, …)
    QString encodingName; // "utf-8" or "gbk": what was used to read the file

    // A rejected row's fields as kept for the preview: values over 1,000 characters are
    // cut, so that a runaway field does not travel through the user interface.
    static QStringList shownFields(const QStringList &fields)
    {
        QStringList shown;
        shown.reserve(fields.size());
        for (const QString &f : fields)
            shown << (f.size() > 1000 ? f.left(1000) + QChar(0x2026) : f);
        return shown;
    }

    bool isUsable() const { return fileError.isEmpty(); }
    int count(Action action) const
    {
        int n = 0;
        for (const Row &r : rows)
            n += r.action == action ? 1 : 0;
        return n;
    }
};
