import Foundation
import Logging
import NewswireModel
import NewswirePostgres
import PostgresNIO
import Testing

/// The PostgreSQL server of the tests: `NEWSWIRE_TEST_POSTGRES_URL` (scripts/pg-cluster starts one;
/// `.ci/run` and `scripts/test` set it), e.g. `postgresql://newswire:PASSWORD@127.0.0.1:PORT/postgres`.
/// Each test gets a database of its own (UTF-8, ICU's en-US collation), so tests run in parallel.
struct TestDatabase {
    static let url = ProcessInfo.processInfo.environment["NEWSWIRE_TEST_POSTGRES_URL"].flatMap(URLComponents.init(string:))
    static var isConfigured: Bool { url != nil }

    let name: String
    let location: PostgresLocation
    let password: String?
    var environment: [String: String] { password.map { ["NEWSWIRE_STORE_PASSWORD": $0] } ?? [:] }

    /// Creates a new empty database on the test server.
    static func create() async throws -> TestDatabase {
        let url = try #require(url)
        let name = "newswire_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let server = PostgresLocation(host: url.host ?? "127.0.0.1", port: url.port ?? 5432, user: url.user ?? "newswire",
                                      database: String(url.path.dropFirst()), tls: .disable)
        try await admin(server, password: url.password) { connection in
            // A language's collation, as most real databases have: text ordered by bytes must say so.
            _ = try await connection.query(PostgresQuery(unsafeSQL: """
                CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'
                    LOCALE 'C.UTF-8'
                """), logger: logger)
        }
        var location = server
        location.database = name
        return TestDatabase(name: name, location: location, password: url.password)
    }

    static let logger = Logger(label: "newswire-tests")

    /// `body` with a migrated store on a new database, its pool running.
    static func withStore(_ body: @Sendable (PostgresStore, TestDatabase) async throws -> Void) async throws {
        let database = try await create()
        let store = try await PostgresStore.connect(database.location, environment: database.environment, logger: logger)
        try await store.withRunningPool { store in
            try await store.migrate()
            try await body(store, database)
        }
    }

    /// `body` on one connection to the server's own database (`postgres`), closed after.
    static func admin(_ server: PostgresLocation, password: String?,
                      _ body: (PostgresConnection) async throws -> Void) async throws {
        let configuration = PostgresConnection.Configuration(host: server.host, port: server.port, username: server.user,
                                                             password: password, database: server.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await body(connection)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
