#pragma once

#include "sandboxaccount.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Orphanscope::Sandbox {

// One row of the generated blog_post table: an HTML, Markdown or CSS body and a JSON column of
// page-builder blocks (slashes escaped, as json.dumps writes them).
struct TextRow
{
    QString title;
    QString body;   // NULL when empty
    QString blocks; // NULL when empty
};

// The text side of the generated database. Every text-only file of the account (SandboxFile::
// textOnly) appears in some body, 1–4 files a body, through one of the URL forms Cloudinary's
// SDKs render: res.cloudinary.com/<cloud> with transformations, signatures, v1 or no version and
// ?_a=; http: and //; the private CDN <cloud>-res.cloudinary.com and the custom host
// TextBodies::CdnHost, each also in the SEO form (images/…/<id>/<name>.<ext>); a video frame
// delivered as .jpg; a CloudinaryField-style string. Public ids are percent-encoded the SDKs' way.
// Orphans show up too, but only in URLs that must not count: another cloud's, another cloud's
// private CDN, and fetch URLs.
class TextBodies
{
public:
    static constexpr const char *CdnHost = "media.example.org";
    static QList<TextRow> generate(const SandboxAccount &account, QRandomGenerator &random);
};

} // namespace Orphanscope::Sandbox
