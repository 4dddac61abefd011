import Foundation
import NewswireModel

/// The first image, video or audio an item shows: from its sanitized markup, else its enclosures.
/// An item with media is worth keeping even without a title, a link or any text (webcomics, photo posts).
struct MediaReference: Equatable {
    /// Absolute URL of the media file (an `img`/`video`/`audio`/`source` `src`, a `poster`, an enclosure).
    var url: String
    /// The image's `alt` text, nil when it has none.
    var alt: String?

    /// Tags of the sanitizer's output that show media. Its markup is written by `MarkupWriter`
    /// (lower-case names, attributes as `name="value"`, text `<` escaped), so a plain search finds them.
    private static let mediaTags: [[UInt8]] = ["<img ", "<video ", "<audio ", "<source "].map { Array($0.utf8) }

    /// The first media element of sanitized markup that has a `src` (or a video `poster`).
    static func first(inSanitizedMarkup markup: String) -> MediaReference? {
        let bytes = Array(markup.utf8)
        var index = 0
        while let start = nextTag(in: bytes, from: index) {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            let attributes = Self.attributes(bytes[start..<end])
            if let url = attributes["src"] ?? attributes["poster"], !url.isEmpty {
                let alt = attributes["alt"].map(TextNormalizer.collapseWhitespace)
                return MediaReference(url: url, alt: alt?.isEmpty == false ? alt : nil)
            }
            index = end
        }
        return nil
    }

    /// The media of an article: its content's or summary's first media element, else its first enclosure.
    static func first(content: TextConstruct?, summary: TextConstruct?, enclosures: [Enclosure]) -> MediaReference? {
        for body in [content, summary] {
            guard let body, body.kind == .html, UTF8Scan.contains(body.value, byte: UInt8(ascii: "<")) else { continue }
            if let media = first(inSanitizedMarkup: body.value) { return media }
        }
        return enclosures.first.map { MediaReference(url: $0.url, alt: nil) }
    }

    private static func nextTag(in bytes: [UInt8], from index: Int) -> Int? {
        var position = index
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) {
            if mediaTags.contains(where: { bytes[open...].starts(with: $0) }) { return open }
            position = open + 1
        }
        return nil
    }

    /// `name="value"` pairs of one tag, values unescaped (the writer escapes `&`, `<`, `>`, `"`).
    private static func attributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var index = tag.startIndex
        while let equals = tag[index...].firstIndex(of: UInt8(ascii: "=")), equals + 1 < tag.endIndex,
              tag[equals + 1] == UInt8(ascii: "\"") {
            let nameStart = (tag[..<equals].lastIndex(of: UInt8(ascii: " ")) ?? tag.startIndex) + 1
            let valueStart = equals + 2
            let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? tag.endIndex
            let name = String(decoding: tag[nameStart..<equals], as: UTF8.self)
            if result[name] == nil { result[name] = unescaped(String(decoding: tag[valueStart..<valueEnd], as: UTF8.self)) }
            index = min(valueEnd + 1, tag.endIndex)
        }
        return result
    }

    private static func unescaped(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
