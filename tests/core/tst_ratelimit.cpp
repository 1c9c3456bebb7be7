#include "cloudinary/ratelimit.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHeaders()
    {
        const auto status = RateLimitStatus::fromHeaders("500", "123", "Wed, 03 Oct 2012 08:00:00 GMT");
        QVERIFY(status.isKnown());
        QCOMPARE(status.limit, 500);
        QCOMPARE(status.remaining, 123);
        QCOMPARE(status.used(), 377);
        QCOMPARE(status.resetsAt, QDateTime(QDate(2012, 10, 3), QTime(8, 0), Qt::UTC));
    }

    void readsResetDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime none;
        QTest::newRow("HTTP date") << "Sun, 29 Nov 2026 16:00:00 GMT"_ba << QDateTime(QDate(2026, 11, 29), QTime(16, 0), Qt::UTC);
        QTest::newRow("last second of a leap day") << " Thu, 29 Feb 2024 23:59:59 GMT "_ba << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("every month") << "Mon, 01 Dec 2025 00:00:00 GMT"_ba << QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("RFC 2822 with an offset") << "Wed, 03 Oct 2012 10:00:00 +0200"_ba << QDateTime(QDate(2012, 10, 3), QTime(8, 0), Qt::UTC);
        QTest::newRow("no such day") << "Tue, 30 Feb 2024 08:00:00 GMT"_ba << none;
        QTest::newRow("no such hour") << "Wed, 03 Oct 2012 24:00:00 GMT"_ba << none;
        QTest::newRow("month misspelt") << "Wed, 03 Okt 2012 08:00:00 GMT"_ba << none;
        QTest::newRow("in other words") << "next Wednesday at eight"_ba << none;
        QTest::newRow("numbers only") << "2012-10-03 08:00:00"_ba << none;
        QTest::newRow("empty") << QByteArray() << none;
    }

    void readsResetDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const QDateTime resetsAt = RateLimitStatus::fromHeaders("500", "400", header).resetsAt;
        QCOMPARE(resetsAt.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(resetsAt, expected);
            QCOMPARE(resetsAt.timeSpec(), Qt::UTC);
        }
    }

    void toleratesGarbage()
    {
        const auto status = RateLimitStatus::fromHeaders("lots", "", "tomorrow");
        QVERIFY(!status.isKnown());
        QVERIFY(!status.resetsAt.isValid());
        QCOMPARE(status.used(), 0);
    }

    void guardWarnsOnceAndStops_data()
    {
        QTest::addColumn<QList<int>>("remaining");
        QTest::addColumn<QList<int>>("verdicts");
        using V = RateLimitGuard::Verdict;
        QTest::newRow("quiet under 80%") << QList<int>{499, 300, 101} << QList<int>{int(V::Continue), int(V::Continue), int(V::Continue)};
        QTest::newRow("warns once at 80%") << QList<int>{101, 100, 99, 50} << QList<int>{int(V::Continue), int(V::Warn), int(V::Continue), int(V::Continue)};
        QTest::newRow("stops at 95%") << QList<int>{30, 26, 25} << QList<int>{int(V::Warn), int(V::Continue), int(V::Stop)};
        QTest::newRow("stop wins over warn") << QList<int>{0} << QList<int>{int(V::Stop)};
    }
    void guardWarnsOnceAndStops()
    {
        QFETCH(QList<int>, remaining);
        QFETCH(QList<int>, verdicts);
        RateLimitGuard guard; // 80% / 95%
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            RateLimitStatus status;
            status.limit = 500;
            status.remaining = remaining.at(i);
            QCOMPARE(int(guard.check(status)), verdicts.at(i));
        }
    }

    void guardIgnoresUnknownLimits()
    {
        RateLimitGuard guard(0.1, 0.2);
        QCOMPARE(guard.check(RateLimitStatus{}), RateLimitGuard::Verdict::Continue);
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
