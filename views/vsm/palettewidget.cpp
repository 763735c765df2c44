#include "palettewidget.h"

#include "mapscene.h"
#include "vsm/connector.h"
#include "vsm/mappainter.h"
#include "vsm/paintstyle.h"
#include "vsm/steptemplates.h"

#include <QMimeData>
#include <QPainter>
#include <QStyle>

namespace Takt {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;

template<typename Paint> QIcon paintedIcon(Paint paint)
{
    QIcon icon;
    // Painted at two scales so that the palette stays crisp on a high-DPI projector.
    for (int scale : {1, 2}) {
        QPixmap pixmap(QSize(40, 30) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRectF(2, 2, 36, 26));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

PaletteWidget::PaletteWidget(Part part, QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (part == Part::Symbols)
        addSymbols();
    else
        addTemplates();
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const auto entry = PaletteEntry::fromText(item->data(EntryRole).toString()))
            Q_EMIT entryChosen(*entry);
    });
}

void PaletteWidget::addSymbols()
{
    // A compact grid of the standard icons (names in tooltips and the status bar): on a
    // 1366-pixel laptop every pixel given to the palette is taken from the map.
    setViewMode(IconMode);
    setIconSize(QSize(40, 30));
    setGridSize(QSize(52, 42));
    setMovement(Static);
    setResizeMode(Adjust);
    setWrapping(true);
    setFlow(LeftToRight);
    setUniformItemSizes(true);
    for (ElementKind kind : MapElement::allKinds())
        addEntry(PaletteEntry::element(kind), MapElement::kindName(kind),
                 paintedIcon([kind](QPainter *p, const QRectF &r) {
                     MapPainter::paintKindIcon(p, kind, r);
                 }));
    for (Connector::Kind kind : Connector::allKinds())
        addEntry(PaletteEntry::connector(kind), Connector::kindName(kind),
                 paintedIcon([kind](QPainter *p, const QRectF &r) {
                     MapPainter::paintConnectorIcon(p, kind, r);
                 }),
                 tr("Click, then drag from one element to another"));
}

void PaletteWidget::addTemplates()
{
    // Each name whole, wrapped when the column is narrow: "Valid…" and "Feat…" told nobody
    // which step they were.
    setViewMode(ListMode);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(Adjust); // the rows are wrapped again whenever the column's width changes
    setIconSize(QSize(16, 12));
    setSpacing(1);
    const QIcon icon = paintedIcon([](QPainter *p, const QRectF &r) {
        p->setPen(QPen(Paint::Ink, Paint::ThinWidth * 2));
        p->setBrush(Paint::TemplateFill);
        p->drawRect(r.adjusted(1, 3, -1, -3));
    });
    for (const StepTemplates::Template &t : StepTemplates::all()) {
        addEntry(PaletteEntry::stepTemplate(t.key), t.name, icon,
                 tr("AI/ML step template: a process step with typical figures"));
        item(count() - 1)->setText(t.name);
    }
}

int PaletteWidget::widthForWholeWords() const
{
    int word = 0;
    for (int i = 0; i < count(); ++i)
        for (const QString &w : item(i)->text().split(QLatin1Char(' ')))
            word = std::max(word, fontMetrics().horizontalAdvance(w));
    const int margins = 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2 * frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * spacing() + 8;
    return word + iconSize().width() + margins;
}

void PaletteWidget::addEntry(const PaletteEntry &entry,
                             const QString &text,
                             const QIcon &icon,
                             const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, QString(), this);
    item->setData(EntryRole, entry.toText());
    item->setData(Qt::AccessibleTextRole, text);
    const QString how
        = toolTip.isEmpty() ? tr("Drag onto the map, or click and then click on the map") : toolTip;
    item->setToolTip(
        QStringLiteral("<b>%1</b><br>%2").arg(text.toHtmlEscaped(), how.toHtmlEscaped()));
    item->setStatusTip(QStringLiteral("%1: %2").arg(text, how));
    if (entry.type == PaletteEntry::Type::Connector)
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
}

QStringList PaletteWidget::mimeTypes() const
{
    return {MapScene::PaletteMimeType};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MapScene::PaletteMimeType, items.first()->data(EntryRole).toString().toUtf8());
    return data;
}

} // namespace Takt
