#pragma once

#include "cloudinary/resourcetype.h"
#include "review/decision.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

namespace Orphanscope::Gui {

class OrphanTableModel;

// Filters orphans by text (public id or folder, case-insensitive), resource type and decision, and sorts
// them on the raw values of the source model: sizes numerically, dates chronologically.
//
// Written for a million rows: the whole table is sorted once per sort order into a vector of
// source rows, comparing the structs directly (QSortFilterProxyModel builds two QModelIndexes and
// makes three virtual calls per comparison), and a filter only picks from that order, so typing
// or clearing the filter never sorts again. Changes are layout changes that keep the selection.
class OrphanFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanFilterModel)

public:
    enum class DecisionFilter { NotKept, Undecided, MarkedForDeletion, Kept, Any };

    explicit OrphanFilterModel(QObject *parent = nullptr);

    void setSourceOrphanModel(OrphanTableModel *model);
    void setFilterText(const QString &text);
    void setTypeFilter(std::optional<ResourceType> type);
    void setDecisionFilter(DecisionFilter filter);
    DecisionFilter decisionFilter() const { return m_decision; }
    void refilter(); // after decisions changed: rows may leave or join

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    void rebuild();
    void sortAll();
    void applyFilter();
    bool accepts(int sourceRow) const;
    bool wantedDecision(Decision decision) const;
    template<typename Change>
    void changeLayout(Change change);

    OrphanTableModel *m_orphans = nullptr;
    QString m_text;
    std::optional<ResourceType> m_type;
    DecisionFilter m_decision = DecisionFilter::NotKept;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;      // every source row, in sort order
    std::vector<int> m_visible;    // the rows the filter keeps, in sort order: proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row, or -1
};

} // namespace Orphanscope::Gui
