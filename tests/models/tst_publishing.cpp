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
#include "publishing/personaldata.h"
#include "publishing/publishchecker.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextDocument>
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

QJsonArray findingsJson(const QList<PublishFinding>& findings)
{
    QJsonArray array;
    for (const PublishFinding& f : findings) {
        QJsonObject o{{u"code"_s, PublishFinding::codeKey(f.code)},
                      {u"severity"_s, PublishFinding::severityKey(f.severity)},
                      {u"textOffset"_s, f.textOffset},
                      {u"length"_s, f.length},
                      {u"match"_s, f.matchedText}};
        if (f.source == PublishFinding::Source::Attachment) {
            o.insert(u"attachment"_s, f.attachmentIndex);
        } else {
            o.insert(u"element"_s, f.element);
            o.insert(u"elementIndex"_s, f.elementIndex);
        }
        if (!f.attribute.isEmpty()) {
            o.insert(u"attribute"_s, f.attribute);
            o.insert(u"attributeOffset"_s, f.attributeOffset);
        }
        array.append(o);
    }
    return array;
}

QStringList attachmentsOf(const QString& folder)
{
    const QString path = folder + u"/attachments.txt"_s;
    return QFile::exists(path) ? readText(path).split(u'\n', Qt::SkipEmptyParts) : QStringList();
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

    // Every case cut, spliced and sprinkled with markup fragments (a fixed seed): the output
    // is still safe, balanced and stable.
    void sanitizerSurvivesMangledInput()
    {
        static const QStringList fragments = {u"<"_s,
                                              u"</p"_s,
                                              u"\""_s,
                                              u"'"_s,
                                              u"<script>"_s,
                                              u"</script>"_s,
                                              u"&#x6A;"_s,
                                              u"<!--"_s,
                                              u"-->"_s,
                                              u"<td>"_s,
                                              u"<li>"_s,
                                              u"</table>"_s,
                                              u"<a href=javascript:x>"_s,
                                              u" onclick=x "_s,
                                              u"<![if !supportLists]>"_s,
                                              u"<svg>"_s,
                                              u">"_s,
                                              u"&"_s};
        static const QRegularExpression tag(u"<(/?)([a-z0-9]+)[^>]*>"_s);
        QRandomGenerator random(20241126);
        for (const QString& name : caseFolders(u"sanitizer"_s)) {
            const QString input =
                readText(test::dataPath(u"sanitizer/"_s + name + u"/input.html"_s));
            for (int round = 0; round < 100; ++round) {
                QString mangled = input;
                for (int edit = 0; edit < 4; ++edit) {
                    const int at = int(random.bounded(qint64(mangled.size() + 1)));
                    switch (random.bounded(3)) {
                    case 0:
                        mangled.insert(at,
                                       fragments.at(int(random.bounded(qint64(fragments.size())))));
                        break;
                    case 1:
                        mangled.remove(at, int(random.bounded(20)));
                        break;
                    default:
                        mangled.insert(
                            at, mangled.mid(int(random.bounded(qint64(mangled.size() + 1))), 30));
                    }
                }
                for (const bool paste : {false, true}) {
                    const QString out = paste ? HtmlSanitizer::cleanPaste(mangled)
                                              : HtmlSanitizer::sanitize(mangled);
                    QCOMPARE(HtmlSanitizer::sanitize(out), out);
                    const QString lower = out.toLower();
                    QVERIFY(!lower.contains(u"<script"_s));
                    QVERIFY(!lower.contains(u"<!--"_s));
                    // every URL written is one the allow-list accepts as it stands
                    // attributes one after the other from each tag's name on (values hold no
                    // raw quotes), so text inside a value is never taken for an attribute
                    static const QRegularExpression anyTag(
                        u"<[a-z0-9]+((?: [a-z]+=\"[^\"]*\")*)>"_s);
                    static const QRegularExpression attribute(u"\\G ([a-z]+)=\"([^\"]*)\""_s);
                    QList<QRegularExpressionMatch> urls;
                    for (auto it = anyTag.globalMatch(out); it.hasNext();) {
                        const QString attributes = it.next().captured(1);
                        for (auto at = attribute.globalMatch(attributes); at.hasNext();) {
                            const auto match = at.next();
                            if (match.captured(1) == u"href" || match.captured(1) == u"src")
                                urls << match;
                        }
                    }
                    for (const auto& match : std::as_const(urls)) {
                        QString value = match.captured(2);
                        value.replace(u"&amp;"_s, u"&"_s);
                        const auto use = match.captured(1) == u"src" ? HtmlSanitizer::UrlUse::Image
                                                                     : HtmlSanitizer::UrlUse::Link;
                        QCOMPARE(HtmlSanitizer::safeUrl(value, use).value_or(QString()), value);
                        QVERIFY2(!value.toLower().startsWith(u"javascript:"_s), qPrintable(value));
                    }
                    QStringList open;
                    for (auto it = tag.globalMatch(out); it.hasNext();) {
                        const auto match = it.next();
                        const QString element = match.captured(2);
                        if (element == u"br" || element == u"hr" || element == u"img")
                            continue;
                        if (match.captured(1).isEmpty()) {
                            open << element;
                        } else {
                            QVERIFY2(!open.isEmpty() && open.takeLast() == element,
                                     qPrintable(out));
                        }
                    }
                    QVERIFY2(open.isEmpty(), qPrintable(out));
                }
            }
        }
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

    void publishCheckGolden_data() { addCaseRows(u"publishcheck"_s); }
    void publishCheckGolden()
    {
        QFETCH(QString, folder);
        const QList<PublishFinding> findings =
            PublishChecker::check(readText(folder + u"/input.html"_s), attachmentsOf(folder));
        for (const PublishFinding& f : findings) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.excerpt.isEmpty() || f.code == PublishFinding::Code::TableWithoutHeader);
            QCOMPARE(f.isBlocking(), f.isPersonalData() ||
                                         f.code == PublishFinding::Code::ImageWithoutAlt ||
                                         f.code == PublishFinding::Code::TableWithoutHeader);
        }
        const QJsonArray actual = findingsJson(findings);
        if (updatingGoldens()) {
            writeText(folder + u"/expected.json"_s,
                      QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Indented)));
            return;
        }
        QFile expectedFile(folder + u"/expected.json"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
        if (actual != expected)
            qWarning().noquote() << QJsonDocument(actual).toJson();
        QCOMPARE(actual, expected);
    }

    // The offsets of text findings are QTextDocument's: an editor can select the match.
    void findingOffsetsMatchTextDocument_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("blocks") << u"<h2>안내</h2><p>담당 <b>010</b>-1234-5678, 메일 "
                                   "hong@example.com</p><ul><li>하나</li><li>신청인 "
                                   "900101-1234567</li></ul>"_s;
        QTest::newRow("table") << u"<p>표 010-1111-2222</p><table><tr><th>a</th><td>"
                                  "010-1234-5678</td></tr><tr><td>b@c.kr</td><td>x</td></tr>"
                                  "</table><p>뒤 010-3333-4444</p>"_s;
    }
    void findingOffsetsMatchTextDocument()
    {
        QFETCH(QString, html);
        QTextDocument document;
        document.setHtml(html);
        const QString plain = document.toPlainText();
        const QList<PublishFinding> findings = PublishChecker::check(html);
        QVERIFY(findings.size() >= 3);
        for (const PublishFinding& f : findings)
            QCOMPARE(plain.mid(f.textOffset, f.length), f.matchedText);
    }

    void maskingGolden_data() { addCaseRows(u"masking"_s); }
    void maskingGolden()
    {
        QFETCH(QString, folder);
        const QString masked = PublishChecker::maskAll(readText(folder + u"/input.html"_s));
        if (updatingGoldens()) {
            writeText(folder + u"/expected.html"_s, masked);
            return;
        }
        QCOMPARE(masked, readText(folder + u"/expected.html"_s));
        // nothing personal is left, and masking again changes nothing
        for (const PublishFinding& f : PublishChecker::check(masked))
            QVERIFY2(!f.isPersonalData(), qPrintable(f.matchedText));
        QCOMPARE(PublishChecker::maskAll(masked), masked);
    }

    void maskOneFinding()
    {
        const QString html = u"<p>연락처 010-1234-5678, 메일 hong@example.com</p>"_s;
        const QList<PublishFinding> findings = PublishChecker::check(html);
        QCOMPARE(findings.size(), 2);
        const auto masked = PublishChecker::mask(html, findings.at(1));
        QVERIFY(masked.ok());
        QCOMPARE(*masked, u"<p>연락처 010-1234-5678, 메일 ho**@example.com</p>"_s);
        // the first finding still applies to the new HTML; the second one no longer does
        const auto again = PublishChecker::mask(*masked, findings.at(0));
        QVERIFY(again.ok());
        QCOMPARE(*again, u"<p>연락처 010-1234-****, 메일 ho**@example.com</p>"_s);
        const auto stale = PublishChecker::mask(*again, findings.at(1));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Invalid);
        QVERIFY(!stale.error().message.isEmpty());
    }

    void maskRefusesOtherFindings()
    {
        const QString html = u"<p><img src=\"a.png\"></p>"_s;
        const QList<PublishFinding> findings = PublishChecker::check(html);
        QCOMPARE(findings.size(), 1);
        QVERIFY(!PublishChecker::mask(html, findings.first()).ok());
        QVERIFY(PublishChecker::hasBlocking(findings));
    }

    void maskAttachmentName()
    {
        QCOMPARE(PublishChecker::maskAttachmentName(u"신청서_900101-1234567_kim@example.com.pdf"_s),
                 u"신청서_900101-1******_ki*@example.com.pdf"_s);
        QCOMPARE(PublishChecker::maskAttachmentName(u"붙임1_사업계획.pdf"_s),
                 u"붙임1_사업계획.pdf"_s);
    }

    void personalDataMasks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile dashes") << u"010-1234-5678"_s << u"010-1234-****"_s;
        QTest::newRow("mobile plain") << u"01012345678"_s << u"0101234****"_s;
        QTest::newRow("mobile spaces") << u"010 1234 5678"_s << u"010 1234 ****"_s;
        QTest::newRow("mobile +82") << u"+82 10-1234-5678"_s << u"+82 10-1234-****"_s;
        QTest::newRow("resident") << u"900101-1234567"_s << u"900101-1******"_s;
        QTest::newRow("email") << u"hong1@example.com"_s << u"ho***@example.com"_s;
        QTest::newRow("short email") << u"ab@x.kr"_s << u"a*@x.kr"_s;
        QTest::newRow("office") << u"061-339-8114"_s << u"061-339-8114"_s;
        QTest::newRow("seoul") << u"02-1234-5678"_s << u"02-1234-5678"_s;
    }
    void personalDataMasks()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(maskPersonalData(text), masked);
        QCOMPARE(masked.size(), text.size());
    }

    // A hostile or broken paste with absurd nesting neither crashes nor stays absurd.
    void deepNestingIsFlattened()
    {
        const int depth = 100000;
        const QString html =
            u"<div><b>"_s.repeated(depth) + u"바닥"_s + u"</b></div>"_s.repeated(depth);
        const QString output = HtmlSanitizer::sanitize(html);
        QVERIFY(output.contains(u"바닥"_s));
        QVERIFY(output.count(u"<div>"_s) <= 200);
        QCOMPARE(output.count(u"<div>"_s), output.count(u"</div>"_s));
        QCOMPARE(HtmlSanitizer::sanitize(output), output);
        QCOMPARE(PublishChecker::check(html).size(), 0);
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
