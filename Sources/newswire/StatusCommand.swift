import ArgumentParser
import Foundation
import NewswireEngine
import NewswireModel
import NewswirePostgres
import NewswireStore

/// `newswire status`: one row per source from the store (works while the daemon runs).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per source: last attempt and success, HTTP status, articles, failures, next poll, last error.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let configuration = try options.loadConfiguration()
        options.bootstrapLogging(default: .error, configured: configuration.logLevel)
        let rows: [SourceStatus]
        var cluster: [InstanceStatus]?
        do {
            switch configuration.store {
            case .sqlite:
                let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
                rows = SourceStatus.rows(configuration: configuration, states: try store.fetchStates())
            case .postgres(let location):
                let store = try await PostgresStore.connect(location, logger: postgresLogger("newswire.status"))
                let (states, instances) = try await store.withRunningPool { store in
                    let pending = try await store.pendingMigrations()
                    guard pending.isEmpty else {
                        throw StoreError(path: "\(location)", reason: "it lacks newswire's schema (\(pending.joined(separator: ", "))): "
                                             + "newswire store copy or newswire run against it sets it up")
                    }
                    return (try await store.fetchStates(), try await store.clusterInstances())
                }
                rows = SourceStatus.rows(configuration: configuration, states: states)
                cluster = instances.map(InstanceStatus.init)
            }
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = StatusDocument(summary: SourceStatus.summary(rows), sources: rows, cluster: cluster)
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
        } else {
            print(StatusTable(rows: rows, cluster: cluster).text, terminator: "")
        }
    }
}
