import ArgumentParser
import Foundation
import NewswireEngine
import NewswireStore

/// `newswire status`: one row per source from the store (works while the daemon runs).
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per source: last attempt and success, HTTP status, articles, failures, next poll, last error.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let configuration = try options.loadConfiguration()
        options.bootstrapLogging(default: .error, configured: configuration.logLevel)
        let rows: [SourceStatus]
        try options.refuseUnbuiltStore(configuration)
        do {
            let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
            rows = SourceStatus.rows(configuration: configuration, states: try store.fetchStates())
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = StatusDocument(summary: SourceStatus.summary(rows), sources: rows)
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
        } else {
            print(StatusTable(rows: rows).text, terminator: "")
        }
    }
}
