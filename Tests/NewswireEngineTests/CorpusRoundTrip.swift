import Foundation
import NewswireModel
import NewswireNormalize
import NewswireParse
import NewswireRender

/// Carries a fixture's articles through newswire's own output and back: stored articles →
/// `AtomRenderer` → `FeedParser` → `ArticleNormalizer`.
enum CorpusRoundTrip {
    static let feedAuthor = "Corpus Desk"
    static let selfURL = "https://feeds.example.org/feeds/corpus.xml"
    /// Shown as `<published>` for articles whose source gave no date at all (the store's first-seen time).
    static let firstSeen = Date(timeIntervalSince1970: 1_735_200_000)

    /// The articles as the store would hand them to the renderer.
    static func stored(_ articles: [Article], fixture: String) -> [StoredArticle] {
        articles.enumerated().map { index, article in
            // As the SQLite store does: the source's published date, else its updated date, else first seen.
            let published = article.published ?? article.updated ?? firstSeen
            return StoredArticle(id: Int64(index + 1), atomID: "tag:feeds.example.org,2024:corpus/\(fixture)/\(index)",
                                 article: article, firstSeen: firstSeen, published: published,
                                 updated: article.updated ?? published, sourceIDs: ["corpus"])
        }
    }

    /// The Atom document newswire writes for `entries`.
    static func render(_ entries: [StoredArticle]) -> Data {
        AtomRenderer.render(AtomFeedDocument(
            id: "tag:feeds.example.org,2024:feed/corpus", title: "Corpus", selfURL: selfURL,
            updated: firstSeen, authorName: feedAuthor, entries: entries))
    }

    /// newswire reading its own output.
    static func reparse(_ atom: Data) throws -> [Article] {
        let feed = try FeedParser.parse(atom, context: ParseContext(documentURL: selfURL))
        return ArticleNormalizer().normalize(feed, source: SourceSpec(id: "roundtrip", url: selfURL),
                                             documentURL: selfURL)
    }
}
