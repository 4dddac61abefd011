import Foundation
import GRDB
import NewswireModel

/// Reads a row's columns by position: GRDB's `Row`, or the PostgreSQL store's values in the same order.
package protocol StoredColumnReading {
    subscript<Value: DatabaseValueConvertible>(_ index: Int) -> Value { get }
}

extension Row: StoredColumnReading {}

/// A row of a feed query (`ArticleColumns.storedColumns`, then `members` and `related`) as the article a
/// feed lists, in either store.
extension ArticleColumns {
    /// Position of `members`, after the columns of `ArticleColumns.storedColumns`.
    package static let membersColumn = ArticleColumns.contentColumns.count + 5

    /// The row's identity is the one of the first wanted source that lists it (`rank`: position of each
    /// wanted source), else of its first member.
    package static func listedArticle(from row: some StoredColumnReading, rank: [String: Int], decoder: JSONDecoder) -> StoredArticle {
        var identity: Substring?
        var best = Int.max
        var sources: [String] = []
        let members: String = row[Self.membersColumn] ?? ""
        for pair in members.split(separator: "\u{1E}") {
            let parts = pair.split(separator: "\u{1F}", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let position = rank[String(parts[0])] ?? Int.max
            if identity == nil || position < best { (identity, best) = (parts[1], position) }
            sources.append(String(parts[0]))
        }
        // The story's other copies in a combined feed (`source, link` pairs, first seen first): their
        // sources list it too, and their links other than this one are its related links.
        var related: [String] = []
        if let copies: String = row[Self.membersColumn + 1] {
            let link: String? = row[0]
            for copy in copies.split(separator: "\u{1E}") {
                let parts = copy.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { continue }
                sources.append(String(parts[0]))
                let copyLink = String(parts[1])
                if !copyLink.isEmpty, copyLink != link, !related.contains(copyLink) { related.append(copyLink) }
            }
        }
        sources.sort()
        var unique: [String] = []
        for source in sources where unique.last != source { unique.append(source) }
        var stored = storedArticle(from: row, identity: identity.map(String.init) ?? "",
                                                  sourceIDs: unique, decoder: decoder)
        stored.relatedLinks = related
        return stored
    }
}
