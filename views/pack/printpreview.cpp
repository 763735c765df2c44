#include "printpreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Takt {

void PrintPreview::exec(QWidget *parent,
                        const QString &title,
                        QPageLayout::Orientation orientation,
                        const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer;
    printer.setPageOrientation(orientation);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview – %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.exec();
}

} // namespace Takt
