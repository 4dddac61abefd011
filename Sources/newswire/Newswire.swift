import ArgumentParser
import NewswireEngine
import NewswireFetch

@main
struct Newswire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Turns web sources into clean, deduplicated Atom feeds and a sitemap.",
        version: NewswireVersion.string,
        subcommands: [RunCommand.self, RegenerateCommand.self, CheckCommand.self, StatusCommand.self,
                      PreviewCommand.self, StoreCommand.self])

    /// ArgumentParser's own `main`, after the process-wide allocator settings.
    static func main() async {
        AllocatorTuning.limitArenas()
        AllocatorTuning.retainFreedMemory()
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
