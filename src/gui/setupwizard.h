#pragma once

#include "connectionprofile.h"

#include <QWizard>

#include <memory>

namespace Ui {
class SetupCloudinaryPage;
class SetupDatabasePage;
class SetupReferencesPage;
class SetupFinishPage;
}

namespace Orphanscope::Gui {

// The first run, step by step: the Cloudinary account (pasted or typed) and its test, the
// site's databases and their test, the reference columns (Detect, Discover) and their check,
// then the profile's name, saved, and a first scan. Every test answers in words; every step
// can be passed over by someone who knows better. The pages are ui/setup*page.ui.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { CloudinaryPage, DatabasePage, ReferencesPage, FinishPage };

    explicit SetupWizard(const ConnectionProfile &start, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ConnectionProfile profile() const; // as entered so far
    bool scanWhenFinished() const;

    const Ui::SetupCloudinaryPage &cloudinaryPage() const { return *m_cloudinary; }
    const Ui::SetupDatabasePage &databasePage() const { return *m_database; }
    const Ui::SetupReferencesPage &referencesPage() const { return *m_references; }
    const Ui::SetupFinishPage &finishPage() const { return *m_finish; }

Q_SIGNALS:
    void profileReady(const Orphanscope::Gui::ConnectionProfile &profile, bool scanNow);

private:
    void describeProfile();

    ConnectionProfile m_start;
    std::unique_ptr<Ui::SetupCloudinaryPage> m_cloudinary;
    std::unique_ptr<Ui::SetupDatabasePage> m_database;
    std::unique_ptr<Ui::SetupReferencesPage> m_references;
    std::unique_ptr<Ui::SetupFinishPage> m_finish;
};

} // namespace Orphanscope::Gui
