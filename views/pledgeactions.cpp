#include "pledgeactions.h"

#include "common/clock.h"
#include "dialogs/importpreviewdialog.h"
#include "editors/pledgecardeditor.h"
#include "io/pledgecsv.h"
#include "io/pledgeimport.h"
#include "io/pledgeinterchange.h"
#include "mainwindow.h"
#include "report/pledgecardreport.h"
#include "storage/pledgerepository.h"
#include "storage/reportingrepository.h"
#include "widgets/messagebar.h"
#include "widgets/pledgesectionwidget.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QUndoStack>

namespace openmayor {

PledgeActions::PledgeActions(MainWindow* window)
    : QObject(window), m_window(window), m_menu(new QMenu(window)), m_import(new QAction(this)),
      m_export(new QAction(this)), m_publish(new QAction(this)), m_find(new QAction(this)),
      m_print(new QAction(this)), m_savePdf(new QAction(this))
{
    // Ctrl+F is the search across all content (SearchPanel); the pledge filter keeps its own.
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_print->setShortcut(QKeySequence::Print);
    m_menu->addAction(m_find);
    m_menu->addSeparator();
    m_menu->addAction(m_print);
    m_menu->addAction(m_savePdf);
    m_menu->addSeparator();
    m_menu->addAction(m_import);
    m_menu->addAction(m_export);
    m_menu->addSeparator();
    m_menu->addAction(m_publish);
    connect(m_import, &QAction::triggered, this, &PledgeActions::importPledges);
    connect(m_export, &QAction::triggered, this, &PledgeActions::exportPledges);
    connect(m_publish, &QAction::triggered, this, &PledgeActions::publishPeriod);
    connect(m_find, &QAction::triggered, this, &PledgeActions::findPledge);
    connect(m_print, &QAction::triggered, this, &PledgeActions::printCard);
    connect(m_savePdf, &QAction::triggered, this, &PledgeActions::saveCardPdf);
    retranslate();
}

void PledgeActions::retranslate()
{
    m_menu->setTitle(tr("&Pledges"));
    m_find->setText(tr("&Find Pledge…"));
    m_import->setText(tr("&Import Pledges…"));
    m_export->setText(tr("&Export Pledges…"));
    m_publish->setText(tr("&Publish Reporting Period…"));
    m_print->setText(tr("Print Pledge &Card…"));
    m_savePdf->setText(tr("Save Pledge Card as P&DF…"));
}

Pledge PledgeActions::currentPledge() const
{
    const QString section = m_window->currentSection();
    if (auto* widget = qobject_cast<PledgeSectionWidget*>(m_window->sectionWidget(section)))
        return widget->editor()->pledge();
    return {};
}

Term PledgeActions::currentTerm() const
{
    const auto database = m_window->database();
    if (database) {
        if (auto terms = PledgeRepository(*database, nullptr).terms(); terms && !terms->isEmpty())
            return terms->last();
    }
    return Term{{}, QStringLiteral("민선8기"), QDate(2022, 7, 1), QDate(2026, 6, 30)};
}

void PledgeActions::printCard()
{
    const Pledge pledge = currentPledge();
    if (pledge.id.isEmpty()) {
        m_window->messageBar()->showMessage(
            tr("Open a pledge card first (Promises to citizens ▸ Pledge status)."),
            MessageBar::Level::Warning);
        return;
    }
    const Term term = currentTerm();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(pledge.code + u' ' + pledge.title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview — %1").arg(pledge.code));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&pledge, &term](QPrinter* target) { PledgeCardReport::print(target, pledge, term); });
    preview.resize(900, 1000);
    preview.exec();
}

void PledgeActions::saveCardPdf()
{
    const Pledge pledge = currentPledge();
    if (pledge.id.isEmpty()) {
        m_window->messageBar()->showMessage(
            tr("Open a pledge card first (Promises to citizens ▸ Pledge status)."),
            MessageBar::Level::Warning);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Pledge Card as PDF"),
        QDir(QDir::homePath()).filePath(QStringLiteral("공약카드-%1.pdf").arg(pledge.code)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = PledgeCardReport::writePdf(pledge, currentTerm(), path);
    if (!written) {
        m_window->messageBar()->showMessage(written.error().message, MessageBar::Level::Error);
        return;
    }
    m_window->messageBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void PledgeActions::findPledge()
{
    m_window->showSection(QStringLiteral("pledges"));
    if (auto* section =
            qobject_cast<PledgeSectionWidget*>(m_window->sectionWidget(QStringLiteral("pledges"))))
        section->focusFilter();
}

void PledgeActions::importPledges()
{
    const auto database = m_window->database();
    if (!database)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Pledges"), QDir::homePath(), tr("Pledge files (*.json *.csv)"));
    if (path.isEmpty())
        return;
    Result<PledgeBook> book = Error();
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        book = interchange::importCsv(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_window->messageBar()->showMessage(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                MessageBar::Level::Error);
            return;
        }
        book = interchange::parseJson(file.readAll());
    }
    if (!book) {
        m_window->messageBar()->showMessage(book.error().message, MessageBar::Level::Error);
        return;
    }
    PledgeRepository repository(*database, nullptr);
    auto plan = interchange::planImport(*book, repository);
    if (!plan) {
        m_window->messageBar()->showMessage(plan.error().message, MessageBar::Level::Error);
        return;
    }
    ImportPreviewDialog preview(QFileInfo(path).fileName(), *plan, m_window);
    if (preview.exec() != QDialog::Accepted)
        return;
    auto applied = interchange::applyImport(*book, *database, m_window->notifier());
    if (!applied) {
        m_window->messageBar()->showMessage(applied.error().message, MessageBar::Level::Error);
        return;
    }
    // Earlier card edits would undo into a book the import has replaced.
    m_window->undoStack()->clear();
    m_window->messageBar()->showMessage(
        tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
            .arg(QFileInfo(path).fileName())
            .arg(applied->count(interchange::PledgeChange::Kind::New))
            .arg(applied->count(interchange::PledgeChange::Kind::Updated))
            .arg(applied->count(interchange::PledgeChange::Kind::Unchanged)));
}

void PledgeActions::exportPledges()
{
    const auto database = m_window->database();
    if (!database)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Pledges"),
        QDir(QDir::homePath()).filePath(QStringLiteral("pledges.json")),
        tr("JSON (*.json);;CSV, UTF-8 (*.csv);;CSV, CP949 for older Excel (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    PledgeRepository repository(*database, nullptr);
    auto book = interchange::readBook(repository);
    if (!book) {
        m_window->messageBar()->showMessage(book.error().message, MessageBar::Level::Error);
        return;
    }
    Status written;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const bool cp949 = filter.contains(QStringLiteral("CP949"));
        written = interchange::exportCsv(*book, path,
                                         cp949 ? interchange::CsvEncoding::Cp949
                                               : interchange::CsvEncoding::Utf8Bom);
    } else {
        QSaveFile file(path);
        const QByteArray data = interchange::exportJson(*book);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            written = Error(
                Error::Kind::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!written) {
        m_window->messageBar()->showMessage(written.error().message, MessageBar::Level::Error);
        return;
    }
    m_window->messageBar()->showMessage(
        tr("Exported %n pledge(s) to %1.", nullptr, int(book->pledges.size()))
            .arg(QDir::toNativeSeparators(path)));
}

void PledgeActions::publishPeriod()
{
    const auto database = m_window->database();
    if (!database)
        return;
    const QDate today = Clock::today();
    // the quarter that ended last is the one usually published
    const QDate previous = today.addMonths(-3);
    const QString suggested =
        QStringLiteral("%1-Q%2").arg(previous.year()).arg((previous.month() - 1) / 3 + 1);
    bool ok = false;
    const QString period = QInputDialog::getText(
        m_window, tr("Publish Reporting Period"),
        tr("Publishing freezes every pledge's rate and status as of the quarter's last day; later "
           "edits do not change it.\n\nPeriod (YYYY-Qn):"),
        QLineEdit::Normal, suggested, &ok);
    if (!ok || period.trimmed().isEmpty())
        return;
    ReportingRepository periods(*database, m_window->notifier());
    auto published = periods.publish(
        period.trimmed(), {}, qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")));
    if (!published) {
        m_window->messageBar()->showMessage(published.error().message, MessageBar::Level::Error);
        return;
    }
    const QJsonValue average = published->figures.value(QStringLiteral("average_rate"));
    m_window->messageBar()->showMessage(
        tr("Published %1 (as of %2): average fulfilment %3.")
            .arg(published->period, QLocale().toString(published->basisDate, QLocale::ShortFormat),
                 average.isNull() ? QStringLiteral("—")
                                  : QLocale().toString(average.toDouble(), 'f', 1) + u'%'));
}

} // namespace openmayor
