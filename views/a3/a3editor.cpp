#include "a3editor.h"

#include "a3/a3drawing.h"
#include "a3/a3store.h"
#include "a3panel.h"
#include "a3sectioneditor.h"
#include "document/document.h"
#include "editor/diagramview.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace Takt {

A3Editor::A3Editor(Document *document, EntityId report, QWidget *parent)
    : DiagramEditor(document, report, parent)
    , m_store(A3Store::of(*document))
    , m_sections(new A3SectionEditor(document, report, this))
    , m_sheet(new DiagramView(
          [document, report](const QFont &font) {
              return std::make_unique<A3Drawing>(A3Drawing::contentOf(*document, report), font);
          },
          Diagram::paperFont(),
          this))
    , m_panel(new A3Panel(document, report))
{
    setZoomedView(m_sheet);
    m_sheet->setObjectName(QStringLiteral("a3-sheet"));
    m_sheet->setAccessibleName(tr("A3 sheet"));
    // The sheet is live: what it shows of a map or an analysis follows their edits too.
    for (const ArtefactStore *store : document->stores())
        m_sheet->watch(store);
    m_sheet->watch(&document->links());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sections);
    split->addWidget(m_sheet);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({300, 750});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_sheet, &DiagramView::clicked, this, [this](QPointF point) {
        const int section = A3Drawing::sectionAt(point);
        if (section >= 0) {
            m_sections->showSection(section);
            m_sections->setFocus(Qt::MouseFocusReason);
        }
    });
    setFocusProxy(m_sections);
}

A3Editor::~A3Editor()
{
    delete m_panel; // shown in the dock, owned here
}

QWidget *A3Editor::propertiesWidget() const
{
    return m_panel;
}

void A3Editor::focusProperties()
{
    m_panel->focusFirstField();
}

} // namespace Takt
