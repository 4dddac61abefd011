import Foundation

/// Repairs two faults real feeds have before libxml2 sees them, in one pass that copies only
/// when a fault is present: C0 control characters XML 1.0 forbids (dropped), and bare `&` that
/// starts no reference (`Q&A`, `?a=1&b=2`), escaped as `&amp;` so the text survives. CDATA
/// sections are left as they are, apart from control characters, or lifted out on request
/// (`CDATAPlaceholder`).
enum XMLInputRepair {
    /// The repaired document, or nil when `data` needs no repair (no copy made).
    static func repair(_ data: Data) -> Data? {
        scan(data, liftingCDATA: false).document
    }

    /// The repaired document with its CDATA sections of plain text lifted out (see
    /// `CDATAPlaceholder`), and the ranges of their text in `data`; nil when there was nothing
    /// to repair or lift.
    static func repairLiftingCDATA(_ data: Data) -> (document: Data, sections: [Range<Int>])? {
        let result = scan(data, liftingCDATA: true)
        guard !result.sawPlaceholderTarget else { return repair(data).map { ($0, []) } }
        return result.document.map { ($0, result.sections) }
    }

    private static func scan(_ data: Data, liftingCDATA: Bool)
        -> (document: Data?, sections: [Range<Int>], sawPlaceholderTarget: Bool) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var writer = RepairWriter(bytes: bytes)
            var sections: [Range<Int>] = []
            var sawPlaceholderTarget = false
            var index = 0
            while index < bytes.count {
                // Most of a feed needs no look: skip eight such bytes at a time.
                if index + 8 <= bytes.count {
                    let flags = repairFlags(load(bytes, at: index))
                    guard flags != 0 else {
                        index += 8
                        continue
                    }
                    index += flags.trailingZeroBitCount >> 3
                }
                let byte = bytes[index]
                if byte > 0x3C || (byte >= 0x20 && byte != 0x26 && byte != 0x3C) {
                    index += 1
                } else if byte == 0x3C {
                    guard Self.hasPrefix(bytes, "<![CDATA[", at: index) else {
                        if liftingCDATA, Self.hasPrefix(bytes, CDATAPlaceholder.opening, at: index) {
                            sawPlaceholderTarget = true
                        }
                        index += 1
                        continue
                    }
                    let (end, liftableLineFeeds) = skipCDATA(bytes, from: index + 9, writer: &writer)
                    if liftingCDATA, let liftableLineFeeds {
                        writer.replace(index..<end, with: CDATAPlaceholder.bytes(number: sections.count,
                                                                                 lineFeeds: liftableLineFeeds))
                        sections.append(index + 9..<end - 3)
                    }
                    index = end
                } else if byte == 0x26 {
                    if !isReference(bytes, at: index) { writer.replace(at: index, with: "&amp;") }
                    index += 1
                } else {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { writer.drop(at: index) }
                    index += 1
                }
            }
            return (writer.finish(), sections, sawPlaceholderTarget)
        }
    }

    /// Index just past the `]]>` ending a CDATA section (or the end), dropping control
    /// characters; and for a terminated section whose text can be lifted (well-formed UTF-8
    /// without U+FFFE/U+FFFF or dropped bytes, see `CDATAPlaceholder`), its number of line feeds.
    private static func skipCDATA(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  writer: inout RepairWriter) -> (end: Int, liftableLineFeeds: Int?) {
        var index = start
        var lineFeeds = 0
        var liftable = true
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let flags = cdataFlags(load(bytes, at: index))
                guard flags != 0 else {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            var byte = bytes[index]
            // A run of multi-byte characters (CJK text) stays in this loop; none of their
            // bytes is `]` or a control character.
            while byte >= 0x80 {
                if liftable, let length = CDATAPlaceholder.sequenceLength(bytes, at: index) {
                    index += length
                } else {
                    liftable = false
                    index += 1
                }
                guard index < bytes.count else { return (index, nil) }
                byte = bytes[index]
            }
            if byte == 0x5D, hasPrefix(bytes, "]]>", at: index) { return (index + 3, liftable ? lineFeeds : nil) }
            if byte == 0x0A {
                lineFeeds += 1
            } else if byte < 0x20, byte != 0x09, byte != 0x0D {
                writer.drop(at: index)
                liftable = false
            }
            index += 1
        }
        return (index, nil)
    }

    /// Whether a `&` at `index` starts `&name;`, `&#123;` or `&#x1F;`.
    private static func isReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var position = index + 1
        let limit = min(bytes.count, index + 64)
        guard position < limit else { return false }
        if bytes[position] == 0x23 { // #
            position += 1
            let isHex = position < limit && (bytes[position] == 0x78 || bytes[position] == 0x58)
            if isHex { position += 1 }
            let digitsStart = position
            while position < limit, bytes[position].isASCIIDigit
                    || (isHex && ((bytes[position] | 0x20) >= 0x61 && (bytes[position] | 0x20) <= 0x66)) {
                position += 1
            }
            return position > digitsStart && position < limit && bytes[position] == 0x3B
        }
        let first = bytes[position]
        guard first.isASCIILetter || first == 0x5F || first == 0x3A || first >= 0x80 else { return false }
        position += 1
        while position < limit {
            let byte = bytes[position]
            if byte == 0x3B { return true }
            guard byte.isASCIILetter || byte.isASCIIDigit || byte == 0x5F || byte == 0x3A || byte == 0x2D
                    || byte == 0x2E || byte >= 0x80 else { return false }
            position += 1
        }
        return false
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self).littleEndian
    }

    // The flag words below have the high bit set in the first byte that matches (and perhaps in
    // later bytes: a borrow only ever runs upward), so the lowest set bit finds the byte exactly.

    /// Flags the bytes of `word` below 0x20.
    private static func controlFlags(_ word: UInt64) -> UInt64 { (word &- ones &* 0x20) & ~word & highBits }

    /// Flags the bytes of `word` equal to `byte`.
    private static func flags(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits
    }

    /// Flags the bytes the main loop must look at: a control, `&` or `<`.
    private static func repairFlags(_ word: UInt64) -> UInt64 {
        controlFlags(word) | flags(word, 0x26) | flags(word, 0x3C)
    }

    /// Flags the bytes the CDATA loop must look at: a control, `]` or a byte that is not ASCII.
    private static func cdataFlags(_ word: UInt64) -> UInt64 {
        controlFlags(word) | flags(word, 0x5D) | word & highBits
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }
}

/// Builds the repaired copy lazily: untouched runs are copied whole, at the first fault.
private struct RepairWriter {
    let bytes: UnsafeBufferPointer<UInt8>
    var output: Data?
    var copyStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func drop(at index: Int) {
        copyRun(upTo: index)
        copyStart = index + 1
    }

    mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
        copyRun(upTo: range.lowerBound)
        output!.append(contentsOf: replacement)
        copyStart = range.upperBound
    }

    mutating func replace(at index: Int, with replacement: StaticString) {
        copyRun(upTo: index)
        output!.append(replacement.utf8Start, count: replacement.utf8CodeUnitCount)
        copyStart = index + 1
    }

    mutating func finish() -> Data? {
        guard output != nil else { return nil }
        copyRun(upTo: bytes.count)
        return output
    }

    private mutating func copyRun(upTo end: Int) {
        if output == nil { output = Data(capacity: bytes.count + 256) }
        if end > copyStart { output!.append(UnsafeBufferPointer(rebasing: bytes[copyStart..<end])) }
    }
}
