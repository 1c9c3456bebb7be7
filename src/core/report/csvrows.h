#pragma once

#include "cloudinary/compactresourcelist.h"

#include <QByteArray>

namespace Orphanscope {

// The rows of the orphan report (ReportWriter::CsvHeader's columns), rows [from, to) appended to
// `out`: a million rows without a QDateTime, a double or, from a CompactResourceList, a QString
// per row. Both give the same bytes for the same files.
namespace CsvRows {
void append(QByteArray &out, const ResourceList &orphans, qsizetype from, qsizetype to);
void append(QByteArray &out, const CompactResourceList &orphans, qsizetype from, qsizetype to);
} // namespace CsvRows

} // namespace Orphanscope
