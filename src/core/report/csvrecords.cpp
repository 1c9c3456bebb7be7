#include "report/csvrecords.h"

#include "report/reportwriter.h"

#include <QByteArrayView>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

bool CsvRecords::next(QList<QByteArray> *cells, QString *problem)
{
    cells->clear();
    m_recordLine = m_line;
    if (atEnd())
        return false;
    QByteArray cell;
    bool quoted = false;
    bool afterQuote = false;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos++);
        if (c == '\n')
            ++m_line;
        if (quoted) {
            if (c != '"') {
                cell += c;
            } else if (m_pos < m_data.size() && m_data.at(m_pos) == '"') {
                cell += '"';
                ++m_pos;
            } else {
                quoted = false;
                afterQuote = true;
            }
        } else if (c == '"' && cell.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (c == ',') {
            cells->append(std::exchange(cell, {}));
            afterQuote = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos < m_data.size() && m_data.at(m_pos) == '\n') {
                ++m_pos;
                ++m_line;
            }
            cells->append(cell);
            return true;
        } else if (afterQuote) {
            *problem = u"text after a closing quote"_s;
            return false;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        *problem = u"a quoted cell is not closed"_s;
        return false;
    }
    cells->append(cell);
    return true;
}

QString CsvRecords::unguard(const QByteArray &cell)
{
    if (cell.startsWith('\'') && ReportWriter::needsFormulaGuard(QByteArrayView(cell).sliced(1)))
        return QString::fromUtf8(cell.mid(1));
    return QString::fromUtf8(cell);
}

} // namespace Orphanscope
