#pragma once

#include <QSortFilterProxyModel>

namespace openmayor {

// Filters the pledge tree by status, lead department, completion timing and text (code or
// title; Korean substrings match), keeping the areas and goals above every match.
class PledgeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PledgeFilterProxyModel(QObject* parent = nullptr);

    void setStatusKey(const QString& key);   // empty: any status
    void setDepartment(const QString& name); // empty: any department
    void setTimingKey(const QString& key);   // empty: any timing
    void setText(const QString& text);       // empty: no text filter
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_status;
    QString m_department;
    QString m_timing;
    QString m_text;
};

} // namespace openmayor
