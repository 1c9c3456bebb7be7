#include "orphantablemodel.h"

#include "labels.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

OrphanTableModel::OrphanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrphanTableModel::setOrphans(ResourceList orphans)
{
    beginResetModel();
    m_orphans = std::move(orphans);
    endResetModel();
}

int OrphanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orphans.size());
}

int OrphanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudinaryResource &r = m_orphans.at(index.row());
    const int column = index.column();
    if (role == UnderlyingDataRole) {
        switch (column) {
        case PublicIdColumn: return r.publicId;
        case TypeColumn: return int(r.type);
        case SizeColumn: return r.bytes;
        case FormatColumn: return r.format;
        case UploadedColumn: return r.createdAtMSecs;
        case FolderColumn: return r.folder;
        case UrlColumn: return r.secureUrl;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case PublicIdColumn: return r.publicId;
        case TypeColumn: return Labels::typeName(r.type);
        case SizeColumn: return QLocale().formattedDataSize(r.bytes, 1, QLocale::DataSizeTraditionalFormat);
        case FormatColumn: return r.format;
        case UploadedColumn:
            return r.createdAtMSecs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAtMSecs), QLocale::ShortFormat) : QString();
        case FolderColumn: return r.folder;
        case UrlColumn: return r.secureUrl;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (column == PublicIdColumn || column == UrlColumn))
        return column == PublicIdColumn ? r.publicId : r.secureUrl;
    if (role == Qt::ToolTipRole && column == SizeColumn)
        return tr("%L1 bytes").arg(r.bytes);
    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrphanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PublicIdColumn: return tr("Public ID");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    case FormatColumn: return tr("Format");
    case UploadedColumn: return tr("Uploaded");
    case FolderColumn: return tr("Folder");
    case UrlColumn: return tr("URL");
    }
    return {};
}

} // namespace Orphanscope::Gui
