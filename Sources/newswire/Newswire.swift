import ArgumentParser
import NewswireEngine

@main
struct Newswire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Turns web sources into clean, deduplicated Atom feeds and a sitemap.",
        version: NewswireVersion.string,
        subcommands: [RegenerateCommand.self, CheckCommand.self, PreviewCommand.self])
}
