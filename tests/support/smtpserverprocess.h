#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real SMTP server (aiosmtpd, run with the system python3) for one test; the messages it
// accepted come back decoded by Python's email package.
class SmtpServerProcess
{
public:
    SmtpServerProcess() = default;
    ~SmtpServerProcess();
    SmtpServerProcess(const SmtpServerProcess &) = delete;
    SmtpServerProcess &operator=(const SmtpServerProcess &) = delete;

    bool start(const QString &user = {}, const QString &password = {});
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    QList<QJsonObject> messages() const;  // in the order received
    QByteArray rawMessages() const;       // every .eml, concatenated

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
};
