import Foundation

/// The identity rules of an item within its source document.
enum ItemIdentity {
    /// The guids that appear more than once in a document with different links: not unique there.
    static func ambiguousGUIDs(_ pairs: [(guid: String?, link: String?)]) -> Set<String> {
        var linksByGUID: [String: Set<String?>] = [:]
        for pair in pairs {
            guard let guid = pair.guid else { continue }
            linksByGUID[guid, default: []].insert(pair.link)
        }
        return Set(linksByGUID.filter { $0.value.count > 1 }.keys)
    }

    /// `guid`, or `guid|link` for an ambiguous guid; else the canonical link; else `hash:<contentHash>`.
    static func identity(guid: String?, link: String?, contentHash: String, ambiguous: Set<String>) -> String {
        let hashIdentity = "hash:" + contentHash
        if let guid {
            return ambiguous.contains(guid) ? guid + "|" + (link ?? hashIdentity) : guid
        }
        return link ?? hashIdentity
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
