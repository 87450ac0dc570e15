#include "composerdialog.h"

#include "common/settings.h"
#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/indicatorchartmodel.h"
#include "itemmodels/statusdistributionmodel.h"
#include "storage/pledgerepository.h"
#include "themedialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace openmayor {

ComposerDialog::ComposerDialog(const Database& database, ChangeNotifier* notifier,
                               Settings* settings, QWidget* parent)
    : QDialog(parent), m_database(database), m_settings(settings), m_figures(database, notifier),
      m_template(new QComboBox(this)), m_preset(new QComboBox(this)), m_pledge(new QComboBox(this)),
      m_zoom(new QButtonGroup(this)), m_scroll(new QScrollArea(this)), m_preview(new QLabel),
      m_contrast(new QLabel(this)), m_status(new QLabel(this)), m_alt(new QPlainTextEdit(this)),
      m_renderTimer(new QTimer(this))
{
    setWindowTitle(tr("Infographic composer"));
    resize(1100, 760);
    for (const QString& key : infographic::templateKeys())
        m_template->addItem(infographic::titleOf(*infographic::templateFromKey(key)), key);
    for (const infographic::Preset& preset : infographic::presets())
        m_preset->addItem(preset.label(), preset.key);
    fillPledges();

    auto* actual = new QRadioButton(tr("100 %"), this);
    auto* fitted = new QRadioButton(tr("Fit"), this);
    m_zoom->addButton(actual, 0);
    m_zoom->addButton(fitted, 1);
    fitted->setChecked(true);
    auto* zoomRow = new QHBoxLayout;
    zoomRow->addWidget(actual);
    zoomRow->addWidget(fitted);
    zoomRow->addStretch();

    auto* themeButton = new QPushButton(tr("Theme…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* copyButton = new QPushButton(tr("Copy image and alt text"), this);
    m_alt->setReadOnly(true);
    m_alt->setAccessibleName(tr("Alt text"));
    m_alt->setMaximumHeight(110);
    m_contrast->setTextFormat(Qt::RichText);
    m_contrast->setWordWrap(true);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Size"), m_preset);
    form->addRow(tr("Pledge"), m_pledge);
    form->addRow(tr("Preview"), zoomRow);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addLayout(form);
    sideLayout->addWidget(themeButton);
    sideLayout->addWidget(new QLabel(tr("Theme contrast:"), side));
    sideLayout->addWidget(m_contrast);
    sideLayout->addWidget(new QLabel(tr("Alt text:"), side));
    sideLayout->addWidget(m_alt);
    sideLayout->addWidget(exportButton);
    sideLayout->addWidget(copyButton);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch();

    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Infographic preview"));
    m_scroll->setWidget(m_preview);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 770});
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(0);
    connect(m_renderTimer, &QTimer::timeout, this, &ComposerDialog::render);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposerDialog::scheduleRender);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ComposerDialog::scheduleRender);
    connect(m_pledge, &QComboBox::currentIndexChanged, this,
            [this] { m_figures.setPledge(m_pledge->currentData().toString()); });
    connect(m_zoom, &QButtonGroup::idClicked, this, &ComposerDialog::showPreview);
    connect(themeButton, &QPushButton::clicked, this, &ComposerDialog::editTheme);
    connect(exportButton, &QPushButton::clicked, this, &ComposerDialog::exportWithDialog);
    connect(copyButton, &QPushButton::clicked, this, &ComposerDialog::copyToClipboard);
    connect(m_settings, &Settings::brandThemeChanged, this, &ComposerDialog::scheduleRender);
    // the figures follow the store; so does the preview
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             &m_figures.trend(), &m_figures.status(), &m_figures.bookBudget(),
             &m_figures.pledgeBudget(), &m_figures.indicator()})
        connect(model, &QAbstractItemModel::modelReset, this, &ComposerDialog::scheduleRender);
    m_figures.setPledge(m_pledge->currentData().toString());
    render();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::fillPledges()
{
    auto summaries = PledgeRepository(m_database, nullptr).summaries();
    for (const PledgeSummary& pledge : summaries ? *summaries : QList<PledgeSummary>())
        m_pledge->addItem(QStringLiteral("%1 %2").arg(pledge.code, pledge.title), pledge.code);
}

infographic::Request ComposerDialog::request() const
{
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(m_template->currentData().toString());
    const auto preset = infographic::presetFromKey(m_preset->currentData().toString());
    if (preset) {
        request.size = preset->pixels;
        request.a4 = preset->a4;
    }
    request.theme = m_settings->brandTheme();
    return request;
}

QString ComposerDialog::altText() const
{
    return m_alt->toPlainText();
}

bool ComposerDialog::isFitted() const
{
    return m_zoom->checkedId() == 1;
}

void ComposerDialog::setFitted(bool fitted)
{
    m_zoom->button(fitted ? 1 : 0)->setChecked(true);
    showPreview();
}

void ComposerDialog::setTemplate(infographic::Template kind)
{
    m_template->setCurrentIndex(m_template->findData(infographic::keyOf(kind)));
    render();
}

void ComposerDialog::setPreset(const QString& key)
{
    m_preset->setCurrentIndex(m_preset->findData(key));
    render();
}

void ComposerDialog::setPledge(const QString& code)
{
    m_pledge->setCurrentIndex(m_pledge->findData(code));
    render();
}

void ComposerDialog::scheduleRender()
{
    m_renderTimer->start();
}

void ComposerDialog::render()
{
    m_renderTimer->stop();
    const infographic::Request current = request();
    m_image = infographic::renderImage(current, m_figures);
    m_alt->setPlainText(infographic::altText(current, m_figures));
    updateContrast();
    showPreview();
}

void ComposerDialog::showPreview()
{
    if (m_image.isNull())
        return;
    if (isFitted()) {
        const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
        m_preview->setPixmap(QPixmap::fromImage(m_image.scaled(
            room.expandedTo(QSize(50, 50)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(m_image));
    }
    m_preview->resize(m_preview->pixmap().size());
}

void ComposerDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (isFitted())
        showPreview(); // the fitted preview follows the window
}

void ComposerDialog::updateContrast()
{
    m_contrast->setText(contrastReportHtml(m_settings->brandTheme()));
}

void ComposerDialog::editTheme()
{
    ThemeDialog dialog(m_settings->brandTheme(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_settings->setBrandTheme(dialog.theme());
}

Status ComposerDialog::exportTo(const QString& path)
{
    Status s = infographic::write(path, request(), m_figures);
    m_status->setText(s ? tr("Written: %1").arg(QDir::toNativeSeparators(path))
                        : s.error().message);
    return s;
}

void ComposerDialog::exportWithDialog()
{
    const bool a4 = request().a4;
    const QString filter =
        a4 ? tr("PDF (*.pdf)") : tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export infographic"),
                                     m_template->currentData().toString() +
                                         (a4 ? QStringLiteral(".pdf") : QStringLiteral(".png")),
                                     filter);
    if (path.isEmpty())
        return;
    const Status written = exportTo(path); // the outcome is shown in the status line
    Q_UNUSED(written)
}

void ComposerDialog::copyToClipboard()
{
    auto* mime = new QMimeData;
    mime->setImageData(m_image);
    mime->setText(altText());
    QApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Copied the image and its alt text."));
}

} // namespace openmayor
