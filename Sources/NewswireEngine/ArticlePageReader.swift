import Foundation
import NewswireFetch
import NewswireModel
import NewswireParse
import NewswireStore

/// Fetches and extracts one article page, reusing the cached extraction when the list entry is
/// unchanged (no request) or the server answers 304.
struct ArticlePageReader: Sendable {
    /// What became of one page.
    struct Outcome: Sendable {
        var page: HTMLArticlePage?
        /// The row to remember (nil when there is nothing usable).
        var cacheRow: CachedArticlePage?
        var fetched = false
        var failure: String?
    }

    let fetcher: any Fetcher
    let extractor: HTMLArticleExtractor
    let source: SourceSpec
    let context: ParseContext

    func read(_ link: String, fingerprint: String, cached: CachedArticlePage?) async -> Outcome {
        let cachedPage = cached.flatMap { try? JSONDecoder().decode(HTMLArticlePage.self, from: $0.extracted) }
        if let cached, let cachedPage, cached.listFingerprint == fingerprint {
            return Outcome(page: cachedPage, cacheRow: cached)
        }
        let request = FetchRequest(url: link, etag: cachedPage == nil ? nil : cached?.etag,
                                   lastModified: cachedPage == nil ? nil : cached?.lastModified,
                                   allowFile: source.url.hasPrefix("file:") && link.hasPrefix("file:"))
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(request)
        } catch {
            return fallback(cached, cachedPage, reason: "\(link): \(error.message)")
        }
        if response.status == 304, var row = cached, let cachedPage {
            row.listFingerprint = fingerprint
            return Outcome(page: cachedPage, cacheRow: row, fetched: true)
        }
        guard (200..<300).contains(response.status) else {
            var outcome = fallback(cached, cachedPage, reason: "\(link): HTTP \(response.status)")
            outcome.fetched = true
            return outcome
        }
        let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType, override: source.charset)
        let page = extractor.extract(decoded.utf8, url: response.finalURL, timeZone: context.timeZone, now: context.now)
        let row = (try? JSONEncoder().encode(page)).map {
            CachedArticlePage(sourceID: source.id, link: link, listFingerprint: fingerprint, etag: response.etag,
                              lastModified: response.lastModified, extracted: $0, fetchedAt: context.now)
        }
        return Outcome(page: page, cacheRow: row, fetched: true)
    }

    private func fallback(_ cached: CachedArticlePage?, _ page: HTMLArticlePage?, reason: String) -> Outcome {
        Outcome(page: page, cacheRow: page == nil ? nil : cached, failure: reason)
    }
}
