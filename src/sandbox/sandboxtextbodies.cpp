#include "sandboxtextbodies.h"

#include <cctype>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

// As the SDKs encode a public id: letters, digits, "-_.~/" and parentheses stay; a comma stays
// or becomes %2C (SDK versions differ); everything else is percent-encoded UTF-8.
QString encodePublicId(const QString &publicId, QRandomGenerator &random)
{
    const bool keepCommas = random.bounded(2) == 0;
    QString out;
    for (const char c : publicId.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::strchr("-_.~/()", c) != nullptr || (c == ',' && keepCommas))
            out += QLatin1Char(c);
        else
            out += u"%%1"_s.arg(byte, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString transformation(QRandomGenerator &random)
{
    static const QStringList forms{QString(), u"c_fill,w_600/"_s, u"c_crop,g_face/e_sepia/"_s, u"t_thumbnail/"_s,
                                   u"s--Ab3dE_f9--/c_scale,w_300/"_s, u"l_text:Arial_40:Hi%252C%20there,co_white/"_s};
    return forms.at(random.bounded(forms.size()));
}

QString seoFolder(ResourceType type)
{
    return type == ResourceType::Image ? u"images"_s : type == ResourceType::Video ? u"videos"_s : u"files"_s;
}

// One URL (or CloudinaryField-style string) that references the file.
QString referenceTo(const CloudinaryResource &file, const QString &cloud, QRandomGenerator &random)
{
    const QString type = resourceTypeName(file.type);
    const QString id = encodePublicId(file.publicId, random);
    const QString extension = file.format.isEmpty() ? QString() : u'.' + file.format;
    const QString version = random.bounded(3) == 0 ? u"v1/"_s : u"v%1/"_s.arg(file.version);
    const QString query = random.bounded(2) ? u"?_a=BAMAROfk0"_s : QString();
    const QString path = u"%1/upload/%2%3%4%5"_s.arg(type, transformation(random), random.bounded(5) ? version : QString(), id, extension);
    int form = random.bounded(file.type == ResourceType::Video ? 9 : 8);
    if (form == 7 && file.publicId.contains(u' '))
        form = 0; // a CloudinaryField-style string is not encoded: in prose a space would end it
    switch (form) {
    case 0: return u"https://res.cloudinary.com/%1/%2%3"_s.arg(cloud, path, query);
    case 1: return u"http://res.cloudinary.com/%1/%2"_s.arg(cloud, path);
    case 2: return u"//res.cloudinary.com/%1/%2%3"_s.arg(cloud, path, query);
    case 3: return u"https://%1-res.cloudinary.com/%2%3"_s.arg(cloud, path, query);
    case 4: return u"https://%1-res.cloudinary.com/%2/%3%4/a-nice-name%5%6"_s.arg(cloud, seoFolder(file.type), version, id, extension, query);
    case 5: return u"https://%1/%2/%3%4"_s.arg(QLatin1StringView(TextBodies::CdnHost), cloud, path, query);
    case 6: return u"https://%1/%2/%3%4/seo-name%5"_s.arg(QLatin1StringView(TextBodies::CdnHost), seoFolder(file.type), version, id, extension);
    case 7: return u"%1/upload/v%2/%3%4"_s.arg(type).arg(file.version).arg(file.publicId, extension); // as a CloudinaryField stores it
    default: return u"https://res.cloudinary.com/%1/video/upload/so_2/%2%3.jpg%4"_s.arg(cloud, version, id, query); // a frame of the video
    }
}

// A URL naming the file that must not count.
QString foreignReferenceTo(const CloudinaryResource &file, QRandomGenerator &random)
{
    const QString type = resourceTypeName(file.type);
    const QString id = encodePublicId(file.publicId, random);
    const QString extension = file.format.isEmpty() ? QString() : u'.' + file.format;
    switch (random.bounded(3)) {
    case 0: return u"https://res.cloudinary.com/othercloud/%1/upload/v1/%2%3"_s.arg(type, id, extension);
    case 1: return u"https://othercloud-res.cloudinary.com/%1/upload/%2%3"_s.arg(type, id, extension);
    default: return u"https://res.cloudinary.com/demo/image/fetch/https://example.org/%1%2"_s.arg(id, extension);
    }
}

QString jsonEscapedSlashes(const QString &url)
{
    QString out = url;
    return out.replace(u'/', u"\\/"_s).replace(u'"', u"\\\""_s);
}

// A body in one of the shapes sites store, with these URLs in it.
void writeBody(TextRow &row, const QStringList &urls, QRandomGenerator &random)
{
    QString body;
    QString blocks;
    switch (random.bounded(4)) {
    case 0: // rich text (CKEditor, TinyMCE, Wagtail)
        body = u"<h2>News</h2>\n<p>Lorem ipsum dolor sit amet &amp; more.</p>\n"_s;
        for (const QString &url : urls) {
            switch (random.bounded(3)) {
            case 0: body += u"<p><img src=\"%1\" alt=\"A photo\" width=\"600\"></p>\n"_s.arg(QString(url).replace(u"?_a="_s, u"?x=1&amp;_a="_s)); break;
            case 1: body += u"<img srcset=\"%1 480w, %1 800w\" sizes=\"50vw\">\n"_s.arg(url); break;
            default: body += u"<p><a href='%1'>Download</a>.</p>\n"_s.arg(url); break;
            }
        }
        break;
    case 1: // Markdown
        body = u"# Release notes\n\nSome text with (parentheses) and a [link](https://example.org/docs).\n\n"_s;
        for (const QString &url : urls)
            body += random.bounded(2) ? u"![A photo](%1 \"Its title\")\n\n"_s.arg(url) : u"See [the file](%1).\n\n"_s.arg(url);
        break;
    case 2: // CSS and a mail template
        body = u"<style>\n"_s;
        for (const QString &url : urls)
            body += random.bounded(2) ? u".hero { background: url('%1') no-repeat; }\n"_s.arg(url) : u".b { background-image: url(%1); }\n"_s.arg(url);
        body += u"</style>\n<p>Hello {{ user.name }},</p>"_s;
        break;
    default: // page-builder blocks in JSON (StreamField, JSONField)
        blocks = u"["_s;
        for (qsizetype i = 0; i < urls.size(); ++i)
            blocks += u"%1{\"type\": \"image\", \"value\": {\"url\": \"%2\", \"caption\": \"Caf\\u00e9\"}}"_s.arg(i ? u", "_s : QString(), jsonEscapedSlashes(urls.at(i)));
        blocks += u"]"_s;
        body = u"<p>Built with blocks.</p>"_s;
        break;
    }
    row.body = body;
    row.blocks = blocks;
}

} // namespace

QList<TextRow> TextBodies::generate(const SandboxAccount &account, QRandomGenerator &random)
{
    QList<TextRow> rows;
    QStringList pending;
    auto flush = [&] {
        TextRow row;
        row.title = u"Post %1"_s.arg(rows.size() + 1);
        writeBody(row, pending, random);
        rows.append(row);
        pending.clear();
    };
    for (ResourceType type : AllResourceTypes) {
        for (const SandboxFile &file : account.files(type)) {
            if (file.textOnly)
                pending.append(referenceTo(file.resource, account.cloudName(), random));
            else if (file.orphan && random.bounded(5) == 0)
                pending.append(foreignReferenceTo(file.resource, random));
            if (pending.size() >= 1 + random.bounded(4))
                flush();
        }
    }
    if (!pending.isEmpty())
        flush();
    rows.append({u"A post without pictures"_s, u"<p>Nothing to see here; images live elsewhere.</p>"_s, QString()});
    rows.append({u"An empty draft"_s, QString(), QString()});
    return rows;
}

} // namespace Orphanscope::Sandbox
