// The responsive portal preview (issue 6): the demo press release rendered at phone,
// tablet and PC widths from the template in resources/preview, the CSS picked per width,
// the sanitizer in front of it, the dialog and the section actions that open it.
#include "common/changenotifier.h"
#include "itemmodels/contenttablemodel.h"
#include "preview/previewdialog.h"
#include "preview/responsivepreviewwidget.h"
#include "publishing/portalpreview.h"
#include "publishing/responsivecss.h"
#include "storage/contentrepository.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"
#include "storage/sqlutil.h"
#include "widgets/contentsectionwidget.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersAtEachWidth();
    void storedScriptNeverReachesThePreview();
    void imagesFitTheContentWidth();
    void styleSheetFollowsTheWidth();
    void activityPhotosComeFromTheMediaLibrary();
    void pledgeCardPreview();
    void dialogShowsAllWidths();
    void sectionActionRequestsPreview();

private:
    QString firstId(const QString& table, const QString& where = {});
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QString m_releaseId;
    QString m_photoId;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().fullText()));
    const Status s = DemoData::populate(*db, MediaLibrary::defaultRootFor(path));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    m_db = *db;
    m_releaseId = firstId(u"press_release"_s, u"workflow_state = 'published'"_s);
    m_photoId = firstId(u"media"_s);
    QVERIFY(!m_releaseId.isEmpty());
    QVERIFY(!m_photoId.isEmpty());
}

QString TestPreview::firstId(const QString& table, const QString& where)
{
    QSqlDatabase connection = m_db->connection();
    QSqlQuery query(connection);
    query.exec(u"SELECT id FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where) +
               u" ORDER BY id LIMIT 1"_s);
    return query.next() ? query.value(0).toString() : QString();
}

void TestPreview::rendersAtEachWidth()
{
    auto item = loadPortalItem(*m_db, ContentType::PressRelease, m_releaseId);
    QVERIFY2(item.ok(), item.ok() ? "" : qPrintable(item.error().fullText()));
    QVERIFY(item->title.startsWith(u"[예시]"_s));
    QVERIFY(!item->meta.isEmpty());
    const PortalPreview preview = PreviewDialog::previewFor(*m_db);
    QMap<int, QImage> images;
    for (int width : PortalPreview::standardWidths()) {
        const QImage image = preview.render(*item, width);
        QCOMPARE(image.width(), width);
        QVERIFY(image.height() > 200);
        // not blank: the masthead's blue is at the top left, text below it
        QCOMPARE(image.pixelColor(2, 2), QColor(0x0b, 0x4f, 0x8a));
        images.insert(width, image);
        // to look at the renderings: OPENMAYOR_PREVIEW_RENDER_DIR=/tmp/x ctest -R tst_preview
        if (const QString dir = qEnvironmentVariable("OPENMAYOR_PREVIEW_RENDER_DIR");
            !dir.isEmpty())
            image.save(dir + u"/press-%1.png"_s.arg(width));
    }
    // text wraps on a phone: the page is taller there than on a PC
    QVERIFY2(
        images.value(360).height() > images.value(1280).height(),
        qPrintable(u"%1 vs %2"_s.arg(images.value(360).height()).arg(images.value(1280).height())));
    QVERIFY(images.value(768).height() > images.value(1280).height());
}

void TestPreview::storedScriptNeverReachesThePreview()
{
    QSqlDatabase connection = m_db->connection();
    QVERIFY(exec(connection, u"UPDATE press_release SET body_html = body_html || ? WHERE id = ?"_s,
                 {u"<script>document.title='XSS-MARK'</script><p onclick=\"alert(1)\">뒤 문단</p>"
                  "<img src=\"javascript:alert('XSS-IMG')\" alt=\"x\">"_s,
                  m_releaseId})
                .ok());
    auto item = loadPortalItem(*m_db, ContentType::PressRelease, m_releaseId);
    QVERIFY(item.ok());
    QVERIFY(item->bodyHtml.contains(u"XSS-MARK"_s)); // it is in the store …
    const PortalPreview preview = PreviewDialog::previewFor(*m_db);
    for (int width : PortalPreview::standardWidths()) {
        const QString html = preview.html(*item, width);
        QVERIFY(!html.contains(u"XSS"_s)); // … but not in what the preview shows
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"onclick"_s));
        QVERIFY(html.contains(u"<p>뒤 문단</p>"_s));
        QTextDocument document;
        document.setHtml(html);
        QVERIFY(!document.toPlainText().contains(u"XSS"_s));
        QVERIFY(document.toPlainText().contains(u"뒤 문단"_s));
    }
}

