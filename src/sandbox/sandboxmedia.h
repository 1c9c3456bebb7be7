#pragma once

#include "sandboxaccount.h"
#include "sandboxanswer.h"

#include <QHash>
#include <QHttpServerRequest>

namespace Orphanscope::Sandbox {

class ListingPages;

// The sandbox's files themselves, beside its Admin API: delivery URLs answer with the original
// (exactly `bytes` long: made-up bytes derived from the public id, or what was uploaded) or,
// with a c_… transformation, a small preview picture; and the Upload API's signed
// POST /v1_1/{cloud}/{type}/upload adds a file, refusing a wrong signature or api_key, a
// stale timestamp, and — with overwrite=false — leaving an existing file as it is.
class SandboxMedia
{
public:
    SandboxMedia(SandboxAccount *account, ListingPages *pages, QString apiKey, QString apiSecret);

    Answer deliver(const QString &path) const;
    Answer upload(ResourceType type, const QHttpServerRequest &request);
    bool isOriginal(const QString &path) const; // a delivery URL without transformation

    // The made-up content of a generated file.
    static QByteArray generatedContent(const QString &publicId, qint64 bytes);

private:
    SandboxAccount *m_account;
    ListingPages *m_pages;
    QString m_apiKey;
    QString m_apiSecret;
    QHash<QString, QByteArray> m_uploaded; // type/public id → content
};

} // namespace Orphanscope::Sandbox
