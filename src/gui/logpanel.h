#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace Orphanscope::Gui {

// Warnings and notices of the scans, time-stamped; collapsible like any dock. It starts as a line
// and the window opens it when a warning comes (warned()).
class LogPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget *parent = nullptr);

    void addNotice(const QString &message);
    void addWarning(const QString &message);
    int warningCount() const { return m_warnings; }
    QString text() const;

Q_SIGNALS:
    void warned();

private:
    void append(const QString &prefix, const QString &message);
    void updateTitle();

    QPlainTextEdit *m_text;
    int m_warnings = 0;
};

} // namespace Orphanscope::Gui
