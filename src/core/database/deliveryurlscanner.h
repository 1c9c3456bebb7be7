#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/resourcetype.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Orphanscope {

// Finds the files a text value refers to: Cloudinary delivery URLs anywhere in it (HTML, srcset,
// Markdown, CSS url(), JSON with escaped slashes) and CloudinaryField-style strings
// (image/upload/v1/blog/cat.jpg). Works on the UTF-8 bytes with plain substring search.
//
// Counted: res.cloudinary.com/<cloud>/… of the configured cloud only (res-N. too), the private
// CDN <cloud>-res.cloudinary.com/…, the custom CDN hosts given, and any other host or no host
// before <image|video|raw>/<upload|private|authenticated>/; on the private CDN and custom hosts
// also the SEO forms images/, videos/, files/ with a suffix segment after the public id. Not
// counted: another cloud's URLs, image/fetch/ and other delivery types.
//
// Rather than parse every transformation, each URL yields candidates: every suffix of its path
// after the delivery type (after the version component, when there is one), cut at each '/',
// with and without the extension, percent-decoded (for the SEO forms also those of the path
// without its suffix segment). A listed file is referenced
// when it is among its type's candidates; extra candidates can only keep a file, never report one.
class DeliveryUrlScanner
{
public:
    struct Options
    {
        QString cloudName;
        QStringList cdnHosts; // custom delivery hosts (CNAMEs), e.g. media.example.org
    };
    using Sink = std::function<void(ResourceType type, std::string_view candidatePublicId)>;

    static constexpr int MaxSegmentsPerUrl = 12; // suffixes from the last 12 path segments

    explicit DeliveryUrlScanner(const Options &options);
    static Options optionsFor(const CloudinaryConfig &config) { return {config.cloudName, config.deliveryHosts}; }

    // Reports the candidates of every reference in text; returns how many references it found.
    int scan(std::string_view text, const Sink &found) const;

private:
    enum class HostVerdict { Counts, CountsWithSeoForms, Foreign };
    int scanUnescaped(std::string_view text, const Sink &found) const;
    int scanMarker(std::string_view text, std::string_view marker, bool seoForm, const Sink &found) const;
    HostVerdict judgeHost(std::string_view prefix) const;
    void emitCandidates(ResourceType type, std::string_view path, bool seoForm, const Sink &found) const;

    std::string m_cloud;
    std::string m_privateCdnLabel; // <cloud>-res
    std::vector<std::string> m_cdnHosts;
    mutable std::string m_decoded; // scratch
};

} // namespace Orphanscope
