import NewswireModel

/// The readable text of a text construct, for places that show it without markup.
enum HTMLPlainText {
    /// `construct` as plain text: tags removed and the common character references decoded for
    /// html and xhtml; text unchanged.
    static func plainText(_ construct: TextConstruct) -> String {
        construct.kind == .text ? construct.value : decodeReferences(stripTags(construct.value))
    }

    private static func stripTags(_ markup: String) -> String {
        var out = ""
        out.reserveCapacity(markup.utf8.count)
        var inTag = false
        for character in markup {
            if inTag {
                if character == ">" { inTag = false }
            } else if character == "<" {
                inTag = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func decodeReferences(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            if let semicolon = rest[afterAmp...].prefix(12).firstIndex(of: ";"),
               let decoded = decode(rest[afterAmp..<semicolon]) {
                out.unicodeScalars.append(decoded)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out.append("&")
                rest = rest[afterAmp...]
            }
        }
        out += rest
        return out
    }

    private static func decode(_ name: Substring) -> Unicode.Scalar? {
        if let named = namedReferences[String(name)] { return named }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    ]
}
