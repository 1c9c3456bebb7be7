#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Orphanscope::Gui {

// What a view shows instead of an empty table or chart: where things stand and what to do next,
// with buttons for it ("No scan yet" → Scan, Connections…; "The scan failed" with the reason).
class ScanStateView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanStateView)

public:
    enum class Tone { Neutral, Busy, Good, Bad };

    explicit ScanStateView(QWidget *parent = nullptr);

    void setState(Tone tone, const QString &title, const QString &text, const QList<QAction *> &actions = {});
    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Orphanscope::Gui
