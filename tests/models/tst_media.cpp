// The media library (issue 4): import with dedupe, pixel size and MIME type, thumbnails
// cached on disk and remade when missing, metadata edits with undo, the usage query on the
// demo content, removal refused while in use, bad files refused with nothing changed, and
// the list model under QAbstractItemModelTester.
#include "testsupport.h"

#include "commands/mediaedits.h"
#include "common/changenotifier.h"
#include "itemmodels/medialistmodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/sqlutil.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestMedia : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importDedupesByContent();
    void importReadsPixelSizeAndType();
    void attachmentsAreNotImages();
    void thumbnailsAreCachedAndRemade();
    void metadataUpdateAndUndo();
    void metadataRefusesEmptyName();
    void usagesOfDemoContent();
    void usagesFindBodyReferences();
    void removeRefusedWhileUsed();
    void removeUnusedAndUndo();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void overSizeFileIsRefused();
    void listModelFiltersAndLoadsThumbnails();

private:
    QString writeImage(const QString& name, const QSize& size, const char* format,
                       QColor color = Qt::darkCyan);
    int mediaRows();
    void populateDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MediaLibrary> m_library;
};

void TestMedia::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"media.sqlite"_s);
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().fullText()));
    m_db = *db;
    m_notifier = std::make_unique<ChangeNotifier>();
    m_library =
        std::make_unique<MediaLibrary>(*m_db, MediaLibrary::defaultRootFor(path), m_notifier.get());
}

void TestMedia::cleanup()
{
    m_library.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_notifier.reset();
    m_dir.reset();
}

void TestMedia::populateDemo()
{
    const Status s = DemoData::populate(*m_db, m_library->root());
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
}

QString TestMedia::writeImage(const QString& name, const QSize& size, const char* format,
                              QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir->filePath(name);
    if (!image.save(path, format))
        return {};
    return path;
}

int TestMedia::mediaRows()
{
    QSqlDatabase db = m_db->connection();
    auto n = queryInt(db, u"SELECT count(*) FROM media"_s);
    return n ? int(*n) : -1;
}

void TestMedia::importDedupesByContent()
{
    const QString first = writeImage(u"마을회관.png"_s, {120, 80}, "PNG");
    QVERIFY(!first.isEmpty());
    QSignalSpy changed(m_notifier.get(), &ChangeNotifier::mediaChanged);

    auto a = m_library->importFile(first);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().fullText()));
    QVERIFY(!a->existed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{a->id});

    // the same bytes under another name: the existing row, nothing new written
    const QString copy = m_dir->filePath(u"copy-of-hall.png"_s);
    QVERIFY(QFile::copy(first, copy));
    auto b = m_library->importFile(copy);
    QVERIFY(b.ok());
    QVERIFY(b->existed);
    QCOMPARE(b->id, a->id);
    QCOMPARE(mediaRows(), 1);
    QCOMPARE(changed.count(), 1);

    // different bytes: a new row
    auto c = m_library->importFile(writeImage(u"other.png"_s, {120, 80}, "PNG", Qt::red));
    QVERIFY(c.ok());
    QVERIFY(c->id != a->id);
    QCOMPARE(mediaRows(), 2);
}

void TestMedia::importReadsPixelSizeAndType()
{
    const QString png = writeImage(u"wide.png"_s, {300, 200}, "PNG");
    const QString jpeg = writeImage(u"photo.jpg"_s, {1600, 900}, "JPEG");
    auto p = m_library->importFile(png, MediaLibrary::Expect::Image);
    auto j = m_library->importFile(jpeg, MediaLibrary::Expect::Image);
    QVERIFY(p.ok() && j.ok());

    auto pngItem = m_library->item(p->id);
    QVERIFY(pngItem.ok());
    QCOMPARE(pngItem->pixelSize, QSize(300, 200));
    QCOMPARE(pngItem->mimeType, u"image/png"_s);
    QCOMPARE(pngItem->sizeBytes, QFileInfo(png).size());
    QCOMPARE(pngItem->metadata.title, u"wide.png"_s);
    QCOMPARE(pngItem->metadata.licence, MediaLicence::Kogl1);
    QVERIFY(pngItem->lacksAltText());
    QVERIFY(QFileInfo::exists(m_library->filePathFor(pngItem->sha256)));

    auto jpegItem = m_library->item(j->id);
    QVERIFY(jpegItem.ok());
    QCOMPARE(jpegItem->pixelSize, QSize(1600, 900));
    QCOMPARE(jpegItem->mimeType, u"image/jpeg"_s);
    QCOMPARE(jpegItem->sizeBytes, QFileInfo(jpeg).size());
}

