#pragma once

#include "scan/scantypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Orphanscope::Gui {

// The Broken references tab: database values that point to files the account does not have,
// with table, row and column, and an export to CSV.
class BrokenReferencesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokenReferencesView)

public:
    explicit BrokenReferencesView(QWidget *parent = nullptr);

    void setResult(const ScanResult &result);
    QTableWidget *table() const { return m_table; }

private:
    void exportCsv();

    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_export;
    QList<BrokenReference> m_broken;
};

} // namespace Orphanscope::Gui
