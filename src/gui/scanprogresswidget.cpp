#include "scanprogresswidget.h"

#include "labels.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ScanProgressWidget::ScanProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QLabel(tr("Ready"), this))
    , m_bar(new QProgressBar(this))
    , m_calls(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_since(std::make_unique<QElapsedTimer>())
{
    m_phase->setObjectName(u"scanPhase"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_calls);
    layout->addWidget(m_elapsed);
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &ScanProgressWidget::tick);
}

ScanProgressWidget::~ScanProgressWidget() = default;

QString ScanProgressWidget::phaseText() const
{
    return m_phase->text();
}

void ScanProgressWidget::start()
{
    m_since->start();
    m_phase->setText(tr("Starting…"));
    m_bar->setRange(0, 0); // the number of pages is not known in advance
    m_bar->setVisible(true);
    m_calls->clear();
    m_clock->start();
    tick();
}

void ScanProgressWidget::update(const ScanProgress &p)
{
    const QLocale locale;
    m_resumesAt = p.phase == ScanPhase::WaitingForBudget ? p.resumesAt : QDateTime();
    switch (p.phase) {
    case ScanPhase::Starting:
    case ScanPhase::Listing: {
        const int i = indexOf(p.currentType);
        m_phase->setText(tr("Listing %1: page %2, %3 files…").arg(Labels::typePlural(p.currentType)).arg(p.pages[i]).arg(locale.toString(p.listed[i])));
        break;
    }
    case ScanPhase::WaitingForBudget:
        showCountdown();
        break;
    case ScanPhase::WaitingForDatabase:
        m_phase->setText(tr("Querying database… %1 rows").arg(locale.toString(p.referenceRowsRead)));
        break;
    case ScanPhase::Analyzing:
    case ScanPhase::Done:
        m_phase->setText(tr("Analyzing…"));
        break;
    }
    QString calls = tr("%n API call(s)", nullptr, p.apiCalls);
    if (p.rateLimit.isKnown())
        calls += tr(", %1 of %2 left").arg(p.rateLimit.remaining).arg(p.rateLimit.limit);
    m_calls->setText(calls);
}

// The rate-limit guard paused the scan until the next window (--wait-for-reset): a countdown,
// so that an admin can see it is alive and leave it running.
void ScanProgressWidget::showCountdown()
{
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_resumesAt));
    m_phase->setText(tr("Waiting for the API budget: resumes at %1 (in %2:%3)")
                         .arg(QLocale().toString(m_resumesAt.toLocalTime().time(), QLocale::ShortFormat))
                         .arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ScanProgressWidget::stop(const QString &text)
{
    m_resumesAt = {};
    m_clock->stop();
    tick();
    m_bar->setVisible(false);
    m_phase->setText(text);
}

void ScanProgressWidget::tick()
{
    if (m_resumesAt.isValid())
        showCountdown();
    const qint64 ms = m_since->elapsed();
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1)));
}

} // namespace Orphanscope::Gui