void TestMedia::attachmentsAreNotImages()
{
    const QString path = m_dir->filePath(u"보도자료-첨부.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    file.close();
    auto imported = m_library->importFile(path);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().fullText()));
    auto item = m_library->item(imported->id);
    QVERIFY(item.ok());
    QCOMPARE(item->mimeType, u"application/pdf"_s);
    QVERIFY(!item->pixelSize.isValid());
    QVERIFY(!item->isImage());
    QVERIFY(!item->lacksAltText()); // alt text is asked of images only
    QVERIFY(!m_library->thumbnail(item->sha256, 64).ok());
    // where an image is required, the same file is refused
    auto asImage = m_library->importFile(path, MediaLibrary::Expect::Image);
    QVERIFY(!asImage.ok());
    QCOMPARE(asImage.error().kind, Error::Kind::Invalid);
}

void TestMedia::thumbnailsAreCachedAndRemade()
{
    auto imported = m_library->importFile(writeImage(u"big.jpg"_s, {1200, 800}, "JPEG"));
    QVERIFY(imported.ok());
    const QString sha = m_library->item(imported->id)->sha256;

    // HiDPI: the dock asks for 2 × 96 physical pixels
    const QString cached = m_library->thumbnailPathFor(sha, 192);
    QVERIFY(cached.startsWith(m_library->root() + u"/thumbs/"_s));
    QVERIFY(!QFileInfo::exists(cached));
    auto first = m_library->thumbnail(sha, 192);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), QSize(192, 128));
    QVERIFY(QFileInfo::exists(cached));

    // the second call reads the cache (a marked cache file proves it)
    QImage marker(7, 5, QImage::Format_RGB32);
    marker.fill(Qt::magenta);
    QVERIFY(marker.save(cached, "PNG"));
    auto second = m_library->thumbnail(sha, 192);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), QSize(7, 5));

    // a missing or damaged cache file is made again
    QVERIFY(QFile::remove(cached));
    auto remade = m_library->thumbnail(sha, 192);
    QVERIFY(remade.ok());
    QCOMPARE(remade->size(), QSize(192, 128));
    QVERIFY(QFileInfo::exists(cached));
    QFile damaged(cached);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a png");
    damaged.close();
    auto again = m_library->thumbnail(sha, 192);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), QSize(192, 128));

    // small pictures are not blown up
    auto small = m_library->importFile(writeImage(u"icon.png"_s, {40, 30}, "PNG"));
    QVERIFY(small.ok());
    auto smallThumb = m_library->thumbnail(m_library->item(small->id)->sha256, 192);
    QVERIFY(smallThumb.ok());
    QCOMPARE(smallThumb->size(), QSize(40, 30));
}

