#pragma once

#include "resourcetype.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Orphanscope::Gui {

class OrphanTableModel;

// Filters orphans by text (public id or folder, case-insensitive) and resource type, and sorts on
// the raw values of the source model: sizes numerically, dates chronologically.
class OrphanFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanFilterModel)

public:
    explicit OrphanFilterModel(QObject *parent = nullptr);

    void setSourceOrphanModel(OrphanTableModel *model);
    void setFilterText(const QString &text);
    void setTypeFilter(std::optional<ResourceType> type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrphanTableModel *m_orphans = nullptr;
    QString m_text;
    std::optional<ResourceType> m_type;
};

} // namespace Orphanscope::Gui
