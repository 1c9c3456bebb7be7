#include "report/reportwriter.h"

#include "util/civildate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

// Digits of a non-negative number, `width` of them at least (zeros before).
void appendDigits(QByteArray &out, qint64 value, int width = 1)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *at = end;
    do {
        *--at = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || end - at < width);
    out.append(at, end - at);
}

// "2024-06-25T08:58:23Z" without a QDateTime and a QString per row (a million rows in the report).
void appendIsoUtc(QByteArray &out, qint64 msecs)
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
        out.append(buffer, n);
        return;
    }
    const CivilDate::Date date = CivilDate::fromDaysSinceEpoch(days);
    appendDigits(out, date.year, 4);
    out += '-';
    appendDigits(out, date.month, 2);
    out += '-';
    appendDigits(out, date.day, 2);
    out += 'T';
    appendDigits(out, secondOfDay / 3600, 2);
    out += ':';
    appendDigits(out, secondOfDay / 60 % 60, 2);
    out += ':';
    appendDigits(out, secondOfDay % 60, 2);
    out += 'Z';
}

// The size in MiB with two decimals, rounded half up as QByteArray::number(double, 'f', 2) does
// (bytes / 2^20 is exact in a double, so the two agree), without formatting a double per row.
void appendMebibytes(QByteArray &out, qint64 bytes)
{
    if (bytes < 0 || bytes > (qint64(1) << 50)) { // not a size a listing gives
        out += QByteArray::number(double(bytes) / (1024.0 * 1024.0), 'f', 2);
        return;
    }
    const qint64 hundredths = (bytes * 100 + (qint64(1) << 19)) >> 20;
    appendDigits(out, hundredths / 100);
    out += '.';
    appendDigits(out, hundredths % 100, 2);
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

} // namespace

const QByteArray ReportWriter::CsvHeader = "public_id,resource_type,size_bytes,size_mb,format,uploaded_at,cloudinary_url\r\n";

QString ReportWriter::defaultCsvPath(const QDateTime &when, bool partial, const QString &folder)
{
    const QString name = u"orphaned_files_%1%2.csv"_s.arg(when.toString(u"yyyy-MM-dd_HHmmss"_s), partial ? u"_PARTIAL"_s : QString());
    return QDir(folder).filePath(name);
}

QString ReportWriter::markPartial(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.chopped(suffix.size() + 1);
    return base + u"_PARTIAL"_s + (suffix.isEmpty() ? QString() : u'.' + suffix);
}

bool ReportWriter::needsFormulaGuard(QByteArrayView cell)
{
    // A leading quote before what needs the guard is guarded too, so that reading strips exactly one.
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    return i < cell.size() && QByteArrayView("=+-@\t\r").contains(cell[i]);
}

QByteArray ReportWriter::csvCell(const QString &text)
{
    QByteArray cell = text.toUtf8();
    if (needsFormulaGuard(cell))
        cell.prepend('\'');
    if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
        cell.replace("\"", "\"\"");
        cell.prepend('"');
        cell.append('"');
    }
    return cell;
}

void ReportWriter::appendCsvRows(QByteArray &out, const ResourceList &orphans, qsizetype from, qsizetype to)
{
    static const std::array<QByteArray, 3> typeNames{resourceTypeName(ResourceType::Image).toLatin1(),
                                                     resourceTypeName(ResourceType::Video).toLatin1(),
                                                     resourceTypeName(ResourceType::Raw).toLatin1()};
    for (qsizetype i = from; i < to; ++i) {
        const CloudinaryResource &resource = orphans.at(i);
        appendCell(out, resource.publicId);
        out += ',';
        out += typeNames[size_t(indexOf(resource.type))];
        out += ',';
        if (resource.bytes >= 0)
            appendDigits(out, resource.bytes);
        else
            out += QByteArray::number(resource.bytes);
        out += ',';
        appendMebibytes(out, resource.bytes);
        out += ',';
        appendCell(out, resource.format);
        out += ',';
        if (resource.createdAtMSecs != 0)
            appendIsoUtc(out, resource.createdAtMSecs);
        out += ',';
        appendCell(out, resource.secureUrl);
        out += "\r\n";
    }
}

