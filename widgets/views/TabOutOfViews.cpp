#include "TabOutOfViews.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

void TabOutOfViews::install(QCoreApplication *app)
{
    if (app->findChild<TabOutOfViews *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new TabOutOfViews(app));
}

bool TabOutOfViews::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            view->setTabKeyNavigation(false);
    }
    return QObject::eventFilter(watched, event);
}
