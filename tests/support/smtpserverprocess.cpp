#include "smtpserverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

SmtpServerProcess::~SmtpServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SmtpServerProcess::start(const QString &user, const QString &password)
{
    QStringList arguments{QStringLiteral(ORPHANSCOPE_SMTP_SERVER_SCRIPT), m_dir.filePath(u"mail"_s)};
    if (!user.isEmpty())
        arguments << u"--user"_s << user << u"--password"_s << password;
    m_process.start(u"/usr/bin/python3"_s, arguments);
    QByteArray output;
    const QRegularExpression listening(u"listening on 127.0.0.1:(\\d+)"_s);
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
        output += m_process.readAllStandardOutput();
        if (const auto match = listening.match(QString::fromUtf8(output)); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = u"The SMTP server did not start (is python3-aiosmtpd installed?): "_s + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

QList<QJsonObject> SmtpServerProcess::messages() const
{
    QList<QJsonObject> messages;
    for (int n = 1;; ++n) {
        QFile file(m_dir.filePath(u"mail/%1.json"_s.arg(n)));
        if (!file.open(QIODevice::ReadOnly))
            break;
        messages.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return messages;
}

QByteArray SmtpServerProcess::rawMessages() const
{
    QByteArray raw;
    for (const QString &name : QDir(m_dir.filePath(u"mail"_s)).entryList({u"*.eml"_s}, QDir::Files)) {
        QFile file(m_dir.filePath(u"mail/"_s + name));
        if (file.open(QIODevice::ReadOnly))
            raw += file.readAll();
    }
    return raw;
}
