#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

QString HelpDialog::troubleshootingMarkdown()
{
    QFile readme(u":/help/README.md"_s);
    if (!readme.open(QIODevice::ReadOnly))
        return tr("The help text is missing from this build.");
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(u"## Troubleshooting"_s);
    const qsizetype end = start < 0 ? -1 : text.indexOf(u"\n## "_s, start + 1);
    return start < 0 ? text : text.mid(start, end < 0 ? -1 : end - start);
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Orphanscope — Troubleshooting"));
    resize(900, 640);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(troubleshootingMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

QString HelpDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace Orphanscope::Gui
