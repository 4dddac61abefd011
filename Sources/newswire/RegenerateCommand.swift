import ArgumentParser
import Foundation
import Logging
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore

/// `newswire regenerate`: poll once, write every output, exit.
struct RegenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regenerate",
        abstract: "Poll every (or the named) source once and write all outputs.",
        discussion: "Exit status: 0 when every source was fine, 1 when some failed (outputs are still written).")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "No network: re-render the outputs from the store.")
    var offline = false

    @Option(name: .customLong("source"), parsing: .upToNextOption, help: "Only poll these source ids.")
    var sources: [String] = []

    func run() async throws {
        let configuration = try options.loadConfiguration()
        options.bootstrapLogging(configured: configuration.logLevel)
        let logger = Logger(label: "newswire")
        let store = try options.openStore(configuration)
        let fetcher = options.makeFetcher(configuration)
        defer { fetcher.shutdown() }
        let regenerator = Regenerator(configuration: configuration, store: store, fetcher: fetcher, logger: logger)
        let report: Regenerator.Report
        do {
            // Beside a running daemon, its in-flight temp files are not leftovers.
            let daemon = StateLock.holder(stateDir: configuration.site.stateDir)
            report = try await regenerator.run(.init(offline: offline, sourceIDs: sources, sweepTempFiles: daemon == nil))
        } catch {
            printError("newswire: " + CredentialMask.masked("\(error)"))
            throw ExitCode(error.kind == .usage ? ExitStatus.usage : ExitStatus.ioError)
        }
        print(RunSummary(report: report, outputDir: configuration.site.outputDir).text, terminator: "")
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.sourcesFailed) }
    }
}
