// Times the search of text columns for delivery URLs: ~1 GB of generated HTML, Markdown and JSON
// bodies (a few URLs of every form in each, the rest prose), scanned body by body as the reader
// does. Prints MB/s, medians of 3: the scanner alone, and with each candidate added to a
// ReferenceSet as a scan does.
// Usage: bench_text_scan [MEGABYTES]   (default 1024)
#include "database/deliveryurlscanner.h"
#include "database/referenceset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace Orphanscope;

namespace {

const char *const Prose[] = {
    "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ",
    "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>\n",
    "<h2>Upload your images and videos</h2><p>Our <a href=\"https://example.org/blog/2024/upload-guide\">upload guide</a> explains it. ",
    "<ul><li>One</li><li>Two</li><li>Three</li></ul>\n<p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum.</p>",
};

std::string url(QRandomGenerator &random, int serial)
{
    const std::string id = "blog/2024/photo_" + std::to_string(serial);
    switch (random.bounded(6)) {
    case 0: return "https://res.cloudinary.com/demo/image/upload/c_fill,w_600/v1712/" + id + ".jpg?_a=BAMAROfk0";
    case 1: return "https://demo-res.cloudinary.com/images/v1/" + id + "/a-nice-name.jpg";
    case 2: return "//res.cloudinary.com/demo/video/upload/so_2/v1/" + id + ".jpg";
    case 3: return "https://res.cloudinary.com/othercloud/image/upload/v1/" + id + ".png";
    case 4: return "https://media.example.org/demo/image/upload/t_thumb/v1/caf%C3%A9_" + std::to_string(serial) + ".webp";
    default: return "https://res.cloudinary.com/demo/image/fetch/https://example.org/" + id + ".jpg";
    }
}

std::vector<std::string> makeBodies(std::size_t totalBytes)
{
    QRandomGenerator random(11);
    std::vector<std::string> bodies;
    std::size_t total = 0;
    int serial = 0;
    while (total < totalBytes) {
        std::string body;
        const int style = random.bounded(3);
        const int paragraphs = 8 + random.bounded(24);
        for (int i = 0; i < paragraphs; ++i) {
            body += Prose[random.bounded(4)];
            if (random.bounded(6) == 0) {
                const std::string u = url(random, serial++);
                if (style == 0)
                    body += "<img src=\"" + u + "\" srcset=\"" + u + " 480w, " + u + " 800w\" alt=\"\">";
                else if (style == 1)
                    body += "![photo](" + u + " \"Title\")\n";
                else {
                    std::string escaped;
                    for (char c : u)
                        escaped += c == '/' ? std::string("\\/") : std::string(1, c);
                    body += "{\"type\":\"image\",\"value\":{\"url\":\"" + escaped + "\"}},";
                }
            }
        }
        total += body.size();
        bodies.push_back(std::move(body));
    }
    return bodies;
}

template<typename Work>
double medianSeconds(Work work)
{
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::size_t megabytes = argc > 1 ? std::stoul(argv[1]) : 1024;
    const std::vector<std::string> bodies = makeBodies(megabytes << 20);
    std::size_t bytes = 0;
    for (const std::string &body : bodies)
        bytes += body.size();
    const DeliveryUrlScanner scanner({QStringLiteral("demo"), {QStringLiteral("media.example.org")}});

    long long urls = 0;
    long long candidates = 0;
    const double scanOnly = medianSeconds([&] {
        urls = 0;
        candidates = 0;
        for (const std::string &body : bodies)
            urls += scanner.scan(body, [&candidates](ResourceType, std::string_view) { ++candidates; });
    });
    const double withSet = medianSeconds([&] {
        ReferenceSet references;
        for (const std::string &body : bodies)
            scanner.scan(body, [&references](ResourceType type, std::string_view id) {
                references.addCandidate(type, id); // as the reader does: the UTF-8 bytes
            });
    });
    const double mb = double(bytes) / (1 << 20);
    std::printf("Text search: %.0f MB in %zu bodies, %lld references, %lld candidates\n", mb, bodies.size(), urls, candidates);
    std::printf("  scanner alone:            %6.2f s  %6.0f MB/s\n", scanOnly, mb / scanOnly);
    std::printf("  with the reference set:   %6.2f s  %6.0f MB/s\n", withSet, mb / withSet);
    return 0;
}
