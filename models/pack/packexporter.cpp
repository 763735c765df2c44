#include "packexporter.h"

#include "document/document.h"
#include "packcomposer.h"
#include "packsection.h"
#include "packsections.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace Takt {

namespace {

struct Pass
{
    QList<QPair<QString, int>> sectionPages;
    int pages = 0;
    bool cancelled = false;
    bool ok = true;
};

QString headerTitle(const Document &document)
{
    const QString title = document.metadata().title;
    return title.isEmpty() ? document.displayName() : title;
}

Pass runPass(const Document &document,
             const PackOptions &options,
             QPagedPaintDevice *writer,
             bool paint,
             int totalPages,
             const QList<QPair<QString, int>> &contents,
             const std::function<bool()> &step,
             PackComposer::Cache *cache)
{
    PackComposer composer(writer, paint, headerTitle(document), QPageSize(options.paper));
    composer.setCache(cache);
    composer.setTotalPages(totalPages);
    composer.setProgress(step);
    composer.setContents(contents);
    composer.setOptions(options);
    Pass pass;
    for (const auto &section : PackSections::all()) {
        if (!options.includes(section->key()) || !section->hasContent(document, options))
            continue;
        composer.setListing(section->listedInContents());
        section->write(composer, document);
        if (composer.isCancelled()) {
            pass.cancelled = true;
            break;
        }
    }
    if (composer.pageNumber() == 0) { // nothing to say: still a valid, one-page PDF
        composer.beginSection(QString());
        composer.paragraph(PackExporter::tr("This workshop has nothing to report yet."), true);
    }
    pass.ok = composer.finish();
    pass.sectionPages = composer.sectionPages();
    pass.pages = composer.pageNumber();
    return pass;
}

} // namespace

QStringList PackExporter::unknownSections(const QStringList &keys)
{
    const QStringList known = PackSections::keys();
    QStringList unknown;
    for (const QString &key : keys)
        if (!known.contains(key))
            unknown << key;
    return unknown;
}

PackExporter::PaintResult PackExporter::paint(const Document &document,
                                              QPagedPaintDevice *device,
                                              const PackOptions &options,
                                              const Progress &progress)
{
    int total = 0;
    for (const auto &section : PackSections::all())
        if (options.includes(section->key()) && section->hasContent(document, options))
            total += section->workUnits(document, options);
    int done = 0;
    const auto step = [&] { return !progress || progress(++done, total); };

    // Measuring passes (no painting) learn where sections start and how many pages there
    // are; the second one lists the real contents, which may itself take more than a page.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter measuring(&scratch);
    measuring.setResolution(72);
    const auto noProgress = [] { return true; };
    PackComposer::Cache cache;
    const Pass sketch = runPass(document, options, &measuring, false, 0, {}, noProgress, &cache);
    const Pass measured = runPass(document, options, &measuring, false, sketch.pages,
                                  sketch.sectionPages, noProgress, &cache);
    const Pass painted = runPass(document, options, device, true, measured.pages,
                                 measured.sectionPages, step, &cache);
    return {painted.ok && !painted.cancelled, painted.cancelled, painted.pages};
}

PackExporter::Result PackExporter::write(const Document &document,
                                         const QString &path,
                                         const PackOptions &options,
                                         const Progress &progress,
                                         QString *error,
                                         int *pageCount)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(name, file.errorString());
        return Result::Failed;
    }
    QPdfWriter writer(&file);
    writer.setResolution(72); // one device unit is one PDF point
    writer.setTitle(tr("%1 – session pack").arg(headerTitle(document)));
    writer.setCreator(QStringLiteral("Takt %1").arg(QCoreApplication::applicationVersion()));
    writer.setPageSize(QPageSize(options.paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));

    const PaintResult painted = paint(document, &writer, options, progress);
    if (painted.cancelled) {
        file.cancelWriting();
        return Result::Cancelled;
    }
    if (!painted.written || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(name, file.errorString());
        return Result::Failed;
    }
    if (pageCount)
        *pageCount = painted.pages;
    return Result::Written;
}

} // namespace Takt
