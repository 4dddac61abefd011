import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse
import NewswireStore

/// Polls one source: fetch → decode charset → parse → normalize → store. Each source's writes are
/// atomic; the writes of polls that run at the same time share transactions.
public struct SourcePoller: Sendable {
    let fetcher: any Fetcher
    let store: any ArticleStore
    let writes: StoreWriteBatcher
    let ids: AtomIDs
    let logger: Logger
    let now: @Sendable () -> Date
    let normalizer = ArticleNormalizer()

    /// `writeBatchSize`: at most this many polls share a transaction.
    public init(fetcher: any Fetcher, store: any ArticleStore, ids: AtomIDs, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, writeBatchSize: Int = 16) {
        self.fetcher = fetcher
        self.store = store
        writes = StoreWriteBatcher(store: store, mint: ids.mintArticleID, batchSize: writeBatchSize)
        self.ids = ids
        self.logger = logger
        self.now = now
    }

    /// Polls `source` given its stored state; never throws: every problem becomes a failed outcome.
    public func poll(_ source: SourceSpec, state stored: SourceFetchState?) async -> SourceOutcome {
        await writes.pollStarted()
        // The store keeps addresses without passwords (`user:***@`); requests use the config's.
        let storedURL = CredentialMask.masked(source.url)
        var state = stored ?? SourceFetchState(sourceID: source.id, url: storedURL)
        if state.url != storedURL {
            // The configured address changed: validators and redirects of the old one do not apply.
            state = SourceFetchState(sourceID: source.id, url: storedURL, title: state.title, siteLink: state.siteLink)
        }
        let started = now()
        state.lastAttempt = started
        let address = state.permanentURL.map { CredentialMask.restoringCredentials(of: source.url, in: $0) }
        let request = FetchRequest(url: address ?? source.url, etag: state.etag,
                                   lastModified: state.lastModified, allowFile: source.url.hasPrefix("file:"))
        var logger = logger
        logger[metadataKey: "source.id"] = "\(source.id)"
        logger[metadataKey: "url"] = "\(CredentialMask.masked(request.url))"
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(request)
        } catch {
            return await fail(source, state: state, status: nil, reason: error.message, logger: logger)
        }
        logger[metadataKey: "http.status"] = "\(response.status)"
        state.httpStatus = response.status
        var outcome = await respond(to: response, source: source, state: state, logger: logger)
        outcome.hints.learn(from: response, now: now())
        return outcome
    }

    private func respond(to response: FetchResponse, source: SourceSpec, state: SourceFetchState,
                         logger: Logger) async -> SourceOutcome {
        var state = state
        switch response.status {
        case 304:
            state.lastModified = response.lastModified ?? state.lastModified
            state.etag = response.etag ?? state.etag
            return await succeedUnchanged(source, state: state, status: 304, logger: logger)
        case 200..<300:
            return await ingest(response, source: source, state: state, logger: logger)
        case 410:
            return await fail(source, state: state, status: 410, reason: "gone (HTTP 410)", logger: logger)
        default:
            return await fail(source, state: state, status: response.status, reason: "HTTP \(response.status)",
                              logger: logger)
        }
    }

    private func ingest(_ response: FetchResponse, source: SourceSpec, state: SourceFetchState,
                        logger: Logger) async -> SourceOutcome {
        var state = state
        state.etag = response.etag
        state.lastModified = response.lastModified
        if let moved = response.permanentRedirect { state.permanentURL = CredentialMask.removingCredentials(moved) }
        let bodyHash = ContentHasher.sha256Hex(response.body)
        if bodyHash == state.bodyHash {
            return await succeedUnchanged(source, state: state, status: response.status, logger: logger)
        }
        // Relative links resolve against the address without its credentials, which must not spread.
        var response = response
        response.finalURL = CredentialMask.removingCredentials(response.finalURL)
        let reader = SourceDocumentReader(fetcher: fetcher, cache: store as? any ArticlePageCache, logger: logger)
        let document: SourceDocumentReader.Result
        do {
            document = try await reader.read(response, source: source, now: now())
        } catch {
            return await fail(source, state: state, status: response.status, reason: "cannot parse: \(error)",
                              logger: logger)
        }
        let parsed = document.feed
        let normalized = normalizer.normalizeCounting(parsed, source: source, documentURL: response.finalURL)
        let articles = normalized.articles
        state.bodyHash = bodyHash
        if document.incomplete {
            // Without validators the next poll reads the list again and retries the failed article pages.
            (state.bodyHash, state.etag, state.lastModified) = (nil, nil, nil)
        }
        state.lastSuccess = state.lastAttempt
        state.consecutiveFailures = 0
        state.lastError = nil
        state.itemCount = articles.count
        let labelBefore = SourceLabel(title: state.title, siteLink: state.siteLink)
        state.title = parsed.title ?? state.title
        state.siteLink = parsed.link ?? state.siteLink
        let fetchedAt = state.lastAttempt ?? now()
        do {
            var summary = try await writes.apply(SourceUpdate(state: state, articles: articles, fetchedAt: fetchedAt))
            summary.emptyItems = normalized.emptyItems
            logger.info("polled", metadata: [
                "items": "\(articles.count)", "new": "\(summary.inserted)", "updated": "\(summary.updated)",
                "duplicates": "\(summary.duplicates)", "empty": "\(summary.emptyItems)", "charset": "\(document.charset)",
            ])
            for warning in parsed.warnings.prefix(3) { logger.debug("recovered: \(warning)") }
            var outcome = SourceOutcome(sourceID: source.id, url: source.url, httpStatus: response.status,
                                        result: .updated(summary, items: articles.count))
            outcome.hints.ttl = parsed.ttl
            outcome.labelChanged = labelBefore != SourceLabel(title: state.title, siteLink: state.siteLink)
            return outcome
        } catch {
            return storeFailure(source, error: error, status: response.status)
        }
    }

    private func succeedUnchanged(_ source: SourceSpec, state: SourceFetchState, status: Int,
                                  logger: Logger) async -> SourceOutcome {
        var state = state
        state.lastSuccess = state.lastAttempt
        state.consecutiveFailures = 0
        state.lastError = nil
        if let failure = await save(state, source: source) { return failure }
        logger.debug("not modified")
        return SourceOutcome(sourceID: source.id, url: source.url, httpStatus: status, result: .notModified)
    }

    private func fail(_ source: SourceSpec, state: SourceFetchState, status: Int?, reason: String,
                      logger: Logger) async -> SourceOutcome {
        let reason = CredentialMask.masked(reason)
        var state = state
        state.consecutiveFailures += 1
        state.lastError = reason
        logger.warning("poll failed: \(reason)")
        if let failure = await save(state, source: source) { return failure }
        return SourceOutcome(sourceID: source.id, url: source.url, httpStatus: status, result: .failed(reason: reason))
    }

    private func save(_ state: SourceFetchState, source: SourceSpec) async -> SourceOutcome? {
        do {
            try await writes.save(state)
            return nil
        } catch {
            return storeFailure(source, error: error, status: nil)
        }
    }

    private func storeFailure(_ source: SourceSpec, error: any Error, status: Int?) -> SourceOutcome {
        var outcome = SourceOutcome(sourceID: source.id, url: source.url, httpStatus: status,
                                    result: .failed(reason: CredentialMask.masked("cannot store: \(error)")))
        outcome.storeFailed = true
        return outcome
    }
}

extension SourceSpec {
    /// The zone for naive dates: `timezone`, else UTC.
    var timeZone: TimeZone { timezone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")! }
}
