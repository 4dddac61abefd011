import Foundation

/// Repairs two faults real feeds have before libxml2 sees them, in one pass that copies only
/// when a fault is present: C0 control characters XML 1.0 forbids (dropped), and bare `&` that
/// starts no reference (`Q&A`, `?a=1&b=2`), escaped as `&amp;` so the text survives. CDATA
/// sections are left as they are, apart from control characters.
enum XMLInputRepair {
    /// The repaired document, or nil when `data` needs no repair (no copy made).
    static func repair(_ data: Data) -> Data? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var writer = RepairWriter(bytes: bytes)
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
                        index += 1
                        continue
                    }
                    index = skipCDATA(bytes, from: index + 9, writer: &writer)
                } else if byte == 0x26 {
                    if !isReference(bytes, at: index) { writer.replace(at: index, with: "&amp;") }
                    index += 1
                } else {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { writer.drop(at: index) }
                    index += 1
                }
            }
            return writer.finish()
        }
    }

    /// Index just past the `]]>` ending a CDATA section (or the end), dropping control characters.
    private static func skipCDATA(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  writer: inout RepairWriter) -> Int {
        var index = start
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let flags = cdataFlags(load(bytes, at: index))
                guard flags != 0 else {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            if byte == 0x5D, hasPrefix(bytes, "]]>", at: index) { return index + 3 }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { writer.drop(at: index) }
            index += 1
        }
        return index
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
