#ifndef NEWSWIRE_CSQLITE_SHIM_H
#define NEWSWIRE_CSQLITE_SHIM_H
#include <sqlite3.h>

// Typed wrapper for sqlite3_db_config, which is variadic (Swift cannot call C variadics).

/// Keeps the last connection's close from checkpointing the WAL (two fsyncs per run, and GRDB then rewrites
/// an emptied WAL with two more at the next open). Checkpoints still happen as the WAL grows.
static inline int newswire_sqlite_skip_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

#endif
