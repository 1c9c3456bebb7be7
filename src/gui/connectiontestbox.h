#pragma once

#include "connectionprofile.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace Orphanscope {
class ConnectionTester;
struct ConnectionCheck;
}

namespace Orphanscope::Gui {

class StatusLabel;

// "Test connections" with its answers in words: one usage call to Cloudinary and the databases
// opened with their reference columns checked, off the GUI thread. A first-run step tests one
// side alone.
class ConnectionTestBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestBox)

public:
    enum class Scope { Everything, Cloudinary, Databases };

    explicit ConnectionTestBox(QWidget *parent = nullptr);

    void setScope(Scope scope);
    void setProfileSource(std::function<ConnectionProfile()> source) { m_profile = std::move(source); }
    QPushButton *button() const { return m_test; }

    void test();
    bool isRunning() const;
    bool passed() const { return m_passed; } // the last test's verdict, every side it checked

Q_SIGNALS:
    void finished(bool ok);

private:
    void fail(StatusLabel *label, const QString &message);
    void showCheck(StatusLabel *label, const QString &side, const ConnectionCheck &check);

    Scope m_scope = Scope::Everything;
    std::function<ConnectionProfile()> m_profile;
    QPushButton *m_test;
    StatusLabel *m_cloudinary;
    StatusLabel *m_database;
    ConnectionTester *m_tester;
    bool m_passed = false;
};

} // namespace Orphanscope::Gui
