#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QAbstractTableModel>

namespace Orphanscope::Gui {

// The orphans of one scan, one row each. Display strings are made on demand; sorting and
// filtering use UnderlyingDataRole (bytes, milliseconds), never the "1.2 MB" text.
class OrphanTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanTableModel)

public:
    enum Column { PublicIdColumn, TypeColumn, SizeColumn, FormatColumn, UploadedColumn, FolderColumn, UrlColumn, ColumnCount };
    enum Role { UnderlyingDataRole = Qt::UserRole + 1 };

    explicit OrphanTableModel(QObject *parent = nullptr);

    void setOrphans(ResourceList orphans);
    const ResourceList &orphans() const { return m_orphans; }
    const CloudinaryResource &resourceAt(int row) const { return m_orphans.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResourceList m_orphans;
};

} // namespace Orphanscope::Gui
