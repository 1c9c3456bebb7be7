#include "database/deliveryurlscanner.h"

#include "util/hexdigit.h"

#include <algorithm>
#include <cstring>

namespace Orphanscope {

namespace {

constexpr std::size_t MaxPrefixLength = 512; // how far back a marker looks for the start of its URL

// Where a URL or path token starts, looking back from a marker.
bool isTokenDelimiter(char c)
{
    return static_cast<unsigned char>(c) <= ' ' || std::strchr("\"'<>()[]{}`\\|^,;=*!", c) != nullptr;
}

// Where a URL's path ends. Parentheses and commas are not here: the SDKs leave them unescaped in
// public ids ("summer (v2)") and transformations use commas (c_fill,w_600).
bool isPathEnd(char c)
{
    return static_cast<unsigned char>(c) <= ' ' || std::strchr("\"'<>`\\?#&|{}^[]", c) != nullptr;
}

bool iequals(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

void percentDecode(std::string_view in, std::string &out)
{
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size()) {
            const int high = hexDigitValue(in[i + 1]);
            const int low = hexDigitValue(in[i + 2]);
            if (high >= 0 && low >= 0) {
                out.push_back(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.push_back(in[i]);
    }
}

void appendUtf8(std::string &out, char32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// JSON's escapes as they occur around URLs: "\/" and "\u00e9" (json.dumps' ensure_ascii).
std::string unescapeJson(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            if (text[i + 1] == '/') {
                out.push_back('/');
                ++i;
                continue;
            }
            if (text[i + 1] == 'u' && i + 5 < text.size()) {
                char32_t code = 0;
                bool ok = true;
                for (std::size_t k = i + 2; k < i + 6; ++k) {
                    const int digit = hexDigitValue(text[k]);
                    ok = ok && digit >= 0;
                    code = code * 16 + char32_t(std::max(digit, 0));
                }
                if (ok && code >= 0xD800 && code < 0xDC00 && i + 11 < text.size() && text[i + 6] == '\\' && text[i + 7] == 'u') {
                    char32_t low = 0;
                    for (std::size_t k = i + 8; k < i + 12; ++k) {
                        const int digit = hexDigitValue(text[k]);
                        ok = ok && digit >= 0;
                        low = low * 16 + char32_t(std::max(digit, 0));
                    }
                    if (ok && low >= 0xDC00 && low < 0xE000) {
                        appendUtf8(out, 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00));
                        i += 11;
                        continue;
                    }
                } else if (ok && (code < 0xD800 || code >= 0xE000)) {
                    appendUtf8(out, code);
                    i += 5;
                    continue;
                }
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

} // namespace

DeliveryUrlScanner::DeliveryUrlScanner(const Options &options)
    : m_cloud(options.cloudName.toStdString())
    , m_privateCdnLabel(m_cloud + "-res")
{
    for (const QString &host : options.cdnHosts) {
        if (!host.trimmed().isEmpty())
            m_cdnHosts.push_back(host.trimmed().toLower().toStdString());
    }
}

int DeliveryUrlScanner::scan(std::string_view text, const Sink &found) const
{
    if (text.find('\\') != std::string_view::npos) {
        const std::string unescaped = unescapeJson(text);
        return scanUnescaped(unescaped, found);
    }
    return scanUnescaped(text, found);
}

int DeliveryUrlScanner::scanUnescaped(std::string_view text, const Sink &found) const
{
    int count = 0;
    for (std::string_view marker : {std::string_view("/upload/"), std::string_view("/private/"), std::string_view("/authenticated/")})
        count += scanMarker(text, marker, false, found);
    for (std::string_view marker : {std::string_view("/images/"), std::string_view("/videos/"), std::string_view("/files/")})
        count += scanMarker(text, marker, true, found);
    return count;
}

int DeliveryUrlScanner::scanMarker(std::string_view text, std::string_view marker, bool seoForm, const Sink &found) const
{
    int count = 0;
    std::size_t from = 0;
    while (from < text.size()) {
        const void *hit = memmem(text.data() + from, text.size() - from, marker.data(), marker.size());
        if (!hit)
            break;
        const std::size_t at = static_cast<const char *>(hit) - text.data();
        from = at + 1;

        ResourceType type = ResourceType::Image;
        std::size_t prefixEnd = at;
        if (seoForm) {
            type = marker == "/images/" ? ResourceType::Image : marker == "/videos/" ? ResourceType::Video : ResourceType::Raw;
        } else {
            const std::string_view before = text.substr(0, at);
            std::string_view word;
            for (std::string_view candidate : {std::string_view("image"), std::string_view("video"), std::string_view("raw")}) {
                if (before.size() >= candidate.size() && before.substr(before.size() - candidate.size()) == candidate)
                    word = candidate;
            }
            if (word.empty())
                continue;
            prefixEnd = at - word.size();
            if (prefixEnd > 0 && text[prefixEnd - 1] != '/' && !isTokenDelimiter(text[prefixEnd - 1]))
                continue; // part of a longer word ("myimage/upload/")
            type = word == "image" ? ResourceType::Image : word == "video" ? ResourceType::Video : ResourceType::Raw;
        }

        std::size_t tokenStart = prefixEnd;
        const std::size_t limit = prefixEnd > MaxPrefixLength ? prefixEnd - MaxPrefixLength : 0;
        while (tokenStart > limit && !isTokenDelimiter(text[tokenStart - 1]))
            --tokenStart;
        std::string_view prefix = text.substr(tokenStart, prefixEnd - tokenStart);
        if (!prefix.empty() && prefix.back() == '/')
            prefix.remove_suffix(1);

        const std::size_t pathStart = at + marker.size();
        std::size_t pathEnd = pathStart;
        while (pathEnd < text.size() && !isPathEnd(text[pathEnd]))
            ++pathEnd;
        const HostVerdict verdict = judgeHost(prefix);
        if (verdict == HostVerdict::Foreign || (seoForm && verdict != HostVerdict::CountsWithSeoForms)) {
            if (verdict == HostVerdict::Foreign)
                from = std::max(from, pathEnd);
            continue;
        }
        emitCandidates(type, text.substr(pathStart, pathEnd - pathStart), seoForm, found);
        ++count;
        from = std::max(from, pathEnd);
    }
    return count;
}

DeliveryUrlScanner::HostVerdict DeliveryUrlScanner::judgeHost(std::string_view prefix) const
{
    for (std::string_view scheme : {std::string_view("https:"), std::string_view("http:")}) {
        if (prefix.size() >= scheme.size() && iequals(prefix.substr(0, scheme.size()), scheme))
            prefix.remove_prefix(scheme.size());
    }
    while (startsWith(prefix, "/"))
        prefix.remove_prefix(1);
    if (prefix.empty())
        return HostVerdict::Counts; // a CloudinaryField-style string, or a path on the site itself
    const std::size_t slash = prefix.find('/');
    const std::string_view host = prefix.substr(0, slash);
    const std::string_view rest = slash == std::string_view::npos ? std::string_view() : prefix.substr(slash);

    constexpr std::string_view CloudinaryDomain = ".cloudinary.com";
    if (host.size() > CloudinaryDomain.size() && iequals(host.substr(host.size() - CloudinaryDomain.size()), CloudinaryDomain)) {
        const std::string_view label = host.substr(0, host.size() - CloudinaryDomain.size());
        const bool shared = iequals(label, "res") || (label.size() > 4 && iequals(label.substr(0, 4), "res-"));
        if (shared) // res.cloudinary.com/<cloud>: only the configured cloud's files count
            return rest.size() == m_cloud.size() + 1 && rest.substr(1) == m_cloud ? HostVerdict::Counts : HostVerdict::Foreign;
        if (label == m_privateCdnLabel || startsWith(label, m_privateCdnLabel + "-"))
            return rest.empty() ? HostVerdict::CountsWithSeoForms : HostVerdict::Counts;
        if (label.find("-res") != std::string_view::npos)
            return HostVerdict::Foreign; // another cloud's private CDN
        return HostVerdict::Counts;
    }
    for (const std::string &cdnHost : m_cdnHosts) {
        if (iequals(host, cdnHost))
            return rest.empty() ? HostVerdict::CountsWithSeoForms : HostVerdict::Counts;
    }
    return HostVerdict::Counts; // another host: a CloudinaryField-style path inside its URL keeps the file
}

void DeliveryUrlScanner::emitCandidates(ResourceType type, std::string_view path, bool seoForm, const Sink &found) const
{
    // A ')' without its '(' closes the Markdown link or CSS url() around the URL.
    int depth = 0;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '(') {
            ++depth;
        } else if (path[i] == ')' && --depth < 0) {
            path = path.substr(0, i);
            break;
        }
    }
    std::string decoded;
    auto emitSuffixes = [&](std::string_view p, bool stripExtension) {
        while (!p.empty() && p.back() == '/')
            p.remove_suffix(1);
        if (p.empty())
            return;
        const std::size_t lastSlash = p.rfind('/');
        const std::size_t lastSegment = lastSlash == std::string_view::npos ? 0 : lastSlash + 1;
        const std::size_t dot = stripExtension ? p.rfind('.') : std::string_view::npos;
        const bool hasExtension = dot != std::string_view::npos && dot > lastSegment;
        std::size_t start = p.size();
        for (int segments = 0; segments < MaxSegmentsPerUrl && start > 0; ++segments) {
            const std::size_t slash = p.rfind('/', start - 1);
            start = slash == std::string_view::npos ? 0 : slash + 1;
            percentDecode(p.substr(start), decoded);
            found(type, decoded);
            if (hasExtension && start < dot) {
                percentDecode(p.substr(start, dot - start), decoded);
                found(type, decoded);
            }
            if (slash == std::string_view::npos)
                break;
            start = slash;
        }
    };
    // The version component comes right before the public id and no transformation looks like
    // it: with one, only the path after the first is the public id and its suffixes.
    for (std::size_t start = 0; start < path.size();) {
        const std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos)
            break;
        const std::string_view segment = path.substr(start, slash - start);
        if (segment.size() > 1 && segment[0] == 'v'
            && std::all_of(segment.begin() + 1, segment.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            path = path.substr(slash + 1);
            break;
        }
        start = slash + 1;
    }
    // Prose may end a URL with a full stop or a comma: the path without them is a candidate too.
    std::string_view trimmed = path;
    while (!trimmed.empty() && std::strchr(".,;:!", trimmed.back()) != nullptr)
        trimmed.remove_suffix(1);
    auto emitVariant = [&](std::string_view variant) {
        emitSuffixes(variant, true);
        if (seoForm) {
            if (const std::size_t slash = variant.rfind('/'); slash != std::string_view::npos)
                emitSuffixes(variant.substr(0, slash), false); // without the SEO suffix segment
        }
    };
    emitVariant(path);
    if (trimmed.size() != path.size())
        emitVariant(trimmed);
}

} // namespace Orphanscope
