import ArgumentParser

@main
struct Newswire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newswire", abstract: "Turns web sources into clean Atom feeds.")
}
