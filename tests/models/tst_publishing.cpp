// Public HTML (issue 4, "Sanitized HTML" and "Pre-publish check"): the sanitizer, the
// pre-publish checker with personal-data masking and the responsive CSS selection.
//
// Golden cases are folders (a new case is a new folder; see tests/data/sanitizer/README.md):
//   tests/data/sanitizer/<case>/{input,expected}.html      (cases named paste-* use the
//                                                           HWP/Word paste cleaner)
//   tests/data/publishcheck/<case>/input.html [+ attachments.txt] + expected.json
//   tests/data/masking/<case>/{input,expected}.html        (maskAll)
// OPENMAYOR_UPDATE_GOLDEN=1 writes the expected files from the current output instead of
// comparing (review the diff before committing it).
#include "publishing/htmlsanitizer.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(u'\n')) // editors add a final newline; it is not part of the case
        text.chop(1);
    return text;
}

void writeText(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8() + '\n');
}

bool updatingGoldens()
{
    return qEnvironmentVariableIntValue("OPENMAYOR_UPDATE_GOLDEN") == 1;
}

QStringList caseFolders(const QString& area)
{
    const QDir dir(test::dataPath(area));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (cases.isEmpty())
        qFatal("no golden cases under %s", qPrintable(dir.path()));
    return cases;
}

void addCaseRows(const QString& area)
{
    QTest::addColumn<QString>("folder");
    for (const QString& name : caseFolders(area))
        QTest::newRow(qPrintable(name)) << test::dataPath(area + u'/' + name);
}

QString sanitizeAs(const QString& folder, const QString& html)
{
    return QFileInfo(folder).fileName().startsWith(u"paste-") ? HtmlSanitizer::cleanPaste(html)
                                                              : HtmlSanitizer::sanitize(html);
}

} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT

private slots:
    void sanitizerGolden_data() { addCaseRows(u"sanitizer"_s); }
    void sanitizerGolden()
    {
        QFETCH(QString, folder);
        const QString output = sanitizeAs(folder, readText(folder + u"/input.html"_s));
        if (updatingGoldens()) {
            writeText(folder + u"/expected.html"_s, output);
            return;
        }
        QCOMPARE(output, readText(folder + u"/expected.html"_s));
    }

    // sanitize(sanitize(x)) == sanitize(x), for both modes, over every case; and what the
    // paste cleaner gives is already what the store keeps.
    void sanitizerIsIdempotent_data() { addCaseRows(u"sanitizer"_s); }
    void sanitizerIsIdempotent()
    {
        QFETCH(QString, folder);
        const QString input = readText(folder + u"/input.html"_s);
        const QString stored = HtmlSanitizer::sanitize(input);
        QCOMPARE(HtmlSanitizer::sanitize(stored), stored);
        const QString pasted = HtmlSanitizer::cleanPaste(input);
        QCOMPARE(HtmlSanitizer::cleanPaste(pasted), pasted);
        QCOMPARE(HtmlSanitizer::sanitize(pasted), pasted);
    }

    void sanitizerOutputIsSafe_data() { addCaseRows(u"sanitizer"_s); }
    void sanitizerOutputIsSafe()
    {
        QFETCH(QString, folder);
        const QString output = sanitizeAs(folder, readText(folder + u"/input.html"_s));
        const QString lower = output.toLower();
        for (const QString& forbidden :
             {u"<script"_s, u"javascript:"_s, u"vbscript:"_s, u"<iframe"_s, u"<style"_s, u"<!--"_s,
              u"display"_s, u"class="_s, u"<font"_s, u"<o:p"_s})
            QVERIFY2(!lower.contains(forbidden), qPrintable(forbidden));
        static const QRegularExpression eventAttribute(u"<[^>]*\\son[a-z]+="_s);
        QVERIFY(!lower.contains(eventAttribute));
    }

    void safeUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("image");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("https") << u"https://www.naju.go.kr/x"_s << false
                               << u"https://www.naju.go.kr/x"_s;
        QTest::newRow("relative") << u"board/1"_s << false << u"board/1"_s;
        QTest::newRow("mailto") << u"mailto:a@b.kr"_s << false << u"mailto:a@b.kr"_s;
        QTest::newRow("mailto image") << u"mailto:a@b.kr"_s << true << QString();
        QTest::newRow("tel") << u"tel:061-339-8114"_s << false << u"tel:061-339-8114"_s;
        QTest::newRow("media") << u"media:abc"_s << true << u"media:abc"_s;
        QTest::newRow("javascript tab") << u"java\tscript:x"_s << false << QString();
        QTest::newRow("javascript newline") << u"java\nscript:x"_s << false << QString();
        QTest::newRow("javascript control") << u"\x01javascript:x"_s << false << QString();
        QTest::newRow("javascript soft hyphen") << u"java\u00ADscript:x"_s << false << QString();
        QTest::newRow("data png image")
            << u"data:image/png;base64,AAAA"_s << true << u"data:image/png;base64,AAAA"_s;
        QTest::newRow("data png link") << u"data:image/png;base64,AAAA"_s << false << QString();
        QTest::newRow("data svg") << u"data:image/svg+xml;base64,AAAA"_s << true << QString();
        QTest::newRow("data bad base64") << u"data:image/png;base64,<x>"_s << true << QString();
        QTest::newRow("blank") << u" \t "_s << false << QString();
    }
    void safeUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, image);
        QFETCH(QString, expected);
        const auto result = HtmlSanitizer::safeUrl(url, image ? HtmlSanitizer::UrlUse::Image
                                                              : HtmlSanitizer::UrlUse::Link);
        QCOMPARE(result.value_or(QString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
