#include "decisionlogeditor.h"

#include "decisions/decisionstore.h"
#include "decisions/decisiontablemodel.h"
#include "document/document.h"
#include "document/entitynames.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

namespace Takt {

DecisionLogEditor::DecisionLogEditor(Document *document, EntityId registerId, QWidget *parent)
    : RecordTableEditor(document, registerId, new DecisionTableModel(document), parent)
    , m_store(DecisionStore::of(*document))
{
    filterEdit()->setPlaceholderText(tr("Filter: decision, who, about…"));
    filterEdit()->setAccessibleName(tr("Filter the decisions"));
    table()->setObjectName(QStringLiteral("decisions"));
    QHeaderView *header = table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DecisionTableModel::WhatColumn, QHeaderView::Stretch);
    fitColumn(DecisionTableModel::DateColumn, {QStringLiteral("30 Sept 2026")});
    header->resizeSection(DecisionTableModel::DecidedByColumn,
                          fontMetrics().averageCharWidth() * 22);
    header->resizeSection(DecisionTableModel::AboutColumn, fontMetrics().averageCharWidth() * 26);
    setEntry(tr("Type what was decided, and press Enter"), tr("New decision"),
             [this](const QString &text) { return addTyped(text); });
    // A linked About opens where it is; other cells edit.
    table()->setEditTriggers(table()->editTriggers() & ~QAbstractItemView::DoubleClicked);
    connect(table(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &at) {
        const EntityId id = model()->idAt(filter()->mapToSource(at).row());
        if (at.column() == DecisionTableModel::AboutColumn)
            if (const EntityId artefact
                = EntityNames::artefactOf(*ArtefactEditor::document(), m_store->aboutOf(id))) {
                Q_EMIT openRequested(artefact);
                return;
            }
        table()->edit(at);
    });
    refreshFooter();
}

QString DecisionLogEditor::addTyped(const QString &text)
{
    Decision d;
    d.id = document()->newId();
    d.what = text;
    d.date = QDate::currentDate();
    document()->undoStack()->push(m_store->addDecisions({d}));
    return {};
}

void DecisionLogEditor::removeRows(const QSet<EntityId> &ids)
{
    document()->undoStack()->push(m_store->removeDecisions(ids));
}

void DecisionLogEditor::refreshFooter()
{
    int undecided = 0; // nobody named as deciding
    for (const Decision &d : m_store->decisions().items())
        undecided += d.decidedBy.trimmed().isEmpty();
    QString text = m_store->summary(m_store->registerId());
    if (undecided)
        text += tr(" · %n without who decided", nullptr, undecided);
    setFooter(text);
}

} // namespace Takt
