#include "scanoptionspanel.h"

#include "connectionprofile.h"
#include "ui_scanoptionspanel.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ScanOptionsPanel::ScanOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScanOptionsPanel>())
{
    m_ui->setupUi(this);
    setObjectName(u"scanOptionsPanel"_s);
    connect(m_ui->editConnections, &QPushButton::clicked, this, &ScanOptionsPanel::connectionsRequested);
}

ScanOptionsPanel::~ScanOptionsPanel() = default;

void ScanOptionsPanel::load(const ConnectionProfile &profile)
{
    Ui::ScanOptionsPanel &ui = *m_ui;
    ui.lastDays->setChecked(profile.days > 0);
    ui.all->setChecked(profile.days <= 0);
    ui.days->setValue(profile.days > 0 ? profile.days : 30);
    ui.days->setEnabled(profile.days > 0);
    ui.images->setChecked(profile.resourceTypes.contains(u"image"_s));
    ui.videos->setChecked(profile.resourceTypes.contains(u"video"_s));
    ui.raw->setChecked(profile.resourceTypes.contains(u"raw"_s));
    ui.pause->setValue(profile.pauseSeconds);
    ui.parallel->setValue(profile.parallelListing);
    ui.waitForReset->setChecked(profile.waitForReset);
    ui.listingMode->setCurrentIndex(std::clamp(profile.inventoryMode, 0, 2));
    ui.ignore->setText(profile.ignorePatterns.join(u' '));
    ui.minAge->setValue(profile.minAgeDetectHours);

    const QString cloud = profile.cloudName.isEmpty() ? tr("no Cloudinary account yet") : profile.cloudName;
    const QString summary = tr("%1\n%2\n%n reference column(s)", nullptr, int(profile.references.size()))
                                .arg(cloud, profile.databaseTitles().join(u", "_s));
    ui.connectionSummary->setText(summary);
    ui.connectionSummary->setToolTip(summary);
}

void ScanOptionsPanel::store(ConnectionProfile &profile) const
{
    const Ui::ScanOptionsPanel &ui = *m_ui;
    profile.days = ui.all->isChecked() ? 0 : ui.days->value();
    profile.resourceTypes.clear();
    if (ui.images->isChecked())
        profile.resourceTypes.append(u"image"_s);
    if (ui.videos->isChecked())
        profile.resourceTypes.append(u"video"_s);
    if (ui.raw->isChecked())
        profile.resourceTypes.append(u"raw"_s);
    profile.pauseSeconds = ui.pause->value();
    profile.parallelListing = ui.parallel->value();
    profile.waitForReset = ui.waitForReset->isChecked();
    profile.inventoryMode = ui.listingMode->currentIndex();
    profile.ignorePatterns = ui.ignore->text().split(u' ', Qt::SkipEmptyParts);
    profile.minAgeDetectHours = ui.minAge->value();
}

QString ScanOptionsPanel::connectionSummary() const
{
    return m_ui->connectionSummary->text();
}

} // namespace Orphanscope::Gui
