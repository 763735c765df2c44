#include "kpieditor.h"

#include "core/addremoveentities.h"
#include "document/document.h"
#include "kpi/kpistore.h"
#include "kpi/measurementcsv.h"
#include "kpi/measurementtablemodel.h"
#include "kpipropertiespanel.h"
#include "xmrchartview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

KpiEditor::KpiEditor(Document *document, EntityId kpi, QWidget *parent)
    : ArtefactEditor(document, kpi, parent)
    , m_store(KpiStore::of(*document))
    , m_model(new MeasurementTableModel(document, kpi, this))
    , m_table(new QTableView(this))
    , m_chart(new XmrChartView(this))
    , m_message(new QLabel(this))
    , m_properties(new KpiPropertiesPanel(document, kpi, nullptr))
{
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("measurements"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Type a value, or paste a column (or date and value) from a "
                           "spreadsheet with Ctrl+V"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes(
        {fontMetrics().averageCharWidth() * 60, fontMetrics().averageCharWidth() * 100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_model, &MeasurementTableModel::refused, this, [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    });
    connect(m_store, &KpiStore::seriesChanged, this, [this](EntityId id) {
        if (id == artefactId())
            refresh();
    });
    connect(&m_store->kpiList(), &EntityListBase::changed, this, [this](EntityId id) {
        if (id == artefactId())
            refresh();
    });
    refresh();
}

KpiEditor::~KpiEditor()
{
    delete m_properties; // shown in the main window's dock, owned here
}

QWidget *KpiEditor::propertiesWidget() const
{
    return m_properties;
}

void KpiEditor::focusProperties()
{
    m_properties->focusFirstField();
}

void KpiEditor::refresh()
{
    const Kpi *kpi = m_store->kpi(artefactId());
    if (!kpi)
        return;
    const QList<Measurement> series = m_store->series(artefactId());
    m_chart->display(*kpi, series, m_store->chart(artefactId(), series));
}

bool KpiEditor::pasteText(const QString &text)
{
    QString error;
    const QList<Measurement> series = m_store->series(artefactId());
    // Values without dates follow the last one a day at a time.
    const QDate next = series.isEmpty()
        ? QDate::currentDate()
        : Measurement::parseTime(series.last().takenAt).date().addDays(1);
    auto rows = MeasurementCsv::readPasted(text, QLocale(), next, &error);
    if (!rows) {
        m_message->setText(tr("Nothing pasted: %1.").arg(error));
        m_message->show();
        return false;
    }
    for (Measurement &m : *rows) {
        m.id = document()->newId();
        m.kpi = artefactId();
    }
    document()->undoStack()->push(m_store->addMeasurements(*rows));
    m_message->hide();
    Q_EMIT statusMessage(tr("Pasted %n measurement(s).", nullptr, int(rows->size())));
    return true;
}

void KpiEditor::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void KpiEditor::deleteSelection()
{
    QSet<EntityId> gone;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        gone.insert(m_model->measurementAt(row.row()));
    gone.remove(0);
    if (gone.isEmpty())
        return;
    auto *command = new RemoveEntities<Measurement>(&m_store->measurementList(), gone);
    command->setText(tr("Delete %n measurement(s)", nullptr, int(gone.size())));
    document()->undoStack()->push(command);
}

} // namespace Takt