void TestMedia::metadataUpdateAndUndo()
{
    auto imported = m_library->importFile(writeImage(u"hall.png"_s, {50, 50}, "PNG"));
    QVERIFY(imported.ok());
    const QString id = imported->id;
    QSignalSpy changed(m_notifier.get(), &ChangeNotifier::mediaChanged);

    const MediaMetadata edited{u"빛가람동 행정복지센터.png"_s, u"행정복지센터 건물 정면 사진"_s,
                               u"빛가람동 행정복지센터 (2024년 3월)"_s, MediaLicence::Kogl3};
    QUndoStack stack;
    Status pushed = pushMediaEdit(&stack, *m_library, id, edited);
    QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().fullText()));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_library->item(id)->metadata, edited);
    QSqlDatabase db = m_db->connection();
    QCOMPARE(
        *queryInt(db, u"SELECT count(*) FROM media WHERE id = ? AND licence = 'kogl3'"_s, {id}), 1);

    stack.undo();
    const MediaMetadata original = m_library->item(id)->metadata;
    QCOMPARE(original.title, u"hall.png"_s);
    QVERIFY(original.altText.isEmpty());
    QCOMPARE(original.licence, MediaLicence::Kogl1);
    stack.redo();
    QCOMPARE(m_library->item(id)->metadata, edited);

    // an edit that changes nothing is not an undo step
    QVERIFY(pushMediaEdit(&stack, *m_library, id, edited).ok());
    QCOMPARE(stack.count(), 1);
}

void TestMedia::metadataRefusesEmptyName()
{
    auto imported = m_library->importFile(writeImage(u"hall.png"_s, {50, 50}, "PNG"));
    QVERIFY(imported.ok());
    QUndoStack stack;
    MediaMetadata blank = m_library->item(imported->id)->metadata;
    blank.title = u"   "_s;
    blank.altText = u"바뀌면 안 됨"_s;
    const Status refused = pushMediaEdit(&stack, *m_library, imported->id, blank);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_library->item(imported->id)->metadata.title, u"hall.png"_s);
    QVERIFY(m_library->item(imported->id)->metadata.altText.isEmpty());

    const Status missing = m_library->updateMetadata(u"00000000-0000-0000-0000-000000000000"_s,
                                                     {u"x"_s, {}, {}, MediaLicence::Kogl1});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestMedia::usagesOfDemoContent()
{
    populateDemo();
    auto items = m_library->items();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 12);
    auto first = std::find_if(items->cbegin(), items->cend(), [](const MediaItem& item) {
        return item.metadata.title == u"sample-photo-01.png"_s;
    });
    QVERIFY(first != items->cend());
    QCOMPARE(first->pixelSize, QSize(640, 427));
    QVERIFY(!first->lacksAltText());

    auto used = m_library->usages(first->id);
    QVERIFY(used.ok());
    // the profile page's photo and the first field activity's gallery
    QCOMPARE(used->size(), 2);
    QCOMPARE(used->at(0).kind, MediaUsage::Kind::ActivityPhoto);
    QCOMPARE(used->at(0).contentType, ContentType::Activity);
    QVERIFY(used->at(0).itemTitle.contains(u"영산강 정원 조성 현장 점검"_s));
    QCOMPARE(used->at(1).kind, MediaUsage::Kind::PagePhoto);
    QCOMPARE(used->at(1).itemTitle, u"프로필"_s);
    QVERIFY(used->at(0).describe().contains(used->at(0).itemTitle));

    // every demo photo is in some gallery
    for (const MediaItem& item : std::as_const(*items))
        QVERIFY2(!m_library->usages(item.id)->isEmpty(), qPrintable(item.metadata.title));
}

void TestMedia::usagesFindBodyReferences()
{
    populateDemo();
    auto imported = m_library->importFile(writeImage(u"chart.png"_s, {80, 60}, "PNG"));
    QVERIFY(imported.ok());
    QVERIFY(m_library->usages(imported->id)->isEmpty());

    QSqlDatabase db = m_db->connection();
    const QString img = u"<p><img src=\"media:%1\" alt=\"그래프\"></p>"_s.arg(imported->id);
    QVERIFY(
        exec(db,
             u"UPDATE press_release SET body_html = body_html || ? WHERE release_no = '2024-003'"_s,
             {img})
            .ok());
    QVERIFY(exec(db,
                 u"UPDATE speech SET body_html = ? || body_html WHERE id = "
                 "(SELECT id FROM speech ORDER BY delivered_on LIMIT 1)"_s,
                 {u"<a href=\"media:%1\">원문</a>"_s.arg(imported->id)})
                .ok());
    auto used = m_library->usages(imported->id);
    QVERIFY(used.ok());
    QCOMPARE(used->size(), 2);
    QCOMPARE(used->at(0).kind, MediaUsage::Kind::BodyReference);
    QCOMPARE(used->at(0).contentType, ContentType::Speech);
    QCOMPARE(used->at(1).contentType, ContentType::PressRelease);
    QVERIFY(used->at(1).itemTitle.contains(u"영산강 정원 시민 의견 수렴"_s));
}

