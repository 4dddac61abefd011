import ArgumentParser
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore

extension GlobalOptions {
    /// Opens the store under `state_dir`; a store that cannot be opened is exit 74.
    func openStore(_ configuration: Configuration) throws -> SQLiteArticleStore {
        do {
            return try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
    }

    /// The fetcher with the configured User-Agent, else `newswire/<version> (+<base_url>)`.
    func makeFetcher(_ configuration: Configuration) -> CurlFetcher {
        let userAgent = configuration.fetch.userAgent
            ?? NewswireVersion.defaultUserAgent(baseURL: configuration.site.baseURL)
        return CurlFetcher(settings: configuration.fetch, userAgent: userAgent)
    }
}
