#include "orphantablemodel.h"

#include "labels.h"

#include <QColor>
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
    recount();
    endResetModel();
}

void OrphanTableModel::recount()
{
    m_counts = {};
    m_counts[size_t(Decision::Undecided)] = m_orphans.size();
    if (m_decisions.isEmpty())
        return;
    for (int row = 0; row < rowCount(); ++row) {
        const Decision decision = decisionAt(row).decision;
        --m_counts[size_t(Decision::Undecided)];
        ++m_counts[size_t(decision)];
    }
}

void OrphanTableModel::setDecisions(DecisionMap decisions)
{
    m_decisions = std::move(decisions);
    recount();
    if (!m_orphans.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

FileDecision OrphanTableModel::decisionAt(int row) const
{
    const CloudinaryResource &file = m_orphans.at(row);
    return m_decisions.value(resourceKey(file.type, file.publicId), FileDecision{file.type, file.publicId, Decision::Undecided, {}, {}});
}

QList<FileDecision> OrphanTableModel::decide(const QList<int> &rows, Decision decision)
{
    QList<FileDecision> changed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row : rows) {
        FileDecision entry = decisionAt(row);
        if (entry.decision == decision)
            continue;
        --m_counts[size_t(entry.decision)];
        ++m_counts[size_t(decision)];
        entry.decision = decision;
        entry.decidedAt = now;
        m_decisions.insert(resourceKey(entry.type, entry.publicId), entry);
        changed.append(entry);
    }
    rowsChanged(rows);
    return changed;
}

FileDecision OrphanTableModel::setNote(int row, const QString &note)
{
    FileDecision entry = decisionAt(row);
    entry.note = note;
    entry.decidedAt = QDateTime::currentDateTimeUtc();
    m_decisions.insert(resourceKey(entry.type, entry.publicId), entry);
    rowsChanged({row});
    return entry;
}

void OrphanTableModel::rowsChanged(const QList<int> &rows)
{
    for (int row : rows)
        Q_EMIT dataChanged(index(row, DecisionColumn), index(row, NoteColumn));
}

QString OrphanTableModel::decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Keep: return tr("Keep");
    case Decision::Delete: return tr("Delete");
    case Decision::Undecided: break;
    }
    return tr("Undecided");
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
    if (column == DecisionColumn || column == NoteColumn) {
        const FileDecision decision = decisionAt(index.row());
        if (role == UnderlyingDataRole)
            return column == DecisionColumn ? QVariant(int(decision.decision)) : QVariant(decision.note);
        if (role == Qt::DisplayRole)
            return column == DecisionColumn ? (decision.decision == Decision::Undecided ? QString() : decisionLabel(decision.decision))
                                            : decision.note.section(u'\n', 0, 0);
        if (role == Qt::ToolTipRole && !decision.note.isEmpty())
            return decision.note;
        if (role == Qt::ForegroundRole && column == DecisionColumn && decision.decision != Decision::Undecided)
            return QColor(decision.decision == Decision::Keep ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        return {};
    }
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
    case DecisionColumn: return tr("Decision");
    case NoteColumn: return tr("Note");
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
