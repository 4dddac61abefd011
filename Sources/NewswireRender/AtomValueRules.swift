import Foundation
import NewswireModel

/// The value shapes atom.rnc constrains: values that miss them are left out rather than
/// making the whole feed invalid.
enum AtomValueRules {
    /// `zh_CN` → `zh-CN`; nil unless it matches `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*`.
    static func languageTag(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let tag = raw.trimmingASCIIWhitespace().replacingUnderscores()
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.utf8.count),
              first.utf8.allSatisfy(isASCIILetter) else { return nil }
        for part in parts.dropFirst() {
            guard (1...8).contains(part.utf8.count),
                  part.utf8.allSatisfy({ isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
        }
        return tag
    }

    /// A media type contains a slash with something on both sides.
    static func mediaType(_ raw: String?) -> String? {
        guard let raw, let slash = raw.firstIndex(of: "/"), slash != raw.startIndex,
              raw.index(after: slash) != raw.endIndex else { return nil }
        return raw
    }

    /// An email address contains an `@` with something on both sides.
    static func email(_ raw: String?) -> String? {
        guard let raw, let at = raw.firstIndex(of: "@"), at != raw.startIndex,
              raw.index(after: at) != raw.endIndex else { return nil }
        return raw
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// True when plain text holds something a reader could take for a tag: `<` before a letter, `/` or `!`.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var previousWasOpen = false
        for byte in text.utf8 {
            if previousWasOpen, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x2F || byte == 0x21 {
                return true
            }
            previousWasOpen = byte == 0x3C
        }
        return false
    }

    /// Plain text as HTML that shows it: `&`, `<` and `>` escaped.
    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }

}
