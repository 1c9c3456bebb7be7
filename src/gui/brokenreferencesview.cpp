#include "brokenreferencesview.h"

#include "labels.h"
#include "report/reportwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

BrokenReferencesView::BrokenReferencesView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(tr("Scan the whole account (Range: All files) to find database values that point to missing files."), this))
    , m_table(new QTableWidget(0, 5, this))
    , m_export(new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("Export CSV…"), this))
{
    setObjectName(u"brokenReferencesView"_s);
    m_status->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Row"), tr("Column"), tr("Type"), tr("Stored value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_export->setToolTip(tr("Save the broken references as CSV: table, row_id, column, resource_type, public_id, value"));
    m_export->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_export, &QPushButton::clicked, this, &BrokenReferencesView::exportCsv);
}

void BrokenReferencesView::setResult(const ScanResult &result)
{
    m_broken = result.brokenReferences;
    if (!result.brokenChecked)
        m_status->setText(tr("Not checked: only a complete scan of the whole account (Range: All files) can tell which "
                             "database values point to missing files."));
    else if (m_broken.isEmpty())
        m_status->setText(tr("None: every database value points to a file the account has."));
    else
        m_status->setText(tr("%n database value(s) point to files Cloudinary does not have: broken images or videos on the site.",
                             nullptr, int(m_broken.size())));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_broken.size()));
    for (int row = 0; row < m_broken.size(); ++row) {
        const BrokenReference &broken = m_broken.at(row);
        const QStringList cells{broken.table, broken.rowId, broken.column, Labels::typeName(broken.type), broken.value};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setSortingEnabled(true);
    m_export->setEnabled(!m_broken.isEmpty());
}

void BrokenReferencesView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export broken references"),
                                                      ReportWriter::defaultBrokenReferencesPath(QDateTime::currentDateTime(), QDir::homePath()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportWriter::writeBrokenReferencesCsv(path, m_broken, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Orphanscope::Gui
