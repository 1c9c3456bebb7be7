#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Orphanscope {

// Reads RFC 4180 records one by one and knows the line each began on, quoted line breaks
// counted, so that errors can name the line a spreadsheet shows. Also undoes ReportWriter's
// guard against spreadsheet formulas.
class CsvRecords
{
public:
    explicit CsvRecords(const QByteArray &data) : m_data(data) {}

    bool atEnd() const { return m_pos >= m_data.size(); }
    // The next record's cells; false on a malformed record (`problem` says why).
    bool next(QList<QByteArray> *cells, QString *problem);
    int line() const { return m_recordLine; } // the line the last record began on, from 1

    static QString unguard(const QByteArray &cell); // "'=1" → "=1"
    static bool isBlank(const QList<QByteArray> &cells) { return cells.size() == 1 && cells.constFirst().isEmpty(); }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
};

} // namespace Orphanscope
