#pragma once

#include "scan/scantypes.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Orphanscope {

// Posts a scan's summary to a chat webhook: JSON with "text" (Slack) and "content" (Discord)
// holding the same few lines, plus "orphanscope" with the figures for other receivers. The URL
// carries a secret token: messages name its host only.
class WebhookSender
{
public:
    // Whether a scan is worth a message: orphans, broken references or a spike.
    static bool worthTelling(const ScanResult &result);
    static QByteArray payload(const ScanResult &result, const QString &appName, const QString &reportPath);
    // http(s) only; an error names the problem, never the URL's path or query.
    static bool validate(const QUrl &url, QString *error);
    static bool post(const QUrl &url, const QByteArray &json, int timeoutMs, QString *error);
};

} // namespace Orphanscope
