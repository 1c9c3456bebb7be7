#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs orphanscope-sandbox as a child process on a free port for one test.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts it with these extra arguments; false (and a message in error()) when it does not come up.
    bool start(const QStringList &arguments);
    void stop();

    quint16 port() const { return m_port; }
    qint64 fileCount() const { return m_fileCount; }
    QString cloudinaryUrl(const QString &secret = QStringLiteral("demo-secret"), const QString &cloud = QStringLiteral("demo")) const;
    QString error() const { return m_error; }
    QString output();

    // Changes the account as its owner would: uploads `count` files (returns their public ids,
    // empty on failure) or deletes files through the Admin API's delete endpoint.
    QStringList upload(const QString &resourceType, int count, const QString &folder);
    bool remove(const QString &resourceType, const QStringList &publicIds);

    // The sandbox's rate-limit windows are aligned to the clock, as Cloudinary's hour is. The
    // milliseconds until one of `windowSeconds` has just begun: a run started then has its whole
    // budget. (Begun late in a window, a run can cross its end before spending it: a run the
    // guard stops makes more calls, and one that waits for the budget waits once less.)
    static int msUntilAFreshWindow(int windowSeconds);

    // Runs the sandbox once with --no-serve to write a database and ground truth.
    static bool writeFixtures(const QStringList &arguments, QString *error);

private:
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_fileCount = 0;
    QString m_error;
    QByteArray m_output;
};
