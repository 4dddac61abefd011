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

    static func storedArticle(from row: Row, identity: String, sourceIDs: [String]) -> StoredArticle {
        let article = Article(
            identity: identity, canonicalLink: row["canonical_link"], contentHash: row["content_hash"],
            title: TextConstruct(kind(row["title_kind"]) ?? .text, row["title"]),
            summary: text(kind(row["summary_kind"]), row["summary"]),
            content: text(kind(row["content_kind"]), row["content"]),
            published: SQLiteArticleStore.date(row["source_published"]),
            updated: SQLiteArticleStore.date(row["source_updated"]),
            authors: decode(row["authors"]) ?? [], categories: decode(row["categories"]) ?? [],
            enclosures: decode(row["enclosures"]) ?? [], language: row["language"], rights: row["rights"])
        return StoredArticle(
            id: row["id"], atomID: row["atom_id"], article: article,
            firstSeen: Date(timeIntervalSince1970: row["first_seen"]),
            published: Date(timeIntervalSince1970: row["published"]),
            updated: Date(timeIntervalSince1970: row["updated"]), sourceIDs: sourceIDs)
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
