import Foundation
import GRDB
import NewswireModel

/// How an `Article` maps to columns of the `articles` table, both ways.
enum ArticleColumns {
    /// Columns that come from the article itself (not the store's bookkeeping).
    static let contentColumns = [
        "canonical_link", "content_hash", "title_kind", "title", "summary_kind", "summary", "content_kind", "content",
        "source_published", "source_updated", "authors", "categories", "enclosures", "language", "rights",
    ]

    static func arguments(for article: Article, encoder: JSONEncoder) -> StatementArguments {
        [
            article.canonicalLink, article.contentHash, article.title.kind.rawValue, article.title.value,
            article.summary?.kind.rawValue, article.summary?.value, article.content?.kind.rawValue,
            article.content?.value, article.published?.timeIntervalSince1970, article.updated?.timeIntervalSince1970,
            encode(article.authors, encoder), encode(article.categories, encoder), encode(article.enclosures, encoder),
            article.language, article.rights,
        ]
    }

    /// The columns `storedArticle(from:identity:sourceIDs:)` reads, in its order, of `articles` aliased `a`.
    static let storedColumns = (contentColumns + ["id", "atom_id", "first_seen", "published", "updated"])
        .map { "a.\($0)" }.joined(separator: ", ")

    /// Columns by position (see `storedColumns`): named access costs far more over 100,000 rows.
    static func storedArticle(from row: Row, identity: String, sourceIDs: [String]) -> StoredArticle {
        let article = Article(
            identity: identity, canonicalLink: row[0], contentHash: row[1],
            title: TextConstruct(kind(row[2]) ?? .text, row[3]),
            summary: text(kind(row[4]), row[5]),
            content: text(kind(row[6]), row[7]),
            published: SQLiteArticleStore.date(row[8]),
            updated: SQLiteArticleStore.date(row[9]),
            authors: decode(row[10]) ?? [], categories: decode(row[11]) ?? [],
            enclosures: decode(row[12]) ?? [], language: row[13], rights: row[14])
        return StoredArticle(
            id: row[15], atomID: row[16], article: article,
            firstSeen: Date(timeIntervalSince1970: row[17]),
            published: Date(timeIntervalSince1970: row[18]),
            updated: Date(timeIntervalSince1970: row[19]), sourceIDs: sourceIDs)
    }

    private static func kind(_ raw: String?) -> TextConstruct.Kind? { raw.flatMap(TextConstruct.Kind.init(rawValue:)) }

    private static func text(_ kind: TextConstruct.Kind?, _ value: String?) -> TextConstruct? {
        guard let kind, let value else { return nil }
        return TextConstruct(kind, value)
    }

    /// Empty lists are stored as NULL; the rest as compact JSON.
    private static func encode<T: Encodable & Collection>(_ value: T, _ encoder: JSONEncoder) -> String? {
        guard !value.isEmpty, let data = try? encoder.encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ json: String?) -> T? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(json.utf8))
    }
}
