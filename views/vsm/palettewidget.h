#pragma once

#include "paletteentry.h"

#include <QListWidget>

namespace Takt {

class MapScene;

/** The VSM icon palette and the AI/ML step templates: drag an entry onto the map, or click it
 *  and then click where it goes. Connectors: click, then drag from one element to another. */
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void entryChosen(const Takt::PaletteEntry &entry);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    void addEntry(const PaletteEntry &entry,
                  const QString &text,
                  const QIcon &icon,
                  const QString &toolTip = {});
};

} // namespace Takt
