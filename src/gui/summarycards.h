#pragma once

#include "scan/scantypes.h"

#include <QWidget>

class QLabel;

class QVBoxLayout;

namespace Orphanscope::Gui {

// The headline figures of a scan as cards: files scanned, valid, orphans, orphan size, the
// admins' decisions, API calls and time; with a banner when the scan stopped early. The cards
// flow into as many rows as the width needs: one on a wide screen, two or three on a laptop in
// German.
class SummaryCards final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryCards)

public:
    explicit SummaryCards(QWidget *parent = nullptr);

    void showScanning();
    void showResult(const ScanResult &result);
    void showFailure(const QString &message);
    // The orphans card with the admins' decisions: how many are left, marked, kept.
    void showDecisions(qint64 orphans, qint64 marked, qint64 kept);
    void clear();

    QString bannerText() const;
    int rowCount() const { return int(m_rows.size()); }

    QSize minimumSizeHint() const override; // one card wide: the cards flow into rows
    QSize sizeHint() const override;        // every card in one row

protected:
    bool event(QEvent *event) override;

private:
    struct Card
    {
        QLabel *value;
        QLabel *detail;
    };
    Card addCard(const QString &title);
    void setCard(Card &card, const QString &value, const QString &detail = {});
    void arrange(int width); // the cards into rows as wide as width

    static constexpr int Spacing = 8;
    QVBoxLayout *m_rowsLayout;
    QList<QWidget *> m_cards;
    QList<QList<QWidget *>> m_rows;

    QLabel *m_banner;
    Card m_files;
    Card m_valid;
    Card m_orphans;
    Card m_size;
    Card m_review;
    Card m_calls;
    Card m_time;
};

} // namespace Orphanscope::Gui
