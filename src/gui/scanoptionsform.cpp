#include "scanoptionsform.h"

#include "connectionprofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ScanOptionsForm::ScanOptionsForm(QWidget *parent)
    : QGroupBox(tr("Scan"), parent)
    , m_references(new QListWidget(this))
    , m_detect(new QPushButton(tr("Detect"), this))
    , m_discover(new QPushButton(tr("Discover"), this))
    , m_allText(new QCheckBox(tr("Also search every text column for URLs"), this))
    , m_cdnHosts(new QLineEdit(this))
    , m_lastDays(new QRadioButton(tr("Last"), this))
    , m_days(new QSpinBox(this))
    , m_all(new QRadioButton(tr("All files"), this))
    , m_images(new QCheckBox(tr("Images"), this))
    , m_videos(new QCheckBox(tr("Videos"), this))
    , m_raw(new QCheckBox(tr("Raw"), this))
    , m_pause(new QDoubleSpinBox(this))
    , m_parallel(new QSpinBox(this))
    , m_waitForReset(new QCheckBox(tr("Wait for the API budget"), this))
    , m_listing(new QComboBox(this))
    , m_ignore(new QLineEdit(this))
    , m_minAge(new QDoubleSpinBox(this))
    , m_dashboard(new QLineEdit(this))
{
    m_references->setObjectName(u"referenceList"_s);
    m_references->setToolTip(tr("Columns that reference files, as TABLE.COLUMN:TYPE: image, video or raw for CloudinaryField values, "
                                "text for text, HTML, Markdown or JSON with delivery URLs in it. Double-click to edit."));
    m_references->setMaximumHeight(90);
    auto *add = new QPushButton(tr("Add"), this);
    add->setToolTip(tr("Add a reference column and edit it in place"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(tr("Remove the selected reference columns"));
    m_detect->setToolTip(tr("Sample the database's text columns and suggest those holding CloudinaryField values"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_detect);
    buttons->addWidget(m_discover);
    buttons->addStretch();
    m_discover->setObjectName(u"discoverButton"_s);
    m_discover->setToolTip(tr("Read every text column of the database once and add those holding CloudinaryField values or "
                              "delivery URLs of this account"));
    m_allText->setObjectName(u"referenceAllText"_s);
    m_allText->setToolTip(tr("Search every text-like column of the database for delivery URLs as well: slower, and the safe "
                             "choice before deleting"));
    m_cdnHosts->setObjectName(u"cdnHosts"_s);
    m_cdnHosts->setPlaceholderText(u"media.example.org"_s);
    m_cdnHosts->setToolTip(tr("Custom delivery hosts (CNAMEs) whose URLs in text reference this account's files, separated by spaces"));
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_references, 1);
    referenceRow->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(u"table.column:image"_s, m_references);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_references->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_references->selectedItems()); });
    connect(m_detect, &QPushButton::clicked, this, &ScanOptionsForm::detectRequested);
    connect(m_discover, &QPushButton::clicked, this, &ScanOptionsForm::discoverRequested);

    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_lastDays->setToolTip(tr("Only files uploaded in the last days: listing costs API calls for those alone"));
    m_days->setToolTip(m_lastDays->toolTip());
    m_all->setToolTip(tr("Every file in the account: one API call per 500 files and type"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_lastDays);
    range->addWidget(m_days);
    range->addSpacing(12);
    range->addWidget(m_all);
    range->addStretch();
    connect(m_lastDays, &QRadioButton::toggled, m_days, &QSpinBox::setEnabled);

    m_images->setToolTip(tr("List image files (resource type image)"));
    m_videos->setToolTip(tr("List video files (resource type video)"));
    m_raw->setToolTip(tr("List raw files, such as PDFs; add a reference column of type raw, or every raw file looks orphaned"));
    auto *types = new QHBoxLayout;
    types->addWidget(m_images);
    types->addWidget(m_videos);
    types->addWidget(m_raw);
    types->addStretch();

    m_pause->setRange(0, 10);
    m_pause->setDecimals(2);
    m_pause->setSingleStep(0.05);
    m_pause->setSuffix(tr(" s"));
    m_pause->setToolTip(tr("A polite pause between API calls; 0 lists as fast as Cloudinary answers"));
    m_parallel->setRange(1, 16);
    m_parallel->setToolTip(tr("List each type in this many slices of upload time at once (Search API): much faster over a real "
                              "network, for at most one extra API call per slice and type"));
    m_waitForReset->setObjectName(u"waitForReset"_s);
    m_waitForReset->setToolTip(tr("When the hourly API budget is spent, wait for the next hour and go on instead of stopping: "
                                  "an account too big for one hour's budget is scanned whole, unattended"));
    m_listing->setObjectName(u"listingMode"_s);
    m_listing->addItem(tr("Everything, every time"));
    m_listing->addItem(tr("Only new files (local inventory)"));
    m_listing->addItem(tr("Everything, rebuilding the inventory"));
    m_listing->setToolTip(tr("\"Only new files\" keeps a list of the account on this computer and asks Cloudinary only for files uploaded "
                             "since the last scan, plus one call per 100 orphan candidates to check they still exist. The first such "
                             "scan lists everything."));
    m_ignore->setPlaceholderText(u"samples/* site-assets/**"_s);
    m_ignore->setToolTip(tr("Files never reported or deleted: globs on public ids or folders, separated by spaces. "
                            "* stays within a folder, ** crosses folders"));
    m_minAge->setRange(0, 720);
    m_minAge->setDecimals(1);
    m_minAge->setSuffix(tr(" h"));
    m_minAge->setToolTip(tr("An unreferenced file younger than this is shown as recent, not as an orphan: the row that "
                            "refers to it may not be saved yet"));
    m_dashboard->setToolTip(tr("Opened by \"Open in dashboard\"; {cloud}, {type} and {public_id} are filled in"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("References:"), referenceRow);
    form->addRow(QString(), m_allText);
    form->addRow(tr("CDN hosts:"), m_cdnHosts);
    form->addRow(tr("Range:"), range);
    form->addRow(tr("Types:"), types);
    form->addRow(tr("Pause per call:"), m_pause);
    auto *listingRow = new QHBoxLayout;
    listingRow->addWidget(m_parallel);
    listingRow->addWidget(m_waitForReset);
    listingRow->addStretch();
    form->addRow(tr("Slices per type:"), listingRow);
    form->addRow(tr("Listing:"), m_listing);
    form->addRow(tr("Ignore:"), m_ignore);
    form->addRow(tr("Minimum age:"), m_minAge);
    form->addRow(tr("Dashboard URL:"), m_dashboard);
}

int ScanOptionsForm::addReferences(const QStringList &references)
{
    int added = 0;
    for (const QString &reference : references) {
        if (!m_references->findItems(reference, Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(reference, m_references);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        ++added;
    }
    return added;
}

void ScanOptionsForm::load(const ConnectionProfile &profile)
{
    m_references->clear();
    addReferences(profile.references);
    m_allText->setChecked(profile.referenceAllText);
    m_cdnHosts->setText(profile.cdnHosts.join(u' '));
    m_lastDays->setChecked(profile.days > 0);
    m_all->setChecked(profile.days <= 0);
    m_days->setValue(profile.days > 0 ? profile.days : 30);
    m_days->setEnabled(profile.days > 0);
    m_images->setChecked(profile.resourceTypes.contains(u"image"_s));
    m_videos->setChecked(profile.resourceTypes.contains(u"video"_s));
    m_raw->setChecked(profile.resourceTypes.contains(u"raw"_s));
    m_pause->setValue(profile.pauseSeconds);
    m_parallel->setValue(profile.parallelListing);
    m_waitForReset->setChecked(profile.waitForReset);
    m_listing->setCurrentIndex(std::clamp(profile.inventoryMode, 0, 2));
    m_ignore->setText(profile.ignorePatterns.join(u' '));
    m_minAge->setValue(profile.minAgeDetectHours);
    m_dashboard->setText(profile.dashboardUrlTemplate);
}

void ScanOptionsForm::store(ConnectionProfile &profile) const
{
    profile.references.clear();
    for (int i = 0; i < m_references->count(); ++i)
        profile.references.append(m_references->item(i)->text().trimmed());
    profile.referenceAllText = m_allText->isChecked();
    profile.cdnHosts = m_cdnHosts->text().split(u' ', Qt::SkipEmptyParts);
    profile.days = m_all->isChecked() ? 0 : m_days->value();
    profile.resourceTypes.clear();
    if (m_images->isChecked())
        profile.resourceTypes.append(u"image"_s);
    if (m_videos->isChecked())
        profile.resourceTypes.append(u"video"_s);
    if (m_raw->isChecked())
        profile.resourceTypes.append(u"raw"_s);
    profile.pauseSeconds = m_pause->value();
    profile.parallelListing = m_parallel->value();
    profile.waitForReset = m_waitForReset->isChecked();
    profile.inventoryMode = m_listing->currentIndex();
    profile.ignorePatterns = m_ignore->text().split(u' ', Qt::SkipEmptyParts);
    profile.minAgeDetectHours = m_minAge->value();
    profile.dashboardUrlTemplate = m_dashboard->text().trimmed().isEmpty() ? ConnectionProfile::defaultDashboardUrlTemplate()
                                                                         : m_dashboard->text().trimmed();
}

} // namespace Orphanscope::Gui
