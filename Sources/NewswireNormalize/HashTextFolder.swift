/// The form text is hashed in (`TextNormalizer.normalizedForHash`: NFKC, white space collapsed,
/// lower-cased), made in one pass over the UTF-8 and fed to the hash as it goes. ASCII is lower-cased
/// eight bytes at a time, CJK ideographs are copied, any other scalar is folded through
/// `ScalarFoldTable`. A scalar that composes with its neighbours (a combining mark, a Hangul jamo)
/// makes it give up: such text takes the general path.
enum HashTextFolder {
    /// Appends the folded form of `bytes` (valid UTF-8) to `hash`; false (with part of it appended) when
    /// the text needs the general path.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into hash: inout ChunkedSHA256) -> Bool {
        let table = ScalarFoldTable.shared
        var cachedBlockNumber = UInt32.max
        var cachedBlock: UnsafePointer<UInt8>?
        var space = SpaceCollapsing()
        var index = 0
        let count = bytes.count
        while index < count {
            // After a written non-blank byte, eight bytes with no control, no two blanks in a row and
            // no blank last come out as they are, lower-cased: most text is already collapsed.
            if space.followsCharacter, index + 8 <= count {
                let word = ByteWord.load(bytes, at: index)
                if ByteWord.isCollapsedASCII(word) {
                    hash.append(word: ByteWord.asciiLowercased(word))
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space.blank()
                    continue
                }
                space.beforeCharacter(&hash)
                hash.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                continue
            }
            if TextNormalizer.mayStartWhitespace(byte) {
                let width = TextNormalizer.whitespaceWidth(bytes, at: index)
                if width > 0 {
                    space.blank()
                    index += width
                    continue
                }
            }
            let start = index
            // CJK ideographs U+4E00…U+9FFF (E4 B8–BF, E5–E9): no case, no compatibility forms, nothing
            // composes onto them; a run of them is copied at once.
            while index + 2 < count, bytes[index] >= 0xE4, bytes[index] <= 0xE9,
                  bytes[index] != 0xE4 || bytes[index + 1] >= 0xB8 {
                index += 3
            }
            if index > start {
                space.beforeCharacter(&hash)
                hash.append(bytes.baseAddress! + start, count: index - start)
                continue
            }
            let (value, width) = decode(bytes, at: index)
            let number = ScalarFoldTable.blockNumber(value)
            if number != cachedBlockNumber {
                cachedBlock = table.block(of: value)
                cachedBlockNumber = number
            }
            let entry = cachedBlock! + ScalarFoldTable.entryOffset(value)
            index += width
            switch entry.pointee {
            case ScalarFoldTable.identity:
                space.beforeCharacter(&hash)
                hash.append(bytes.baseAddress! + start, count: width)
            case ScalarFoldTable.undecided:
                return false
            case let length:
                // Folded to other bytes, which may hold an ASCII space (U+00A8 is a space and a mark).
                for offset in 1...Int(length) {
                    let folded = entry[offset]
                    if folded == 0x20 {
                        space.blank()
                        continue
                    }
                    space.beforeCharacter(&hash)
                    hash.append(folded)
                }
            }
        }
        return true
    }

    /// The scalar value and byte width of the multi-byte UTF-8 character at `index`.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}

/// White space collapsing as folded text is written: a blank becomes one space, written only when a
/// character follows and one came before.
private struct SpaceCollapsing {
    private var wrote = false
    private var pending = false

    /// True when the last thing written was a character and no blank came after it.
    var followsCharacter: Bool { wrote && !pending }

    @inline(__always)
    mutating func blank() { pending = wrote }

    /// Writes the pending space, if any, before a character.
    @inline(__always)
    mutating func beforeCharacter(_ hash: inout ChunkedSHA256) {
        if pending { hash.append(0x20) }
        pending = false
        wrote = true
    }
}
