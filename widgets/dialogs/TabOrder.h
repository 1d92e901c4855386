#pragma once

#include <QWidget>
#include <initializer_list>

// Sets the Tab order to `widgets` in turn, as they read on screen (Qt 6.4 has no list
// overload of QWidget::setTabOrder). A widget that takes no focus itself but has a focus
// proxy (a QDialogButtonBox: its first button) stands for its proxy; other widgets that
// take no focus are skipped.
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (widget && widget->focusPolicy() == Qt::NoFocus && widget->focusProxy())
            widget = widget->focusProxy();
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}
