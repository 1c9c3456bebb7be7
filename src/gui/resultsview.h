#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "review/decision.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace Orphanscope::Gui {

class OrphanFilterModel;
class OrphanTableModel;
class ThumbnailLoader;

// The orphan table with its filter (typing is debounced), type and decision filters, triage keys
// and preview of the selected file.
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget *parent = nullptr);

    OrphanTableModel *model() const { return m_model; }
    OrphanFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }

    void setOrphans(ResourceList orphans);
    ResourceList selectedResources() const;
    QList<int> selectedSourceRows() const;
    // After decisions changed: rows the decision filter no longer shows leave, and the row that
    // takes the place of the current one becomes current (triage moves on by itself).
    void refilterKeepingPlace();
    void showLargePreview();
    // Keep, Mark for deletion, Undecided, Note: for the table's context menu.
    const QList<QAction *> &triageActions() const { return m_triage; }
    void focusFilter();
    void setFilterText(const QString &text); // as if typed

    static constexpr int FilterDelayMs = 300;
    // The header's context menu shows and hides columns; the URL column starts hidden.
    void setColumnShown(int column, bool shown);

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPosition);
    void activated(); // double-click or Enter on a row
    void decisionRequested(Orphanscope::Decision decision); // K, D, U on the table
    void noteRequested();                                    // N on the table

private:
    void updatePreview();
    void addTriageKeys();
    void showColumnMenu(const QPoint &position);

    OrphanTableModel *m_model;
    OrphanFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QComboBox *m_decision;
    QList<QAction *> m_triage;
    QLabel *m_count;
    QTableView *m_table;
    QSplitter *m_splitter;
    QLabel *m_preview;
    QLabel *m_details;
    QTimer *m_filterDelay;
    ThumbnailLoader *m_thumbnails;
    QString m_previewed;
};

} // namespace Orphanscope::Gui
