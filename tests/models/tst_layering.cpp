// Dependencies run app → views → models (DESIGN.md §3, STYLE.md layout): nothing under
// models/ includes a QtWidgets, QtCharts or other widget-module header, or a header of
// views/ or app/; and QtCharts is included only under views/charts/. Reads the source tree
// from OPENMAYOR_SOURCE_DIR; failures name the file and line.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// ---- the rules, in one place -------------------------------------------------------------

// Module folders / module headers that belong to widget-side Qt modules. Any include that
// starts with one of these (<QtWidgets/QWidget>, <QtCharts>, ...) is forbidden in models/.
const QStringList widgetModules = {
    u"QtWidgets"_s,       u"QtCharts"_s,       u"QtPrintSupport"_s,     u"QtSvgWidgets"_s,
    u"QtOpenGLWidgets"_s, u"QtQuickWidgets"_s, u"QtWebEngineWidgets"_s, u"QtUiTools"_s,
};

// Class headers of those modules that are included without a module prefix (<QWidget>).
// Each pattern is anchored; the comments say what it is meant to catch.
const QList<QRegularExpression>& widgetClassHeaders()
{
    static const QList<QRegularExpression> patterns = [] {
        const QStringList sources = {
            // the basics
            u"QWidget|QMainWindow|QDialog|QApplication|QMessageBox|QFileDialog|QInputDialog"_s,
            u"QProgressDialog|QColorDialog|QFontDialog|QErrorMessage|QWizard|QWizardPage"_s,
            u"QDockWidget|QMenu|QMenuBar|QToolBar|QToolButton|QStatusBar|QSplitter"_s,
            u"QLabel|QPushButton|QCheckBox|QRadioButton|QLineEdit|QTextEdit|QPlainTextEdit"_s,
            u"QComboBox|QSpinBox|QDoubleSpinBox|QDateEdit|QDateTimeEdit|QTimeEdit|QSlider"_s,
            u"QProgressBar|QGroupBox|QFrame|QScrollArea|QScrollBar|QStackedWidget|QTabWidget"_s,
            u"QTabBar|QFormLayout|QGridLayout|QBoxLayout|QVBoxLayout|QHBoxLayout|QLayout"_s,
            u"QSizePolicy|QStyle|QStyleOption|QStylePainter|QCompleter|QSystemTrayIcon"_s,
            u"QUndoView|QDataWidgetMapper|QShortcut|QToolTip|QWhatsThis|QButtonGroup"_s,
            // item views and their delegates (models are fine: QAbstractItemModel etc.)
            u"QTreeView|QTableView|QListView|QColumnView|QHeaderView|QTreeWidget|QTableWidget"_s,
            u"QListWidget|QTreeWidgetItem|QTableWidgetItem|QListWidgetItem"_s,
            u"QStyledItemDelegate|QItemDelegate|QItemEditorFactory"_s,
            u"QAbstract\\w*(View|Delegate|Button|SpinBox|Slider|ScrollArea)"_s,
            // graphics view framework (QtWidgets)
            u"QGraphics\\w+"_s,
            // print support
            u"QPrinter|QPrintDialog|QPrintPreviewDialog|QPrintPreviewWidget|QPageSetupDialog"_s,
            // any *Widget / *Dialog class
            u"Q\\w*Widget|Q\\w*Dialog"_s,
        };
        QList<QRegularExpression> list;
        for (const QString& source : sources)
            list << QRegularExpression(u"^(?:"_s + source + u")$"_s);
        return list;
    }();
    return patterns;
}

// QtCharts: the module and its classes (QChart, QChartView, QLineSeries, QValueAxis, ...).
bool isChartsHeader(const QString& header)
{
    static const QRegularExpression charts(
        u"^(?:QtCharts(?:/.*)?|QChart\\w*|Q\\w*Series|Q\\w*Axis|QBarSet|QBoxSet|QCandlestickSet|"
        "QPieSlice|QLegend\\w*|Q\\w*ModelMapper|QAreaLegendMarker|QXYLegendMarker)$"_s);
    return charts.match(header).hasMatch();
}

QString moduleOf(const QString& header)
{
    return header.section(u'/', 0, 0);
}

