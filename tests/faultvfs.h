#pragma once

#include <sqlite3.h>

/**
 * An SQLite VFS registered over the default one, as SQLite's own I/O-error tests do: it
 * passes every call to the real VFS except the Nth of the armed kind (xWrite, xSync,
 * xTruncate or xOpen), which fails with the armed code (SQLITE_FULL, SQLITE_IOERR_*). Every
 * connection opened after install() goes through it; disarmed, it changes nothing.
 */
namespace FaultVfs {

enum class Call { Write, Sync, Truncate, Open };

/** Registers the shim as the default VFS (once). */
void install();
/** The @p nth call of @p call from now on fails with @p code (with @p andAfter, every one
 *  from the nth: a full disk); the calls are counted anew. */
void arm(Call call, int nth, int code, bool andAfter = false);
void disarm();
/** Whether the armed fault has struck since arm(). */
bool struck();
/** How many calls of @p call were made since arm() (or since disarm()). */
int calls(Call call);

} // namespace FaultVfs
