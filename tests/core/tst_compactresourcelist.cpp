// A scan keeps its orphans as a CompactResourceList: the files it gives back, and the report
// written from its bytes, must be exactly what a ResourceList of the same files gives.
#include "cloudinary/compactresourcelist.h"
#include "report/reportwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

// Files whose text takes every path of the report's cells: plain, quoted, guarded, non-ASCII,
// empty, and numbers at their edges.
ResourceList awkwardFiles()
{
    const QStringList ids{u"folder/cat"_s, u"a,b"_s,     u"say \"hi\""_s, u"a\nb"_s,  u"café/ünïcode_1"_s, u"=HYPERLINK(\"x\")"_s,
                          u"+1"_s,         u"-draft_1"_s, u"@SUM(A1)"_s,   u"\tx"_s,   u"\rx"_s,            u"'quoted'"_s,
                          u"'=x"_s,        u"''-x"_s,    u"日本/写真"_s,  u"x"_s};
    const QStringList formats{u"jpg"_s, QString(), u"png"_s, u"=f"_s};
    ResourceList files;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        CloudinaryResource file;
        file.publicId = ids.at(i);
        file.type = i % 3 == 0 ? ResourceType::Video : i % 5 == 0 ? ResourceType::Raw : ResourceType::Image;
        file.format = formats.at(i % formats.size());
        file.folder = i % 2 ? u"folder"_s : QString();
        file.secureUrl = i == 3 ? QString() : u"https://res.cloudinary.com/demo/image/upload/v%1/"_s.arg(i) + ids.at(i);
        file.bytes = i == 4 ? -5 : i == 5 ? 0 : qint64(1) << (2 * i);
        file.createdAtMSecs = i == 6 ? 0 : 1719305903000 + i * 1000;
        file.version = 1719305903 + i;
        file.width = int(i) * 10;
        file.height = int(i) * 20;
        files.append(file);
    }
    return files;
}

void compareFiles(const CloudinaryResource &actual, const CloudinaryResource &expected)
{
    QCOMPARE(actual.publicId, expected.publicId);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.format, expected.format);
    QCOMPARE(actual.folder, expected.folder);
    QCOMPARE(actual.secureUrl, expected.secureUrl);
    QCOMPARE(actual.bytes, expected.bytes);
    QCOMPARE(actual.createdAtMSecs, expected.createdAtMSecs);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.width, expected.width);
    QCOMPARE(actual.height, expected.height);
}

} // namespace

class TestCompactResourceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesComeBackAsTheyWent()
    {
        const ResourceList files = awkwardFiles();
        CompactResourceList compact;
        for (const CloudinaryResource &file : files)
            compact.append(file);
        QCOMPARE(compact.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            compareFiles(compact.at(i), files.at(i));
        }
        qsizetype i = 0;
        compact.forEach([&](const ListedFiles &chunk, qsizetype j) {
            QCOMPARE(chunk.publicId(j), files.at(i).publicId.toStdString());
            compareFiles(chunk.resource(j), files.at(i));
            ++i;
        });
        QCOMPARE(i, files.size());
        const ResourceList list = compact.toList();
        QCOMPARE(list.size(), files.size());
        for (i = 0; i < files.size(); ++i)
            compareFiles(list.at(i), files.at(i));
    }

    void reportIsTheSameBytes()
    {
        const ResourceList files = awkwardFiles();
        CompactResourceList compact;
        for (const CloudinaryResource &file : files)
            compact.append(file);
        const QByteArray expected = ReportWriter::csv(files);
        QCOMPARE(ReportWriter::csv(compact), expected);
        QVERIFY(expected.contains("\"a,b\"") && expected.contains("'+1") && expected.contains("caf\xc3\xa9"));

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"orphans.csv"_s);
        QVERIFY2(ReportWriter::writeCsv(path, compact, &error), qPrintable(error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), expected);

        // Past one chunk of the file writer's rows.
        ResourceList many;
        CompactResourceList manyCompact;
        for (int round = 0; round < 700; ++round) {
            for (const CloudinaryResource &file : files) {
                CloudinaryResource copy = file;
                copy.publicId += QString::number(round);
                many.append(copy);
                manyCompact.append(copy);
            }
        }
        QVERIFY(manyCompact.size() == many.size());
        for (qsizetype i = 0; i < many.size(); ++i) // across its chunks
            QCOMPARE(manyCompact.at(i).publicId, many.at(i).publicId);
        qsizetype visited = 0;
        manyCompact.forEach(5000, 9000, [&](const ListedFiles &chunk, qsizetype j) {
            QCOMPARE(chunk.resource(j).publicId, many.at(5000 + visited).publicId);
            ++visited;
        });
        QCOMPARE(visited, 4000);
        CompactResourceList twice = manyCompact;
        twice += manyCompact;
        QCOMPARE(twice.size(), 2 * many.size());
        compareFiles(twice.at(many.size() + 5000), many.at(5000));
        QCOMPARE(ReportWriter::csv(twice), ReportWriter::csv(many + many));
        const QString manyPath = dir.filePath(u"many.csv"_s);
        QVERIFY2(ReportWriter::writeCsv(manyPath, manyCompact, &error), qPrintable(error));
        QFile manyWritten(manyPath);
        QVERIFY(manyWritten.open(QIODevice::ReadOnly));
        QCOMPARE(manyWritten.readAll(), ReportWriter::csv(many));
    }

    void listedFilesAreCopiedOut()
    {
        const ResourceList files = awkwardFiles();
        CompactResourceList compact;
        {
            ListedFiles page; // freed before the list is read: the list holds its own bytes
            for (const CloudinaryResource &file : files)
                page.append(file);
            for (qsizetype i = page.size() - 1; i >= 0; i -= 2)
                compact.append(page, i);
        }
        QCOMPARE(compact.size(), (files.size() + 1) / 2);
        for (qsizetype i = 0; i < compact.size(); ++i)
            compareFiles(compact.at(i), files.at(files.size() - 1 - 2 * i));
    }

    void joinedInOrder()
    {
        const ResourceList files = awkwardFiles();
        const CompactResourceList first(files.mid(0, 5));
        CompactResourceList second;
        for (const CloudinaryResource &file : files.mid(5))
            second.append(file);
        CompactResourceList all;
        all += first; // into an empty list: shared
        all += second;
        QCOMPARE(all.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            compareFiles(all.at(i), files.at(i));
        QCOMPARE(first.size(), 5); // unchanged by what was added to its copy
        CompactResourceList fromList(files.mid(0, 2));
        fromList += files.mid(2, 1);
        QCOMPARE(fromList.size(), 3);
        compareFiles(fromList.at(2), files.at(2));
    }

    void preparedListFollowsChanges()
    {
        const ResourceList files = awkwardFiles();
        CompactResourceList compact(files.mid(0, 3));
        QCOMPARE(compact.toList().size(), 3);
        compact.prepareList();
        QCOMPARE(compact.toList().size(), 3);
        compact.append(files.at(3)); // a change drops the list made before
        const ResourceList list = compact.toList();
        QCOMPARE(list.size(), 4);
        compareFiles(list.at(3), files.at(3));
    }
};

QTEST_GUILESS_MAIN(TestCompactResourceList)
#include "tst_compactresourcelist.moc"
