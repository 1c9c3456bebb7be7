#include "pasteurlrow.h"

#include "secretlineedit.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace Orphanscope::Gui {

PasteUrlRow::PasteUrlRow(const QString &placeholder, const QString &variable, QWidget *parent)
    : QWidget(parent)
    , m_edit(createSecretLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("pasteUrl"));
    m_edit->setPlaceholderText(placeholder);
    m_edit->setToolTip(tr("Paste a %1 here to fill in the fields below").arg(variable));
    auto *apply = new QPushButton(tr("Fill in"), this);
    apply->setToolTip(tr("Fill in the fields below from the pasted %1").arg(variable));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT submitted(m_edit->text()); });
    m_edit->installEventFilter(this);
}

bool PasteUrlRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT submitted(m_edit->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PasteUrlRow::clear()
{
    m_edit->clear();
}

} // namespace Orphanscope::Gui
