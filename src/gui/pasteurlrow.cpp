#include "pasteurlrow.h"

#include "secretlineedit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Orphanscope::Gui {

PasteUrlRow::PasteUrlRow(const QString &placeholder, const QString &variable, QWidget *parent)
    : QWidget(parent)
    , m_edit(createSecretLineEdit(this))
{
    m_edit->setPlaceholderText(placeholder);
    m_edit->setToolTip(tr("Paste a %1 here to fill in the fields below").arg(variable));
    auto *apply = new QPushButton(tr("Fill in"), this);
    apply->setToolTip(tr("Fill in the fields below from the pasted %1").arg(variable));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT submitted(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { Q_EMIT submitted(m_edit->text()); });
}

void PasteUrlRow::clear()
{
    m_edit->clear();
}

} // namespace Orphanscope::Gui
