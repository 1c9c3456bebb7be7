// libFuzzer: whatever the public id, folder, format and URL hold, the CSV report reads back as
// RFC 4180 with the same cells (a formula guard adds a leading quote, nothing else changes).
#include "csvtable.h"
#include "report/reportwriter.h"

#include <cstdlib>

namespace {
// What the writer guards: a risky first character, also behind leading quotes ('=…), so that a
// reader strips exactly one quote.
QString guarded(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && risky.contains(text.at(i)) ? QLatin1Char('\'') + text : text;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(QChar(0x1f)); // unit separator splits the input into fields
    Orphanscope::CloudinaryResource resource;
    resource.publicId = parts.value(0);
    resource.format = parts.value(1);
    resource.secureUrl = parts.value(2);
    resource.bytes = qint64(size) * 977;
    const CsvTable table = CsvTable::parse(Orphanscope::ReportWriter::csv({resource}));
    if (!table.error.isEmpty() || table.rows.size() != 1)
        std::abort();
    const QStringList row = table.rows.constFirst();
    // Bare CR inside a quoted cell becomes part of the cell; the reader keeps it as is.
    if (row.value(0) != guarded(resource.publicId) || row.value(4) != guarded(resource.format) || row.value(6) != guarded(resource.secureUrl))
        std::abort();
    return 0;
}
