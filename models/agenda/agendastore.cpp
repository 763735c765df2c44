#include "agendastore.h"

#include "core/moveentity.h"
#include "facilitationtimer.h"

#include <QLocale>

#include <cmath>

namespace Takt {

AgendaStore::AgendaStore(Document &document, const ArtefactKind &kind)
    : RegisterStore(document,
                    kind,
                    {QStringLiteral("agendas"), QStringLiteral("agenda_items")},
                    [](const AgendaItem &i) { return i.title; })
    , m_about(document, QStringLiteral("about"))
    , m_carried(document, QStringLiteral("carried from"))
    , m_timer(new FacilitationTimer(*this, this))
{ }

AgendaStore *AgendaStore::of(const Document &document)
{
    return document.store<AgendaStore>();
}

QUndoCommand *AgendaStore::addItems(const QList<AgendaItem> &items, int index)
{
    QUndoCommand *command
        = addRows(items, tr("Add %n agenda item(s)", nullptr, int(items.size())), index);
    for (const AgendaItem &i : items)
        m_about.link(i.id, i.about, command);
    return command;
}

QUndoCommand *AgendaStore::removeItems(const QSet<EntityId> &ids)
{
    return removeRows(ids, tr("Delete %n agenda item(s)", nullptr, int(ids.size())));
}

QUndoCommand *AgendaStore::moveItem(EntityId item, int index)
{
    return new MoveEntity<AgendaItem>(&rowList(), item, index,
                                      tr("Move “%1”").arg(rows().titleOf(item)));
}

QUndoCommand *AgendaStore::changeAbout(EntityId item, const QString &text)
{
    return m_about.change(&rowList(), item, int(AgendaItem::Field::About), text,
                          tr("Change About"));
}

int AgendaStore::lastDay() const
{
    int day = 0;
    for (const AgendaItem &i : items().items())
        day = qMax(day, i.dayNumber());
    return day;
}

int AgendaStore::currentDay() const
{
    for (const AgendaItem &i : items().items())
        if (!i.isRun())
            return i.dayNumber();
    return qMax(1, lastDay());
}

double AgendaStore::plannedOn(int day) const
{
    double seconds = 0;
    for (const AgendaItem &i : items().items())
        if (i.dayNumber() == day)
            seconds += i.plannedSeconds();
    return seconds;
}

double AgendaStore::actualOn(int day) const
{
    double seconds = 0;
    for (const AgendaItem &i : items().items())
        if (i.dayNumber() == day)
            seconds += i.actual.value_or(0);
    return seconds;
}

double AgendaStore::balance() const
{
    double seconds = 0;
    for (const AgendaItem &i : items().items())
        if (i.isRun())
            seconds += *i.actual - i.plannedSeconds();
    return seconds;
}

QString AgendaStore::balanceText(double seconds)
{
    const int minutes = int(std::lround(std::abs(seconds) / 60.0));
    if (minutes == 0)
        return tr("on time");
    return seconds > 0 ? tr("%n min behind", nullptr, minutes)
                       : tr("%n min ahead", nullptr, minutes);
}

QString AgendaStore::minutesText(double seconds)
{
    if (seconds < 60 && seconds > 0)
        return tr("%1 s").arg(int(std::lround(seconds)));
    const int minutes = int(std::lround(seconds / 60.0));
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : tr("%1 h").arg(minutes / 60);
}

EntityId AgendaStore::addFollowUp(const FollowUp &followUp, QUndoCommand *command)
{
    // The next day's agenda: after the last item of the day after the one being run.
    AgendaItem item;
    item.id = document().newId();
    item.title = followUp.what;
    item.owner = followUp.owner;
    item.notes = followUp.notes;
    item.day = followUp.day > 0 ? followUp.day : currentDay() + 1;
    item.planned = 10 * 60.0; // a short slot; the facilitator sets it
    int index = 0;
    for (int i = 0; i < items().count(); ++i)
        if (items().items().at(i).dayNumber() <= *item.day)
            index = i + 1;
    new AddEntities<AgendaItem>(&rowList(), {item}, index, command);
    if (followUp.source)
        m_carried.linkTo(item.id, followUp.source, command);
    return item.id;
}

QString AgendaStore::summary(EntityId id) const
{
    if (id != registerId())
        return {};
    const int count = int(items().items().size());
    QString text = tr("%n item(s)", nullptr, count);
    if (lastDay() > 1)
        text += tr(" over %n day(s)", nullptr, lastDay());
    bool anyRun = false;
    for (const AgendaItem &i : items().items())
        anyRun = anyRun || i.isRun();
    if (anyRun)
        text += QStringLiteral(", ") + balanceText(balance());
    return text;
}

} // namespace Takt
