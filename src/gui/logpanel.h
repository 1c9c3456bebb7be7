#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace Orphanscope::Gui {

// Warnings and notices of the scans, time-stamped; collapsible like any dock.
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

private:
    void append(const QString &prefix, const QString &message);
    void updateTitle();

    QPlainTextEdit *m_text;
    int m_warnings = 0;
};

} // namespace Orphanscope::Gui
