#include "deletedialog.h"

#include "labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

DeleteDialog::DeleteDialog(DeletionSettings settings, ResourceList files, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_files(std::move(files))
    , m_what(new QLabel(this))
    , m_minAge(new QDoubleSpinBox(this))
    , m_dryRun(new QCheckBox(tr("Dry run: check everything, delete nothing"), this))
    , m_backup(new QCheckBox(tr("Back up each original first (File → Restore deleted files… uploads them again)"), this))
    , m_confirmation(new QLineEdit(this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_outcomes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Delete files from Cloudinary"));
    setObjectName(u"deleteDialog"_s);
    qint64 bytes = 0;
    for (const CloudinaryResource &file : std::as_const(m_files))
        bytes += file.bytes;
    const QLocale locale;
    m_what->setWordWrap(true);
    m_what->setText(tr("<p><b>%n file(s), %1</b>, will be deleted from Cloudinary. Each original is downloaded to "
                       "<tt>%3</tt> first, and only files whose backup is complete are deleted.</p>"
                       "<p>Just before, each file is checked again: a file a database row refers to now, a file decided to keep, "
                       "a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is "
                       "appended to the audit log <tt>%2</tt>.</p>", nullptr, int(m_files.size()))
                        .arg(locale.formattedDataSize(bytes), m_settings.auditPath.toHtmlEscaped(), m_settings.backupFolder.toHtmlEscaped()));
    m_backup->setObjectName(u"backupOriginals"_s);
    m_backup->setChecked(!m_settings.backupFolder.isEmpty());
    m_backup->setEnabled(!m_settings.backupFolder.isEmpty());
    m_backup->setToolTip(tr("Without a backup, what is deleted cannot be restored"));
    m_minAge->setRange(0, 24 * 365);
    m_minAge->setDecimals(1);
    m_minAge->setSuffix(tr(" h"));
    m_minAge->setValue(double(m_settings.minAgeMSecs) / 3600000.0);
    m_minAge->setToolTip(tr("A younger file may still be mid-upload, its row not saved yet: it is never deleted"));
    m_dryRun->setToolTip(tr("Runs every check and lists what would happen; nothing is deleted and the audit log is not written"));
    m_confirmation->setPlaceholderText(confirmationPhrase());
    m_confirmation->setToolTip(tr("Type \"%1\" to enable the Delete button").arg(confirmationPhrase()));
    m_delete->setEnabled(false);
    m_delete->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_outcomes->setReadOnly(true);
    m_outcomes->setPlaceholderText(tr("Outcomes appear here, one line per file"));
    m_outcomes->setMinimumHeight(160);

    auto *form = new QFormLayout;
    form->addRow(tr("Minimum age:"), m_minAge);
    form->addRow(QString(), m_backup);
    form->addRow(QString(), m_dryRun);
    form->addRow(tr("Type \"%1\":").arg(confirmationPhrase()), m_confirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    if (!m_settings.referenceAllText) {
        // What protects a file here is the check's own reading of the database.
        auto *coverage = new QLabel(tr("<p><b>Text columns are not all read.</b> The check reads the reference columns of the scan "
                                       "options only: a file used nowhere but in a page body, a Markdown text or JSON elsewhere in "
                                       "the database would be deleted. Tick \"Also search every text column for URLs\" in the scan "
                                       "options, or add those columns with Discover, before deleting.</p>"),
                                    this);
        coverage->setObjectName(u"textCoverageWarning"_s);
        coverage->setWordWrap(true);
        coverage->setStyleSheet(u"QLabel { border: 1px solid #d08000; border-radius: 3px; padding: 4px; }"_s);
        layout->addWidget(coverage);
    }
    layout->addLayout(form);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(buttons);
    resize(620, 480);

    auto updateButton = [this] {
        const bool confirmed = m_dryRun->isChecked() || m_confirmation->text().trimmed() == confirmationPhrase();
        m_delete->setEnabled(confirmed && !m_thread);
        m_delete->setText(m_dryRun->isChecked() ? tr("Check") : tr("Delete"));
    };
    connect(m_confirmation, &QLineEdit::textChanged, this, updateButton);
    connect(m_dryRun, &QCheckBox::toggled, this, updateButton);
    connect(m_delete, &QPushButton::clicked, this, &DeleteDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteDialog::reject);
}

DeleteDialog::~DeleteDialog()
{
    if (m_thread && m_thread->isRunning()) {
        if (m_job)
            m_job->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QString DeleteDialog::confirmationPhrase() const
{
    return tr("delete %n file(s)", nullptr, int(m_files.size()));
}

void DeleteDialog::start()
{
    if (m_thread)
        return; // one run per dialog
    m_settings.dryRun = m_dryRun->isChecked();
    if (!m_backup->isChecked())
        m_settings.backupFolder.clear();
    m_settings.minAgeMSecs = qint64(m_minAge->value() * 3600 * 1000);
    m_delete->setEnabled(false);
    m_confirmation->setEnabled(false);
    m_dryRun->setEnabled(false);
    m_backup->setEnabled(false);
    m_minAge->setEnabled(false);
    m_outcomes->clear();
    m_thread = new QThread(this);
    m_job = new DeletionJob(m_settings, m_files);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &DeletionJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &DeletionJob::outcome, this, &DeleteDialog::onOutcome);
    connect(m_job, &DeletionJob::warning, this, [this](const QString &message) { m_outcomes->appendPlainText(tr("Warning: %1").arg(message)); });
    connect(m_job, &DeletionJob::finished, this, &DeleteDialog::onFinished);
    connect(m_job, &DeletionJob::failed, this, [this](const QString &message) {
        m_outcomes->appendPlainText(tr("Stopped: %1").arg(message));
        m_thread->quit();
    });
    m_thread->start();
}

void DeleteDialog::onOutcome(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail)
{
    if (outcome == DeletionOutcome::Deleted || outcome == DeletionOutcome::NotFound)
        m_gone.append(file);
    m_outcomes->appendPlainText(u"%1  %2 (%3)%4"_s.arg(deletionOutcomeName(outcome), -18).arg(file.publicId, Labels::typeName(file.type),
                                                                                            detail.isEmpty() ? QString() : u": "_s + detail));
}

void DeleteDialog::onFinished(const DeletionSummary &summary)
{
    const QLocale locale;
    m_outcomes->appendPlainText(QString());
    m_outcomes->appendPlainText(m_settings.dryRun
                                    ? tr("Dry run done: %L1 would be deleted, %L2 skipped; nothing was deleted")
                                          .arg(summary.count(DeletionOutcome::WouldDelete))
                                          .arg(m_files.size() - summary.count(DeletionOutcome::WouldDelete))
                                    : tr("Done: %L1 deleted (%2 freed), %L3 no longer there, %L4 skipped, %L5 errors. Audit log: %6")
                                          .arg(summary.count(DeletionOutcome::Deleted))
                                          .arg(locale.formattedDataSize(summary.bytesDeleted))
                                          .arg(summary.count(DeletionOutcome::NotFound))
                                          .arg(summary.count(DeletionOutcome::SkippedReferenced) + summary.count(DeletionOutcome::SkippedYoung)
                                               + summary.count(DeletionOutcome::SkippedIgnored) + summary.count(DeletionOutcome::SkippedKept)
                                               + summary.count(DeletionOutcome::BackupFailed))
                                          .arg(summary.count(DeletionOutcome::Error))
                                          .arg(m_settings.auditPath));
    if (summary.filesBackedUp > 0)
        m_outcomes->appendPlainText(tr("Backed up %Ln original(s) (%1) in %2", nullptr, summary.filesBackedUp)
                                        .arg(locale.formattedDataSize(summary.bytesBackedUp), summary.backupFolder));
    if (!m_settings.dryRun && m_settings.backupFolder.isEmpty())
        m_outcomes->appendPlainText(tr("No backup was made: what was deleted cannot be restored"));
    if (summary.stopped)
        m_outcomes->appendPlainText(tr("Stopped early: %1").arg(summary.stopDetail));
    m_thread->quit();
    if (!m_settings.dryRun)
        Q_EMIT deleted(m_gone);
    Q_EMIT done(summary);
}

void DeleteDialog::reject()
{
    if (m_job && m_thread && m_thread->isRunning()) {
        m_job->cancel(); // the rest is recorded as not attempted; the dialog closes once it has
        return;
    }
    QDialog::reject();
}

} // namespace Orphanscope::Gui
