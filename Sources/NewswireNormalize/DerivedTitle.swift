import Foundation

/// A title for an item that has none: the first sentence of its text, else its media's alt text or file
/// name, else its link's host and path. Feed readers show a blank title as nothing at all, and the W3C
/// validator warns on one.
enum DerivedTitle {
    /// The longest derived title, in characters, before "…".
    static let limit = 100

    /// The title derived from the item's plain text, media and canonical link; nil when it has none of them.
    static func title(text: String, media: MediaReference?, link: String?) -> String? {
        if !text.isEmpty { return firstSentence(of: text) }
        if let alt = media?.alt { return TextNormalizer.excerpt(alt, limit: limit) }
        if let media, let name = fileName(of: media.url) { return name }
        return link.flatMap(hostAndPath)
    }

    /// The first sentence when it ends within `limit` characters, else the text cut on a word (or, in text
    /// without spaces, a character) boundary with "…".
    static func firstSentence(of text: String) -> String {
        let collapsed = TextNormalizer.collapseWhitespace(text)
        var count = 0
        var previous: Character?
        for index in collapsed.indices {
            let character = collapsed[index]
            count += 1
            if count > limit { break }
            // A CJK full stop ends a sentence by itself; a Latin one needs a space after it, and a sentence
            // of a few letters is more likely an abbreviation ("U.S. officials", "Mr. Smith").
            if "。！？".contains(character), count >= 4 {
                return String(collapsed[...index])
            }
            if character == " ", let previous, ".!?".contains(previous), count > 20 {
                return String(collapsed[..<index])
            }
            previous = character
        }
        return TextNormalizer.excerpt(collapsed, limit: limit)
    }

    /// The last path segment of a URL, percent-decoded (`cat%20photo.jpg` → `cat photo.jpg`); nil when empty.
    static func fileName(of url: String) -> String? {
        guard let components = URLComponents(string: url) else { return nil }
        let segment = components.percentEncodedPath.split(separator: "/").last.map(String.init) ?? ""
        let name = TextNormalizer.collapseWhitespace(segment.removingPercentEncoding ?? segment)
        guard !name.isEmpty else { return components.host }
        return TextNormalizer.excerpt(name, limit: limit)
    }

    /// `host/path` of a link, without its scheme, query and trailing slash.
    static func hostAndPath(_ link: String) -> String? {
        guard let components = URLComponents(string: link), let host = components.host, !host.isEmpty else { return nil }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let decoded = path.removingPercentEncoding ?? path
        return TextNormalizer.excerpt(host + decoded, limit: limit)
    }
}
