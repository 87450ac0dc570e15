// Public HTML throughput: sanitizing a long press release and a Word paste, the
// pre-publish check, masking and one portal preview rendering. The documents are
// generated (deterministic) so the figures compare across runs.
#include "publishing/htmlsanitizer.h"
#include "publishing/portalpreview.h"
#include "publishing/publishchecker.h"

#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

// Headings, paragraphs with a phone number and an address, a table and links.
QString pressRelease()
{
    QString html;
    for (int i = 0; i < 40; ++i) {
        html += u"<h2>%1. 나주시 열린시장실 추진 현황</h2>"_s.arg(i + 1);
        html +=
            u"<p>나주시는 <strong>시민 중심</strong>의 열린 시정을 위해 %1차 후속 조치를 "
            "추진합니다. 문의 061-339-8114, 담당 010-1234-%2, press%1@naju.example. "
            "<a href=\"https://www.naju.go.kr/board/%1\" target=\"_blank\">공고문 (새 창)</a></p>"_s
                .arg(i)
                .arg(1000 + i);
        html += u"<table><tr><th scope=\"col\">구분</th><th scope=\"col\">금액</th></tr>"
                "<tr><td>국비</td><td>%1</td></tr><tr><td>시비</td><td>%2</td></tr></table>"_s
                    .arg(i * 10)
                    .arg(i * 5);
        html += u"<p><img src=\"media:0f0e1d2c-1111-4222-8333-4444555566%1\" alt=\"현장 사진 %1\" "
                "onerror=\"alert(1)\"></p><script>alert(%1)</script>"_s.arg(i % 10);
    }
    return html;
}

// Word's clipboard HTML: 300 paragraphs and 300 list paragraphs.
QString wordPaste()
{
    QString html = u"<html><head><style>p.MsoNormal{margin:0cm}</style></head><body>"_s;
    for (int i = 0; i < 300; ++i)
        html += u"<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"맑은 고딕\";"
                "mso-ascii-font-family:\"맑은 고딕\"'>나주시는 <b>청년 창업</b>을 위해 지원 "
                "사업을 시작합니다<span lang=EN-US>.<o:p></o:p></span></span></p>\r\n"
                "<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'>"
                "<![if !supportLists]><span>%1.<span>&nbsp;&nbsp;</span></span><![endif]>항목"
                "<o:p></o:p></p>\r\n"_s.arg(i);
    return html + u"</body></html>"_s;
}

} // namespace

class BenchPublishing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("press release: %lld characters; Word paste: %lld characters",
              qlonglong(pressRelease().size()), qlonglong(wordPaste().size()));
    }
    void sanitizePressRelease()
    {
        const QString html = pressRelease();
        QString out;
        QBENCHMARK
        {
            out = HtmlSanitizer::sanitize(html);
        }
        QVERIFY(!out.contains(u"<script"_s));
    }
    void cleanWordPaste()
    {
        const QString html = wordPaste();
        QString out;
        QBENCHMARK
        {
            out = HtmlSanitizer::cleanPaste(html);
        }
        QVERIFY(out.contains(u"<li>"_s));
    }
    void checkPressRelease()
    {
        const QString html = HtmlSanitizer::sanitize(pressRelease());
        QList<PublishFinding> findings;
        QBENCHMARK
        {
            findings = PublishChecker::check(html);
        }
        QVERIFY(findings.size() >= 80);
    }
    void maskAllPressRelease()
    {
        const QString html = HtmlSanitizer::sanitize(pressRelease());
        QString out;
        QBENCHMARK
        {
            out = PublishChecker::maskAll(html);
        }
        QVERIFY(out.contains(u"010-1234-****"_s));
    }
    void renderPreviewPhone()
    {
        PortalItem item;
        item.title = u"[예시] 벤치마크"_s;
        item.bodyHtml = pressRelease();
        const PortalPreview preview;
        QImage image;
        QBENCHMARK
        {
            image = preview.render(item, 360);
        }
        QCOMPARE(image.width(), 360);
    }
};

QTEST_MAIN(BenchPublishing)
#include "bench_publishing.moc"
