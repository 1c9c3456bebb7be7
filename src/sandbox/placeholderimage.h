#pragma once

#include <QByteArray>
#include <QString>

namespace Orphanscope::Sandbox {

// A small PNG that stands in for a file's picture: colours and shapes derived from its key,
// a play symbol for videos. Drawn without fonts, so it works in a QCoreApplication.
QByteArray placeholderImage(const QString &key, bool video);

} // namespace Orphanscope::Sandbox
