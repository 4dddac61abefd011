import ArgumentParser
import Foundation
import NewswireConfig
import NewswireModel
import NewswirePostgres
import NewswireStore

/// `newswire store …`: work on stores themselves.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Work on stores: copy an embedded SQLite store into PostgreSQL.",
        subcommands: [StoreCopyCommand.self])
}

/// `newswire store copy --from SQLITE --to postgresql://…`.
struct StoreCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy an embedded SQLite store into an empty PostgreSQL database (a second run does nothing).",
        discussion: """
            The password comes from NEWSWIRE_STORE_PASSWORD, else from --password-file. A database that holds \
            anything but this store's rows is refused and left as it was.
            """)

    @Option(help: "The SQLite store: its newswire.sqlite, or the state_dir that holds it.")
    var from: String

    @Option(help: "The PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE?sslmode=…")
    var to: String

    @Option(help: "A file that holds the database password.")
    var passwordFile: String?

    func run() async throws {
        let folder = FileManager.default.currentDirectoryPath
        var location: PostgresLocation
        switch PostgresURL.parse(to, relativeTo: folder) {
        case .success(let parsed): location = parsed
        case .failure(let problem):
            printError("newswire: --to \(problem)")
            throw ExitCode(ExitStatus.usage)
        }
        location.passwordFile = passwordFile.map { ($0 as NSString).isAbsolutePath ? $0 : folder + "/" + $0 }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: from, isDirectory: &isFolder) else {
            printError("newswire: --from \(from): no such store")
            throw ExitCode(ExitStatus.ioError)
        }
        let path = isFolder.boolValue ? (from as NSString).appendingPathComponent("newswire.sqlite") : from
        let logger = postgresLogger("newswire.store-copy")
        do {
            let sqlite = try SQLiteArticleStore(path: path)
            let store = try await PostgresStore.connect(location, logger: logger)
            let report = try await store.withRunningPool { try await StoreCopier.copy(from: sqlite, to: $0) }
            let rows = report.tables.map { "\($0.rows) \($0.name)" }.joined(separator: ", ")
            print(report.alreadyCopied
                  ? "\(location) already holds this store (\(rows)): nothing copied"
                  : "copied \(rows) from \(path) into \(location)")
        } catch let error as StoreError where error.reason.contains("is not a copy of this store") {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.sourcesFailed)
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
    }
}
