// Types listed from both ends through the scan job, as the desktop app runs it: the same files
// and orphans as one lister finds, at a stated cost in calls, and continued from a checkpoint
// taken while both ends were under way.
#include "csvtable.h"
#include "groundtruth.h"
#include "report/reportwriter.h"
#include "sandboxprocess.h"
#include "cloudinary/cloudinaryclient.h"
#include "scan/accountlisting.h"
#include "scan/checkpointsession.h"
#include "scan/scancheckpoint.h"
#include "scan/scanrunner.h"
#include "util/stringpool.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array Types{ResourceType::Image, ResourceType::Video};

int pagesFor(qint64 files)
{
    return std::max(1, int(std::ceil(double(files) / 500.0)));
}

} // namespace

class TestListingBothEnds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString truthPath(const QString &name) const { return m_dir.filePath(name + u"-truth.csv"_s); }

    bool startSandbox(SandboxProcess &sandbox, const QString &name, int files, int latencyMs, const QStringList &more = {})
    {
        // Upload times are whole hours of the last year: thousands of files share a second
        // with others, so both ends meet among ties.
        return sandbox.start(QStringList{u"--generate"_s, QString::number(files), u"--seed"_s, u"17"_s, u"--latency-ms"_s, QString::number(latencyMs),
                              u"--log"_s, u"--write-database"_s, u"sqlite:///"_s + m_dir.filePath(name + u".sqlite3"_s),
                              u"--ground-truth"_s, truthPath(name)}
                             + more);
    }

    ScanSettings settings(const SandboxProcess &sandbox, const QString &name, int bothEndsAfterPages) const
    {
        QString error;
        ScanSettings s;
        s.cloudinary = CloudinaryConfig::fromUrl(sandbox.cloudinaryUrl(), &error).value();
        s.database = DatabaseConfig::fromUrl(u"sqlite:///"_s + m_dir.filePath(name + u".sqlite3"_s), &error).value();
        s.days.reset();
        s.pauseMs = 0;
        s.bothEndsAfterPages = bothEndsAfterPages;
        s.inventoryPath = m_dir.filePath(name + u"-inventory.sqlite3"_s);
        return s;
    }

    static std::optional<ScanResult> run(ScanRunner &runner, const std::function<void(const ScanProgress &)> &onProgress = {})
    {
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QSignalSpy failed(runner.job(), &ScanJob::failed);
        if (onProgress)
            connect(runner.job(), &ScanJob::progress, &runner, onProgress);
        runner.start();
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 60'000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            qWarning("%s", qPrintable(failed.at(0).at(0).toString()));
            return std::nullopt;
        }
        return finished.at(0).at(0).value<ScanResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void bothEndsFindWhatOneEndFinds_data()
    {
        QTest::addColumn<int>("afterPages");
        QTest::addColumn<int>("days"); // 0: the whole account; else the last days (start_at for both ends)
        QTest::newRow("from the first page") << 1 << 0;
        QTest::newRow("after two pages") << 2 << 0;
        QTest::newRow("after four pages") << 4 << 0;
        QTest::newRow("the last 200 days, from the first page") << 1 << 200;
    }
    void bothEndsFindWhatOneEndFinds()
    {
        QFETCH(int, afterPages);
        QFETCH(int, days);
        SandboxProcess sandbox;
        const QString name = u"same-%1-%2"_s.arg(afterPages).arg(days);
        QVERIFY2(startSandbox(sandbox, name, 6000, 0), qPrintable(sandbox.error()));
        const auto expected = [&](const ScanResult &result) {
            return expectedOrphans(truthPath(name), {u"image"_s, u"video"_s},
                                   days > 0 ? std::optional(result.startedAt.addDays(-days)) : std::nullopt);
        };
        const auto withDays = [days](ScanSettings s) {
            if (days > 0)
                s.days = days;
            return s;
        };

        ScanRunner oneEnd(withDays(settings(sandbox, name, 0)));
        const std::optional<ScanResult> single = run(oneEnd);
        QVERIFY(single && !single->isPartial());
        QVERIFY(!sandbox.output().contains(u"direction=asc"_s));

        ScanSettings s = withDays(settings(sandbox, name, afterPages));
        s.inventoryPath = m_dir.filePath(name + u"-both-inventory.sqlite3"_s);
        ScanRunner bothEnds(s);
        const std::optional<ScanResult> both = run(bothEnds);
        QVERIFY(both && !both->isPartial());
        QCOMPARE(CsvTable::parse(ReportWriter::csv(both->orphans)).sortedLines(), expected(*both));
        QCOMPARE(CsvTable::parse(ReportWriter::csv(single->orphans)).sortedLines(), expected(*single));

        const QString log = sandbox.output();
        int extraCalls = 0;
        for (ResourceType type : Types) {
            const TypeSummary &one = single->perType[indexOf(type)];
            const TypeSummary &two = both->perType[indexOf(type)];
            QVERIFY(two.complete);
            QCOMPARE(two.listed, one.listed); // no file twice, none left out
            QCOMPARE(two.listedBytes, one.listedBytes);
            QCOMPARE(two.valid, one.valid);
            QCOMPARE(two.orphans, one.orphans);
            // A type of more pages than the first end takes alone is listed from its oldest file too.
            const bool twoEnded = pagesFor(one.listed) > afterPages;
            const QString oldestFirst = u"/resources/%1/upload -> 200 direction=asc"_s.arg(resourceTypeName(type));
            QCOMPARE(log.contains(oldestFirst), twoEnded);
            if (twoEnded)
                extraCalls += 3;
        }
        // Stated cost: one to three calls more per type listed from both ends.
        QVERIFY2(both->apiCalls >= single->apiCalls && both->apiCalls <= single->apiCalls + extraCalls,
                 qPrintable(u"%1 calls from both ends, %2 from one"_s.arg(both->apiCalls).arg(single->apiCalls)));
    }

    // An API that answers the oldest-first listing newest first would seem to meet at once and
    // leave the middle unlisted: that end is dropped with a warning, the other lists everything.
    void anApiThatIgnoresTheDirectionIsListedFromOneEnd()
    {
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"direction"_s, 6000, 0, {u"--fault"_s, u"1+:ignore-direction"_s}), qPrintable(sandbox.error()));
        ScanRunner runner(settings(sandbox, u"direction"_s, 1));
        QStringList warnings;
        connect(runner.job(), &ScanJob::warning, &runner, [&warnings](const QString &message) { warnings.append(message); });
        const std::optional<ScanResult> result = run(runner);
        QVERIFY(result && !result->isPartial());
        QCOMPARE(CsvTable::parse(ReportWriter::csv(result->orphans)).sortedLines(), expectedOrphans(truthPath(u"direction"_s), {u"image"_s, u"video"_s}));
        for (const QString &type : {u"images"_s, u"videos"_s}) {
            const QString warning = u"Cloudinary did not list the %1 oldest first as asked (direction=asc): they are listed newest first only"_s.arg(type);
            QVERIFY2(warnings.contains(warning), qPrintable(warnings.join(u'\n')));
        }
        ScanSettings whole = settings(sandbox, u"direction"_s, 0);
        whole.inventoryPath = m_dir.filePath(u"direction-one-inventory.sqlite3"_s);
        ScanRunner oneEnd(whole);
        const std::optional<ScanResult> single = run(oneEnd);
        QVERIFY(single && !single->isPartial());
        for (ResourceType type : Types)
            QCOMPARE(result->perType[indexOf(type)].listed, single->perType[indexOf(type)].listed);
        // Two calls lost per type: the oldest-first end's first page and the one it asked for ahead.
        QCOMPARE(result->apiCalls, single->apiCalls + 4);
    }

    void aStoppedScanContinuesBothEnds()
    {
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"resume"_s, 12000, 0, {u"--rate-limit"_s, u"1000"_s}), qPrintable(sandbox.error()));
        const QStringList expected = expectedOrphans(truthPath(u"resume"_s), {u"image"_s});

        // The images from one end: how many files and pages there are.
        ScanSettings s = settings(sandbox, u"resume"_s, 0);
        s.resourceTypes = {ResourceType::Image};
        s.inventoryPath = m_dir.filePath(u"resume-one-inventory.sqlite3"_s);
        ScanRunner oneEnd(s);
        const std::optional<ScanResult> single = run(oneEnd);
        QVERIFY(single && !single->isPartial());
        const qint64 files = single->perType[indexOf(ResourceType::Image)].listed;
        const int pages = single->apiCalls;
        QCOMPARE(pages, pagesFor(files));
        QVERIFY(pages >= 6);

        // From both ends, stopped by the rate-limit guard a page or two short of meeting.
        s = settings(sandbox, u"resume"_s, 1);
        s.resourceTypes = {ResourceType::Image};
        s.rateLimitWarnAt = 0.99;
        s.rateLimitStopAt = (pages + pages - 1.5) / 1000.0;
        ScanRunner first(s);
        const std::optional<ScanResult> stopped = run(first);
        QVERIFY(stopped && stopped->isPartial());
        QCOMPARE(stopped->stopReason, StopReason::RateLimitGuard);

        // The checkpoint holds both ends, each with its cursor and frontier.
        QList<CheckpointListerRow> listers;
        {
            ScanCheckpoint checkpoint(CheckpointSession::pathFor(s), ScanCheckpoint::scanKey(s.resourceTypes, s.days));
            QString error;
            QVERIFY2(checkpoint.open(&error), qPrintable(error));
            QVERIFY2(checkpoint.load(&listers, &error), qPrintable(error));
        }
        QCOMPARE(listers.size(), 2);
        qint64 listedBefore = 0;
        for (const CheckpointListerRow &row : std::as_const(listers)) {
            QVERIFY(!row.state.done && !row.state.cursor.isEmpty());
            QVERIFY(row.state.frontier.isSet());
            QVERIFY(!row.state.frontier.publicIds().isEmpty());
            listedBefore += row.files;
        }
        QVERIFY(listers.at(0).state.window.oldestFirst != listers.at(1).state.window.oldestFirst);
        QVERIFY2(files - listedBefore > 0 && files - listedBefore < 1000, qPrintable(u"%1 of %2 files listed"_s.arg(listedBefore).arg(files)));
        const qsizetype logBefore = sandbox.output().size();

        s.resume = true;
        s.rateLimitStopAt = 1.0;
        ScanRunner second(s);
        const std::optional<ScanResult> resumed = run(second);
        QVERIFY(resumed && !resumed->isPartial());
        QCOMPARE(CsvTable::parse(ReportWriter::csv(resumed->orphans)).sortedLines(), expected);
        QCOMPARE(resumed->perType[indexOf(ResourceType::Image)].listed, files); // every file once across both runs
        // Both ends went on from their cursors, not from the start.
        const QString log = sandbox.output().mid(logBefore);
        QVERIFY2(!log.contains(u"/resources/image/upload -> 200\n"_s)
                     && !log.contains(u"/resources/image/upload -> 200 direction=asc\n"_s),
                 qPrintable(log.left(2000)));
    }

    // Stopped where the images' ends are less than a page apart (from the page signal itself,
    // so exactly there), the videos' ends having met already: the next page of either image end
    // reaches files the other listed before the stop, and only the frontiers handed on tell them
    // apart; the videos' end that did not take part in the meeting must not go on.
    void endsStoppedLessThanAPageApartGoOnWithoutRepeats()
    {
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"apart"_s, 9000, 0), qPrintable(sandbox.error()));
        QString error;
        const CloudinaryConfig config = CloudinaryConfig::fromUrl(sandbox.cloudinaryUrl(), &error).value();
        StringPool pool;
        struct Listed
        {
            QStringList ids; // "image/<public id>"
            qint64 images = 0;
        };
        const auto list = [&](int bothEndsAfterPages, const QList<ListerState> &resumeFrom, qint64 stopWithin, QList<ListerState> *states,
                              Listed *listed) {
            CloudinaryClient client(config, ClientOptions{});
            AccountListing listing(&client, &pool);
            bool done = false;
            QMap<int, ListerState> last;
            connect(&listing, &AccountListing::listerStarted, &listing, [&last](const ListerState &state) { last[state.id] = state; });
            connect(&listing, &AccountListing::pageReceived, &listing,
                    [&](ResourceType type, const ListedFiles &files, bool, const ListerState &after) {
                        for (qsizetype i = 0; i < files.size(); ++i)
                            listed->ids.append(resourceTypeName(type) + u'/' + QString::fromStdString(std::string(files.publicId(i))));
                        if (type == ResourceType::Image)
                            listed->images += files.size();
                        last[after.id] = after;
                        if (stopWithin > 0 && type == ResourceType::Image && !after.done && stopWithin - listed->images < 500) {
                            listing.stop();
                            client.abortAll();
                            done = true;
                        }
                    });
            connect(&listing, &AccountListing::finished, &listing, [&done] { done = true; });
            connect(&listing, &AccountListing::failed, &listing, [&done](ResourceType, ListingFailure, const QString &message) {
                qWarning("%s", qPrintable(message));
                done = true;
            });
            AccountListing::Plan plan;
            plan.types = {ResourceType::Image, ResourceType::Video};
            plan.startAt = [](ResourceType) { return std::optional<QDateTime>(); };
            plan.bothEndsAfterPages = bothEndsAfterPages;
            plan.resumeFrom = resumeFrom;
            listing.start(plan);
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 30'000));
            for (const ListerState &state : std::as_const(last))
                states->append(ListerState{state.id, state.type, state.window, state.cursor, state.done, state.frontier.detached()});
        };
        QList<ListerState> ignored;
        Listed all;
        list(0, {}, 0, &ignored, &all);
        QVERIFY(all.images > 3000 && all.ids.size() - all.images > 2000);
        QCOMPARE(QSet<QString>(all.ids.cbegin(), all.ids.cend()).size(), all.ids.size());

        QList<ListerState> stoppedAt;
        Listed listed;
        list(1, {}, all.images, &stoppedAt, &listed);
        QCOMPARE(stoppedAt.size(), 4);
        QVERIFY2(all.images - listed.images > 0 && all.images - listed.images < 500, qPrintable(u"%1 of %2"_s.arg(listed.images).arg(all.images)));
        int videoEndsDone = 0;
        for (const ListerState &state : std::as_const(stoppedAt)) {
            QVERIFY(state.frontier.isSet());
            if (state.type == ResourceType::Image)
                QVERIFY(!state.done);
            else
                videoEndsDone += state.done;
        }
        QCOMPARE(videoEndsDone, 1); // the end whose page met the other

        const qsizetype logBefore = sandbox.output().size();
        QList<ListerState> finishedAt;
        list(1, stoppedAt, 0, &finishedAt, &listed);
        QVERIFY(!sandbox.output().mid(logBefore).contains(u"/resources/video/upload"_s)); // the videos were complete
        QCOMPARE(listed.ids.size(), all.ids.size());
        listed.ids.sort();
        all.ids.sort();
        QCOMPARE(listed.ids, all.ids);
    }
};

QTEST_GUILESS_MAIN(TestListingBothEnds)
#include "tst_listingbothends.moc"
