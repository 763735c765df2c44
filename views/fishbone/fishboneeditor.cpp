#include "fishboneeditor.h"

#include "document/document.h"
#include "editor/diagramview.h"
#include "fishbone/fishbonedrawing.h"
#include "fishbone/fishbonemodel.h"
#include "fishbone/fishbonestore.h"
#include "fishboneoutlineview.h"
#include "fishbonepanel.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Takt {

FishboneEditor::FishboneEditor(Document *document, EntityId diagram, QWidget *parent)
    : DiagramEditor(document, diagram, parent)
    , m_store(FishboneStore::of(*document))
    , m_model(new FishboneModel(document, diagram, this))
    , m_outline(new FishboneOutlineView(document, m_model, this))
    , m_diagram(new DiagramView(
          [store = m_store, diagram](const QFont &font) {
              return std::make_unique<FishboneDrawing>(store->tree(diagram), font);
          },
          Diagram::paperFont(),
          this))
    , m_panel(new FishbonePanel(document, diagram))
{
    setZoomedView(m_diagram);
    m_diagram->setObjectName(QStringLiteral("fishbone-diagram"));
    m_diagram->setAccessibleName(tr("Fishbone diagram"));
    m_diagram->watch(&m_store->diagramList());
    m_diagram->watch(&m_store->categoryList());
    m_diagram->watch(&m_store->causeList());
    m_diagram->watch(&document->links()); // "→ 5 Whys" under a cause that started one

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *keys = new QLabel(tr("Enter: next category or cause · Ctrl+Enter: a cause under it · "
                               "Tab / Shift+Tab: nest · Alt+↑↓: move · Ctrl+L: likely"),
                            left);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(keys);
    leftLayout->addWidget(m_outline);

    // The drawing is wide: it takes most of the width, the outline the rest.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({330, 670});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_outline, &OutlineView::currentItemChanged, this, [this](EntityId item) {
        m_diagram->setSelected(item);
        m_panel->setItem(item);
    });
    connect(m_diagram, &DiagramView::itemClicked, m_outline, &OutlineView::selectItem);
    connect(m_outline, &OutlineView::message, this, &ArtefactEditor::statusMessage);
    setFocusProxy(m_outline);
    m_outline->selectItem(m_store->categoriesOf(diagram).value(0));
}

FishboneEditor::~FishboneEditor()
{
    delete m_panel; // shown in the dock, owned here
}

QWidget *FishboneEditor::propertiesWidget() const
{
    return m_panel;
}

void FishboneEditor::focusProperties()
{
    m_panel->focusFirstField();
}

void FishboneEditor::deleteSelection()
{
    // Delete in a Properties line deletes text, not the cause.
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_panel->isAncestorOf(focus))
        m_outline->removeCurrent();
}

} // namespace Takt
