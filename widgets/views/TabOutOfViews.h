#pragma once

#include <QObject>

class QCoreApplication;

// Makes Tab leave tables instead of walking their cells. Qt's table views take Tab to
// move to the next cell and wrap around at the end, so a keyboard user tabbing through a
// window gets stuck in the first table. None of our tables is edited cell by cell with
// Tab, so every item view lets Tab go on to the next widget (arrow keys still move
// between cells). Installed once on the application; item views are adjusted as they are
// polished, so views made later are covered too.
class TabOutOfViews : public QObject
{
    Q_OBJECT

public:
    static void install(QCoreApplication *app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
