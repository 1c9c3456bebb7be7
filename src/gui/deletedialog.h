#pragma once

#include "deletion/deletionjob.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QThread;

namespace Orphanscope::Gui {

// "Delete selected…" and "Delete marked…": shows what would go (count and bytes), asks for the
// count typed out, then runs a DeletionJob (each original backed up first; each file checked again
// against the database, the decisions, its age and Cloudinary; at most 100 a call; an audit row
// per outcome) in a worker thread and lists every outcome.
class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    DeleteDialog(DeletionSettings settings, ResourceList files, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    // The phrase to type: "delete N files".
    QString confirmationPhrase() const;
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *deleteButton() const { return m_delete; }
    QCheckBox *backupBox() const { return m_backup; }

Q_SIGNALS:
    void deleted(const Orphanscope::ResourceList &files); // what Cloudinary deleted (or no longer had)
    void done(const Orphanscope::DeletionSummary &summary);

protected:
    void reject() override;

private:
    void start();
    void onOutcome(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail);
    void onFinished(const DeletionSummary &summary);

    DeletionSettings m_settings;
    ResourceList m_files;
    QLabel *m_what;
    QDoubleSpinBox *m_minAge;
    QCheckBox *m_dryRun;
    QCheckBox *m_backup;
    QLineEdit *m_confirmation;
    QPushButton *m_delete;
    QPlainTextEdit *m_outcomes;
    QThread *m_thread = nullptr;
    QPointer<DeletionJob> m_job; // deleted in its thread when that finishes
    ResourceList m_gone;
};

} // namespace Orphanscope::Gui
