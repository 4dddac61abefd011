import Foundation
import GRDB
import NewswireModel

/// The article store in one SQLite file (WAL mode) under `state_dir`.
public final class SQLiteArticleStore: ArticleStore {
    /// Path of the database file.
    public let path: String
    package let pool: DatabasePool
    private let checkpointer: WALCheckpointer
    /// The source lists of large combined feeds that this process stored or found.
    let sourceLists = SourceLists()

    /// Opens (creating when needed) `newswire.sqlite` in `stateDir` and migrates it.
    public convenience init(stateDir: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: stateDir, reason: "cannot create the state folder: \(error.localizedDescription)")
        }
        try self.init(path: (stateDir as NSString).appendingPathComponent("newswire.sqlite"))
    }

    /// Opens (creating when needed) the database at `path` and migrates it.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (`run` beside `regenerate`) may hold the write lock for a moment.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // SQLite's default 4 KB pages, measured against 16 KB: 16 KB writes the realistic corpus into a new
            // store 1.3× as fast (`newswire-bench store`, fewer overflow pages), but a daemon's commits are small
            // and touch random index pages: 2,000 commits of 5 articles into a 100,000-article store wrote
            // 683 KB each instead of 252 KB, and took 1.2× as long.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try StoreMigrations.migrator().migrate(pool)
            // The writer's page cache holds the index pages that every insert touches (hash, link and atom id
            // are random keys): without it, batches read them again from the file. Readers keep the default.
            // Statement journals stay in memory rather than in temp files.
            // Large batches are checkpointed by `checkpointer` on its own thread; the writer's own automatic
            // checkpoints only step in past 40 MB of WAL.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 10000")
            }
            checkpointer = try WALCheckpointer(path: path)
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
    }

    /// `write(_:)` on the writer's own thread (GRDB's), the caller suspended meanwhile.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
    }

    /// Batches of at least this many writes are checkpointed off the writer's thread.
    public static let batchCheckpointSize = 8

    /// Copies the WAL's committed frames into the database file on the checkpointer's thread.
    func requestCheckpoint() {
        checkpointer.request()
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
    }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
