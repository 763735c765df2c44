#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace Takt {

class IdeaStore;

/** The kaizen ideas as CSV, as `takt ideas --csv` prints them: No.,Idea,Tags,About,Figure,
 *  Change,Impact,Effort,Size,Status,PDCA,Dots (the last closed round's). */
class IdeaCsv
{
public:
    static QByteArray write(const IdeaStore &store);
};

} // namespace Takt
