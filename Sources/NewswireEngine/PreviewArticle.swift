import Foundation
import NewswireModel
import NewswireNormalize

/// One article as `preview --json` prints it (and as golden files hold it).
public struct PreviewArticle: Sendable, Equatable, Codable {
    /// Plain text.
    public var title: String
    /// The canonical link (the article's identity).
    public var link: String?
    /// RFC 3339 in UTC, nil when the source gave no date (the store then uses the first-seen time).
    public var published: String?
    /// The same instant in the zone naive dates were read in.
    public var publishedLocal: String?
    /// `Name <email>` or `Name`.
    public var authors: [String]
    /// The item's, the article page's and the source's categories.
    public var categories: [String]
    /// Plain text.
    public var summary: String?
    /// Sanitized HTML.
    public var content: String?

    enum CodingKeys: String, CodingKey {
        case title, link, published, publishedLocal = "published_local", authors, categories, summary, content
    }

    /// The preview form of `article`, with local times in `timeZone`.
    public init(_ article: Article, timeZone: TimeZone) {
        title = TextNormalizer.plainText(of: article.title)
        link = article.canonicalLink
        published = article.published.map { Self.format($0, TimeZone(identifier: "UTC")!) }
        publishedLocal = article.published.map { Self.format($0, timeZone) }
        authors = article.authors.map { person in person.email.map { "\(person.name) <\($0)>" } ?? person.name }
        categories = article.categories
        summary = article.summary.map(TextNormalizer.plainText(of:))
        content = article.content?.value
    }

    /// The first `count` characters of the content's text.
    public func contentExcerpt(_ count: Int) -> String {
        guard let content else { return "" }
        let text = TextNormalizer.plainText(of: .html(content))
        return text.count > count ? String(text.prefix(count)) + "…" : text
    }

    private static func format(_ date: Date, _ zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
