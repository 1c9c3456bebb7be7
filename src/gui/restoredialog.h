#pragma once

#include "deletion/restorejob.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Orphanscope::Gui {

// File → Restore deleted files…: the backups of this account, newest first, with when each was
// backed up; the checked ones are uploaded again (RestoreJob: same public id and type, never over
// an existing file), or only checked with "Check backups". Every outcome is listed and audited.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(RestoreSettings settings, QWidget *parent = nullptr);

    QTreeWidget *backups() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }
    QPlainTextEdit *outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void done(const Orphanscope::RestoreSummary &summary);

private:
    void load();
    void updateButtons();
    void run(bool dryRun);
    QStringList checkedPublicIds() const;

    RestoreSettings m_settings;
    QLabel *m_intro;
    QTreeWidget *m_backups;
    QPushButton *m_check;
    QPushButton *m_restore;
    QPlainTextEdit *m_outcomes;
    RestoreJob *m_job = nullptr;
};

} // namespace Orphanscope::Gui
