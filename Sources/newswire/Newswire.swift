import ArgumentParser
import NewswireEngine

@main
struct Newswire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Turns web sources into clean, deduplicated Atom feeds and a sitemap.",
        version: NewswireVersion.string,
        subcommands: [RunCommand.self, RegenerateCommand.self, CheckCommand.self, StatusCommand.self,
                      PreviewCommand.self])
}
