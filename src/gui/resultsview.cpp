#include "resultsview.h"

#include "labels.h"
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "thumbnailloader.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OrphanTableModel(this))
    , m_proxy(new OrphanFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_decision(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_preview(new QLabel(this))
    , m_details(new QLabel(this))
    , m_filterDelay(new QTimer(this))
    , m_thumbnails(new ThumbnailLoader(this))
{
    m_proxy->setSourceOrphanModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by public ID or folder (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"orphanFilter"_s);
    m_type->addItem(tr("All types"));
    for (ResourceType type : AllResourceTypes)
        m_type->addItem(Labels::typePlural(type), int(type));
    m_decision->setObjectName(u"decisionFilter"_s);
    m_decision->addItem(tr("Not kept"), int(OrphanFilterModel::DecisionFilter::NotKept));
    m_decision->addItem(tr("Undecided"), int(OrphanFilterModel::DecisionFilter::Undecided));
    m_decision->addItem(tr("Marked for deletion"), int(OrphanFilterModel::DecisionFilter::MarkedForDeletion));
    m_decision->addItem(tr("Kept"), int(OrphanFilterModel::DecisionFilter::Kept));
    m_decision->addItem(tr("All decisions"), int(OrphanFilterModel::DecisionFilter::Any));
    m_decision->setToolTip(tr("Show files by decision. On the table: K keep, D mark for deletion, U undecided, N note, Space larger preview"));
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setDecisionFilter(OrphanFilterModel::DecisionFilter(m_decision->itemData(index).toInt()));
    });
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setTypeFilter(index == 0 ? std::nullopt : std::optional(ResourceType(m_type->itemData(index).toInt())));
    });
    auto updateCount = [this] {
        m_count->setText(m_proxy->rowCount() == m_model->rowCount() ? tr("%Ln orphan(s)", nullptr, m_model->rowCount())
                                                                     : tr("%L1 of %Ln orphan(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);

    m_table->setModel(m_proxy);
    m_table->setObjectName(u"orphanTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrphanTableModel::SizeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row sizing for 100,000 rows
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths for a 1366-pixel laptop: public id, decision, type, size, format, uploaded and folder
    // in view beside the scan options and the preview.
    // A column is never narrower than its heading (German's "Entscheidung" needs more than 75).
    const auto size = [header](int column, int width) { header->resizeSection(column, std::max(width, header->sectionSizeHint(column))); };
    size(OrphanTableModel::PublicIdColumn, 240);
    size(OrphanTableModel::DecisionColumn, 75);
    size(OrphanTableModel::TypeColumn, 55);
    size(OrphanTableModel::SizeColumn, 80);
    size(OrphanTableModel::FormatColumn, 55);
    size(OrphanTableModel::UploadedColumn, 130);
    size(OrphanTableModel::FolderColumn, 140);
    size(OrphanTableModel::NoteColumn, 160);
    // The preview shows the URL, and the note of the current file; the header's menu brings them back.
    header->setSectionHidden(OrphanTableModel::NoteColumn, true);
    header->setSectionHidden(OrphanTableModel::UrlColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResultsView::showColumnMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_table, &QTableView::activated, this, &ResultsView::activated);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResultsView::updatePreview); // a note written
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updatePreview();
        Q_EMIT selectionChanged();
    });

    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(140, 140);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("Select a file to preview it"));
    m_preview->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_preview);
    sideLayout->addWidget(m_details, 1);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, [this](const QString &publicId, const QPixmap &pixmap) {
        if (publicId == m_previewed)
            m_preview->setPixmap(pixmap.scaled(m_preview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    });
    connect(m_thumbnails, &ThumbnailLoader::failed, this, [this](const QString &publicId, const QString &reason) {
        if (publicId == m_previewed)
            m_preview->setText(tr("No preview: %1").arg(reason));
    });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({780, 200});

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_type);
    filterRow->addWidget(m_decision);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);
    updateCount();
    addTriageKeys();
}

void ResultsView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != OrphanTableModel::PublicIdColumn); // the one column every row needs
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void ResultsView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) < 40)
        header->resizeSection(column, 120);
}