// Why `header` may not appear in models/, or an empty string when it may.
QString forbiddenInModels(const QString& header, const QSet<QString>& upperLayerHeaders)
{
    const QString module = moduleOf(header);
    if (widgetModules.contains(module))
        return u"a %1 header"_s.arg(module);
    const QString name = header.contains(u'/') ? header.section(u'/', -1) : header;
    if (!header.contains(u'/') || module.startsWith(u"Qt"_s)) {
        for (const QRegularExpression& pattern : widgetClassHeaders())
            if (pattern.match(name).hasMatch())
                return u"a widget class header"_s;
        if (isChartsHeader(name))
            return u"a QtCharts header"_s;
    }
    if (header.startsWith(u"views/"_s) || header.contains(u"/views/"_s) ||
        header.startsWith(u"app/"_s) || header.contains(u"/app/"_s))
        return u"a header of an upper layer"_s;
    if (upperLayerHeaders.contains(name) || upperLayerHeaders.contains(header))
        return u"a header of views/ or app/"_s;
    return {};
}

struct Include
{
    int line = 0;
    QString header;
};

QList<Include> includesIn(const QString& text)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);
    QList<Include> result;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = include.match(lines.at(i));
        if (match.hasMatch())
            result << Include{i + 1, match.captured(1).trimmed()};
    }
    return result;
}

QStringList sourceFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

bool isCode(const QString& file)
{
    static const QStringList suffixes = {u".h"_s,   u".hpp"_s, u".cpp"_s, u".cc"_s,
                                         u".cxx"_s, u".inl"_s, u".ipp"_s, u".mm"_s};
    for (const QString& suffix : suffixes)
        if (file.endsWith(suffix))
            return true;
    return false;
}

// The file's text; a null QString only when it cannot be read (an empty file gives "").
QString readText(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    return text.isNull() ? u""_s : text;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private:
    QDir m_source;
    QSet<QString> m_upperLayerHeaders; // file names of headers under views/ and app/

private slots:
    void initTestCase();
    void ruleCatchesWhatItShould_data();
    void ruleCatchesWhatItShould();
    void modelsIncludeNoWidgetsChartsOrViews();
    void modelsLinkNoWidgetModules();
    void chartsOnlyUnderViewsCharts();
};

void TestLayering::initTestCase()
{
    m_source = QDir(openmayor::test::sourceDir());
    QVERIFY2(m_source.exists(u"models"_s), qPrintable(m_source.path()));
    for (const QString& layer : {u"views"_s, u"app"_s}) {
        if (!m_source.exists(layer))
            continue;
        for (const QString& file : sourceFiles(m_source.filePath(layer))) {
            if (file.endsWith(u".h"_s) || file.endsWith(u".hpp"_s)) {
                const QString name = QFileInfo(file).fileName();
                // a name that models/ has too is models'
                if (!QDirIterator(m_source.filePath(u"models"_s), {name}, QDir::Files,
                                  QDirIterator::Subdirectories)
                         .hasNext())
                    m_upperLayerHeaders.insert(name);
            }
        }
    }
}

// The rule itself, on made-up lines: what it must catch and what it must let through.
void TestLayering::ruleCatchesWhatItShould_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("forbidden");
    const QList<std::pair<const char*, bool>> cases = {
        {"#include <QWidget>", true},
        {"#include <QtWidgets/QWidget>", true},
        {"#include <QtWidgets>", true},
        {"  #  include <QMainWindow>", true},
        {"#include <QDialog>", true},
        {"#include <QApplication>", true},
        {"#include <QMessageBox>", true},
        {"#include <QAbstractItemView>", true},
        {"#include <QAbstractScrollArea>", true},
        {"#include <QTreeView>", true},
        {"#include <QStyledItemDelegate>", true},
        {"#include <QGraphicsScene>", true},
        {"#include <QChart>", true},
        {"#include <QChartView>", true},
        {"#include <QLineSeries>", true},
        {"#include <QValueAxis>", true},
        {"#include <QtCharts/QBarSet>", true},
        {"#include <QtCharts>", true},
        {"#include <QPrinter>", true},
        {"#include <QtPrintSupport/QPrinter>", true},
        {"#include \"views/mainwindow.h\"", true},
        {"#include \"../views/charts/chartbuilder.h\"", true},
        {"#include \"app/application.h\"", true},
        // allowed: models, Gui classes, string views, undo stack, our own headers
        {"#include <QAbstractItemModel>", false},
        {"#include <QAbstractTableModel>", false},
        {"#include <QAbstractItemModelTester>", false},
        {"#include <QSortFilterProxyModel>", false},
        {"#include <QStringView>", false},
        {"#include <QByteArrayView>", false},
        {"#include <QUndoStack>", false},
        {"#include <QUndoCommand>", false},
        {"#include <QAction>", false},
        {"#include <QImage>", false},
        {"#include <QPainter>", false},
        {"#include <QTextDocument>", false},
        {"#include <QtGui/QColor>", false},
        {"#include \"storage/database.h\"", false},
        {"#include \"itemmodels/pledgetreemodel.h\"", false},
        {"// #include <QWidget>", false},
    };
    for (const auto& [line, forbidden] : cases)
        QTest::newRow(line) << QString::fromUtf8(line) << forbidden;
}

