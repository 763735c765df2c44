#pragma once

#include "core/entityid.h"

#include <QWidget>

class QLabel;

namespace Takt {

class Document;

/** The workshop's own page: its details as the pack's cover will show them, and what the
 *  document holds, with a way into the properties dialog. */
class WorkshopOverview : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopOverview(Document *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void editRequested();
    /** The user clicked an artefact in the page's lists. */
    void openRequested(Takt::EntityId id);

private:
    void refresh();
    Document *const m_document;
    QLabel *m_text;
};

} // namespace Takt
