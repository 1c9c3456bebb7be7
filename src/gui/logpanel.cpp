#include "logpanel.h"

#include <QPlainTextEdit>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

LogPanel::LogPanel(QWidget *parent)
    : QDockWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"logPanel"_s);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(5000);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() + 2 * m_text->frameWidth() + 4); // one line: collapsed
    setWidget(m_text);
    updateTitle();
}

void LogPanel::append(const QString &prefix, const QString &message)
{
    m_text->appendPlainText(u"%1  %2%3"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), prefix, message));
}

void LogPanel::addNotice(const QString &message)
{
    append(QString(), message);
}

void LogPanel::addWarning(const QString &message)
{
    ++m_warnings;
    append(tr("Warning: "), message);
    updateTitle();
    Q_EMIT warned();
}

QString LogPanel::text() const
{
    return m_text->toPlainText();
}

void LogPanel::updateTitle()
{
    setWindowTitle(m_warnings ? tr("Log (%n warning(s))", nullptr, m_warnings) : tr("Log"));
}

} // namespace Orphanscope::Gui
