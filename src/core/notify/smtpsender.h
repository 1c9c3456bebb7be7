#pragma once

#include "notify/mailconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Orphanscope {

// Hands one message to an SMTP server with libcurl, with connect, total and server-response
// timeouts. Blocking: call it from a worker thread in a GUI. The password never appears in
// what it returns.
class SmtpSender
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    static Result send(const MailConfig &config, const QList<EmailAddress> &recipients, const QByteArray &message);
};

} // namespace Orphanscope
