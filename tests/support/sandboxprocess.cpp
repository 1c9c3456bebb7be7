#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments)
{
    m_process.setProgram(QStringLiteral(ORPHANSCOPE_SANDBOX_PATH));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    const QRegularExpression listening(u"with (\\d+) files, listening on http://127.0.0.1:(\\d+)"_s);
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_fileCount = match.captured(1).toLongLong();
            m_port = quint16(match.captured(2).toUInt());
            return true;
        }
    }
    m_error = u"The sandbox did not start: "_s + QString::fromUtf8(m_output + m_process.readAll());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

QString SandboxProcess::cloudinaryUrl(const QString &secret, const QString &cloud) const
{
    return u"cloudinary://demo-key:%1@%2?upload_prefix=http://127.0.0.1:%3"_s.arg(secret, cloud).arg(m_port);
}

bool SandboxProcess::writeFixtures(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ORPHANSCOPE_SANDBOX_PATH), arguments + QStringList{u"--no-serve"_s});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"orphanscope-sandbox %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}
