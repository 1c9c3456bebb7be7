#pragma once

#include "cloudinary/resourcetype.h"
#include "scan/scantypes.h"

#include <QCoreApplication>

namespace Orphanscope::Gui {

// The core's words as the window shows them, in the interface language. (The core and the CLI
// speak English: their text goes to logs, cron mail and scripts.)
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Orphanscope::Gui::Labels)

public:
    static QString typeName(ResourceType type);   // "image"
    static QString typePlural(ResourceType type); // "Images"
    static QString stopReason(StopReason reason);
};

} // namespace Orphanscope::Gui
