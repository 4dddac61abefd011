import Foundation
import NewswireModel
import NewswireNormalize

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

    static func day(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // Civil-from-days (Howard Hinnant), to avoid a DateFormatter per article.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
