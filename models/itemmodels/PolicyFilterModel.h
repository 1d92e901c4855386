#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorting and filtering of the policy table: free text over code, title, issuer and
// description, plus level and instrument. Text sorts with the locale's collation, so
// Chinese titles sort by pinyin in a Chinese UI.
class PolicyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PolicyFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setLevel(const QString &levelCode);           // empty: any
    void setInstrument(const QString &instrumentCode); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_level;
    QString m_instrument;
    QCollator m_collator;
};
