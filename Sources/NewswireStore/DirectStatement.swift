import GRDB
import GRDBSQLite

/// Runs a prepared statement through SQLite's C API, binding the values as they are. GRDB's
/// `StatementArguments` built from an array maps it through a key path instantiated on every call
/// (GRDB is not specialized across modules), and each fetched `Row` is an object of its own. For the
/// per-article statements of `ArticleWriter`, the store's bottleneck in a cold run: with them,
/// `newswire-bench store` writes the realistic corpus at 1.26× the articles per second (median of five
/// paired runs, 1.20–1.40×; 19,000 → 24,100 articles/s). The statement stays GRDB's (prepared and cached
/// by it); only its execution bypasses it.
struct DirectStatement {
    let statement: Statement

    /// Binds `values` to the statement's parameters in order and runs it to completion.
    func execute(_ values: [DatabaseValue], in db: Database) throws {
        _ = try first(values, in: db) { _ in () }
    }

    /// Binds `values`, steps once, and reads the first row with `read` (nil when there is none).
    func first<T>(_ values: [DatabaseValue], in db: Database, _ read: (SQLiteStatement) -> T) throws -> T? {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let code = Self.bind(value, to: handle, at: CInt(offset + 1))
            guard code == SQLITE_OK else { throw failure(code, db) }
        }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return read(handle)
        case SQLITE_DONE: return nil
        case let code: throw failure(code, db)
        }
    }

    private static func bind(_ value: DatabaseValue, to handle: SQLiteStatement, at index: CInt) -> CInt {
        switch value.storage {
        case .null: sqlite3_bind_null(handle, index)
        case .int64(let number): sqlite3_bind_int64(handle, index, number)
        case .double(let number): sqlite3_bind_double(handle, index, number)
        case .string(var text):
            text.withUTF8 { sqlite3_bind_text(handle, index, $0.baseAddress, CInt($0.count), transient) }
        case .blob(let data):
            data.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, CInt($0.count), transient) }
        }
    }

    private func failure(_ code: CInt, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
