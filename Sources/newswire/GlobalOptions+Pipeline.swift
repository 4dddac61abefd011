import ArgumentParser
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

    /// `[store] url` is read and checked, but this build has no PostgreSQL store yet: say so rather than
    /// write to SQLite behind the user's back.
    func refuseUnbuiltStore(_ configuration: Configuration) throws {
        guard case .postgres(let location) = configuration.store else { return }
        printError("newswire: store \(location): this build has no PostgreSQL store yet; remove [store] to use "
                       + "the embedded SQLite store under state_dir")
        throw ExitCode(ExitStatus.ioError)
    }

    /// The fetcher with the configured User-Agent, else `newswire/<version> (+<base_url>)`.
    func makeFetcher(_ configuration: Configuration) -> CurlFetcher {
        let userAgent = configuration.fetch.userAgent
            ?? NewswireVersion.defaultUserAgent(baseURL: configuration.site.baseURL)
        return CurlFetcher(settings: configuration.fetch, userAgent: userAgent)
    }
}
