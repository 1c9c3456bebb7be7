#include "report/csvrows.h"

#include "report/reportwriter.h"
#include "util/civildate.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cstdio>

namespace Orphanscope {

namespace {


// The numbers and the date of a row are written into a small buffer with plain stores and
// appended to the report at once: a QByteArray::append per digit group and separator was about
// twenty calls into Qt per row, most of the report's time at the end of a scan.
constexpr size_t FieldsBuffer = 128; // what the writers below put between two text cells, at most

// Digits of a non-negative number, `width` of them at least (zeros before).
char *writeDigits(char *at, qint64 value, int width = 1)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *from = end;
    do {
        *--from = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || end - from < width);
    return std::copy(from, end, at);
}

char *writeBytes(char *at, const QByteArray &bytes)
{
    return std::copy(bytes.cbegin(), bytes.cend(), at);
}

// "2024-06-25T08:58:23Z" without a QDateTime and a QString per row (a million rows in the report).
char *writeIsoUtc(char *at, qint64 msecs)
{
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const int secondOfDay = int(seconds - days * 86400);
    constexpr qint64 FirstDay = CivilDate::daysSinceEpoch(1, 1, 1);
    constexpr qint64 LastDay = CivilDate::daysSinceEpoch(9999, 12, 31);
    if (days < FirstDay || days > LastDay) { // not a date a listing gives; printed as before (QDate has no year 0)
        const QDate qdate = QDate::fromJulianDay(2440588 + days);
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", qdate.year(), qdate.month(), qdate.day(),
                                    secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        return std::copy_n(buffer, std::clamp(n, 0, int(sizeof buffer) - 1), at);
    }
    const CivilDate::Date date = CivilDate::fromDaysSinceEpoch(days);
    at = writeDigits(at, date.year, 4);
    *at++ = '-';
    at = writeDigits(at, date.month, 2);
    *at++ = '-';
    at = writeDigits(at, date.day, 2);
    *at++ = 'T';
    at = writeDigits(at, secondOfDay / 3600, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay / 60 % 60, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay % 60, 2);
    *at++ = 'Z';
    return at;
}

// The size in MiB with two decimals, rounded half up as QByteArray::number(double, 'f', 2) does
// (bytes / 2^20 is exact in a double, so the two agree), without formatting a double per row.
char *writeMebibytes(char *at, qint64 bytes)
{
    if (bytes < 0 || bytes > (qint64(1) << 50)) // not a size a listing gives
        return writeBytes(at, QByteArray::number(double(bytes) / (1024.0 * 1024.0), 'f', 2));
    const qint64 hundredths = (bytes * 100 + (qint64(1) << 19)) >> 20;
    at = writeDigits(at, hundredths / 100);
    *at++ = '.';
    return writeDigits(at, hundredths % 100, 2);
}

// A cell of the report: text that needs neither quotes nor the formula guard (most ids, formats
// and URLs) is copied as it is, ASCII without a conversion; anything else goes through csvCell.
void appendCell(QByteArray &out, const QString &text)
{
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    if (size > 0) { // a leading quote may come before what needs the guard: csvCell decides
        const char16_t first = chars[0].unicode();
        const char ascii = char(first);
        if (first == u'\'' || (first < 0x80 && ReportWriter::needsFormulaGuard(QByteArrayView(&ascii, 1)))) {
            out += ReportWriter::csvCell(text);
            return;
        }
    }
    char16_t all = 0; // every character's bits: ASCII when none above 0x7f
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            out += ReportWriter::csvCell(text);
            return;
        }
        all |= c;
    }
    if (all >= 0x80) {
        out += text.toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + size);
    char *bytes = out.data() + at;
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(chars[i].unicode());
}

// The same for UTF-8 bytes (a CompactResourceList's), which are copied as they are.
void appendCell(QByteArray &out, std::string_view text)
{
    const bool plain = std::none_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
    if (plain && (text.empty() || (text.front() != '\'' && !ReportWriter::needsFormulaGuard(QByteArrayView(text.data(), 1))))) {
        out.append(text.data(), qsizetype(text.size()));
        return;
    }
    out += ReportWriter::csvCell(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

// A row's cells, read from a ResourceList and a CompactResourceList's chunk alike.
const QString &idAt(const ResourceList &rows, qsizetype i) { return rows.at(i).publicId; }
std::string_view idAt(const ListedFiles &rows, qsizetype i) { return rows.publicId(i); }
const QString &urlAt(const ResourceList &rows, qsizetype i, std::string &) { return rows.at(i).secureUrl; }
std::string_view urlAt(const ListedFiles &rows, qsizetype i, std::string &scratch) { return rows.secureUrl(i, scratch); }
const QString &formatAt(const ResourceList &rows, qsizetype i) { return rows.at(i).format; }
const QString &formatAt(const ListedFiles &rows, qsizetype i) { return rows.format(i); }
ResourceType typeAt(const ResourceList &rows, qsizetype i) { return rows.at(i).type; }
ResourceType typeAt(const ListedFiles &rows, qsizetype i) { return rows.type(i); }
qint64 bytesAt(const ResourceList &rows, qsizetype i) { return rows.at(i).bytes; }
qint64 bytesAt(const ListedFiles &rows, qsizetype i) { return rows.bytes(i); }
qint64 createdAt(const ResourceList &rows, qsizetype i) { return rows.at(i).createdAtMSecs; }
qint64 createdAt(const ListedFiles &rows, qsizetype i) { return rows.createdAtMSecs(i); }

template<typename Rows>
void appendRow(QByteArray &out, const Rows &orphans, qsizetype i)
{
    static const std::array<QByteArray, 3> typeNames{resourceTypeName(ResourceType::Image).toLatin1(),
                                                     resourceTypeName(ResourceType::Video).toLatin1(),
                                                     resourceTypeName(ResourceType::Raw).toLatin1()};
    appendCell(out, idAt(orphans, i));
    char fields[FieldsBuffer];
    char *at = fields;
    *at++ = ',';
    at = writeBytes(at, typeNames[size_t(indexOf(typeAt(orphans, i)))]);
    *at++ = ',';
    const qint64 bytes = bytesAt(orphans, i);
    at = bytes >= 0 ? writeDigits(at, bytes) : writeBytes(at, QByteArray::number(bytes));
    *at++ = ',';
    at = writeMebibytes(at, bytes);
    *at++ = ',';
    out.append(fields, at - fields);
    appendCell(out, formatAt(orphans, i));
    at = fields;
    *at++ = ',';
    if (const qint64 created = createdAt(orphans, i); created != 0)
        at = writeIsoUtc(at, created);
    *at++ = ',';
    out.append(fields, at - fields);
    thread_local std::string scratch; // a URL made from the file's fields: no allocation per row
    appendCell(out, urlAt(orphans, i, scratch));
    out += "\r\n";
}

} // namespace

void CsvRows::append(QByteArray &out, const ResourceList &orphans, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        appendRow(out, orphans, i);
}

void CsvRows::append(QByteArray &out, const CompactResourceList &orphans, qsizetype from, qsizetype to)
{
    orphans.forEach(from, to, [&out](const ListedFiles &chunk, qsizetype i) { appendRow(out, chunk, i); });
}

} // namespace Orphanscope
