#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "review/decision.h"

#include <QAbstractTableModel>

#include <array>

namespace Orphanscope::Gui {

// The orphans of one scan, one row each, with the admins' decision and note. Display strings are
// made on demand; sorting and filtering use UnderlyingDataRole (bytes, milliseconds), never the
// "1.2 MB" text.
class OrphanTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanTableModel)

public:
    enum Column { PublicIdColumn, DecisionColumn, TypeColumn, SizeColumn, FormatColumn, UploadedColumn, FolderColumn, NoteColumn, UrlColumn, ColumnCount };
    enum Role { UnderlyingDataRole = Qt::UserRole + 1 };

    explicit OrphanTableModel(QObject *parent = nullptr);

    void setOrphans(ResourceList orphans);
    const ResourceList &orphans() const { return m_orphans; }
    const CloudinaryResource &resourceAt(int row) const { return m_orphans.at(row); }

    // The decisions of the account; rows without one are undecided.
    void setDecisions(DecisionMap decisions);
    const DecisionMap &decisions() const { return m_decisions; }
    FileDecision decisionAt(int row) const;
    // Changes the rows' decisions (keeping their notes) or one row's note; returns what changed,
    // for the store.
    QList<FileDecision> decide(const QList<int> &rows, Decision decision);
    FileDecision setNote(int row, const QString &note);
    // How many rows have this decision; kept up to date as decisions change.
    qint64 rowsDecided(Decision decision) const { return m_counts[size_t(decision)]; }
    static QString decisionLabel(Decision decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowsChanged(const QList<int> &rows);
    void recount();

    ResourceList m_orphans;
    DecisionMap m_decisions;
    std::array<qint64, 3> m_counts{}; // rows by Decision
};

} // namespace Orphanscope::Gui
