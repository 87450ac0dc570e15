#pragma once

#include "io/pledgeimport.h"

#include <QDialog>

namespace openmayor {

// Shows what an import of pledges would do — new, updated (with the parts that change) and
// unchanged pledges, new areas and goals — before anything is written.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString& fileName, const interchange::ImportPlan& plan,
                        QWidget* parent = nullptr);
};

} // namespace openmayor
