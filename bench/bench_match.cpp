// Times matching listed pages against the references alone, as a scan's thread does once both
// are there: FILES listed files in pages of 500 (public ids like the sandbox's, short and long,
// nine in ten referenced, in an order unrelated to the table's), against a set of their
// references. Prints the median of 7 passes in ns per file. The scan's profile cannot tell a few
// percent of matching from the noise of the processes beside it; this can.
// Usage: bench_match [FILES]   (default 1000000)
#include "cloudinary/listedfiles.h"
#include "database/referenceset.h"
#include "scan/orphandetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace Orphanscope;

// The sandbox's folders and names (public ids of 10 to 45 bytes, about half longer than 22).
constexpr std::array<const char *, 6> Folders{"", "tests/", "prompts/", "prompts/2024/", "users/avatars/", "marketing/\u00fcn\u00efcode/"};
constexpr std::array<const char *, 4> Names{"img_", "photo.v2_", "-draft_", "caf\u00e9_"};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype files = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    std::mt19937_64 random(1);
    std::vector<std::string> ids;
    ids.reserve(size_t(files));
    for (qsizetype i = 0; i < files; ++i)
        ids.push_back(std::string(Folders[random() % Folders.size()]) + Names[random() % Names.size()] + std::to_string(i));
    ReferenceSet references;
    references.reserve(ResourceType::Image, files);
    std::vector<size_t> order(ids.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), random);
    for (size_t i : order) {
        if (i % 10 != 0)
            references.add(ResourceType::Image, std::string_view(ids[i]));
    }
    std::vector<ListedFiles> pages;
    for (qsizetype start = 0; start < files; start += 500) {
        ListedFiles page;
        for (qsizetype i = start; i < std::min(files, start + 500); ++i) {
            ListedFiles::Fields fields;
            fields.publicId = ids[size_t(i)];
            page.append(fields);
        }
        pages.push_back(page);
    }
    std::vector<double> passes;
    qsizetype valid = 0;
    for (int pass = 0; pass < 7; ++pass) {
        OrphanDetector detector(references);
        QElapsedTimer timer;
        timer.start();
        for (const ListedFiles &page : pages)
            detector.classify(page);
        passes.push_back(double(timer.nsecsElapsed()) / double(files));
        valid = detector.summaries()[0].valid;
    }
    std::sort(passes.begin(), passes.end());
    std::printf("{\"files\": %lld, \"valid\": %lld, \"ns_per_file\": %.1f, \"fastest\": %.1f}\n", qlonglong(files),
                qlonglong(valid), passes[passes.size() / 2], passes.front());
    return 0;
}
