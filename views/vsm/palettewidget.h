#pragma once

#include "paletteentry.h"

#include <QListWidget>

namespace Takt {

class MapScene;

/** The VSM icon palette, or the AI/ML step templates listed by their whole names: drag an
 *  entry onto the map, or click it and then click where it goes. Connectors: click, then drag
 *  from one element to another. */
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    enum class Part {
        Symbols, // a compact grid of the standard icons, named in tooltips
        Templates, // a list of the step templates, each name whole
    };

    explicit PaletteWidget(Part part, QWidget *parent = nullptr);

    /** The width that shows every entry's longest word whole (the templates' names). */
    int widthForWholeWords() const;

Q_SIGNALS:
    void entryChosen(const Takt::PaletteEntry &entry);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    void addSymbols();
    void addTemplates();
    void addEntry(const PaletteEntry &entry,
                  const QString &text,
                  const QIcon &icon,
                  const QString &toolTip = {});
};

} // namespace Takt
