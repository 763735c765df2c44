#include "agendaeditor.h"

#include "agenda/agendastore.h"
#include "agenda/agendatablemodel.h"
#include "agenda/facilitationtimer.h"
#include "common/duration.h"
#include "document/document.h"
#include "presenterwindow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

AgendaEditor::AgendaEditor(Document *document, EntityId registerId, QWidget *parent)
    : RecordTableEditor(document, registerId, new AgendaTableModel(document), parent)
    , m_store(AgendaStore::of(*document))
{
    filterEdit()->setPlaceholderText(tr("Filter: item, who, about…"));
    filterEdit()->setAccessibleName(tr("Filter the agenda"));
    table()->setObjectName(QStringLiteral("agenda"));
    QHeaderView *header = table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AgendaTableModel::ItemColumn, QHeaderView::Stretch);
    fitColumn(AgendaTableModel::DayColumn, {QStringLiteral("14")});
    fitColumn(AgendaTableModel::PlannedColumn, {QStringLiteral("1 h 30 min")});
    fitColumn(AgendaTableModel::ActualColumn, {QStringLiteral("1 h 30 min (+15)")});
    header->resizeSection(AgendaTableModel::OwnerColumn, fontMetrics().averageCharWidth() * 20);
    header->resizeSection(AgendaTableModel::AboutColumn, fontMetrics().averageCharWidth() * 24);
    // A row dragged by its number moves the item (in agenda order, not when sorted).
    table()->verticalHeader()->setSectionsMovable(true);
    connect(table()->verticalHeader(), &QHeaderView::sectionMoved, this,
            [this](int, int from, int to) {
                QHeaderView *rows = table()->verticalHeader();
                const QSignalBlocker quiet(rows);
                rows->moveSection(to, from); // the model moves; the header stays in order
                const EntityId id
                    = model()->idAt(filter()->mapToSource(filter()->index(from, 0)).row());
                const int target = filter()->mapToSource(filter()->index(to, 0)).row();
                if (id && filter()->sortColumn() < 0)
                    ArtefactEditor::document()->undoStack()->push(m_store->moveItem(id, target));
            });
    table()->installEventFilter(this);
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setRange(1, 14);
    m_day->setValue(qMax(1, m_store->lastDay()));
    m_day->setAccessibleName(tr("Day of the items typed next"));
    m_day->setToolTip(tr("The day the items typed below go to"));
    auto *dayLabel = new QLabel(tr("New items on &day:"), this);
    dayLabel->setBuddy(m_day);
    bar()->addWidget(dayLabel);
    bar()->addWidget(m_day);
    setEntry(tr("Type an item: title, minutes, led by — and press Enter"), tr("New agenda item"),
             [this](const QString &text) { return addTyped(text); });
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, makeTimerBar());
    connect(m_store->timer(), &FacilitationTimer::changed, this, &AgendaEditor::refreshTimer);
    auto *ticker = new QTimer(this);
    ticker->setInterval(500);
    connect(ticker, &QTimer::timeout, this, &AgendaEditor::refreshTimer);
    ticker->start();
    refreshTimer();
    refreshFooter();
}

AgendaEditor::~AgendaEditor()
{
    delete m_presenter; // before the document it reads
}