void TestMedia::removeRefusedWhileUsed()
{
    populateDemo();
    auto items = m_library->items();
    QVERIFY(items.ok());
    const MediaItem used = items->first();
    QUndoStack stack;
    const Status refused = pushMediaRemoval(&stack, *m_library, used.id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    // the reason names the place that uses it
    const QString place = m_library->usages(used.id)->first().itemTitle;
    QVERIFY2(refused.error().message.contains(place), qPrintable(refused.error().message));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(mediaRows(), 12);
    QVERIFY(QFileInfo::exists(m_library->filePathFor(used.sha256)));
}

void TestMedia::removeUnusedAndUndo()
{
    auto imported = m_library->importFile(writeImage(u"unused.jpg"_s, {400, 300}, "JPEG"));
    QVERIFY(imported.ok());
    const MediaItem item = *m_library->item(imported->id);
    QVERIFY(
        m_library->updateMetadata(item.id, {u"unused.jpg"_s, u"빈 의자"_s, {}, MediaLicence::Kogl2})
            .ok());
    QVERIFY(m_library->thumbnail(item.sha256, 64).ok());
    const QString file = m_library->filePathFor(item.sha256);
    const QString thumb = m_library->thumbnailPathFor(item.sha256, 64);
    QVERIFY(QFileInfo::exists(thumb));

    QUndoStack stack;
    const Status removed = pushMediaRemoval(&stack, *m_library, item.id);
    QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().fullText()));
    QCOMPARE(mediaRows(), 0);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(thumb));
    QCOMPARE(m_library->item(item.id).error().kind, Error::Kind::NotFound);

    stack.undo(); // back with the same id, metadata and bytes
    auto back = m_library->item(item.id);
    QVERIFY(back.ok());
    QCOMPARE(back->metadata.altText, u"빈 의자"_s);
    QCOMPARE(back->metadata.licence, MediaLicence::Kogl2);
    QCOMPARE(back->pixelSize, QSize(400, 300));
    QVERIFY(QFileInfo::exists(file));
    stack.redo();
    QCOMPARE(mediaRows(), 0);
}

void TestMedia::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("imageRequired");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    const int invalid = int(Error::Kind::Invalid);
    QTest::newRow("empty") << u"media/faults/empty.jpg"_s << false << invalid << u"empty"_s;
    QTest::newRow("bad header") << u"media/faults/broken-bad-header.png"_s << false << invalid
                                << u"not a readable image"_s;
    QTest::newRow("truncated") << u"media/faults/broken-truncated.png"_s << false << invalid
                               << u"not a readable image"_s;
    QTest::newRow("text as image")
        << u"media/faults/text-not-an-image.txt"_s << true << invalid << u"not an image"_s;
    QTest::newRow("missing") << u"media/faults/no-such-file.png"_s << false
                             << int(Error::Kind::NotFound) << u"Cannot find"_s;
    QTest::newRow("folder") << u"media/faults"_s << false << invalid << u"not a file"_s;
}

void TestMedia::badFilesAreRefused()
{
    QFETCH(QString, fixture);
    QFETCH(bool, imageRequired);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    populateDemo();
    QSignalSpy changed(m_notifier.get(), &ChangeNotifier::mediaChanged);
    auto result = m_library->importFile(test::dataPath(fixture),
                                        imageRequired ? MediaLibrary::Expect::Image
                                                      : MediaLibrary::Expect::AnyFile);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(mediaRows(), 12);
    QCOMPARE(changed.count(), 0);
}

