/// The plain text of a short piece of escaped HTML, such as an Atom feed title of `type="html"`:
/// tags dropped, character and entity references decoded, white space collapsed.
enum MarkupPlainText {
    static func plainText(_ html: String) -> String {
        var bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C, let close = bytes[index...].firstIndex(of: 0x3E) { // <…>: inline tags join words
                index = close + 1
            } else if byte == 0x26, let scalar = reference(in: &bytes, at: index) {
                output.append(contentsOf: Array(String(Character(scalar.scalar)).utf8))
                index = scalar.end
            } else {
                output.append(byte)
                index += 1
            }
        }
        let text = String(decoding: output, as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// The character a reference starting at `start` (`&amp;`, `&#39;`) names, and the index after its `;`.
    private static func reference(in bytes: inout [UInt8], at start: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        let limit = min(bytes.count, start + 34)
        guard let semicolon = bytes[(start + 1)..<limit].firstIndex(of: 0x3B), semicolon > start + 1 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            EntityNames.scalar(named: buffer[(start + 1)..<semicolon]).map { ($0, semicolon + 1) }
        }
    }
}