void TestPreview::imagesFitTheContentWidth()
{
    PortalItem item;
    item.title = u"사진"_s;
    item.bodyHtml = u"<p><img src=\"media:"_s + m_photoId +
                    u"\" alt=\"풍경\"></p><p><img src=\"https://portal.example/big.png\" "
                    "alt=\"큰 그림\" width=\"2400\" height=\"1200\"></p>"_s;
    const PortalPreview preview = PreviewDialog::previewFor(*m_db);
    const QImage photo = loadMediaImage(*m_db, m_photoId);
    QVERIFY(!photo.isNull());
    for (int width : PortalPreview::standardWidths()) {
        const int content = preview.contentWidth(width);
        QVERIFY(content < width);
        const QString html = preview.html(item, width);
        static const QRegularExpression widths(u"<img [^>]*width=\"(\\d+)\" height=\"(\\d+)\""_s);
        int images = 0;
        for (auto it = widths.globalMatch(html); it.hasNext(); ++images) {
            const auto match = it.next();
            QVERIFY(match.captured(1).toInt() <= content);
            QVERIFY(match.captured(2).toInt() > 0);
        }
        QCOMPARE(images, 2);
        // the 2400 px picture is scaled to exactly the content width, keeping 2:1
        QVERIFY(html.contains(u"width=\"%1\" height=\"%2\""_s.arg(content).arg(content / 2)));
        QCOMPARE(preview.render(item, width).width(), width);
    }
}

void TestPreview::activityPhotosComeFromTheMediaLibrary()
{
    auto item = loadPortalItem(*m_db, ContentType::Activity, firstId(u"activity"_s));
    QVERIFY(item.ok());
    QCOMPARE(item->bodyHtml.count(u"<figure>"_s), 2);
    const PortalPreview preview = PreviewDialog::previewFor(*m_db);
    const QImage image = preview.render(*item, 360);
    QCOMPARE(image.width(), 360);
    if (const QString dir = qEnvironmentVariable("OPENMAYOR_PREVIEW_RENDER_DIR"); !dir.isEmpty())
        image.save(dir + u"/activity-360.png"_s);
    // the demo photos are wider than a phone: both are scaled to the content width
    const QString html = preview.html(*item, 360);
    const QRegularExpression fitted(u"<img [^>]*width=\"%1\""_s.arg(preview.contentWidth(360)));
    QCOMPARE(html.count(fitted), 2);
    // and they are the library's pictures, not the grey stand-ins: the rendering has
    // more colours than a page of text and grey boxes would
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 500, qPrintable(QString::number(colours.size())));
}

void TestPreview::styleSheetFollowsTheWidth()
{
    const PortalPreview preview;
    // portal.css: phone rules first, tablet from 768 px, PC from 1200 px
    QVERIFY(!preview.styleSheet(360).contains(u"--page-gutter: 32px"_s));
    QVERIFY(preview.styleSheet(768).contains(u"--page-gutter: 32px"_s));
    QVERIFY(!preview.styleSheet(768).contains(u"--page-gutter: 160px"_s));
    QVERIFY(preview.styleSheet(1280).contains(u"--page-gutter: 160px"_s));
    QVERIFY(!preview.styleSheet(1280).contains(u"@media"_s));
    QCOMPARE(preview.contentWidth(360), 360 - 2 * 16);
    QCOMPARE(preview.contentWidth(768), 768 - 2 * 32);
    QCOMPARE(preview.contentWidth(1280), 960);

    const QString css = u"p{a:1} /* @media (min-width: 1px) { c:2 } */ "
                        "@media (max-width: 767px) { p{b:2} @media (min-width: 400px) { p{n:3} } }"
                        " @media screen and (min-width: 768px) and (max-width: 1199px), print "
                        "{ p{t:4} } @media print { p{x:5} } @media (orientation: portrait) "
                        "{ p{o:6} } @media (min-width: 75em) { p{e:7} }"_s;
    QCOMPARE(cssForWidth(css, 360).simplified(), u"p{a:1} p{b:2}"_s);
    QCOMPARE(cssForWidth(css, 500).simplified(), u"p{a:1} p{b:2} p{n:3}"_s);
    QCOMPARE(cssForWidth(css, 768).simplified(), u"p{a:1} p{t:4}"_s);
    QCOMPARE(cssForWidth(css, 1280).simplified(), u"p{a:1} p{e:7}"_s);
}

