import NewswireModel

/// A CDATA section lifted out of a document before libxml2 parses it. libxml2's push parser
/// spends about 18 instructions a byte on CDATA (it looks for `]]>` and checks every character
/// again); the text is read from the original bytes instead, when libxml2 reports the
/// processing instruction `<?newswire-cdata N…?>` that stands in its place. The placeholder
/// keeps the section's line feeds, so later line numbers stay the same.
///
/// Only text libxml2 would accept unchanged is lifted: well-formed UTF-8 without U+FFFE or
/// U+FFFF (control characters are already repaired). Should a placeholder not come back as a
/// processing instruction inside an element (a section in an attribute value, a comment, before
/// or after the root element, or after libxml2 gave up), or should libxml2 report any error,
/// the document is parsed again as it was.
enum CDATAPlaceholder {
    static let target: StaticString = "newswire-cdata"
    static let opening: StaticString = "<?newswire-cdata"

    /// The placeholder for section `number`, whose text has `lineFeeds` line feeds.
    static func bytes(number: Int, lineFeeds: Int) -> [UInt8] {
        var placeholder: [UInt8] = []
        placeholder.reserveCapacity(opening.utf8CodeUnitCount + 24 + lineFeeds)
        placeholder.append(contentsOf: UnsafeBufferPointer(start: opening.utf8Start, count: opening.utf8CodeUnitCount))
        placeholder.append(0x20)
        placeholder.append(contentsOf: String(number).utf8)
        placeholder.append(contentsOf: repeatElement(0x0A, count: lineFeeds))
        placeholder.append(contentsOf: [0x3F, 0x3E]) // ?>
        return placeholder
    }

    /// The section number a placeholder's data names (its leading digits), or nil.
    static func number(inData data: UnsafePointer<UInt8>?) -> Int? {
        guard let data else { return nil }
        var value = 0
        var position = 0
        while data[position].isASCIIDigit, position < 12 {
            value = value * 10 + Int(data[position] - 0x30)
            position += 1
        }
        return position > 0 ? value : nil
    }

    /// The length of the well-formed sequence (not U+FFFE or U+FFFF) whose lead byte (≥ 0x80)
    /// is at `index`, or nil.
    static func sequenceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = text[index]
        // The common three-byte case first: no limits on the second byte but for U+FFFE/U+FFFF.
        if lead >= 0xE1, lead <= 0xEF, lead != 0xED, index + 3 <= text.count {
            let second = text[index + 1]
            guard second & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80,
                  lead != 0xEF || second != 0xBF || text[index + 2] < 0xBE else { return nil }
            return 3
        }
        // Other leads need no extra exclusion: U+FFFE and U+FFFF start with EF, taken above when whole.
        return UTF8Sequence.length(in: UnsafeRawBufferPointer(text), at: index)
    }
}