void TestMedia::overSizeFileIsRefused()
{
    const QString path = m_dir->filePath(u"huge-scan.tif"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(MediaLibrary::maxFileBytes + 1)); // sparse where the disk allows
    file.close();
    auto result = m_library->importFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY2(result.error().message.contains(u"50.0 MB"_s), qPrintable(result.error().message));
    QCOMPARE(mediaRows(), 0);
    // the same limit holds for bytes handed in directly
    MediaLibrary::NewMedia big;
    big.bytes = QByteArray(MediaLibrary::maxFileBytes + 1, 'x');
    big.fileName = u"big.bin"_s;
    auto added = m_library->add(big);
    QVERIFY(!added.ok());
    QCOMPARE(mediaRows(), 0);
}

void TestMedia::listModelFiltersAndLoadsThumbnails()
{
    populateDemo();
    auto imported = m_library->importFile(writeImage(u"no-alt.png"_s, {90, 60}, "PNG"));
    QVERIFY(imported.ok());

    MediaListModel model(*m_library, m_notifier.get(), nullptr, 48, 2.0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 13);
    const QModelIndex noAlt = model.indexOf(imported->id);
    QVERIFY(noAlt.isValid());
    QCOMPARE(noAlt.data().toString(), u"no-alt.png"_s);
    QVERIFY(noAlt.data(MediaListModel::MissingAltTextRole).toBool());
    QCOMPARE(noAlt.data(MediaListModel::PixelSizeRole).toSize(), QSize(90, 60));
    QCOMPARE(noAlt.data(MediaListModel::LicenceRole).toString(), u"kogl1"_s);

    // thumbnails come from a worker, at 2 × 48 physical pixels
    const QModelIndex demo = model.index(model.rowCount() - 1);
    // asked for now, made in the background; a stand-in of the same width meanwhile
    const QImage standIn = demo.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(standIn.width(), 96);
    QVERIFY(!demo.data(MediaListModel::ThumbnailReadyRole).toBool());
    QVERIFY(model.isLoadingThumbnails());
    QVERIFY(QTest::qWaitFor([&] { return demo.data(MediaListModel::ThumbnailReadyRole).toBool(); },
                            10000));
    QVERIFY(!model.isLoadingThumbnails());
    // 640 × 427 scaled to 96 × 64, centred in a 96 × 96 square (transparent above and below)
    const QImage thumb = demo.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumb.size(), QSize(96, 96));
    QCOMPARE(thumb.devicePixelRatio(), 2.0);
    QVERIFY(thumb != standIn);
    QCOMPARE(qAlpha(thumb.pixel(48, 5)), 0);
    QCOMPARE(qAlpha(thumb.pixel(48, 48)), 255);
    QCOMPARE(qAlpha(thumb.pixel(48, 90)), 0);
    const QString sha = model.itemAt(demo.row()).sha256;
    QVERIFY(QFileInfo::exists(m_library->thumbnailPathFor(sha, 96)));

    model.setKindFilter(MediaListModel::KindFilter::MissingAltText);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MediaListModel::IdRole).toString(), imported->id);
    model.setKindFilter(MediaListModel::KindFilter::All);
    model.setFilterText(u"사진 1"_s); // alt text "예시 사진 1: …", 10, 11, 12
    QCOMPARE(model.rowCount(), 4);
    model.setFilterText({});

    // the model follows edits made through the library
    QVERIFY(
        m_library
            ->updateMetadata(imported->id, {u"no-alt.png"_s, u"표 그림"_s, {}, MediaLicence::Kogl1})
            .ok());
    QVERIFY(!model.index(model.indexOf(imported->id).row())
                 .data(MediaListModel::MissingAltTextRole)
                 .toBool());
}

QTEST_MAIN(TestMedia)
#include "tst_media.moc"