QByteArray ReportWriter::csv(const ResourceList &orphans)
{
    QByteArray out;
    out.reserve(CsvHeader.size() + orphans.size() * BytesPerRow);
    out += CsvHeader;
    appendCsvRows(out, orphans, 0, orphans.size());
    return out;
}

QByteArray ReportWriter::brokenReferencesCsv(const QList<BrokenReference> &broken)
{
    QByteArray out = "table,row_id,column,resource_type,public_id,value\r\n";
    for (const BrokenReference &reference : broken) {
        out += csvCell(reference.table) + ',' + csvCell(reference.rowId) + ',' + csvCell(reference.column) + ','
             + resourceTypeName(reference.type).toLatin1() + ',' + csvCell(reference.publicId) + ',' + csvCell(reference.value) + "\r\n";
    }
    return out;
}

bool ReportWriter::writeBrokenReferencesCsv(const QString &path, const QList<BrokenReference> &broken, QString *error)
{
    return writeFile(path, brokenReferencesCsv(broken), u"broken-reference report"_s, error);
}

QString ReportWriter::defaultBrokenReferencesPath(const QDateTime &when, const QString &folder)
{
    return u"%1/broken_references_%2.csv"_s.arg(folder, when.toString(u"yyyy-MM-dd_HHmmss"_s));
}

bool ReportWriter::writeFile(const QString &path, const QByteArray &data, const QString &what, QString *error)
{
    return writeWith(path, what, error, [&data](QIODevice &file) { return file.write(data) == data.size(); });
}

