#include "summarycards.h"

#include "labels.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

namespace {
QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u'%' : QString();
}
} // namespace

SummaryCards::SummaryCards(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_banner(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setWordWrap(true);
    m_banner->setObjectName(u"scanBanner"_s);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    m_rowsLayout->setSpacing(Spacing);
    layout->addLayout(m_rowsLayout);
    auto add = [this](const QString &title) {
        Card card = addCard(title);
        m_cards.append(card.value->parentWidget());
        return card;
    };
    m_files = add(tr("Files scanned"));
    m_valid = add(tr("Valid"));
    m_orphans = add(tr("Orphans"));
    m_size = add(tr("Orphan size"));
    m_review = add(tr("Review"));
    m_review.value->setObjectName(u"reviewCardValue"_s);
    m_review.detail->setObjectName(u"reviewCardDetail"_s);
    m_calls = add(tr("API calls"));
    m_time = add(tr("Time"));
    clear();
    arrange(sizeHint().width());
}

// Greedy, in reading order: a card goes on the row if it fits beside the others, else it starts
// the next. Each row's cards share its width.
void SummaryCards::arrange(int width)
{
    QList<QList<QWidget *>> rows;
    int used = 0;
    for (QWidget *card : std::as_const(m_cards)) {
        const int needed = card->minimumSizeHint().width();
        if (!rows.isEmpty() && used + Spacing + needed <= width) {
            rows.last().append(card);
            used += Spacing + needed;
        } else {
            rows.append({card});
            used = needed;
        }
    }
    if (rows == m_rows)
        return;
    m_rows = rows;
    while (QLayoutItem *item = m_rowsLayout->takeAt(0))
        delete item; // the row layouts; the cards stay
    for (const QList<QWidget *> &row : std::as_const(m_rows)) {
        auto *line = new QHBoxLayout;
        line->setSpacing(Spacing);
        for (QWidget *card : row)
            line->addWidget(card, card->minimumSizeHint().width());
        m_rowsLayout->addLayout(line);
    }
    updateGeometry();
}

QSize SummaryCards::minimumSizeHint() const
{
    int widest = 0;
    for (const QWidget *card : m_cards)
        widest = std::max(widest, card->minimumSizeHint().width());
    return {widest, layout()->minimumSize().height()};
}

QSize SummaryCards::sizeHint() const
{
    int all = -Spacing;
    for (const QWidget *card : m_cards)
        all += card->minimumSizeHint().width() + Spacing;
    return {all, layout()->sizeHint().height()};
}

bool SummaryCards::event(QEvent *event)
{
    // A card's text changed (its width with it), or the width the window gives changed.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        arrange(width());
    return QWidget::event(event);
}

SummaryCards::Card SummaryCards::addCard(const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(2);
    auto *heading = new QLabel(title, frame);
    heading->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *detail = new QLabel(frame);
    detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(detail);
    return {value, detail};
}

void SummaryCards::setCard(Card &card, const QString &value, const QString &detail)
{
    card.value->setText(value);
    card.detail->setText(detail.isEmpty() ? u" "_s : detail);
}

void SummaryCards::clear()
{
    for (Card *card : {&m_files, &m_valid, &m_orphans, &m_size, &m_review, &m_calls, &m_time})
        setCard(*card, u"–"_s);
    m_banner->setVisible(false);
}

void SummaryCards::showScanning()
{
    clear();
    for (Card *card : {&m_files, &m_valid, &m_orphans, &m_size, &m_review, &m_calls, &m_time})
        setCard(*card, u"…"_s);
}

QString SummaryCards::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void SummaryCards::showFailure(const QString &message)
{
    clear();
    m_banner->setText(tr("The scan failed: %1").arg(message));
    m_banner->setStyleSheet(u"background: #b3261e; color: white; padding: 6px; border-radius: 4px;"_s);
    m_banner->setVisible(true);
}

void SummaryCards::showDecisions(qint64 orphans, qint64 marked, qint64 kept)
{
    const QLocale locale;
    m_orphans.value->setText(locale.toString(orphans));
    setCard(m_review, tr("%L1 marked").arg(marked), tr("%L1 kept · %L2 undecided").arg(kept).arg(orphans - marked));
    m_review.detail->setToolTip(tr("On the table: K keep, D mark for deletion, U undecided, N note. Kept files are not reported as orphans "
                                   "by later scans and are never deleted; Edit → Delete marked… deletes the marked ones."));
}

void SummaryCards::showResult(const ScanResult &result)
{
    const qint64 total = result.totalListed();
    const QLocale locale;
    setCard(m_files, locale.toString(total), result.days ? tr("last %n day(s)", nullptr, *result.days) : tr("whole account"));
    setCard(m_valid, locale.toString(result.totalValid()), percent(result.totalValid(), total));
    // Unreferenced files that are not reported: too young to judge, or ignored by a rule.
    QStringList aside{percent(result.totalOrphans(), total)};
    if (!result.recent.isEmpty())
        aside.append(tr("+%L1 recent").arg(result.recent.size()));
    if (result.totalIgnored() > 0)
        aside.append(tr("%L1 ignored").arg(result.totalIgnored()));
    if (!result.kept.isEmpty())
        aside.append(tr("%L1 kept").arg(result.kept.size()));
    setCard(m_orphans, locale.toString(result.totalOrphans()), aside.join(u" · "_s));
    m_orphans.detail->setToolTip(result.recent.isEmpty() && result.totalIgnored() == 0
                              ? QString()
                              : tr("Recent: unreferenced files younger than %1 h, whose row may not be saved yet; not reported. "
                                   "Ignored: files matching an ignore rule; never reported.")
                                    .arg(locale.toString(double(result.minAgeDetectMSecs) / 3600000.0)));
    setCard(m_size, locale.formattedDataSize(result.totalOrphanBytes(), 1, QLocale::DataSizeTraditionalFormat),
            tr("could be freed"));
    setCard(m_calls, locale.toString(result.apiCalls),
            result.rateLimit.isKnown() ? tr("%1 of %2 left this hour").arg(result.rateLimit.remaining).arg(result.rateLimit.limit) : QString());
    setCard(m_time, tr("%1 s").arg(locale.toString(result.elapsedMs / 1000.0, 'f', result.elapsedMs < 10'000 ? 2 : 1)),
            tr("database read %1 s").arg(locale.toString(result.references.elapsedMs / 1000.0, 'f', 2)));
    if (result.isPartial()) {
        m_banner->setText(tr("PARTIAL scan (%1): %2. Every orphan shown is real, but files not yet listed were not checked.")
                              .arg(Labels::stopReason(result.stopReason), result.stopDetail));
        m_banner->setStyleSheet(u"background: #f2b01e; color: black; padding: 6px; border-radius: 4px;"_s);
        m_banner->setVisible(true);
    } else {
        m_banner->setVisible(false);
    }
}

} // namespace Orphanscope::Gui