void TestLayering::ruleCatchesWhatItShould()
{
    QFETCH(QString, line);
    QFETCH(bool, forbidden);
    const QList<Include> found = includesIn(line);
    if (line.trimmed().startsWith(u"//"_s)) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(!forbiddenInModels(found.first().header, {}).isEmpty(), forbidden);
}

void TestLayering::modelsIncludeNoWidgetsChartsOrViews()
{
    const QStringList files = sourceFiles(m_source.filePath(u"models"_s));
    int scanned = 0;
    int includes = 0;
    QStringList violations;
    for (const QString& file : files) {
        if (!isCode(file))
            continue;
        ++scanned;
        const QString text = readText(file);
        QVERIFY2(!text.isNull(), qPrintable(u"cannot read "_s + file));
        for (const Include& include : includesIn(text)) {
            ++includes;
            const QString why = forbiddenInModels(include.header, m_upperLayerHeaders);
            if (!why.isEmpty())
                violations << u"%1:%2: includes <%3>, %4"_s.arg(m_source.relativeFilePath(file))
                                  .arg(include.line)
                                  .arg(include.header, why);
        }
    }
    // the scan really looked at the library (a wrong folder must not pass vacuously)
    QVERIFY2(scanned >= 20, qPrintable(u"only %1 files under models/"_s.arg(scanned)));
    QVERIFY(includes >= 100);
    QVERIFY2(violations.isEmpty(), qPrintable(u"\n"_s + violations.join(u'\n')));
}

void TestLayering::modelsLinkNoWidgetModules()
{
    const QString cmake = readText(m_source.filePath(u"models/CMakeLists.txt"_s));
    QVERIFY(cmake.contains(u"openmayor_models"_s));
    static const QRegularExpression forbidden(
        u"Qt6?::(Widgets|Charts|PrintSupport|SvgWidgets|OpenGLWidgets)\\b|openmayor_views\\b"_s);
    const QStringList lines = cmake.split(u'\n');
    QStringList violations;
    for (int i = 0; i < lines.size(); ++i) {
        const QString code = lines.at(i).section(u'#', 0, 0); // comments may name them
        if (forbidden.match(code).hasMatch())
            violations << u"models/CMakeLists.txt:%1: %2"_s.arg(i + 1).arg(lines.at(i).trimmed());
    }
    QVERIFY2(violations.isEmpty(), qPrintable(u"\n"_s + violations.join(u'\n')));
}

void TestLayering::chartsOnlyUnderViewsCharts()
{
    // the product code; tests may include QtCharts to check the chart builders
    int scanned = 0;
    QStringList violations;
    for (const QString& layer : {u"models"_s, u"views"_s, u"app"_s}) {
        if (!m_source.exists(layer))
            continue;
        for (const QString& file : sourceFiles(m_source.filePath(layer))) {
            if (!isCode(file))
                continue;
            ++scanned;
            const QString relative = m_source.relativeFilePath(file);
            if (relative.startsWith(u"views/charts/"_s))
                continue;
            for (const Include& include : includesIn(readText(file))) {
                const QString name = include.header.section(u'/', -1);
                if (moduleOf(include.header) == u"QtCharts" || isChartsHeader(name))
                    violations << u"%1:%2: includes <%3> outside views/charts/"_s.arg(relative)
                                      .arg(include.line)
                                      .arg(include.header);
            }
        }
    }
    QVERIFY(scanned >= 20);
    QVERIFY2(violations.isEmpty(), qPrintable(u"\n"_s + violations.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
