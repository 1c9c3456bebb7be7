#include "windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Orphanscope::Gui {

void resizeWithinScreen(QWidget *window, QSize preferred, int widthPercent, int heightPercent)
{
    // Before it is shown, a dialog opens on its parent's screen.
    const QScreen *screen = window->parentWidget() ? window->parentWidget()->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QSize room = screen->availableGeometry().size();
    window->resize(std::min(preferred.width(), room.width() * widthPercent / 100),
                   std::min(preferred.height(), room.height() * heightPercent / 100));
}

} // namespace Orphanscope::Gui
