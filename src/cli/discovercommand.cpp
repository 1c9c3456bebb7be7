#include "discovercommand.h"

#include "database/referencediscovery.h"
#include "database/sitereferencereader.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

int runDiscovery(const ScanSettings &settings, bool quiet)
{
    const DeliveryUrlScanner::Options urls = DeliveryUrlScanner::optionsFor(settings.cloudinary);
    QStringList options;
    const bool several = !settings.otherDatabases.isEmpty();
    for (const DatabaseConfig &database : settings.databases()) {
        if (!quiet)
            print(u"Discovering references in %1 (cloud %2)…"_s.arg(database.describe(), settings.cloudinary.cloudName));
        const std::atomic_bool cancel{false};
        QString error;
        const bool showProgress = !quiet && isatty(fileno(stderr));
        const auto columns = ReferenceDiscovery(database, urls).discover(cancel, [showProgress](int done, int total) {
            if (showProgress)
                std::fprintf(stderr, "\r  %d/%d columns read", done, total);
        }, &error);
        if (showProgress)
            std::fprintf(stderr, "\r%*s\r", 40, "");
        if (!columns) {
            std::fprintf(stderr, "orphanscope-cli: error: %s\n", qPrintable(error));
            return 1;
        }
        QStringList nothing;
        for (const DiscoveredColumn &column : *columns) {
            const QString name = column.table + u'.' + column.column;
            switch (column.verdict) {
            case DiscoveredColumn::Verdict::CloudinaryField:
                print(u"  %1  CloudinaryField (%2): %3 of %4 values, e.g. row %5"_s.arg(name.leftJustified(40), resourceTypeName(column.type))
                          .arg(count(column.fieldValues), count(column.values), column.sampleRow));
                break;
            case DiscoveredColumn::Verdict::UrlsInText:
                print(u"  %1  URLs in text: %2 URLs in %3 of %4 values, e.g. row %5"_s.arg(name.leftJustified(40))
                          .arg(count(column.urls), count(column.urlValues), count(column.values), column.sampleRow));
                break;
            case DiscoveredColumn::Verdict::Nothing:
                nothing.append(name);
                continue;
            }
            const QString option = u"--reference "_s + column.spec().toString();
            if (!options.contains(option))
                options.append(option);
        }
        if (!quiet && !nothing.isEmpty())
            print(u"  No references in the other %1 text-like columns (%2)"_s.arg(nothing.size()).arg(nothing.join(u", "_s)));
        if (several && !quiet)
            print({});
    }
    print({});
    if (options.isEmpty()) {
        print(u"No column references files of cloud %1. Check CLOUDINARY_URL (its cloud name) and the database."_s.arg(settings.cloudinary.cloudName));
        return 0;
    }
    print(u"Use:"_s);
    print(u"  "_s + options.join(u" \\\n  "_s));
    return 0;
}
