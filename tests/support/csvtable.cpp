#include "csvtable.h"

#include <QFile>

CsvTable CsvTable::parse(const QByteArray &data)
{
    CsvTable table;
    const QString text = QString::fromUtf8(data);
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            if (!cell.isEmpty() || cellWasQuoted) {
                table.error = QStringLiteral("a quote inside an unquoted cell at offset %1").arg(i);
                return table;
            }
            quoted = cellWasQuoted = true;
        } else if (c == u',') {
            record.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(cell);
            records.append(record);
            record.clear();
            cell.clear();
            cellWasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            table.error = QStringLiteral("a bare line break at offset %1 (RFC 4180 wants CRLF)").arg(i);
            return table;
        } else {
            cell += c;
        }
    }
    if (quoted)
        table.error = QStringLiteral("an unterminated quoted cell");
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    if (!records.isEmpty())
        table.header = records.takeFirst();
    for (const QStringList &row : std::as_const(records)) {
        if (row.size() != table.header.size() && table.error.isEmpty())
            table.error = QStringLiteral("a row with %1 cells under a header of %2").arg(row.size()).arg(table.header.size());
    }
    table.rows = records;
    return table;
}

CsvTable CsvTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return table;
    }
    return parse(file.readAll());
}

QStringList CsvTable::sortedLines() const
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(row.join(u','));
    lines.sort();
    return lines;
}
