#include "secretlineedit.h"

#include <QAction>
#include <QLineEdit>

namespace Orphanscope::Gui {

QLineEdit *createSecretLineEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    QAction *reveal = edit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(QObject::tr("Show or hide"));
    QObject::connect(reveal, &QAction::toggled, edit,
                     [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}

} // namespace Orphanscope::Gui
