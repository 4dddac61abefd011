/// Eight bytes tested at once (SWAR), to skip the long runs of ordinary text that byte loops spend
/// their time on. Each test says whether any of the eight bytes matches; it is exact for the word.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `index` (which must leave eight bytes in `bytes`).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// True when a byte of `word` is below 0x20.
    @inline(__always)
    static func hasControl(_ word: UInt64) -> Bool { (word &- ones &* 0x20) & ~word & highBits != 0 }

    /// True when a byte of `word` is `byte`.
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    /// True when a byte of `word` needs escaping in markup or is a control: `& < > "` or below 0x20.
    @inline(__always)
    static func needsEscaping(_ word: UInt64) -> Bool {
        hasControl(word) || has(word, UInt8(ascii: "&")) || has(word, UInt8(ascii: "<")) || has(word, UInt8(ascii: ">"))
            || has(word, UInt8(ascii: "\""))
    }

    /// True when a byte of `word` is one of `< > & "` (compared in pairs that differ in one bit).
    @inline(__always)
    static func hasMarkupSign(_ word: UInt64) -> Bool {
        has(word & ~(ones &* 0x02), UInt8(ascii: "<")) || has(word & ~(ones &* 0x04), UInt8(ascii: "\""))
    }

    /// True when `word` is ASCII without controls, with no two spaces in a row and no space last:
    /// text that collapsing white space leaves as it is, whatever follows.
    @inline(__always)
    static func isCollapsedASCII(_ word: UInt64) -> Bool {
        guard word & highBits == 0 else { return false }
        // Every byte is below 0x80, so these sums never carry into the next byte.
        let control = ~(word &+ ones &* 0x60) & highBits
        let notSpace = word ^ (ones &* 0x20)
        let space = ~(((notSpace & ~highBits) &+ ~highBits) | notSpace) & highBits
        return control == 0 && space & (space << 8) == 0 && space >> 63 == 0
    }

    /// True when `word` is UTF-8 without controls, with no two spaces in a row, no space last, and no
    /// byte C2 or E0–E3 (which lead every multi-byte white space character, and little else in CJK text):
    /// text that collapsing white space leaves as it is, whatever follows.
    @inline(__always)
    static func isCollapsedText(_ word: UInt64) -> Bool {
        guard !hasControl(word), !has(word, 0xC2), !has(word & (ones &* 0xFC), 0xE0) else { return false }
        // Exact per byte: the low seven bits plus 0x7F never carry into the next byte.
        let notSpace = word ^ (ones &* 0x20)
        let space = ~(((notSpace & ~highBits) &+ ~highBits) | notSpace) & highBits
        return space & (space << 8) == 0 && space >> 63 == 0
    }

    /// An ASCII `word` with A–Z lower-cased.
    @inline(__always)
    static func asciiLowercased(_ word: UInt64) -> UInt64 {
        let upper = (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & highBits
        return word | (upper >> 2)
    }
}
