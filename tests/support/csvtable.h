#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A strict RFC 4180 reader for checking what the report writer wrote.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QString error; // set when the text is not valid RFC 4180

    static CsvTable parse(const QByteArray &data);
    static CsvTable load(const QString &path);

    // Rows as "cell,cell,…" lines, sorted, for order-independent comparison.
    QStringList sortedLines() const;

    // A cell without the writer's formula guard (the leading quote of '-draft_1).
    static QString unguarded(const QString &cell) { return cell.startsWith(u'\'') ? cell.mid(1) : cell; }
};
