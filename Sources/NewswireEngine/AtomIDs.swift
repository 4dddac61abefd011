import Foundation
import NewswireModel
import NewswireNormalize
import NewswireRender

/// Ids and addresses of generated feeds and entries, all derived from `base_url`.
public struct AtomIDs: Sendable {
    public let baseURL: String
    let tagAuthority: String

    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        tagAuthority = URLComponents(string: baseURL)?.host?.lowercased() ?? "localhost"
    }

    /// Public URL of `feeds/<id>.xml`; also the feed's Atom id.
    public func feedURL(_ feedID: String) -> String { baseURL + "feeds/\(feedID).xml" }

    /// `tag:<host>,<first-seen day>:<source>/<digest of identity>` (RFC 4151), minted once per article.
    public func mintArticleID(sourceID: String, article: Article, firstSeen: Date) -> String {
        let digest = ContentHasher.sha256Hex(sourceID + "\n" + article.identity).prefix(20)
        return "tag:\(tagAuthority),\(Self.day(firstSeen)):\(sourceID)/\(digest)"
    }

    /// The UTC day of `date` as `YYYY-MM-DD`.
    static func day(_ date: Date) -> String { String(RFC3339.string(from: date).prefix(10)) }
}