void TestPreview::pledgeCardPreview()
{
    ChangeNotifier notifier;
    PledgeRepository pledges(*m_db, &notifier);
    auto pledge = pledges.loadByCode(u"7-1-3"_s);
    QVERIFY(pledge.ok());
    auto item = PreviewDialog::itemFor(*m_db, &pledges, ContentType::Pledge, pledge->id);
    QVERIFY(item.ok());
    QVERIFY(item->title.startsWith(u"7-1-3"_s));
    const PortalPreview preview;
    const QString html = preview.html(*item, 360);
    QVERIFY(html.contains(pledge->title.toHtmlEscaped()));
    QCOMPARE(html.count(pledge->title.toHtmlEscaped()), 1); // the title, not three headings
    QVERIFY(html.contains(u"87.5%"_s));
    const QImage image = preview.render(*item, 768);
    QCOMPARE(image.width(), 768);
    if (const QString dir = qEnvironmentVariable("OPENMAYOR_PREVIEW_RENDER_DIR"); !dir.isEmpty())
        image.save(dir + u"/pledge-768.png"_s);
}

void TestPreview::dialogShowsAllWidths()
{
    auto item = loadPortalItem(*m_db, ContentType::PressRelease, m_releaseId);
    QVERIFY(item.ok());
    PreviewDialog dialog(*item, PreviewDialog::previewFor(*m_db));
    dialog.resize(1280, 820);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.tabs()->count(), 4);
    const auto& renderings = dialog.sideBySide()->renderings();
    QCOMPARE(renderings.size(), 3);
    QCOMPARE(renderings.at(0).width, 360);
    QCOMPARE(renderings.at(2).width, 1280);
    // side by side: all three fit in the dialog's width
    const double scale = dialog.sideBySide()->scale();
    QVERIFY(scale < 1.0);
    QVERIFY((360 + 768 + 1280) * scale <= dialog.sideBySide()->width());
    const QImage shot = dialog.grab().toImage();
    QVERIFY(!shot.isNull());
    if (const QString out = qEnvironmentVariable("OPENMAYOR_PREVIEW_SCREENSHOT"); !out.isEmpty())
        shot.save(out);
}

void TestPreview::sectionActionRequestsPreview()
{
    auto* model = new ContentTableModel(
        ContentRepository(*m_db), ContentListing::forType(ContentType::PressRelease), nullptr);
    ContentSectionWidget section(u"보도자료"_s, model);
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    QSignalSpy spy(&section, &ContentSectionWidget::previewRequested);
    QVERIFY(section.portalPreviewAction()->isVisible());
    QCOMPARE(section.portalPreviewAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    section.view()->setFocus();
    section.view()->selectRow(1);
    QTest::keyClick(section.view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ContentType>(), ContentType::PressRelease);
    QCOMPARE(spy.at(0).at(1).toString(), model->idAt(1));

    auto* events = new ContentTableModel(
        ContentRepository(*m_db), ContentListing::forType(ContentType::ScheduleEvent), nullptr);
    ContentSectionWidget schedule(u"일정"_s, events);
    QVERIFY(!schedule.portalPreviewAction()->isVisible());
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
