#include "statuslabel.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

StatusLabel::StatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void StatusLabel::showOutcome(bool ok, const QString &text)
{
    setText((ok ? u"✔ "_s : u"✘ "_s) + text);
    setStyleSheet(ok ? QString() : u"background: #b3261e; color: white; padding: 4px; border-radius: 3px;"_s);
    setVisible(true);
}

void StatusLabel::showProgress(const QString &text)
{
    setText(text);
    setStyleSheet({});
    setVisible(true);
}

} // namespace Orphanscope::Gui
