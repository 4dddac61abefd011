import Foundation
import Logging
import NewswireModel
import NewswireStore
import PostgresNIO

/// The store in a PostgreSQL database that several instances share (`[store] url`). Its connections come
/// from a `PostgresClient`, whose `run()` must be running while the store is used (the first service of
/// the daemon's ServiceGroup, or a child task of a one-shot command).
public final class PostgresStore: Sendable {
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger

    private init(location: PostgresLocation, client: PostgresClient, logger: Logger) {
        self.location = location
        self.client = client
        self.logger = logger
    }

    /// Connects once to see that the server, database and password are right — a pool would retry
    /// forever — then makes the pool. Every error names the store by its url, without a password.
    public static func connect(_ location: PostgresLocation,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               logger: Logger) async throws(StoreError) -> PostgresStore {
        let settings = try PostgresConnectionSettings(location, environment: environment)
        let configuration = try settings.connectionConfiguration
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            try await connection.close()
        } catch {
            throw StoreError(path: "\(location)", reason: Self.describe(error))
        }
        let client = PostgresClient(configuration: try settings.clientConfiguration, backgroundLogger: logger)
        return PostgresStore(location: location, client: client, logger: logger)
    }

    /// Runs the connection pool until the calling task is cancelled; once per store (PostgresClient's rule).
    public func run() async {
        await client.run()
    }

    /// Brings the schema up to date; returns the migrations it applied (none when another instance did).
    @discardableResult
    public func migrate() async throws(StoreError) -> [String] {
        do {
            return try await PostgresMigrations.migrate(client, logger: logger)
        } catch {
            throw StoreError(path: "\(location)", reason: "migrating: \(Self.describe(error))")
        }
    }

    /// The migrations this database lacks (every one when it has no newswire schema), without applying them:
    /// for commands that only read.
    public func pendingMigrations() async throws(StoreError) -> [String] {
        try await storeCall("reading the schema version") { client, logger in
            var applied = Set<String>()
            let exists = try await client.query("SELECT to_regclass('newswire_migrations') IS NOT NULL", logger: logger)
            for try await present in exists.decode(Bool.self) where present {
                for try await name in try await client.query("SELECT name FROM newswire_migrations", logger: logger)
                    .decode(String.self) {
                    applied.insert(name)
                }
            }
            return PostgresMigrations.all.map(\.name).filter { !applied.contains($0) }
        }
    }

    /// `body` with the pool running around it, once per store: for one-shot commands and tests.
    public func withRunningPool<T: Sendable>(_ body: @Sendable (PostgresStore) async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.run() }
            defer { group.cancelAll() }
            return try await body(self)
        }
    }

    /// `body` with the pool; any error becomes a `StoreError` saying what was being done.
    func storeCall<T>(_ doing: String, _ body: (PostgresClient, Logger) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await body(client, logger)
        } catch {
            throw StoreError(path: "\(location)", reason: "\(doing): \(Self.describe(error))")
        }
    }

    /// What went wrong, in the server's words where it gave some (the server never repeats a password).
    static func describe(_ error: any Error) -> String {
        if let failed = error as? PostgresTransactionError,
           let cause = failed.closureError ?? failed.beginError ?? failed.commitError ?? failed.rollbackError {
            return describe(cause)
        }
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            return message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        return error.underlying.map { "\(error.code): \($0)" } ?? "\(error.code)"
    }
}
