#pragma once

#include "database/databaseconfig.h"
#include "database/referencespec.h"

#include <QList>

namespace Orphanscope {

// Suggests reference columns: samples the text columns of every table and keeps those whose
// values look like CloudinaryField values (a type prefix, a version, or a media extension).
struct DetectedReference
{
    ReferenceSpec spec;
    int sampled = 0;
    int matching = 0;
};

class ReferenceDetector
{
public:
    explicit ReferenceDetector(DatabaseConfig config, int sampleSize = 50);

    // Blocking; run it off the GUI thread.
    QList<DetectedReference> detect(QString *error) const;

    // Whether one value looks like a stored CloudinaryField, and of which type.
    static std::optional<ResourceType> classifyValue(const QString &value);

private:
    DatabaseConfig m_config;
    int m_sampleSize;
};

} // namespace Orphanscope
