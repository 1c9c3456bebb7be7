#include "restoredialog.h"

#include "labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

namespace {
enum Column { BackedUpColumn, PublicIdColumn, TypeColumn, SizeColumn, UploadedColumn };
}

RestoreDialog::RestoreDialog(RestoreSettings settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_intro(new QLabel(this))
    , m_backups(new QTreeWidget(this))
    , m_check(new QPushButton(tr("Check backups"), this))
    , m_restore(new QPushButton(tr("Restore"), this))
    , m_outcomes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Restore deleted files"));
    setObjectName(u"restoreDialog"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("<p>The originals backed up before deletion, from <tt>%1</tt>. Checked files are uploaded again with "
                        "the same public ID and type; Cloudinary gives each a new version number. A file that exists again "
                        "is never overwritten.</p>")
                         .arg(m_settings.backupFolder.toHtmlEscaped()));
    m_backups->setObjectName(u"backupList"_s);
    m_backups->setRootIsDecorated(false);
    m_backups->setHeaderLabels({tr("Backed up"), tr("Public ID"), tr("Type"), tr("Size"), tr("Uploaded")});
    m_backups->header()->resizeSection(BackedUpColumn, 150);
    m_backups->header()->resizeSection(PublicIdColumn, 240);
    m_backups->header()->resizeSection(TypeColumn, 60);
    m_backups->header()->resizeSection(SizeColumn, 80);
    m_backups->setSortingEnabled(true);
    m_outcomes->setReadOnly(true);
    m_outcomes->setPlaceholderText(tr("Outcomes appear here, one line per file"));
    m_outcomes->setMaximumHeight(140);
    m_restore->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_backups, 1);
    layout->addWidget(m_outcomes);
    layout->addWidget(buttons);
    resize(720, 460);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_restore, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_backups, &QTreeWidget::itemChanged, this, &RestoreDialog::updateButtons);
    load();
}

void RestoreDialog::updateButtons()
{
    const int checked = int(checkedPublicIds().size());
    m_restore->setEnabled(checked > 0 && !m_job);
    m_check->setEnabled(checked > 0 && !m_job);
    m_restore->setText(checked > 0 ? tr("Restore %n file(s)", nullptr, checked) : tr("Restore"));
}

void RestoreDialog::load()
{
    QString error;
    const auto entries = BackupManifest(m_settings.backupFolder).read(&error);
    m_backups->clear();
    if (!entries) {
        m_outcomes->setPlainText(error);
        m_restore->setEnabled(false);
        m_check->setEnabled(false);
        return;
    }
    const QString account = m_settings.cloudinary.accountName();
    const QLocale locale;
    for (const BackupEntry &entry : *entries) {
        if (entry.account != account)
            continue;
        auto *item = new QTreeWidgetItem;
        item->setText(BackedUpColumn, locale.toString(entry.backedUpAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(BackedUpColumn, Qt::UserRole, entry.publicId);
        item->setText(PublicIdColumn, entry.publicId);
        item->setText(TypeColumn, Labels::typeName(entry.type));
        item->setText(SizeColumn, locale.formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (entry.createdAtMSecs)
            item->setText(UploadedColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(entry.createdAtMSecs), QLocale::ShortFormat));
        item->setToolTip(PublicIdColumn, entry.url);
        item->setCheckState(BackedUpColumn, Qt::Unchecked);
        m_backups->addTopLevelItem(item);
    }
    m_backups->sortByColumn(BackedUpColumn, Qt::DescendingOrder);
    if (m_backups->topLevelItemCount() == 0)
        m_outcomes->setPlainText(tr("There are no backups of %1 yet: files deleted with a backup appear here.").arg(account));
    m_restore->setEnabled(false);
    m_check->setEnabled(false);
}

QStringList RestoreDialog::checkedPublicIds() const
{
    QStringList ids;
    for (int i = 0; i < m_backups->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_backups->topLevelItem(i);
        if (item->checkState(BackedUpColumn) == Qt::Checked && !ids.contains(item->data(BackedUpColumn, Qt::UserRole).toString()))
            ids.append(item->data(BackedUpColumn, Qt::UserRole).toString());
    }
    return ids;
}

void RestoreDialog::run(bool dryRun)
{
    if (m_job)
        return;
    RestoreSettings settings = m_settings;
    settings.publicIds = checkedPublicIds();
    settings.dryRun = dryRun;
    m_outcomes->clear();
    m_restore->setEnabled(false);
    m_check->setEnabled(false);
    m_job = new RestoreJob(settings, this);
    connect(m_job, &RestoreJob::outcome, this, [this](const BackupEntry &entry, DeletionOutcome outcome, const QString &detail) {
        m_outcomes->appendPlainText(u"%1  %2 (%3)%4"_s.arg(deletionOutcomeName(outcome), -15).arg(entry.publicId, Labels::typeName(entry.type),
                                                                                               detail.isEmpty() ? QString() : u": "_s + detail));
    });
    auto ended = [this] {
        m_job->deleteLater();
        m_job = nullptr;
        updateButtons();
    };
    connect(m_job, &RestoreJob::finished, this, [this, ended, dryRun](const RestoreSummary &summary) {
        m_outcomes->appendPlainText(dryRun ? tr("Checked: %L1 backups intact, %L2 damaged; nothing was uploaded")
                                                 .arg(summary.count(DeletionOutcome::WouldRestore))
                                                 .arg(summary.count(DeletionOutcome::RestoreFailed))
                                           : tr("Done: %L1 restored, %L2 exist already (left as they are), %L3 failed")
                                                 .arg(summary.count(DeletionOutcome::Restored))
                                                 .arg(summary.count(DeletionOutcome::RestoreExists))
                                                 .arg(summary.count(DeletionOutcome::RestoreFailed)));
        if (summary.stopped)
            m_outcomes->appendPlainText(tr("Stopped: %1").arg(summary.stopDetail));
        ended();
        Q_EMIT done(summary);
    });
    connect(m_job, &RestoreJob::failed, this, [this, ended](const QString &message) {
        m_outcomes->appendPlainText(tr("Stopped: %1").arg(message));
        ended();
    });
    m_job->start();
}

} // namespace Orphanscope::Gui
