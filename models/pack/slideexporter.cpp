#include "slideexporter.h"

#include "slidedeck.h"

#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Takt {

bool SlideExporter::write(const Document &document,
                          const QString &path,
                          QString *error,
                          qreal textShare,
                          const QSet<EntityId> &items,
                          int *slideCount)
{
    const QSizeF page(1920, 1080);
    const QList<Slide> slides = SlideDeck::build(document, page, textShare, items);
    const QString name = QDir::toNativeSeparators(path);
    if (slides.isEmpty()) {
        if (error)
            *error = tr("%1 was not written: the workshop has nothing to present yet.").arg(name);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(name, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(72); // one device unit is one point
    writer.setPageLayout(QPageLayout(QPageSize(page, QPageSize::Point, QStringLiteral("16:9")),
                                     QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    writer.setCreator(QStringLiteral("Takt"));
    QPainter painter(&writer);
    for (int i = 0; i < slides.size(); ++i) {
        if (i > 0)
            writer.newPage();
        SlideDeck::paint(&painter, slides.at(i), page, true);
    }
    if (!painter.end() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(name, file.errorString());
        return false;
    }
    if (slideCount)
        *slideCount = int(slides.size());
    return true;
}

} // namespace Takt
