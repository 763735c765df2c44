#include "faultvfs.h"

#include <array>
#include <cstring>

namespace FaultVfs {

namespace {
sqlite3_vfs *real = nullptr;
sqlite3_vfs shim;
std::array<int, 4> counted {};
Call armedCall = Call::Write;
int armedNth = 0; // 0: disarmed
int armedCode = SQLITE_OK;
bool hasStruck = false;
bool strikesAfter = false;

/** Counts @p call; whether this one is to fail. */
bool strikes(Call call)
{
    const int n = ++counted[int(call)];
    if (armedNth && call == armedCall && (n == armedNth || (strikesAfter && n > armedNth))) {
        hasStruck = true;
        return true;
    }
    return false;
}

/** A file of the real VFS with its own methods in front. */
struct File
{
    sqlite3_file base; // first: SQLite sees a File as a sqlite3_file
    sqlite3_file *inner;
};

sqlite3_file *innerOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->inner;
}

int close(sqlite3_file *file)
{
    const int rc
        = innerOf(file)->pMethods ? innerOf(file)->pMethods->xClose(innerOf(file)) : SQLITE_OK;
    sqlite3_free(innerOf(file));
    return rc;
}
int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return innerOf(f)->pMethods->xRead(innerOf(f), data, amount, offset);
}
int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (strikes(Call::Write))
        return armedCode;
    return innerOf(f)->pMethods->xWrite(innerOf(f), data, amount, offset);
}
int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (strikes(Call::Truncate))
        return armedCode;
    return innerOf(f)->pMethods->xTruncate(innerOf(f), size);
}
int sync(sqlite3_file *f, int flags)
{
    if (strikes(Call::Sync))
        return armedCode;
    return innerOf(f)->pMethods->xSync(innerOf(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return innerOf(f)->pMethods->xFileSize(innerOf(f), size);
}
int lock(sqlite3_file *f, int level)
{
    return innerOf(f)->pMethods->xLock(innerOf(f), level);
}
int unlock(sqlite3_file *f, int level)
{
    return innerOf(f)->pMethods->xUnlock(innerOf(f), level);
}
int checkReservedLock(sqlite3_file *f, int *out)
{
    return innerOf(f)->pMethods->xCheckReservedLock(innerOf(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return innerOf(f)->pMethods->xFileControl(innerOf(f), op, arg);
}
int sectorSize(sqlite3_file *f)
{
    return innerOf(f)->pMethods->xSectorSize(innerOf(f));
}
int deviceCharacteristics(sqlite3_file *f)
{
    return innerOf(f)->pMethods->xDeviceCharacteristics(innerOf(f));
}
int shmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return innerOf(f)->pMethods->xShmMap(innerOf(f), page, size, extend, out);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return innerOf(f)->pMethods->xShmLock(innerOf(f), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    innerOf(f)->pMethods->xShmBarrier(innerOf(f));
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return innerOf(f)->pMethods->xShmUnmap(innerOf(f), deleteFlag);
}

// Version 2: write-ahead logging's shared memory; no memory-mapped I/O (version 3) offered.
const sqlite3_io_methods methods = {2,
                                    close,
                                    read,
                                    write,
                                    truncate,
                                    sync,
                                    fileSize,
                                    lock,
                                    unlock,
                                    checkReservedLock,
                                    fileControl,
                                    sectorSize,
                                    deviceCharacteristics,
                                    shmMap,
                                    shmLock,
                                    shmBarrier,
                                    shmUnmap,
                                    nullptr,
                                    nullptr};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *mine = reinterpret_cast<File *>(file);
    mine->base.pMethods = nullptr;
    if (strikes(Call::Open))
        return armedCode;
    mine->inner = static_cast<sqlite3_file *>(sqlite3_malloc(real->szOsFile));
    if (!mine->inner)
        return SQLITE_NOMEM;
    std::memset(mine->inner, 0, size_t(real->szOsFile));
    const int rc = real->xOpen(real, name, mine->inner, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (mine->inner->pMethods)
            mine->inner->pMethods->xClose(mine->inner);
        sqlite3_free(mine->inner);
        return rc;
    }
    mine->base.pMethods = &methods;
    return SQLITE_OK;
}

int remove(sqlite3_vfs *, const char *name, int syncDir)
{
    return real->xDelete(real, name, syncDir);
}
int access(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return real->xAccess(real, name, flags, out);
}
int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return real->xFullPathname(real, name, size, out);
}
int randomness(sqlite3_vfs *, int size, char *out)
{
    return real->xRandomness(real, size, out);
}
int sleep(sqlite3_vfs *, int microseconds)
{
    return real->xSleep(real, microseconds);
}
int currentTime(sqlite3_vfs *, double *out)
{
    return real->xCurrentTime(real, out);
}
int lastError(sqlite3_vfs *, int size, char *out)
{
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}
int currentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return real->xCurrentTimeInt64(real, out);
}
} // namespace

void install()
{
    if (real)
        return;
    real = sqlite3_vfs_find(nullptr);
    shim = sqlite3_vfs {};
    shim.iVersion = 2;
    shim.szOsFile = int(sizeof(File));
    shim.mxPathname = real->mxPathname;
    shim.zName = "takt-faults";
    shim.xOpen = open;
    shim.xDelete = remove;
    shim.xAccess = access;
    shim.xFullPathname = fullPathname;
    shim.xRandomness = randomness;
    shim.xSleep = sleep;
    shim.xCurrentTime = currentTime;
    shim.xGetLastError = lastError;
    shim.xCurrentTimeInt64 = currentTimeInt64;
    // Dynamic loading of extensions is not offered: Takt loads none.
    sqlite3_vfs_register(&shim, 1);
}

void arm(Call call, int nth, int code, bool andAfter)
{
    strikesAfter = andAfter;
    counted = {};
    armedCall = call;
    armedNth = nth;
    armedCode = code;
    hasStruck = false;
}

void disarm()
{
    armedNth = 0;
    counted = {};
}

bool struck()
{
    return hasStruck;
}

int calls(Call call)
{
    return counted[int(call)];
}

} // namespace FaultVfs
