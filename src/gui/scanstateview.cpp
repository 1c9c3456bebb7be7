#include "scanstateview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ScanStateView::ScanStateView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_title->setObjectName(u"stateTitle"_s);
    m_text->setObjectName(u"stateText"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_icon, m_title, m_text})
        label->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 70);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 24);
    auto *textRow = new QHBoxLayout; // centred, and as high as its wrapped lines
    textRow->addStretch();
    textRow->addWidget(m_text, 4);
    textRow->addStretch();
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void ScanStateView::setState(Tone tone, const QString &title, const QString &text, const QList<QAction *> &actions)
{
    static const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_BrowserReload,
                                                   QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning};
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icons[int(tone)]).pixmap(size, size));
    m_title->setText(title);
    m_title->setStyleSheet(tone == Tone::Bad ? u"color: #b3261e;"_s : tone == Tone::Good ? u"color: #1b6e34;"_s : QString());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->insertWidget(m_buttons->count() - 1, button);
    }
}

QString ScanStateView::title() const
{
    return m_title->text();
}

QString ScanStateView::text() const
{
    return m_text->text();
}

} // namespace Orphanscope::Gui
