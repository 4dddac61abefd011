/// Escapes text and attribute values for XML 1.0 and drops characters XML 1.0 cannot carry.
///
/// Works on UTF-8 bytes: every character XML 1.0 forbids is either a C0 control (one byte) or
/// U+FFFE / U+FFFF (`EF BF BE` / `EF BF BF`); a Swift `String` never holds a lone surrogate.
public enum XMLEscaper {
    /// `s` escaped for element content (`&`, `<`, `>`), illegal characters dropped.
    public static func escapeText(_ s: String) -> String {
        var out: [UInt8] = []
        appendText(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` escaped for a double-quoted attribute value, illegal characters dropped.
    public static func escapeAttribute(_ s: String) -> String {
        var out: [UInt8] = []
        appendAttribute(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` with the characters illegal in XML 1.0 removed and nothing escaped.
    public static func removingIllegalCharacters(_ s: String) -> String {
        var out: [UInt8] = []
        appendMarkup(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped for element content.
    static func appendText(_ s: String, to out: inout [UInt8]) {
        append(s, to: &out, attribute: false, escape: true)
    }

    /// Appends `s` escaped for a double-quoted attribute value.
    static func appendAttribute(_ s: String, to out: inout [UInt8]) {
        append(s, to: &out, attribute: true, escape: true)
    }

    /// Appends `s` as markup: only illegal characters are dropped.
    static func appendMarkup(_ s: String, to out: inout [UInt8]) {
        append(s, to: &out, attribute: false, escape: false)
    }

    private static func append(_ s: String, to out: inout [UInt8], attribute: Bool, escape: Bool) {
        var s = s
        s.withUTF8 { bytes in
            // Copies runs of ordinary bytes in one go; only the bytes below handle one by one.
            var runStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                let replacement: [UInt8]?
                var skipped = 1
                switch byte {
                case 0x26 where escape: replacement = ampersand
                case 0x3C where escape: replacement = lessThan
                // `>` always, so that `]]>` can never appear in text.
                case 0x3E where escape: replacement = greaterThan
                case 0x22 where attribute: replacement = quote
                // Attribute-value normalization would turn these into spaces: keep them as references.
                case 0x09 where attribute: replacement = tab
                case 0x0A where attribute: replacement = lineFeed
                case 0x0D where escape: replacement = carriageReturn
                case 0x09, 0x0A, 0x0D, 0x20...0xEE, 0xF0...0xFF:
                    i += 1
                    continue
                case 0xEF where !(i + 2 < n && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE):
                    i += 1
                    continue
                case 0xEF:
                    replacement = nil
                    skipped = 3
                default:
                    replacement = nil
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                if let replacement { out.append(contentsOf: replacement) }
                i += skipped
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
}
