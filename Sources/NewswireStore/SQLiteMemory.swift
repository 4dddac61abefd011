import GRDBSQLite

/// Memory SQLite holds in this process: page caches of every connection, schemas, prepared statements.
public enum SQLiteMemory {
    /// Bytes SQLite has allocated now (`sqlite3_memory_used`).
    public static func bytesInUse() -> Int { Int(sqlite3_memory_used()) }
}
