// The checkpoint's pieces: listed pages through their compact form and back, bytes it did not
// write refused, batches stored and read in order, the page file's torn and damaged records, and
// the reasons a stored checkpoint is not resumed.
#include "cloudinary/listedfiles.h"
#include "scan/checkpointwriter.h"
#include "scan/scancheckpoint.h"
#include "util/stringpool.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

ListedFiles::Fields file(std::string_view publicId, std::string_view url, const QString &format, const QString &folder, qint64 createdAt,
                         qint64 version, ResourceType type = ResourceType::Image)
{
    ListedFiles::Fields fields;
    fields.publicId = publicId;
    fields.secureUrl = url;
    fields.format = format;
    fields.folder = folder;
    fields.bytes = 123'456;
    fields.createdAtMSecs = createdAt;
    fields.version = version;
    fields.width = 640;
    fields.height = 480;
    fields.type = type;
    return fields;
}

// Every field of every file, as text, to compare two pages.
QStringList describe(const ListedFiles &files)
{
    QStringList lines;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const CloudinaryResource r = files.resource(i);
        lines.append(u"%1|%2|%3|%4|%5|%6|%7|%8x%9"_s.arg(r.publicId, r.secureUrl, r.format, r.folder).arg(r.bytes).arg(r.createdAtMSecs)
                         .arg(r.version).arg(r.width).arg(r.height) + resourceTypeName(r.type));
    }
    return lines;
}

CheckpointHeader header(const QString &account, const QList<ResourceType> &types, std::optional<int> days, const QDateTime &startedAt)
{
    CheckpointHeader header;
    header.accountKey = account;
    header.types = types;
    header.days = days;
    header.startedAt = startedAt;
    return header;
}

