import ArgumentParser
import Foundation
import Logging
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
                // PostgresNIO warns when the first lease comes before the pool's run task has started: noise here.
                var logger = Logger(label: "newswire.status")
                logger.logLevel = .error
                let store = try await PostgresStore.connect(location, logger: logger)
                let (pending, states, instances) = try await store.withRunningPool { store in
                    let pending = try await store.pendingMigrations()
                    guard pending.isEmpty else { return (pending, [String: SourceFetchState](), [ClusterInstance]()) }
                    return (pending, try await store.fetchStates(), try await store.clusterInstances())
                }
                guard pending.isEmpty else {
                    printError("newswire: store \(location) lacks newswire's schema (\(pending.joined(separator: ", "))): "
                                   + "newswire store copy or newswire run against it sets it up")
                    throw ExitCode(ExitStatus.ioError)
                }
                rows = SourceStatus.rows(configuration: configuration, states: states)
                cluster = instances.map(InstanceStatus.init)
            }
        } catch let exit as ExitCode {
            throw exit
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
