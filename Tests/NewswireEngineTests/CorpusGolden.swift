import Foundation
import NewswireFetch
import NewswireModel
import NewswireParse
import NewswireRender

/// The reviewed, expected result of one corpus fixture, as stored in `<fixture>.golden.json`.
struct CorpusGolden: Codable, Equatable {
    struct Text: Codable, Equatable {
        var kind: String
        var value: String
    }

    struct Entry: Codable, Equatable {
        var identity: String
        var link: String?
        var contentHash: String
        var title: Text
        var summary: Text?
        var content: Text?
        var published: String?
        var updated: String?
        var authors: [Person]
        var categories: [String]
        var enclosures: [Enclosure]
        var language: String?
        var rights: String?
    }

    var charset: String
    var replacedBytes: Int
    var error: String?
    var format: String?
    var feedTitle: String?
    var feedLink: String?
    var feedLanguage: String?
    var feedRights: String?
    var ttl: Double?
    var hasWarnings: Bool?
    var items: Int?
    var articles: [Entry]

    init(_ outcome: CorpusPipeline.Outcome) {
        charset = outcome.decoded.charset
        replacedBytes = outcome.decoded.replacements
        switch outcome.result {
        case .failure(let failure):
            error = failure.message
        case .success(let feed):
            format = feed.format.rawValue
            feedTitle = feed.title
            feedLink = feed.link
            feedLanguage = feed.language
            feedRights = feed.rights
            ttl = feed.ttl
            hasWarnings = !feed.warnings.isEmpty
            items = feed.items.count
        }
        articles = outcome.articles.map(Entry.init)
    }

    /// Sorted keys and indentation, so a changed field shows as a one-line diff.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

extension CorpusGolden.Entry {
    init(_ article: Article) {
        identity = article.identity
        link = article.canonicalLink
        contentHash = article.contentHash
        title = CorpusGolden.Text(article.title)
        summary = article.summary.map(CorpusGolden.Text.init)
        content = article.content.map(CorpusGolden.Text.init)
        published = article.published.map(RFC3339.string(from:))
        updated = article.updated.map(RFC3339.string(from:))
        authors = article.authors
        categories = article.categories
        enclosures = article.enclosures
        language = article.language
        rights = article.rights
    }
}

extension CorpusGolden.Text {
    init(_ construct: TextConstruct) {
        self.init(kind: construct.kind.rawValue, value: construct.value)
    }
}