ListedFiles samplePage()
{
    ListedFiles page;
    // The usual shape: URL and folder are not stored, and come back the same.
    page.append(file("prompts/café_1", "https://res.cloudinary.com/demo/image/upload/v1700000000/prompts/café_1.jpg", u"jpg"_s,
                     u"prompts"_s, 1'700'000'000'000, 1'700'000'000));
    // Older than the one before (listings go newest first), no folder.
    page.append(file("root_file", "https://res.cloudinary.com/demo/image/upload/v1690000000/root_file.png", u"png"_s, {},
                     1'690'000'000'500, 1'690'000'000));
    // A URL of another shape (a CNAME) and an asset folder that is not the path: both stored.
    page.append(file("a/b/c", "https://media.example.org/demo/image/upload/v5/a/b/c.webp", u"webp"_s, u"elsewhere/ünïcode"_s,
                     1'695'000'000'000, 5));
    // A raw file: no format, the extension is part of the public id.
    page.append(file("docs/report.pdf", "https://res.cloudinary.com/demo/raw/upload/v1700000001/docs/report.pdf", {}, u"docs"_s,
                     1'700'000'001'000, 1'700'000'001, ResourceType::Raw));
    return page;
}

} // namespace

class TestScanCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesRoundTrip()
    {
        const ListedFiles page = samplePage();
        const QByteArray bytes = page.encode();
        StringPool pool;
        const auto decoded = ListedFiles::decode(bytes, pool);
        QVERIFY(decoded);
        QCOMPARE(describe(*decoded), describe(page));
        // The usual URLs are not stored: the form is much smaller than the text it stands for.
        QVERIFY2(bytes.size() < 260, qPrintable(QString::number(bytes.size())));
        QCOMPARE(describe(*ListedFiles::decode(ListedFiles().encode(), pool)), QStringList());
    }

    // URLs one piece away from the usual shape are stored as they are, not rebuilt wrong.
    void nearlyUsualUrlsRoundTrip()
    {
        ListedFiles page;
        const qint64 at = 1'700'000'000'000;
        page.append(file("p/a", "https://res.cloudinary.com/demo/image/upload/v1700000000/p/a.jpg", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/b", "https://res.cloudinary.com/demo/image/upload/v1700000000/p/b.jpg?x", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/c", "https://res.cloudinary.com/demo/image/upload/v17000000/p/c.jpg", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/d", "https://res.cloudinary.com/demo/image/upload/v1700000000/p/d", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/e", "https://res.cloudinary.com/demo/video/upload/v1700000000/p/e.jpg", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/f", "https://res.cloudinary.com/demo/image/upload/v1700000000/p/f.jpgx", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/g", "https://res.cloudinary.com/demo/image/upload/v1700000000/p/g.jpg", u"jpg"_s, u"q"_s, at, 1'700'000'000));
        page.append(file("p/h", "", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        StringPool pool;
        const auto decoded = ListedFiles::decode(page.encode(), pool);
        QVERIFY(decoded);
        QCOMPARE(describe(*decoded), describe(page));
    }

    // A version written otherwise than the usual URL writes it (leading zeros, a sign, too many
    // digits, none) is stored with the URL, which comes back as it was; the usual one is not stored.
    void versionsWrittenOtherwiseRoundTrip()
    {
        const qint64 at = 1'700'000'000'000;
        ListedFiles page;
        page.append(file("p/a", "https://res.cloudinary.com/demo/image/upload/v01700000000/p/a.jpg", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        page.append(file("p/b", "https://res.cloudinary.com/demo/image/upload/v-5/p/b.jpg", u"jpg"_s, u"p"_s, at, -5));
        page.append(file("p/c", "https://res.cloudinary.com/demo/image/upload/v1234567890123456789/p/c.jpg", u"jpg"_s, u"p"_s, at,
                         1'234'567'890'123'456'789));
        page.append(file("p/d", "https://res.cloudinary.com/demo/image/upload/v/p/d.jpg", u"jpg"_s, u"p"_s, at, 0));
        page.append(file("p/e", "https://res.cloudinary.com/demo/image/upload/v0/p/e.jpg", u"jpg"_s, u"p"_s, at, 0));
        page.append(file("p/f", "https://res.cloudinary.com/demo/image/upload/v1700000001/p/f.jpg", u"jpg"_s, u"p"_s, at, 1'700'000'000));
        StringPool pool;
        const QByteArray bytes = page.encode();
        const auto decoded = ListedFiles::decode(bytes, pool);
        QVERIFY(decoded);
        QCOMPARE(describe(*decoded), describe(page));
        // Only p/e's URL (version 0, written "0") is derived; the other five are stored.
        ListedFiles usual;
        usual.append(file("p/e", "https://res.cloudinary.com/demo/image/upload/v0/p/e.jpg", u"jpg"_s, u"p"_s, at, 0));
        ListedFiles unusual;
        unusual.append(file("p/d", "https://res.cloudinary.com/demo/image/upload/v/p/d.jpg", u"jpg"_s, u"p"_s, at, 0));
        QVERIFY(usual.encode().size() < unusual.encode().size() - 40);
    }

    // Files keep their format and folder whether the strings are shared (a parser's pool), equal
    // but made apart, or many to a page (past the few that are compared rather than hashed); a
    // copy of a page grows apart from it.
    void keepsEachFilesFormatAndFolder()
    {
        StringPool pool;
        ListedFiles page;
        QStringList expected;
        for (int i = 0; i < 120; ++i) {
            const QString folder = i % 3 == 0 ? pool.intern(QStringView(u"shared")) : u"folder%1"_s.arg(i % 40);
            const QString format = i % 2 ? QString(u"jpg"_s) : pool.intern(QStringView(u"png"));
            const std::string id = QString(folder + u"/f"_s + QString::number(i)).toStdString();
            page.append(file(id, "", format, folder, 1'700'000'000'000 - i, 1'700'000'000));
            expected.append(format + u'|' + folder);
        }
        const ListedFiles copy = page;
        page.append(file("late", "", u"gif"_s, u"late"_s, 1, 1));
        QStringList kept;
        for (qsizetype i = 0; i < copy.size(); ++i)
            kept.append(copy.resource(i).format + u'|' + copy.resource(i).folder);
        QCOMPARE(kept, expected);
        QCOMPARE(copy.size(), 120);
        QCOMPARE(page.resource(120).folder, u"late"_s);
        QCOMPARE(page.resource(119).folder, expected.last().section(u'|', 1));
        const auto decoded = ListedFiles::decode(page.encode(), pool);
        QVERIFY(decoded);
        QCOMPARE(describe(*decoded), describe(page));
    }

    void refusesBytesItDidNotWrite()
    {
        StringPool pool;
        const QByteArray bytes = samplePage().encode();
        QVERIFY(!ListedFiles::decode({}, pool));
        QVERIFY(!ListedFiles::decode(QByteArray("not a page"), pool));
        for (qsizetype cut = 1; cut < bytes.size(); ++cut)
            QVERIFY2(!ListedFiles::decode(bytes.left(cut), pool), qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY(!ListedFiles::decode(bytes + "x", pool));
    }

    void batchesAreStoredAndReadInOrder()
    {
        QTemporaryDir dir;
        ScanCheckpoint checkpoint(dir.filePath(u"inventory.sqlite3"_s), ScanCheckpoint::scanKey({ResourceType::Image, ResourceType::Video}, {}));
        ScanCheckpoint daily(dir.filePath(u"inventory.sqlite3"_s), ScanCheckpoint::scanKey({ResourceType::Image, ResourceType::Video}, 7));
        QString error;
        QVERIFY2(checkpoint.open(&error) && daily.open(&error), qPrintable(error));
        QList<CheckpointListerRow> rows;
        QVERIFY(!checkpoint.load(&rows, &error) && error.isEmpty()); // none yet

        CheckpointHeader header = ::header(u"demo@https://api.cloudinary.com"_s, {ResourceType::Image, ResourceType::Video}, std::nullopt,
                                           QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY2(checkpoint.startNew(header, &error), qPrintable(error));
        CheckpointBatch batch;
        batch.pages = {samplePage().encode(), samplePage().encode()};
        batch.listers = {{ListerState{0, ResourceType::Image, {}, u"cursor-a"_s, false}, 1, 4},
                         {ListerState{1, ResourceType::Video, {}, {}, true}, 1, 4}};
        header.calls = 3;
        batch.header = header;
        QVERIFY2(checkpoint.write(batch, &error), qPrintable(error));

        // Another kind of scan has a checkpoint of its own in the same file: starting it drops nothing.
        CheckpointHeader dailyHeader = header;
        dailyHeader.days = 7;
        QVERIFY2(daily.startNew(dailyHeader, &error), qPrintable(error));
        QCOMPARE(daily.lastPageSaved(), 0);

        const auto stored = checkpoint.load(&rows, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->calls, 3);
        QCOMPARE(stored->files, 8);
        QCOMPARE(stored->pages, 2);
        QCOMPARE(stored->types, header.types);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).state.cursor, u"cursor-a"_s);
        QVERIFY(!rows.at(0).state.done && rows.at(1).state.done);
        QCOMPARE(checkpoint.lastPageSaved(), 2);
        StringPool pool;
        QStringList read;
        QVERIFY(checkpoint.readPages(pool, [&read](const ListedFiles &files) { read += describe(files); }, &error));
        QCOMPARE(read, describe(samplePage()) + describe(samplePage()));
        read.clear();
        QVERIFY(checkpoint.readPages(pool, [&read](const ListedFiles &files) { read += describe(files); }, &error, 1));
        QCOMPARE(read, describe(samplePage()));

        QVERIFY(checkpoint.discard(&error));
        rows.clear();
        QVERIFY(!checkpoint.load(&rows, &error));
        QCOMPARE(checkpoint.lastPageSaved(), 0);
        QVERIFY(daily.load(&rows, &error)); // still there
    }

    // A complete scan hands the discard to the writer: the batches still waiting are dropped, the
    // one being written lands first, and when the writer is gone nothing of the checkpoint is
    // left, whatever was written before. Another scan's checkpoint in the file stays.
    void writerDiscardsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.sqlite3"_s);
        const QString scan = ScanCheckpoint::scanKey({ResourceType::Image}, {});
        ScanCheckpoint checkpoint(path, scan);
        ScanCheckpoint daily(path, ScanCheckpoint::scanKey({ResourceType::Image}, 7));
        QString error;
        QVERIFY2(checkpoint.open(&error) && daily.open(&error), qPrintable(error));
        CheckpointHeader header = ::header(u"demo@https://api.cloudinary.com"_s, {ResourceType::Image}, std::nullopt,
                                           QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY2(checkpoint.startNew(header, &error), qPrintable(error));
        CheckpointHeader dailyHeader = header;
        dailyHeader.days = 7;
        QVERIFY2(daily.startNew(dailyHeader, &error), qPrintable(error));
        for (const int given : {0, 1, 200}) {
            {
                CheckpointWriter writer(path, scan);
                for (int i = 1; i <= given; ++i) {
                    CheckpointBatch batch;
                    batch.pages = {samplePage().encode()};
                    batch.listers = {{ListerState{0, ResourceType::Image, {}, u"cursor-%1"_s.arg(i), false}, i, 4 * i}};
                    header.pages = i;
                    header.files = 4 * i;
                    batch.header = header;
                    writer.write(std::move(batch));
                }
                if (given == 1)
                    QVERIFY(writer.sync().isEmpty()); // written before the discard
                writer.discardInBackground();
            }
            QList<CheckpointListerRow> rows;
            QVERIFY2(!checkpoint.load(&rows, &error), qPrintable(u"%1 batches"_s.arg(given)));
            QVERIFY(rows.isEmpty());
            int pages = 0;
            StringPool pool;
            QVERIFY(checkpoint.readPages(pool, [&pages](const ListedFiles &) { ++pages; }, &error));
            QCOMPARE(pages, 0);
            QCOMPARE(checkpoint.lastPageSaved(), 0);
            QVERIFY(daily.load(&rows, &error)); // another scan's checkpoint stays
            QVERIFY2(checkpoint.startNew(header, &error), qPrintable(error)); // for the next round
        }
    }

    // The pages live in a file beside the inventory; the checkpoint's tables say how much of it
    // counts. Bytes written after the last transaction (a process killed between the two) are
    // cut off by the next batch; a file cut short, or with a byte changed, is refused as damaged.
    void pageFileCountsAsFarAsTheTablesSay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.sqlite3"_s);
        const QString scan = ScanCheckpoint::scanKey({ResourceType::Image}, {});
        const QString pagesPath = path + u"."_s + ScanCheckpoint::fileNameOf(scan) + u".pages"_s;
        ScanCheckpoint checkpoint(path, scan);
        QString error;
        QVERIFY2(checkpoint.open(&error), qPrintable(error));
        const CheckpointHeader started = header(u"demo@x"_s, {ResourceType::Image}, std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY2(checkpoint.startNew(started, &error), qPrintable(error));
        CheckpointBatch batch;
        batch.pages = {samplePage().encode()};
        batch.header = started;
        QVERIFY2(checkpoint.write(batch, &error), qPrintable(error));
        const qint64 committed = QFileInfo(pagesPath).size();
        QVERIFY(committed > 0);
        {
            QFile torn(pagesPath); // half a record from a write that never got its transaction
            QVERIFY(torn.open(QIODevice::Append));
            QVERIFY(torn.write(QByteArray(17, 'x')) == 17);
        }
        StringPool pool;
        int pages = 0;
        QVERIFY2(checkpoint.readPages(pool, [&pages](const ListedFiles &) { ++pages; }, &error), qPrintable(error));
        QCOMPARE(pages, 1);
        QVERIFY2(checkpoint.write(batch, &error), qPrintable(error));
        QCOMPARE(QFileInfo(pagesPath).size(), 2 * committed); // the torn bytes were cut off first
        QStringList read;
        QVERIFY2(checkpoint.readPages(pool, [&read](const ListedFiles &files) { read += describe(files); }, &error), qPrintable(error));
        QCOMPARE(read, describe(samplePage()) + describe(samplePage()));
        QCOMPARE(checkpoint.lastPageSaved(), 2);

        {
            QFile file(pagesPath); // one byte of the second page's payload changed
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(2 * committed - 3));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(2 * committed - 3));
            QVERIFY(file.putChar(char(byte ^ 0x20)));
        }
        error.clear();
        QVERIFY(!checkpoint.readPages(pool, [](const ListedFiles &) {}, &error));
        QVERIFY2(error.contains(u"is damaged"_s) && error.contains(pagesPath), qPrintable(error));
        error.clear();
        QVERIFY2(checkpoint.readPages(pool, [](const ListedFiles &) {}, &error, 1), qPrintable(error)); // the first is intact

        QVERIFY(QFile::resize(pagesPath, committed + 5)); // cut short
        error.clear();
        QVERIFY(!checkpoint.readPages(pool, [](const ListedFiles &) {}, &error));
        QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
        error.clear();
        QVERIFY(!checkpoint.write(batch, &error)); // nothing appended after a gap
        QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));

        QVERIFY2(checkpoint.discard(&error), qPrintable(error));
        QVERIFY(!QFile::exists(pagesPath));
    }

    // A file with checkpoint tables of an earlier layout opens: they are dropped, not misread.
    void tablesOfAnotherLayoutAreDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.sqlite3"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery old(db);
            QVERIFY(old.exec(u"CREATE TABLE checkpoint_pages (seq INTEGER PRIMARY KEY AUTOINCREMENT, lister INTEGER, files BLOB)"_s));
            QVERIFY(old.exec(u"INSERT INTO checkpoint_pages (lister, files) VALUES (0, x'00')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        ScanCheckpoint checkpoint(path, ScanCheckpoint::scanKey({ResourceType::Image}, {}));
        QString error;
        QVERIFY2(checkpoint.open(&error), qPrintable(error));
        QList<CheckpointListerRow> rows;
        QVERIFY(!checkpoint.load(&rows, &error) && error.isEmpty());
        QCOMPARE(checkpoint.lastPageSaved(), 0);
        QVERIFY2(checkpoint.startNew(header(u"demo@x"_s, {ResourceType::Image}, std::nullopt, QDateTime::currentDateTimeUtc()), &error), qPrintable(error));
    }

    // Both ends of a type: each row keeps its direction and its frontier, ids of any characters.
    void listersKeepTheirDirectionAndFrontier()
    {
        QTemporaryDir dir;
        ScanCheckpoint checkpoint(dir.filePath(u"inventory.sqlite3"_s), ScanCheckpoint::scanKey({ResourceType::Image}, {}));
        QString error;
        QVERIFY2(checkpoint.open(&error), qPrintable(error));
        const CheckpointHeader header = ::header(u"demo@x"_s, {ResourceType::Image}, std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY2(checkpoint.startNew(header, &error), qPrintable(error));
        const QStringList ids{u"a"_s, u"quote \" and, comma"_s, u"line\nbreak/ünï"_s};
        CheckpointBatch batch;
        ListerState newest{0, ResourceType::Image, {}, u"cursor-d"_s, false};
        newest.frontier = ListingFrontier::restored(1'700'000'000'000, ids);
        ListerState oldest{1, ResourceType::Image, {std::nullopt, std::nullopt, false, true}, u"cursor-a"_s, false};
        batch.listers = {{newest, 3, 1500}, {oldest, 0, 0}};
        batch.header = header;
        QVERIFY2(checkpoint.write(batch, &error), qPrintable(error));

        QList<CheckpointListerRow> rows;
        QVERIFY2(checkpoint.load(&rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(0).state.window.oldestFirst);
        QVERIFY(rows.at(0).state.frontier.isSet());
        QCOMPARE(rows.at(0).state.frontier.atMSecs(), 1'700'000'000'000);
        QCOMPARE(rows.at(0).state.frontier.publicIds(), ids);
        QVERIFY(rows.at(0).state.frontier.contains("quote \" and, comma"));
        QVERIFY(rows.at(1).state.window.oldestFirst);
        QVERIFY(!rows.at(1).state.frontier.isSet());
        QCOMPARE(rows.at(1).state.cursor, u"cursor-a"_s);
    }

    // A checkpoint saved before listers had a direction and a frontier still resumes: its
    // listers listed newest first.
    void listerRowsWithoutDirectionResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.sqlite3"_s);
        const QString scan = ScanCheckpoint::scanKey({ResourceType::Image}, {});
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery old(db);
            QVERIFY(old.exec(u"CREATE TABLE checkpoint_listers (scan TEXT NOT NULL, id INTEGER NOT NULL, type INTEGER NOT NULL,"
                             " window_from INTEGER, window_before INTEGER, via_search INTEGER NOT NULL, cursor TEXT,"
                             " done INTEGER NOT NULL, pages INTEGER NOT NULL, files INTEGER NOT NULL, PRIMARY KEY (scan, id)) WITHOUT ROWID"_s));
            old.prepare(u"INSERT INTO checkpoint_listers VALUES (?, 0, 0, NULL, NULL, 0, 'cursor-7', 0, 7, 3500)"_s);
            old.addBindValue(scan);
            QVERIFY(old.exec());
            QVERIFY(old.exec(u"CREATE TABLE checkpoint_meta (scan TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (scan, key)) WITHOUT ROWID"_s));
            old.prepare(u"INSERT INTO checkpoint_meta VALUES (?, 'account', 'demo@x')"_s);
            old.addBindValue(scan);
            QVERIFY(old.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"before"_s);
        ScanCheckpoint checkpoint(path, scan);
        QString error;
        QVERIFY2(checkpoint.open(&error), qPrintable(error));
        QList<CheckpointListerRow> rows;
        QVERIFY2(checkpoint.load(&rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).state.cursor, u"cursor-7"_s);
        QCOMPARE(rows.at(0).files, 3500);
        QVERIFY(!rows.at(0).state.window.oldestFirst);
        QVERIFY(!rows.at(0).state.frontier.isSet());
    }

    void refusalsNameTheReason_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QList<ResourceType>>("types");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("ageHours");
        QTest::addColumn<QString>("reason");
        const QList<ResourceType> both{ResourceType::Image, ResourceType::Video};
        QTest::newRow("resumable") << u"demo@x"_s << both << 0 << 23 << QString();
        QTest::newRow("other account") << u"other@x"_s << both << 0 << 1 << u"another account"_s;
        QTest::newRow("other types") << u"demo@x"_s << QList<ResourceType>{ResourceType::Image} << 0 << 1 << u"same --type"_s;
        QTest::newRow("other range") << u"demo@x"_s << both << 7 << 1 << u"the last 7 days"_s;
        QTest::newRow("too old") << u"demo@x"_s << both << 0 << 25 << u"longer ago than --max-checkpoint-age allows (24 h)"_s;
    }

    void refusalsNameTheReason()
    {
        QFETCH(QString, account);
        QFETCH(QList<ResourceType>, types);
        QFETCH(int, days);
        QFETCH(int, ageHours);
        QFETCH(QString, reason);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CheckpointHeader stored = header(u"demo@x"_s, {ResourceType::Image, ResourceType::Video}, std::nullopt, now.addSecs(-ageHours * 3600));
        const CheckpointHeader wanted = header(account, types, days ? std::optional(days) : std::nullopt, now);
        const auto refusal = ScanCheckpoint::refusal(stored, wanted, 24LL * 3600 * 1000, now);
        if (reason.isEmpty()) {
            QVERIFY(!refusal);
        } else {
            QVERIFY(refusal);
            QVERIFY2(refusal->contains(reason), qPrintable(*refusal));
        }
    }
};

QTEST_GUILESS_MAIN(TestScanCheckpoint)
#include "tst_scancheckpoint.moc"
