#include "referencesform.h"

#include "statuslabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ReferencesForm::ReferencesForm(QWidget *parent)
    : QGroupBox(tr("Reference columns"), parent)
    , m_references(new QListWidget(this))
    , m_detect(new QPushButton(tr("Detect"), this))
    , m_discover(new QPushButton(tr("Discover"), this))
    , m_allText(new QCheckBox(tr("Also search every text column for URLs"), this))
    , m_cdnHosts(new QLineEdit(this))
    , m_status(new StatusLabel(this))
{
    m_references->setObjectName(u"referenceList"_s);
    m_references->setToolTip(tr("Columns that reference files, as TABLE.COLUMN:TYPE: image, video or raw for CloudinaryField values, "
                                "text for text, HTML, Markdown or JSON with delivery URLs in it. Double-click to edit."));
    m_references->setMinimumHeight(m_references->fontMetrics().lineSpacing() * 4);
    auto *add = new QPushButton(tr("Add"), this);
    add->setToolTip(tr("Add a reference column and edit it in place"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(tr("Remove the selected reference columns"));
    m_detect->setObjectName(u"detectButton"_s);
    m_detect->setToolTip(tr("Sample the database's text columns and suggest those holding CloudinaryField values"));
    m_discover->setObjectName(u"discoverButton"_s);
    m_discover->setToolTip(tr("Read every text column of the database once and add those holding CloudinaryField values or "
                              "delivery URLs of this account"));
    m_allText->setObjectName(u"referenceAllText"_s);
    m_allText->setToolTip(tr("Search every text-like column of the database for delivery URLs as well: slower, and the safe "
                             "choice before deleting"));
    m_cdnHosts->setObjectName(u"cdnHosts"_s);
    m_cdnHosts->setPlaceholderText(u"media.example.org"_s);
    m_cdnHosts->setToolTip(tr("Custom delivery hosts (CNAMEs) whose URLs in text reference this account's files, separated by spaces"));
    m_status->setObjectName(u"referenceStatus"_s);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, remove, m_detect, m_discover})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_references, 1);
    listRow->addLayout(buttons);
    auto *form = new QFormLayout;
    form->addRow(tr("CDN hosts:"), m_cdnHosts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_allText);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(u"table.column:image"_s, m_references);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_references->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_references->selectedItems()); });
    connect(m_detect, &QPushButton::clicked, this, &ReferencesForm::detect);
    connect(m_discover, &QPushButton::clicked, this, &ReferencesForm::discover);
    connect(&m_detection, &QFutureWatcher<std::pair<QList<DetectedReference>, QString>>::finished, this, &ReferencesForm::showDetected);
    connect(&m_discovery, &QFutureWatcher<std::pair<QList<DiscoveredColumn>, QString>>::finished, this, &ReferencesForm::showDiscovered);
}

ReferencesForm::~ReferencesForm()
{
    m_stopDiscovery = true;
    m_detection.waitForFinished();
    m_discovery.waitForFinished();
}

int ReferencesForm::addReferences(const QStringList &references)
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

int ReferencesForm::count() const
{
    return m_references->count();
}

void ReferencesForm::load(const ConnectionProfile &profile)
{
    m_references->clear();
    addReferences(profile.references);
    m_allText->setChecked(profile.referenceAllText);
    m_cdnHosts->setText(profile.cdnHosts.join(u' '));
    m_status->setVisible(false);
}

void ReferencesForm::store(ConnectionProfile &profile) const
{
    profile.references.clear();
    for (int i = 0; i < m_references->count(); ++i)
        profile.references.append(m_references->item(i)->text().trimmed());
    profile.referenceAllText = m_allText->isChecked();
    profile.cdnHosts = m_cdnHosts->text().split(u' ', Qt::SkipEmptyParts);
}

// The database on show, ready to read; nullopt after saying what is wrong with its fields.
std::optional<DatabaseConfig> ReferencesForm::shownDatabase(QString *title) const
{
    const DatabaseConnection database = m_source.database();
    *title = database.title();
    QString error;
    auto config = database.config(&error);
    if (!config)
        m_status->showOutcome(false, error);
    return config;
}

void ReferencesForm::detect()
{
    if (busy() || !m_source.database)
        return;
    QString title;
    const auto config = shownDatabase(&title);
    if (!config) {
        Q_EMIT detectionFinished();
        return;
    }
    m_status->showProgress(tr("Sampling the text columns of %1…").arg(title));
    m_detection.setFuture(QtConcurrent::run([config = *config] {
        QString error;
        auto found = ReferenceDetector(config).detect(&error);
        return std::pair(found, error);
    }));
}

void ReferencesForm::showDetected()
{
    const auto [found, error] = m_detection.result();
    if (!error.isEmpty()) {
        m_status->showOutcome(false, error);
    } else if (found.isEmpty()) {
        m_status->showOutcome(false, tr("No text column looks like it holds CloudinaryField values; add the columns by hand"));
    } else {
        QStringList specs;
        QStringList described;
        for (const DetectedReference &reference : found) {
            specs.append(reference.spec.toString());
            described.append(tr("%1 (%2 of %3 sampled values)").arg(reference.spec.toString()).arg(reference.matching).arg(reference.sampled));
        }
        const int added = addReferences(specs);
        m_status->showOutcome(true, tr("Found %n column(s): %1. %2 added to the list.", nullptr, int(found.size()))
                                        .arg(described.join(u", "_s)).arg(added));
    }
    Q_EMIT detectionFinished();
}

// Discover reads every text column once (unlike Detect's sample), so it shows which column it is at.
void ReferencesForm::discover()
{
    if (busy() || !m_source.database || !m_source.profile)
        return;
    QString title;
    const auto config = shownDatabase(&title);
    if (!config) {
        Q_EMIT discoveryFinished();
        return;
    }
    const ConnectionProfile current = m_source.profile();
    const DeliveryUrlScanner::Options urls{current.cloudName, current.cdnHosts};
    m_stopDiscovery = false;
    m_status->showProgress(tr("Reading every text column of %1…").arg(title));
    QPointer<StatusLabel> status(m_status);
    m_discovery.setFuture(QtConcurrent::run([this, config = *config, urls, status] {
        QString error;
        auto found = ReferenceDiscovery(config, urls).discover(m_stopDiscovery, [status](int done, int total) {
            QMetaObject::invokeMethod(status, [status, done, total] {
                if (status)
                    status->showProgress(ReferencesForm::tr("Reading text columns: %1 of %2…").arg(done).arg(total));
            }, Qt::QueuedConnection);
        }, &error);
        return std::pair(found.value_or(QList<DiscoveredColumn>()), error);
    }));
}

void ReferencesForm::showDiscovered()
{
    const auto [columns, error] = m_discovery.result();
    QStringList specs;
    for (const DiscoveredColumn &column : columns) {
        if (column.verdict != DiscoveredColumn::Verdict::Nothing)
            specs.append(column.spec().toString());
    }
    if (!error.isEmpty()) {
        m_status->showOutcome(false, error);
    } else if (specs.isEmpty()) {
        m_status->showOutcome(false, tr("None of the %n text column(s) holds CloudinaryField values or delivery URLs of this cloud; "
                                        "check the cloud name", nullptr, int(columns.size())));
    } else {
        const int added = addReferences(specs);
        m_status->showOutcome(true, tr("%n column(s) reference files: %1. %2 added to the list.", nullptr, int(specs.size()))
                                        .arg(specs.join(u", "_s)).arg(added));
    }
    Q_EMIT discoveryFinished();
}

} // namespace Orphanscope::Gui
