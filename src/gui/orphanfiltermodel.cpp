#include "orphanfiltermodel.h"

#include "orphantablemodel.h"

namespace Orphanscope::Gui {

OrphanFilterModel::OrphanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OrphanTableModel::UnderlyingDataRole);
}

void OrphanFilterModel::setSourceOrphanModel(OrphanTableModel *model)
{
    m_orphans = model;
    setSourceModel(model);
}

void OrphanFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void OrphanFilterModel::setTypeFilter(std::optional<ResourceType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

bool OrphanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_orphans)
        return false;
    const CloudinaryResource &r = m_orphans->resourceAt(sourceRow);
    if (m_type && r.type != *m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    return r.publicId.contains(m_text, Qt::CaseInsensitive) || r.folder.contains(m_text, Qt::CaseInsensitive);
}

bool OrphanFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the structs: no QVariant per comparison, which matters for a million rows.
    const CloudinaryResource &a = m_orphans->resourceAt(left.row());
    const CloudinaryResource &b = m_orphans->resourceAt(right.row());
    switch (left.column()) {
    case OrphanTableModel::TypeColumn:
        return a.type < b.type;
    case OrphanTableModel::SizeColumn:
        return a.bytes < b.bytes;
    case OrphanTableModel::FormatColumn:
        return a.format < b.format;
    case OrphanTableModel::UploadedColumn:
        return a.createdAtMSecs < b.createdAtMSecs;
    case OrphanTableModel::FolderColumn:
        return a.folder < b.folder;
    case OrphanTableModel::UrlColumn:
        return a.secureUrl < b.secureUrl;
    default:
        return a.publicId < b.publicId;
    }
}

} // namespace Orphanscope::Gui
