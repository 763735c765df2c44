#pragma once

#include "core/entityid.h"
#include "core/fielddef.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;
class QSortFilterProxyModel;
class QTableView;

namespace Takt {

class Document;
class EntityListBase;
class FiveWhysStore;
class RecordTableModel;

/**
 * A 5 Whys in the Properties dock: the problem statement (what, where, when, how much), date,
 * team and scope; the selected cause's wording, evidence and who set its status; and that
 * cause's countermeasures (owner, due date, the figure and its expected effect), each of which
 * can become a tracked action. Every commit is an undo step.
 */
class FiveWhysPanel : public QWidget
{
    Q_OBJECT

public:
    FiveWhysPanel(Document *document, EntityId analysis, QWidget *parent = nullptr);

    void setCause(EntityId cause);
    EntityId cause() const { return m_cause; }
    void focusFirstField();
    QTableView *countermeasureTable() const { return m_measures; }
    void addCountermeasure();
    void removeCountermeasure();
    void countermeasureToAction();

private:
    void addEvidenceFigure(QFormLayout *form);
    void fillEvidenceFigures();
    using IdOf = std::function<EntityId()>;
    /** A line for @p field of whatever @p id names in @p list, kept in step with it. */
    void addLine(QFormLayout *form, EntityListBase *list, const FieldDef &def, const IdOf &id);
    void addCountermeasures();
    void refresh();
    EntityId currentCountermeasure() const;

    Document *const m_document;
    FiveWhysStore *const m_store;
    const EntityId m_analysis;
    EntityId m_cause = 0;
    QWidget *m_causeBox;
    QLabel *m_statusOn;
    QComboBox *m_evidenceFigure; // the map figure the evidence rests on
    QLabel *m_explains; // what the analysis was started from, if anything
    QTableView *m_measures;
    RecordTableModel *m_measureModel;
    QSortFilterProxyModel *m_measureFilter;
    QToolButton *m_remove;
    QToolButton *m_toAction;
    QList<std::function<void()>> m_refreshers;
};

} // namespace Takt
