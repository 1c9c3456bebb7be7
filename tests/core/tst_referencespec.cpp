#include "database/referencespec.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestReferenceSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<ResourceType>("type");
        QTest::newRow("with type") << u"prompts_prompt.featured_video:video"_s << u"prompts_prompt"_s << u"featured_video"_s << ResourceType::Video;
        QTest::newRow("default type is image") << u"blog_post.cover"_s << u"blog_post"_s << u"cover"_s << ResourceType::Image;
        QTest::newRow("raw, upper case type") << u"docs.file:RAW"_s << u"docs"_s << u"file"_s << ResourceType::Raw;
        QTest::newRow("surrounding spaces") << u"  t.c:image "_s << u"t"_s << u"c"_s << ResourceType::Image;
        QTest::newRow("underscore start") << u"_t._c"_s << u"_t"_s << u"_c"_s << ResourceType::Image;
    }
    void parses()
    {
        QFETCH(QString, spec);
        QString error;
        const auto parsed = ReferenceSpec::parse(spec, &error);
        QVERIFY2(parsed, qPrintable(error));
        QTEST(parsed->table, "table");
        QTEST(parsed->column, "column");
        QTEST(parsed->type, "type");
    }

    // Table and column names reach SQL; anything but a plain identifier is refused outright.
    void refusesInjectionAndNonsense_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("no column") << u"prompts_prompt"_s << u"TABLE.COLUMN"_s;
        QTest::newRow("schema-qualified") << u"public.t.c"_s << u"TABLE.COLUMN"_s;
        QTest::newRow("empty column") << u"t.:image"_s << u"invalid name \"\""_s;
        QTest::newRow("unknown type") << u"t.c:audio"_s << u"unknown resource type \"audio\""_s;
        QTest::newRow("semicolon") << u"t;DROP TABLE x.c"_s << u"invalid name"_s;
        QTest::newRow("quote") << u"t\".c"_s << u"invalid name"_s;
        QTest::newRow("comment") << u"t.c--"_s << u"invalid name"_s;
        QTest::newRow("space") << u"t.c c"_s << u"invalid name"_s;
        QTest::newRow("digit first") << u"1t.c"_s << u"invalid name"_s;
        QTest::newRow("too long") << (u"t."_s + QString(64, u'a')) << u"invalid name"_s;
        QTest::newRow("unicode") << u"tä.c"_s << u"invalid name"_s;
    }
    void refusesInjectionAndNonsense()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReferenceSpec::parse(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void defaultsMatchTheOldCommand()
    {
        const auto defaults = ReferenceSpec::defaults();
        QCOMPARE(defaults.size(), 2);
        QCOMPARE(defaults.at(0).toString(), u"prompts_prompt.featured_image:image"_s);
        QCOMPARE(defaults.at(1).toString(), u"prompts_prompt.featured_video:video"_s);
    }
};

QTEST_GUILESS_MAIN(TestReferenceSpec)
#include "tst_referencespec.moc"