bool ReportWriter::writeWith(const QString &path, const QString &what, QString *error, const std::function<bool(QIODevice &)> &write)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = u"Cannot write the %1 to %2: it is a folder; give a file name"_s.arg(what, path);
        return false;
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = u"Cannot write the %1: the folder %2 does not exist and cannot be created"_s.arg(what, folder);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"Cannot write the %1 to %2: %3"_s.arg(what, path, file.errorString());
        return false;
    }
    if (!write(file) || !file.commit()) {
        *error = u"Writing the %1 to %2 failed: %3 (is the disk full?)"_s.arg(what, path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

// In chunks of rows through one reused buffer: a million orphans' report never sits in memory
// whole, and its pages are not faulted in afresh. (Two chunks formatted at once, one on a pool
// thread, measured no faster at the end of a 1M scan: 85-113 ms against 71-103 ms.)
bool ReportWriter::writeCsv(const QString &path, const ResourceList &orphans, QString *error)
{
    return writeWith(path, u"CSV report"_s, error, [&orphans](QIODevice &file) {
        constexpr qsizetype RowsPerChunk = 4096;
        QByteArray chunk;
        chunk.reserve(CsvHeader.size() + RowsPerChunk * BytesPerRow);
        chunk += CsvHeader;
        for (qsizetype from = 0;; from += RowsPerChunk) {
            const qsizetype to = std::min(orphans.size(), from + RowsPerChunk);
            appendCsvRows(chunk, orphans, std::min(from, to), to);
            if (file.write(chunk) != chunk.size())
                return false;
            if (to == orphans.size())
                return true;
            chunk.resize(0); // the capacity stays
        }
    });
}

QByteArray ReportWriter::jsonSummary(const ScanResult &result, const QString &csvPath)
{
    QJsonObject types;
    for (ResourceType type : result.resourceTypes) {
        const TypeSummary &summary = result.perType[indexOf(type)];
        types.insert(resourceTypeName(type), QJsonObject{
                                                 {u"listed"_s, summary.listed},
                                                 {u"complete"_s, summary.complete},
                                                 {u"pages"_s, summary.pages},
                                                 {u"valid"_s, summary.valid},
                                                 {u"orphans"_s, summary.orphans},
                                                 {u"orphan_bytes"_s, summary.orphanBytes},
                                                 {u"ignored"_s, summary.ignored},
                                                 {u"recent"_s, summary.recent},
                                                 {u"kept"_s, summary.kept},
                                             });
    }
    QJsonArray tables;
    for (const TableSummary &table : result.references.tables) {
        QJsonObject object{{u"table"_s, table.table}, {u"rows"_s, table.rows}};
        if (table.softDeleted >= 0)
            object.insert(u"soft_deleted"_s, table.softDeleted);
        tables.append(object);
    }
    QJsonObject root{
        {u"status"_s, result.isPartial() ? u"partial"_s : u"complete"_s},
        {u"stop_reason"_s, stopReasonText(result.stopReason)},
        {u"stop_detail"_s, result.stopDetail},
        {u"started_at"_s, result.startedAt.toString(Qt::ISODate)},
        {u"range_days"_s, result.days ? QJsonValue(*result.days) : QJsonValue()},
        {u"files_scanned"_s, result.totalListed()},
        {u"valid"_s, result.totalValid()},
        {u"orphans"_s, result.totalOrphans()},
        {u"orphan_bytes"_s, result.totalOrphanBytes()},
        {u"ignored"_s, result.totalIgnored()},
        {u"recent"_s, qint64(result.recent.size())},
        {u"kept"_s, result.totalKept()},
        {u"broken_references"_s, result.brokenChecked ? QJsonValue(qint64(result.brokenReferences.size())) : QJsonValue()},
        {u"by_type"_s, types},
        {u"database"_s, QJsonObject{{u"references"_s, QJsonArray::fromStringList(result.references.columns)},
                                    {u"tables"_s, tables},
                                    {u"values"_s, result.references.values},
                                    {u"unparseable"_s, result.references.unparseable},
                                    {u"distinct_references"_s, result.references.distinct},
                                    {u"text_values"_s, result.references.textValues},
                                    {u"text_references"_s, result.references.textReferences},
                                    {u"query_ms"_s, result.references.elapsedMs}}},
        {u"api_calls"_s, result.apiCalls},
        {u"rate_limit"_s, QJsonObject{{u"limit"_s, result.rateLimit.limit},
                                      {u"remaining"_s, result.rateLimit.remaining},
                                      {u"resets_at"_s, result.rateLimit.resetsAt.toString(Qt::ISODate)}}},
        {u"elapsed_ms"_s, result.elapsedMs},
        {u"report"_s, csvPath},
    };
    if (const IncrementalSummary &incremental = result.incremental; incremental.used) {
        QJsonObject listedSince;
        for (ResourceType type : result.resourceTypes) {
            const auto &since = incremental.listedSince[indexOf(type)];
            listedSince.insert(resourceTypeName(type), since ? QJsonValue(since->toString(Qt::ISODate)) : QJsonValue());
        }
        root.insert(u"incremental"_s, QJsonObject{{u"inventory"_s, incremental.inventoryPath},
                                                  {u"listed_since"_s, listedSince},
                                                  {u"from_inventory"_s, incremental.fromInventory},
                                                  {u"rechecked"_s, result.recheck.rechecked},
                                                  {u"gone"_s, result.recheck.gone},
                                                  {u"unchecked"_s, result.recheck.unchecked},
                                                  {u"recheck_calls"_s, result.recheck.calls},
                                                  {u"saved"_s, incremental.saved}});
    }
    if (const CheckpointSummary &checkpoint = result.checkpoint; checkpoint.saved || checkpoint.resumed || checkpoint.waits > 0) {
        root.insert(u"checkpoint"_s, QJsonObject{{u"path"_s, checkpoint.path},
                                                 {u"resumed"_s, checkpoint.resumed},
                                                 {u"runs"_s, checkpoint.runs},
                                                 {u"files_from_earlier_runs"_s, checkpoint.filesFromEarlierRuns},
                                                 {u"api_calls_all_runs"_s, checkpoint.callsAllRuns},
                                                 {u"rechecked"_s, checkpoint.resumed ? result.recheck.rechecked : 0},
                                                 {u"gone"_s, checkpoint.resumed ? result.recheck.gone : 0},
                                                 {u"recheck_calls"_s, checkpoint.resumed ? result.recheck.calls : 0},
                                                 {u"waits"_s, checkpoint.waits},
                                                 {u"waited_ms"_s, checkpoint.waitedMs},
                                                 {u"kept_for_resume"_s, checkpoint.kept}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReportWriter::writeJsonSummary(const QString &path, const ScanResult &result, const QString &csvPath, QString *error)
{
    return writeFile(path, jsonSummary(result, csvPath), u"JSON summary"_s, error);
}

} // namespace Orphanscope
