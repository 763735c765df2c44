#pragma once

#include <QByteArray>

namespace Takt {
class Document;
}

/**
 * What a user would find in a document, as text: the workshop record, the links, and for every
 * registered kind each artefact's name, summary, navigator rows and JSON. The kill loop's driver
 * writes its digest after every edit; the harness compares the recovered document's against
 * them. Built from the registry only, so that a kind that lands later is covered too.
 */
class DocumentState
{
public:
    static QByteArray text(const Takt::Document &document);
    /** A short hash of text(). */
    static QByteArray digest(const Takt::Document &document);
};
