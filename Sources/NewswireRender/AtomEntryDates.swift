import Foundation
import NewswireModel

/// The `<updated>` each entry of a feed shows.
enum AtomEntryDates {
    /// Each entry's `updated`, moved a second earlier while an entry before it in the feed already shows
    /// that second: feeds show whole seconds, and readers (and the W3C validator) take two entries with
    /// one `updated` for a feed that lost its dates. Entries keep their order; a feed whose dates are
    /// distinct is unchanged. A new entry can only move the ones after it that share its second.
    static func distinctUpdated(_ entries: [StoredArticle]) -> [Date] {
        var used: Set<Int64> = []
        used.reserveCapacity(entries.count)
        return entries.map { entry in
            var second = Int64(entry.updated.timeIntervalSince1970.rounded(.down))
            while !used.insert(second).inserted { second -= 1 }
            return Date(timeIntervalSince1970: Double(second))
        }
    }
}
