#pragma once

#include <QDialog>

class QTextBrowser;

namespace Orphanscope::Gui {

// Help → Troubleshooting: the README's troubleshooting table (built in as a resource, so the
// README stays the one place it is written), rendered from Markdown.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QString text() const;
    static QString troubleshootingMarkdown();

private:
    QTextBrowser *m_browser;
};

} // namespace Orphanscope::Gui
