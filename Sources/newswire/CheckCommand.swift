import ArgumentParser

/// `newswire check`: validate the config and print every problem as FILE:LINE:COL.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the config; exit 0 when valid, 78 when not.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let configuration = try options.loadConfiguration()
        print("\(configuration.path): ok (\(configuration.sources.count) sources, \(configuration.feeds.count) feeds)")
    }
}
