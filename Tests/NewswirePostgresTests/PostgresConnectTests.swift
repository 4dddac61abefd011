import Foundation
import NewswireModel
import NewswirePostgres
import NewswireStore
import NewswireTestSupport
import PostgresNIO
import Testing

/// Reaching the PostgreSQL store: clear errors for a wrong host, database or password (never showing
/// the password), and migrations applied once.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresConnectTests {
    private func connectError(_ location: PostgresLocation, environment: [String: String]) async -> StoreError? {
        do {
            _ = try await PostgresStore.connect(location, environment: environment, logger: TestDatabase.logger)
            return nil
        } catch {
            return error
        }
    }

    @Test func aWrongPasswordIsTheServersWordsWithoutThePassword() async throws {
        let database = try await TestDatabase.create()
        let error = try #require(await connectError(database.location,
                                                    environment: ["NEWSWIRE_STORE_PASSWORD": "not-the-password"]))
        #expect(error.description.contains("password authentication failed for user \"\(database.location.user)\""))
        #expect(error.description.hasPrefix("store postgresql://\(database.location.user)@127.0.0.1:"))
        #expect(!error.description.contains("not-the-password"))
    }

    @Test func anUnknownDatabaseOrAClosedPortIsNamed() async throws {
        let database = try await TestDatabase.create()
        var missing = database.location
        missing.database = database.name + "_missing"
        let noDatabase = try #require(await connectError(missing, environment: database.environment))
        #expect(noDatabase.description.contains("database \"\(missing.database)\" does not exist (SQLSTATE 3D000)"))
        let port = try ClosedPort()
        var closed = database.location
        closed.port = Int(port.port)
        let refused = try #require(await connectError(closed, environment: database.environment))
        #expect(refused.description.lowercased().contains("connection refused"), "\(refused)")
    }

    @Test func thePasswordComesFromTheEnvironmentElseItsFile() async throws {
        let database = try await TestDatabase.create()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var location = database.location
        location.passwordFile = folder + "/password"
        try ((database.password ?? "") + "\n").write(toFile: folder + "/password", atomically: true, encoding: .utf8)
        _ = try await PostgresStore.connect(location, environment: [:], logger: TestDatabase.logger)
        let wrong = try #require(await connectError(location, environment: ["NEWSWIRE_STORE_PASSWORD": "other"]))
        #expect(wrong.description.contains("password authentication failed"), "the environment wins over the file")
        location.passwordFile = folder + "/absent"
        let unreadable = try #require(await connectError(location, environment: [:]))
        #expect(unreadable.description.contains("cannot read password_file \(folder)/absent"))
    }

    @Test func migrationsApplyOnceEvenWhenInstancesStartTogether() async throws {
        let database = try await TestDatabase.create()
        var stores: [PostgresStore] = []
        for _ in 0..<3 {
            stores.append(try await PostgresStore.connect(database.location, environment: database.environment,
                                                          logger: TestDatabase.logger))
        }
        let applied = try await withThrowingTaskGroup(of: [String].self) { group in
            for store in stores {
                group.addTask { try await store.withRunningPool { try await $0.migrate() } }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        #expect(applied == ["v8-baseline", "v9-cluster"], "one instance migrated, the others found it done")
        let later = try await PostgresStore.connect(database.location, environment: database.environment,
                                                    logger: TestDatabase.logger)
        #expect(try await later.withRunningPool { try await $0.migrate() }.isEmpty)
    }
}
