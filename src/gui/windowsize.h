#pragma once

#include <QSize>

class QWidget;

namespace Orphanscope::Gui {

// A window's first size: the preferred one, or the given share (in percent) of the screen it
// opens on where that is less — so that nothing opens larger than a 1366×768 laptop's screen.
void resizeWithinScreen(QWidget *window, QSize preferred, int widthPercent, int heightPercent);

} // namespace Orphanscope::Gui
