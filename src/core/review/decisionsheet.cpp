#include "review/decisionsheet.h"

#include "report/csvrecords.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

const QList<QByteArray> DecisionSheet::Columns{"public_id", "resource_type", "size_bytes", "format", "uploaded_at",
                                               "cloudinary_url", "decision", "note", "decided_at"};

namespace {

enum Column { PublicId, Type, Bytes, Format, Uploaded, Url, DecisionColumn, Note, DecidedAt };

QByteArray isoUtc(qint64 msecs)
{
    return msecs == 0 ? QByteArray() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

void appendRow(QByteArray &out, const QList<QByteArray> &cells)
{
    out += cells.join(',');
    out += "\r\n";
}

QList<QByteArray> rowFor(const CloudinaryResource *file, const FileDecision &decision)
{
    return {ReportWriter::csvCell(decision.publicId),
            resourceTypeName(decision.type).toLatin1(),
            file ? QByteArray::number(file->bytes) : QByteArray(),
            file ? ReportWriter::csvCell(file->format) : QByteArray(),
            file ? isoUtc(file->createdAtMSecs) : QByteArray(),
            file ? ReportWriter::csvCell(file->secureUrl) : QByteArray(),
            decisionName(decision.decision).toLatin1(),
            ReportWriter::csvCell(decision.note),
            decision.decidedAt.isValid() ? isoUtc(decision.decidedAt.toMSecsSinceEpoch()) : QByteArray()};
}

} // namespace

QByteArray DecisionSheet::write(const ResourceList &orphans, const DecisionMap &decisions)
{
    QByteArray out;
    appendRow(out, Columns);
    QSet<QString> written;
    for (const CloudinaryResource &file : orphans) {
        const QString key = resourceKey(file.type, file.publicId);
        written.insert(key);
        appendRow(out, rowFor(&file, decisions.value(key, FileDecision{file.type, file.publicId, Decision::Undecided, {}, {}})));
    }
    QList<FileDecision> others;
    for (const FileDecision &decision : decisions) {
        if (!written.contains(resourceKey(decision.type, decision.publicId)))
            others.append(decision);
    }
    std::sort(others.begin(), others.end(), [](const FileDecision &a, const FileDecision &b) {
        return std::pair(indexOf(a.type), a.publicId) < std::pair(indexOf(b.type), b.publicId);
    });
    for (const FileDecision &decision : std::as_const(others))
        appendRow(out, rowFor(nullptr, decision));
    return out;
}

bool DecisionSheet::writeFile(const QString &path, const ResourceList &orphans, const DecisionMap &decisions, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(orphans, decisions)) < 0 || !file.commit()) {
        *error = u"Cannot write the decisions to %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<FileDecision>> DecisionSheet::read(const QByteArray &data, const QString &name, QString *error)
{
    const QByteArray text = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data; // a spreadsheet's byte order mark
    CsvRecords records(text);
    QList<QByteArray> cells;
    QString problem;
    auto fail = [&](int line, const QString &what) {
        *error = u"%1, line %2: %3; nothing was imported"_s.arg(name).arg(line).arg(what);
        return std::nullopt;
    };
    if (!records.next(&cells, &problem))
        return fail(1, problem.isEmpty() ? u"the file is empty; its first line should name the columns %1"_s.arg(QString::fromLatin1(Columns.join(','))) : problem);
    // Where each known column is in this file (-1: absent).
    std::array<qsizetype, 9> at;
    at.fill(-1);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QByteArray title = cells.at(i).trimmed();
        const qsizetype known = Columns.indexOf(title);
        if (known < 0)
            return fail(1, u"unknown column \"%1\" (the columns are %2)"_s.arg(QString::fromUtf8(title), QString::fromLatin1(Columns.join(','))));
        if (at[known] >= 0)
            return fail(1, u"the column %1 is there twice"_s.arg(QString::fromLatin1(title)));
        at[known] = i;
    }
    for (Column required : {PublicId, Type, DecisionColumn, Note}) {
        if (at[required] < 0)
            return fail(1, u"the column %1 is missing (needed: public_id, resource_type, decision, note)"_s.arg(QString::fromLatin1(Columns.at(required))));
    }
    const qsizetype width = cells.size();
    QList<FileDecision> decisions;
    QHash<QString, int> firstLine;
    while (!records.atEnd()) {
        if (!records.next(&cells, &problem))
            return fail(records.line(), problem);
        if (CsvRecords::isBlank(cells))
            continue;
        const int line = records.line();
        if (cells.size() != width)
            return fail(line, u"%1 cells where the header has %2"_s.arg(cells.size()).arg(width));
        FileDecision decision;
        decision.publicId = CsvRecords::unguard(cells.at(at[PublicId]));
        const QString typeName = QString::fromUtf8(cells.at(at[Type])).trimmed();
        const auto type = resourceTypeFromName(typeName);
        if (!type)
            return fail(line, u"unknown resource_type \"%1\" (image, video or raw)"_s.arg(typeName));
        if (decision.publicId.isEmpty())
            return fail(line, u"the public_id is empty"_s);
        decision.type = *type;
        const QString decisionText = QString::fromUtf8(cells.at(at[DecisionColumn])).trimmed().toLower();
        const auto value = decisionText.isEmpty() ? Decision::Undecided : decisionFromName(decisionText);
        if (!value)
            return fail(line, u"unknown decision \"%1\" (keep, delete, undecided or empty)"_s.arg(decisionText));
        decision.decision = *value;
        decision.note = CsvRecords::unguard(cells.at(at[Note]));
        const QString key = resourceKey(decision.type, decision.publicId);
        if (const int earlier = firstLine.value(key); earlier > 0)
            return fail(line, u"%1 is listed twice (first on line %2)"_s.arg(key).arg(earlier));
        firstLine.insert(key, line);
        decisions.append(decision);
    }
    return decisions;
}

std::optional<QList<FileDecision>> DecisionSheet::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the decisions %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return read(file.readAll(), path, error);
}

} // namespace Orphanscope
