#include "fishbonepanel.h"

#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "editor/fieldline.h"
#include "fishbone/fishbonestore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Takt {

FishbonePanel::FishbonePanel(Document *document, EntityId diagram, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(FishboneStore::of(*document))
    , m_selected(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Fishbone"), this);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const auto &fields = FishboneDiagram::fields();
    for (FishboneDiagram::Field f : {FishboneDiagram::Field::Name, FishboneDiagram::Field::Effect})
        m_lines << new FieldLine(
            document, &m_store->diagramList(), fields.find(int(f))->def, "FishboneDiagram",
            [diagram] { return diagram; }, form);
    layout->addWidget(box);
    auto *selected = new QGroupBox(tr("Selected"), this);
    auto *selectedLayout = new QVBoxLayout(selected);
    m_selected->setObjectName(QStringLiteral("fishbone-selected"));
    m_selected->setWordWrap(true);
    selectedLayout->addWidget(m_selected);
    layout->addWidget(selected);
    layout->addStretch();
    for (const EntityListBase *list : {static_cast<EntityListBase *>(&m_store->diagramList()),
                                       static_cast<EntityListBase *>(&m_store->causeList()),
                                       static_cast<EntityListBase *>(&document->links())})
        connect(list, &EntityListBase::modified, this, &FishbonePanel::refresh);
    refresh();
}

void FishbonePanel::setItem(EntityId item)
{
    m_item = item;
    refresh();
}

void FishbonePanel::focusFirstField()
{
    m_lines.first()->edit()->setFocus(Qt::OtherFocusReason);
    m_lines.first()->edit()->selectAll();
}

void FishbonePanel::refresh()
{
    for (FieldLine *line : std::as_const(m_lines))
        line->refresh();
    const FishboneCause *c = m_store->cause(m_item);
    if (!c) {
        m_selected->setText(m_store->category(m_item)
                                ? tr("A category: Ctrl+Enter adds a cause to its bone.")
                                : tr("Choose a cause in the outline or the diagram."));
        return;
    }
    QStringList lines {c->likely ? tr("Marked likely.") : tr("Not marked likely (Ctrl+L).")};
    const QList<EntityId> whys = FollowUps::of(*m_document, c->id);
    for (EntityId analysis : whys)
        lines << tr("5 Whys: %1").arg(EntityNames::nameOf(*m_document, analysis));
    if (whys.isEmpty())
        lines << tr("Ask why it happens: Problem ▸ Ask Why… (Ctrl+Shift+Y).");
    m_selected->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Takt
