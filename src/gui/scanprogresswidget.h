#pragma once

#include "scan/scantypes.h"

#include <QDateTime>
#include <QWidget>

class QElapsedTimer;
class QLabel;
class QProgressBar;
class QTimer;

namespace Orphanscope::Gui {

// The scan's progress for the status bar: phase in words, a busy bar, API calls, the rate limit
// left and the elapsed time (ticking even between progress reports).
class ScanProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanProgressWidget)

public:
    explicit ScanProgressWidget(QWidget *parent = nullptr);
    ~ScanProgressWidget() override;

    void start();
    void update(const ScanProgress &progress);
    void stop(const QString &text);

    QString phaseText() const;

private:
    void tick();
    void showCountdown();

    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_calls;
    QLabel *m_elapsed;
    QTimer *m_clock;
    std::unique_ptr<QElapsedTimer> m_since;
    QDateTime m_resumesAt; // while waiting for the next rate-limit window
};

} // namespace Orphanscope::Gui
