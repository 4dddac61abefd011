import Foundation
import GRDB
import NewswireModel

/// How an `Article` maps to columns of the `articles` table, both ways.
package enum ArticleColumns {
    /// Columns that come from the article itself (not the store's bookkeeping).
    package static let contentColumns = [
        "canonical_link", "content_hash", "title_kind", "title", "summary_kind", "summary", "content_kind", "content",
        "source_published", "source_updated", "authors", "categories", "enclosures", "language", "rights",
        "dedupe_hash",
    ]

    /// The encoder of the JSON columns: keys sorted, so that the same article is the same bytes in every store
    /// (a plain JSONEncoder orders an object's keys differently from one encoder to the next).
    package static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// The values of `contentColumns`, in order; the caller appends its own and binds them all at once.
    /// Concrete `DatabaseValue`s rather than an array literal of existentials, which boxed every value.
    package static func values(for article: Article, encoder: JSONEncoder) -> [DatabaseValue] {
        var values: [DatabaseValue] = []
        values.reserveCapacity(contentColumns.count + 6)
        values.append(article.canonicalLink.databaseValue)
        values.append(article.contentHash.databaseValue)
        values.append(article.title.kind.rawValue.databaseValue)
        values.append(article.title.value.databaseValue)
        values.append((article.summary?.kind.rawValue).databaseValue)
        values.append((article.summary?.value).databaseValue)
        values.append((article.content?.kind.rawValue).databaseValue)
        values.append((article.content?.value).databaseValue)
        values.append((article.published?.timeIntervalSince1970).databaseValue)
        values.append((article.updated?.timeIntervalSince1970).databaseValue)
        values.append(encode(article.authors, encoder).databaseValue)
        values.append(encodeStrings(article.categories, encoder).databaseValue)
        values.append(encode(article.enclosures, encoder).databaseValue)
        values.append(article.language.databaseValue)
        values.append(article.rights.databaseValue)
        values.append((article.hashIsDedupeKey ? article.contentHash : nil).databaseValue)
        return values
    }

    /// The columns `storedArticle(from:identity:sourceIDs:)` reads, in its order, of `articles` aliased `a`.
    package static let storedColumns = (contentColumns + ["id", "atom_id", "first_seen", "published", "updated"])
        .map { "a.\($0)" }.joined(separator: ", ")

    /// Columns by position (see `storedColumns`): named access costs far more over 100,000 rows.
    static func storedArticle(from row: some StoredColumnReading, identity: String, sourceIDs: [String],
                              decoder: JSONDecoder) -> StoredArticle {
        let article = Article(
            identity: identity, canonicalLink: row[0], contentHash: row[1], hashIsDedupeKey: (row[15] as String?) != nil,
            title: TextConstruct(kind(row[2]) ?? .text, row[3]),
            summary: text(kind(row[4]), row[5]),
            content: text(kind(row[6]), row[7]),
            published: SQLiteArticleStore.date(row[8]),
            updated: SQLiteArticleStore.date(row[9]),
            authors: decode(row[10], decoder) ?? [], categories: strings(row[11], decoder),
            enclosures: decode(row[12], decoder) ?? [], language: row[13], rights: row[14])
        return StoredArticle(
            id: row[16], atomID: row[17], article: article,
            firstSeen: Date(timeIntervalSince1970: row[18]),
            published: Date(timeIntervalSince1970: row[19]),
            updated: Date(timeIntervalSince1970: row[20]), sourceIDs: sourceIDs)
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

    /// `encode` of a string list, written directly when no string needs an escape (the bytes JSONEncoder
    /// writes then: `["a","b"]`).
    static func encodeStrings(_ list: [String], _ encoder: JSONEncoder) -> String? {
        guard !list.isEmpty else { return nil }
        guard list.allSatisfy(isPlainJSONString) else { return encode(list, encoder) }
        return "[\"" + list.joined(separator: "\",\"") + "\"]"
    }

    /// True when JSONEncoder writes `s` between quotes unchanged: no quote, backslash, slash or control
    /// byte, and no U+2028 / U+2029 (E2 80 A8 / A9), which some encoders escape.
    private static func isPlainJSONString(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in s.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x2F || byte == 0x5C || byte == 0x7F { return false }
            if previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) { return false }
            previous = (previous.1, byte)
        }
        return true
    }

    private static func decode<T: Decodable>(_ json: String?, _ decoder: JSONDecoder) -> T? {
        guard let json else { return nil }
        return try? decoder.decode(T.self, from: Data(json.utf8))
    }

    /// A stored list of strings. Without a backslash, the JSON `["a","b"]` holds no escaped character, not
    /// even a quote, so its quotes only delimit the strings; anything else goes through the decoder.
    /// Bytes, not characters: a quote followed by a combining mark is one character.
    static func strings(_ json: String?, _ decoder: JSONDecoder) -> [String] {
        guard let json else { return [] }
        let bytes = Array(json.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "["), bytes[1] == quote, bytes[bytes.count - 1] == UInt8(ascii: "]"),
              bytes[bytes.count - 2] == quote, !bytes.contains(UInt8(ascii: "\\")) else {
            return decode(json, decoder) ?? []
        }
        // `a","b` splits at its quotes into strings and the `,` between them.
        let parts = bytes[2..<(bytes.count - 2)].split(separator: quote, omittingEmptySubsequences: false)
        var list: [String] = []
        for (index, part) in parts.enumerated() {
            if index % 2 == 0 {
                list.append(String(decoding: part, as: UTF8.self))
            } else if !part.elementsEqual([comma]) {
                return decode(json, decoder) ?? []
            }
        }
        return list
    }
}
