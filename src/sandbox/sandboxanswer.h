#pragma once

#include "faultplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Orphanscope::Sandbox {

// One answer of the sandbox's Admin API, before it is written to the socket.
struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
};

// Cloudinary's error form: {"error":{"message":"…"}}.
Answer errorAnswer(int status, const QString &message);

// The answer a fault turns it into (an error status, HTML, truncated or thinned JSON). Faults that
// act on the connection or the listing (reset, slow, repeat-cursor) leave it as it is.
Answer injectFault(FaultKind fault, Answer answer, int hourlyRateLimit, const QDateTime &limitResets);

// The status line and headers, rateLimitHeaders included, ending with the blank line.
QByteArray responseHead(const Answer &answer, const QByteArray &rateLimitHeaders);

// An HTTP date, as in X-FeatureRateLimit-Reset: "Wed, 03 Oct 2012 08:00:00 GMT".
QByteArray httpDate(const QDateTime &when);

} // namespace Orphanscope::Sandbox
