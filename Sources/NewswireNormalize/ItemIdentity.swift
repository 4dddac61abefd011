import Foundation
import NewswireModel

/// The identity rules of an item within its source document.
enum ItemIdentity {
    /// The guids that appear more than once in a document with different links: not unique there.
    static func ambiguousGUIDs(_ pairs: [(guid: String?, link: String?)]) -> Set<String> {
        // The first link of each guid; a guid is ambiguous once another link comes with it.
        var firstLinks: [String: String?] = [:]
        firstLinks.reserveCapacity(pairs.count)
        var ambiguous: Set<String> = []
        for pair in pairs {
            guard let guid = pair.guid else { continue }
            if let first = firstLinks[guid] {
                if first != pair.link { ambiguous.insert(guid) }
            } else {
                firstLinks[guid] = .some(pair.link)
            }
        }
        return ambiguous
    }

    /// `guid`, or `guid|link` for an ambiguous guid; else the canonical link; else `fallback`.
    static func identity(guid: String?, link: String?, fallback: String, ambiguous: Set<String>) -> String {
        if let guid {
            return !ambiguous.isEmpty && ambiguous.contains(guid) ? guid + "|" + (link ?? fallback) : guid
        }
        return link ?? fallback
    }

    /// The identity of an item without guid and link: `hash:<contentHash>`; with media, a hash of the
    /// content hash and the media's URLs, so that items of one title ("Photo of the day") stay apart.
    static func fallbackIdentity(contentHash: String, media: MediaReference?, enclosures: [Enclosure]) -> String {
        guard media != nil || !enclosures.isEmpty else { return "hash:" + contentHash }
        var key = contentHash
        for url in [media?.url].compactMap({ $0 }) + enclosures.map(\.url) { key += "\n" + url }
        return "hash:" + ContentHasher.sha256Hex(key)
    }

    /// The trimmed guid, nil when blank.
    static func trimmedGUID(_ guid: String?) -> String? {
        // Printable ASCII at both ends is not white space: skip Foundation's trimming (every item has a guid).
        if let guid, let first = guid.utf8.first, let last = guid.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return guid
        }
        guard let trimmed = guid?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