QWidget *AgendaEditor::makeTimerBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("timer_bar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    FacilitationTimer *timer = m_store->timer();
    const auto button = [this, row](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    m_start = button(tr("▶ &Start"), QStringLiteral("start"),
                     tr("Start or pause the timer of the current item"));
    connect(m_start, &QPushButton::clicked, timer,
            [timer] { timer->isRunning() ? timer->pause() : timer->start(); });
    connect(button(tr("+1 min"), QStringLiteral("plus1"), tr("One more minute for this item")),
            &QPushButton::clicked, timer, [timer] { timer->addMinutes(1); });
    connect(button(tr("+5 min"), QStringLiteral("plus5"), tr("Five more minutes for this item")),
            &QPushButton::clicked, timer, [timer] { timer->addMinutes(5); });
    connect(button(tr("&Next Item ▸"), QStringLiteral("next"),
                   tr("Record this item's time and start the next")),
            &QPushButton::clicked, timer, &FacilitationTimer::next);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_clock->setFont(big);
    // A long item name is cut, not pushing the docks aside; the tooltip has it whole.
    m_clock->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_clock->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    row->addWidget(m_clock, 1);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balance"));
    row->addWidget(m_balance);
    connect(button(tr("&Presenter View"), QStringLiteral("presenter"),
                   tr("The timer full screen on the projector")),
            &QPushButton::clicked, this, &AgendaEditor::showPresenter);
    return bar;
}

void AgendaEditor::refreshTimer()
{
    const FacilitationTimer *timer = m_store->timer();
    m_start->setText(timer->isRunning() ? tr("❚❚ &Pause") : tr("▶ &Start"));
    const AgendaItem *item = m_store->row(timer->item());
    if (!item) {
        m_clock->setText(tr("Timer: no item running"));
    } else {
        const double left = timer->remaining();
        m_clock->setText(
            left > 0 ? tr("%1: %2 left").arg(item->title, FacilitationTimer::clockText(left))
                     : tr("%1: %2 over time").arg(item->title, FacilitationTimer::clockText(left)));
    }
    m_clock->setToolTip(m_clock->text());
    m_balance->setText(tr("Agenda: %1").arg(AgendaStore::balanceText(m_store->balance())));
}

QString AgendaEditor::addTyped(const QString &text)
{
    // "title, minutes, led by": the first part after the title that reads as a duration is
    // the timebox, so that a title may hold commas; "Retro 20" (no comma) works too.
    const QStringList parts = text.split(QLatin1Char(','));
    AgendaItem item;
    for (int i = 1; i < parts.size() && !item.planned; ++i)
        if (const auto seconds
            = Duration::parse(parts.at(i).trimmed(), nullptr, Duration::Unit::Minutes)) {
            item.title = parts.mid(0, i).join(QLatin1Char(',')).trimmed();
            item.planned = *seconds;
            item.owner = parts.mid(i + 1).join(QLatin1Char(',')).trimmed();
        }
    if (!item.planned) {
        const int space = text.trimmed().lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            if (const auto seconds = Duration::parse(text.trimmed().mid(space + 1), nullptr,
                                                     Duration::Unit::Minutes)) {
                item.title = text.trimmed().left(space).trimmed();
                item.planned = *seconds;
            }
    }
    if (!item.planned || *item.planned <= 0)
        return tr("Say how long it takes: “title, minutes, led by”, e.g. “Coffee break, 15”.");
    if (item.title.isEmpty())
        return tr("Type the item's title first.");
    item.day = m_day->value();
    item.id = document()->newId();
    // At the end of its day.
    int index = 0;
    for (int i = 0; i < m_store->items().count(); ++i)
        if (m_store->items().items().at(i).dayNumber() <= *item.day)
            index = i + 1;
    document()->undoStack()->push(m_store->addItems({item}, index));
    return {};
}

void AgendaEditor::moveSelection(int by)
{
    const QList<EntityId> ids = selectedIds();
    if (ids.size() != 1 || filter()->sortColumn() >= 0)
        return;
    const int to = m_store->items().indexOf(ids.first()) + by;
    if (to < 0 || to >= m_store->items().count())
        return;
    document()->undoStack()->push(m_store->moveItem(ids.first(), to));
    table()->selectRow(filter()->mapFromSource(model()->index(to, 0)).row());
}

bool AgendaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == table() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelection(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return RecordTableEditor::eventFilter(watched, event);
}

void AgendaEditor::showPresenter()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow(*m_store, this); // a window, gone with the editor
        // Closed on the one screen there is: back to the facilitator's window.
        connect(m_presenter, &QObject::destroyed, this, [this] { window()->activateWindow(); });
    }
    m_presenter->showFor(window()->screen());
    m_presenter->raise();
}

void AgendaEditor::removeRows(const QSet<EntityId> &ids)
{
    document()->undoStack()->push(m_store->removeItems(ids));
}

void AgendaEditor::refreshFooter()
{
    QStringList days;
    for (int day = 1; day <= m_store->lastDay(); ++day)
        days << tr("Day %1: planned %2, actual %3")
                    .arg(day)
                    .arg(AgendaStore::minutesText(m_store->plannedOn(day)),
                         AgendaStore::minutesText(m_store->actualOn(day)));
    setFooter(
        m_store->summary(m_store->registerId())
        + (days.isEmpty() ? QString() : QStringLiteral(" · ") + days.join(QStringLiteral(" · "))));
}

} // namespace Takt
