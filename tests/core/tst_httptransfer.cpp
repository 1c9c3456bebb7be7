// The HTTP exchange under the Admin API client, against a server that takes the connection and
// never answers: a transfer stops when its client aborts it, and every transfer stops, and none
// starts, once the process ends them (as it does at exit, before libcurl's exit handlers).
#include "cloudinary/httptransfer.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestHttpTransfer : public QObject
{
    Q_OBJECT

    QTcpServer m_silent; // takes each connection and keeps it open, answering nothing
    std::vector<std::unique_ptr<QTcpSocket>> m_connections;

    HttpRequest toTheSilentServer() const
    {
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/v1_1/demo/resources/image"_s.arg(m_silent.serverPort()));
        request.inactivityTimeoutMs = 120'000; // far beyond anything the test waits for
        return request;
    }

    // Takes (and keeps open) the connections made so far; true if one came within `ms`.
    bool connectionCame(int ms)
    {
        const bool came = m_silent.waitForNewConnection(ms);
        while (m_silent.hasPendingConnections())
            m_connections.emplace_back(m_silent.nextPendingConnection());
        return came;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_silent.listen(QHostAddress::LocalHost)); }

    void abortStopsATransferWaitingForItsAnswer()
    {
        std::atomic_bool abort{false};
        std::atomic_bool done{false};
        HttpResponse response;
        std::thread transfer([&] {
            response = performHttp(toTheSilentServer(), abort);
            done = true;
        });
        const auto joined = qScopeGuard([&] {
            abort = true; // a failed check returns early
            transfer.join();
        });
        QVERIFY(connectionCame(10'000));
        QTest::qWait(300); // the request sent, the answer awaited
        QVERIFY(!done);
        QElapsedTimer took;
        took.start();
        abort = true;
        while (!done && took.elapsed() < 30'000)
            QThread::msleep(10);
        QVERIFY(done);
        QCOMPARE(response.failure, HttpResponse::Failure::Aborted);
        QCOMPARE(response.status, 0);
        QVERIFY2(took.elapsed() < 10'000, qPrintable(u"stopped %1 ms after the abort"_s.arg(took.elapsed())));
    }

    // Last: what it does cannot be undone in this process.
    void endAllTransfersStopsThoseInFlightAndLaterOnes()
    {
        const std::atomic_bool neverAborted{false};
        std::atomic_int finished{0};
        HttpResponse first;
        HttpResponse second;
        transferThreads()->start([&] {
            first = performHttp(toTheSilentServer(), neverAborted);
            ++finished;
        });
        transferThreads()->start([&] {
            second = performHttp(toTheSilentServer(), neverAborted);
            ++finished;
        });
        QVERIFY(connectionCame(10'000));
        QTest::qWait(300);
        QCOMPARE(finished.load(), 0); // both still wait for an answer

        QVERIFY(endAllTransfers(30'000));
        QCOMPARE(finished.load(), 2);
        QCOMPARE(first.failure, HttpResponse::Failure::Aborted);
        QCOMPARE(second.failure, HttpResponse::Failure::Aborted);

        // A transfer asked for afterwards returns at once, without a connection.
        const HttpResponse later = performHttp(toTheSilentServer(), neverAborted);
        QCOMPARE(later.failure, HttpResponse::Failure::Aborted);
        QVERIFY(!connectionCame(500));
    }
};

QTEST_MAIN(TestHttpTransfer)
#include "tst_httptransfer.moc"
