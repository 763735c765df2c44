#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace Takt {

/** Print with a preview first (QPrintPreviewDialog): the pages as they will come out, the
 *  printer, the paper and the orientation, then Print. */
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    /** Shows @p title's preview; @p paint draws every page on the printer it is given. */
    static void exec(QWidget *parent,
                     const QString &title,
                     QPageLayout::Orientation orientation,
                     const std::function<void(QPrinter *)> &paint);
};

} // namespace Takt
