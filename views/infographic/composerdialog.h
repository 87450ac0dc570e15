#pragma once

#include "infographic.h"

#include <QDialog>
#include <QImage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTimer;

namespace openmayor {

class ChangeNotifier;
class Settings;

// The infographic composer (Tools ▸ Infographic composer, Ctrl+Shift+I): choose a template,
// an output preset and a pledge, see the exact output at 100 % or fitted, export PNG, SVG or
// PDF, and copy the image with its alt text. The brand theme is edited from here and its
// contrast shown. Follows the store: the preview redraws when the figures change.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    ComposerDialog(const Database& database, ChangeNotifier* notifier, Settings* settings,
                   QWidget* parent = nullptr);
    ~ComposerDialog() override;

    infographic::Request request() const;
    QImage image() const { return m_image; }
    QString altText() const;
    bool isFitted() const;

    // Test seams and what the buttons call: write the file (.png/.svg/.pdf by suffix), put
    // the image and its alt text on the clipboard, switch the zoom.
    Status exportTo(const QString& path);
    void copyToClipboard();
    void setFitted(bool fitted);
    void setTemplate(infographic::Template kind);
    void setPreset(const QString& key);
    void setPledge(const QString& code);

    QLabel* previewLabel() const { return m_preview; }
    QLabel* contrastLabel() const { return m_contrast; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillPledges();
    void scheduleRender();
    void render();
    void showPreview();
    void editTheme();
    void exportWithDialog();
    void updateContrast();

    Database m_database;
    Settings* m_settings;
    infographic::Figures m_figures;
    QComboBox* m_template;
    QComboBox* m_preset;
    QComboBox* m_pledge;
    QButtonGroup* m_zoom;
    QScrollArea* m_scroll;
    QLabel* m_preview;
    QLabel* m_contrast;
    QLabel* m_status;
    QPlainTextEdit* m_alt;
    QTimer* m_renderTimer;
    QImage m_image;
};

} // namespace openmayor
