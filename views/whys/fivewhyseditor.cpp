#include "fivewhyseditor.h"

#include "editor/diagramview.h"
#include "fivewhyspanel.h"
#include "whys/fivewhysmodel.h"
#include "whys/fivewhysstore.h"
#include "whys/whysdiagram.h"
#include "whys/whysguidance.h"
#include "whysoutlineview.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Takt {

FiveWhysEditor::FiveWhysEditor(Document *document, EntityId analysis, QWidget *parent)
    : DiagramEditor(document, analysis, parent)
    , m_store(FiveWhysStore::of(*document))
    , m_model(new FiveWhysModel(document, analysis, this))
    , m_outline(new WhysOutlineView(document, m_model, this))
    , m_diagram(new DiagramView(
          [store = m_store, analysis](const QFont &font) {
              return std::make_unique<WhysDiagram>(store->tree(analysis), font);
          },
          Diagram::paperFont(),
          this))
    , m_guidance(new QListWidget(this))
    , m_panel(new FiveWhysPanel(document, analysis))
    , m_guidanceTimer(new QTimer(this))
{
    setZoomedView(m_diagram);
    m_diagram->setObjectName(QStringLiteral("whys-diagram"));
    m_diagram->setAccessibleName(tr("5 Whys tree diagram"));
    m_diagram->watch(&m_store->causes());
    m_diagram->watch(&m_store->analysisList());
    m_guidance->setObjectName(QStringLiteral("whys-guidance"));
    m_guidance->setAccessibleName(tr("Guidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setSpacing(4);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *keys = new QLabel(tr("Enter: next cause · Ctrl+Enter: why? · Tab / Shift+Tab: nest · "
                               "Alt+↑↓: move · Ctrl+R: root cause · Ctrl+K: evidence status"),
                            left);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(keys);
    auto *outlineSplit = new QSplitter(Qt::Vertical, left);
    outlineSplit->addWidget(m_outline);
    auto *guidanceBox = new QWidget(outlineSplit);
    auto *guidanceLayout = new QVBoxLayout(guidanceBox);
    guidanceLayout->setContentsMargins(0, 0, 0, 0);
    guidanceLayout->addWidget(
        new QLabel(tr("Guidance: read each chain back to the room"), guidanceBox));
    guidanceLayout->addWidget(m_guidance);
    outlineSplit->addWidget(guidanceBox);
    outlineSplit->setStretchFactor(0, 3);
    outlineSplit->setStretchFactor(1, 2);
    leftLayout->addWidget(outlineSplit);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_outline, &WhysOutlineView::currentItemChanged, this, [this](EntityId cause) {
        m_diagram->setSelected(cause);
        m_panel->setCause(cause);
    });
    connect(m_diagram, &DiagramView::itemClicked, m_outline, &WhysOutlineView::selectCause);
    connect(m_outline, &WhysOutlineView::message, this, &ArtefactEditor::statusMessage);
    connect(m_guidance, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_outline->selectCause(item->data(Qt::UserRole).value<EntityId>());
    });
    // The guidance is read, not typed into: it follows a pause in the edits, laid out in
    // batches, so that a keystroke in a tree of hundreds never waits for it.
    m_guidanceTimer->setSingleShot(true);
    m_guidanceTimer->setInterval(GuidanceDelayMs);
    connect(m_guidanceTimer, &QTimer::timeout, this, &FiveWhysEditor::refreshGuidance);
    m_guidance->setLayoutMode(QListView::Batched);
    m_guidance->setBatchSize(20);
    for (const EntityListBase *list :
         {static_cast<const EntityListBase *>(&m_store->causes()),
          static_cast<const EntityListBase *>(&m_store->analysisList())})
        connect(list, &EntityListBase::modified, m_guidanceTimer, qOverload<>(&QTimer::start));
    refreshGuidance();
    setFocusProxy(m_outline);
    m_outline->selectCause(m_store->childrenOf(analysis, 0).value(0));
}

FiveWhysEditor::~FiveWhysEditor()
{
    delete m_panel; // shown in the dock, owned here
}

void FiveWhysEditor::refreshGuidance()
{
    m_guidance->clear();
    const FiveWhysTree tree = m_store->tree(artefactId());
    const QList<WhysHint> hints = WhysGuidance::hints(tree);
    for (const WhysHint &hint : hints) {
        // An open point says so in words, and in bold: nothing is told by colour alone.
        const QString text = hint.kind == WhysHint::Kind::ReadBack
            ? hint.text
            : tr("Open point: %1").arg(hint.text);
        auto *item = new QListWidgetItem(text, m_guidance);
        item->setData(Qt::UserRole, QVariant::fromValue(hint.cause));
        if (hint.kind != WhysHint::Kind::ReadBack) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    if (hints.isEmpty())
        new QListWidgetItem(tr("Ask why the problem happens: press Enter in the outline."),
                            m_guidance);
}

QWidget *FiveWhysEditor::propertiesWidget() const
{
    return m_panel;
}

void FiveWhysEditor::focusProperties()
{
    m_panel->focusFirstField();
}

void FiveWhysEditor::deleteSelection()
{
    // What Delete takes follows the focus: a countermeasure in its table, else the cause.
    const QWidget *focus = QApplication::focusWidget();
    const QWidget *table = m_panel->countermeasureTable();
    if (focus && (focus == table || table->isAncestorOf(focus)))
        m_panel->removeCountermeasure();
    else if (!focus || !m_panel->isAncestorOf(focus))
        m_outline->removeCurrent();
}

} // namespace Takt
