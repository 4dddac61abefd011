import ArgumentParser
import Logging
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore

extension GlobalOptions {
    /// Opens the store under `state_dir`; a store that cannot be opened is exit 74.
    func openStore(_ configuration: Configuration) throws -> SQLiteArticleStore {
        try refuseUnbuiltStore(configuration)
        do {
            return try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
    }

    /// Polling and rendering do not use a PostgreSQL store yet (`status` and `store copy` do): say so rather
    /// than write to SQLite behind the user's back.
    func refuseUnbuiltStore(_ configuration: Configuration) throws {
        guard case .postgres(let location) = configuration.store else { return }
        printError("newswire: store \(location): this build polls and renders only with the embedded SQLite store "
                       + "(status and store copy use PostgreSQL); remove [store] to use it")
        throw ExitCode(ExitStatus.ioError)
    }

    /// The fetcher with the configured User-Agent, else `newswire/<version> (+<base_url>)`.
    func makeFetcher(_ configuration: Configuration) -> CurlFetcher {
        let userAgent = configuration.fetch.userAgent
            ?? NewswireVersion.defaultUserAgent(baseURL: configuration.site.baseURL)
        return CurlFetcher(settings: configuration.fetch, userAgent: userAgent)
    }
}

/// The logger of a command's PostgreSQL pool: errors only, since PostgresNIO warns when a command's first
/// query comes before the pool's run task has started, which is noise for a one-shot command.
func postgresLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = .error
    return logger
}