// Single keys act while the table has focus, so typing in the filter is never taken for a decision.
void ResultsView::addTriageKeys()
{
    auto add = [this](const QString &text, Qt::Key key, auto slot) {
        auto *action = new QAction(text, m_table);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        if (key != Qt::Key_Space)
            m_triage.append(action);
    };
    add(tr("Keep"), Qt::Key_K, [this] { Q_EMIT decisionRequested(Decision::Keep); });
    add(tr("Mark for deletion"), Qt::Key_D, [this] { Q_EMIT decisionRequested(Decision::Delete); });
    add(tr("Undecided"), Qt::Key_U, [this] { Q_EMIT decisionRequested(Decision::Undecided); });
    add(tr("Note"), Qt::Key_N, [this] { Q_EMIT noteRequested(); });
    add(tr("Larger preview"), Qt::Key_Space, [this] { showLargePreview(); });
}

QList<int> ResultsView::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ResultsView::refilterKeepingPlace()
{
    const int place = m_table->selectionModel()->currentIndex().row();
    m_proxy->refilter();
    if (m_table->selectionModel()->currentIndex().isValid() || m_proxy->rowCount() == 0 || place < 0)
        return;
    const QModelIndex next = m_proxy->index(std::min(place, m_proxy->rowCount() - 1), 0);
    m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ResultsView::showLargePreview()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const CloudinaryResource file = m_model->resourceAt(m_proxy->mapToSource(current).row());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(file.publicId);
    auto *picture = new QLabel(tr("Loading preview…"), dialog);
    picture->setAlignment(Qt::AlignCenter);
    picture->setMinimumSize(480, 360);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(picture);
    auto *loader = new ThumbnailLoader(dialog);
    connect(loader, &ThumbnailLoader::ready, picture, [picture](const QString &, const QPixmap &pixmap) {
        picture->setPixmap(pixmap.scaled(picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    });
    connect(loader, &ThumbnailLoader::failed, picture, [picture](const QString &, const QString &reason) { picture->setText(tr("No preview: %1").arg(reason)); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus(); // Space again closes it
    loader->request(file, 720);
    dialog->show();
}

void ResultsView::setOrphans(ResourceList orphans)
{
    m_previewed.clear();
    m_preview->setText(tr("Select a file to preview it"));
    m_details->clear();
    m_model->setOrphans(std::move(orphans));
}

ResourceList ResultsView::selectedResources() const
{
    ResourceList selected;
    const auto rows = m_table->selectionModel()->selectedRows();
    selected.reserve(rows.size());
    for (const QModelIndex &index : rows)
        selected.append(m_model->resourceAt(m_proxy->mapToSource(index).row()));
    return selected;
}

void ResultsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ResultsView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ResultsView::updatePreview()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        m_previewed.clear();
        m_preview->setText(tr("Select a file to preview it"));
        m_details->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const CloudinaryResource &r = m_model->resourceAt(row);
    QString details = u"<b>%1</b><br>%2 · %3"_s.arg(r.publicId.toHtmlEscaped(), Labels::typeName(r.type),
                                                    QLocale().formattedDataSize(r.bytes, 1, QLocale::DataSizeTraditionalFormat));
    if (r.width > 0)
        details += u" · %1×%2"_s.arg(r.width).arg(r.height);
    if (r.createdAtMSecs)
        details += u"<br>"_s + tr("Uploaded %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAtMSecs), QLocale::LongFormat));
    // The columns hidden by default: the note and the URL.
    const QString note = m_model->index(row, OrphanTableModel::NoteColumn).data().toString();
    if (!note.isEmpty())
        details += u"<br>"_s + tr("Note: %1").arg(note.toHtmlEscaped());
    details += u"<br><small>%1</small>"_s.arg(r.secureUrl.toHtmlEscaped());
    m_details->setText(details);
    if (r.publicId == m_previewed)
        return; // a decision or note changed: the picture stays
    m_previewed = r.publicId;
    m_preview->setText(tr("Loading preview…"));
    m_thumbnails->request(r);
}

} // namespace Orphanscope::Gui
