#include "parkinglotsection.h"

#include "core/fieldtext.h"
#include "pack/packcomposer.h"
#include "parkinglotstore.h"

namespace Takt {

bool ParkingLotSection::hasContent(const Document &document, const PackOptions &options) const
{
    const ParkingLotStore *store = ParkingLotStore::of(document);
    return store && !store->topics().items().isEmpty() && options.includesItem(store->registerId());
}

void ParkingLotSection::write(PackComposer &composer, const Document &document) const
{
    const ParkingLotStore &store = *ParkingLotStore::of(document);
    const auto &table = ParkedTopic::fields();
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    QList<QStringList> rows;
    QList<int> open; // still parked: marked, and said in words
    for (const ParkedTopic &t : store.topics().items()) {
        if (t.outcome == ParkedTopic::Outcome::Open)
            open << int(rows.size());
        rows << QStringList {t.topic, t.raisedBy, FieldText::formatDate(t.raised),
                             table.choiceLabel(int(ParkedTopic::Field::Outcome), int(t.outcome))};
    }
    composer.table(
        {{tr("Topic"), 4.2}, {tr("Raised by"), 1.8}, {tr("Raised"), 1.7}, {tr("Outcome"), 2.8}},
        rows, open);
    composer.step();
}

} // namespace Takt
