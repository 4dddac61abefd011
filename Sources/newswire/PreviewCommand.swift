import ArgumentParser
import Foundation
import Logging
import NewswireConfig
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireParse

/// `newswire preview`: fetch and extract one source without storing anything.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Fetch one source and print the articles it would yield; stores nothing.",
        discussion: """
            SOURCE is a source id from the config, or a URL (a configured source with that URL, else a feed \
            detected automatically). Exit status: 0, or 1 when the source cannot be fetched or extracted.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A source id or a URL.")
    var source: String

    @Flag(help: "Print JSON: every article in full, and what each selector found.")
    var json = false

    func run() async throws {
        options.bootstrapLogging()
        let (spec, fetch) = try resolveSource()
        let userAgent = fetch.userAgent ?? "newswire/\(NewswireVersion.string)"
        let fetcher = CurlFetcher(settings: fetch, userAgent: userAgent)
        defer { fetcher.shutdown() }
        let previewer = SourcePreviewer(fetcher: fetcher, logger: Logger(label: "newswire"))
        do {
            let preview = try await previewer.preview(spec)
            print(json ? preview.json() : preview.text(), terminator: "")
        } catch {
            printError("newswire: preview \(spec.id) failed: \(error)")
            throw ExitCode(ExitStatus.sourcesFailed)
        }
    }

    /// The source to preview and the fetch settings to use.
    private func resolveSource() throws -> (SourceSpec, FetchSettings) {
        let isURL = source.contains("://")
        let path = options.configPath
        guard !isURL || FileManager.default.fileExists(atPath: path) else {
            return (SourceSpec(id: "preview", url: source), FetchSettings())
        }
        let configuration = try options.loadConfiguration()
        if let spec = configuration.source(id: source) ?? configuration.sources.first(where: { $0.url == source }) {
            return (spec, configuration.fetch)
        }
        guard isURL else {
            printError("newswire: no source with id '\(source)' in \(configuration.path)")
            throw ExitCode(ExitStatus.usage)
        }
        return (SourceSpec(id: "preview", url: source), configuration.fetch)
    }
}
