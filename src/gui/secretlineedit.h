#pragma once

class QLineEdit;
class QWidget;

namespace Orphanscope::Gui {

// A masked line edit with a show/hide toggle, for secrets and for URLs that carry one.
QLineEdit *createSecretLineEdit(QWidget *parent);

} // namespace Orphanscope::Gui
