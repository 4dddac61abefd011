import Foundation
import NewswireModel

/// What an article page yielded; everything optional, merged into the list item by the engine.
public struct HTMLArticlePage: Sendable, Equatable, Codable {
    /// `og:title`, else `<title>`.
    public var title: String?
    /// The article body as HTML (not yet sanitized).
    public var contentHTML: String?
    /// From the `author` selector, else the page metadata.
    public var authors: [Person]
    /// From the `date` selector, else the page metadata.
    public var published: Date?
    /// `article:section` and `article:tag` values.
    public var categories: [String]
    /// The base for relative URLs inside the content (`<base href>` or the page URL).
    public var baseURL: String
    /// `[source.html.article]` selectors that matched nothing on this page (`article.content`…).
    public var misses: [String] = []

    /// A page result.
    public init(title: String? = nil, contentHTML: String? = nil, authors: [Person] = [], published: Date? = nil,
                categories: [String] = [], baseURL: String) {
        self.title = title
        self.contentHTML = contentHTML
        self.authors = authors
        self.published = published
        self.categories = categories
        self.baseURL = baseURL
    }
}
