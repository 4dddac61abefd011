import CCrypto
import Foundation

/// SHA-256 content hashes, computed with the system libcrypto.
public enum ContentHasher {
    /// Lower-case hex SHA-256 of the UTF-8 bytes of `s`.
    public static func sha256Hex(_ s: String) -> String {
        var input = s
        return input.withUTF8 { sha256Hex(UnsafeRawBufferPointer($0)) }
    }

    /// Lower-case hex SHA-256 of raw bytes (a fetched body), without copying them.
    public static func sha256Hex(_ data: Data) -> String {
        data.withUnsafeBytes { sha256Hex($0) }
    }

    /// The content hash of an article: SHA-256 of the normalized title, a newline, and the normalized text.
    /// Both arguments are plain text (see `TextNormalizer.plainText`).
    public static func contentHash(title: String, text: String) -> String {
        var text = text
        return text.withUTF8 { contentHash(title: title, textUTF8: $0) }
    }

    /// `contentHash(title:text:)` of a text given as UTF-8 bytes; `textIsCollapsed` when the text is
    /// as `CollapsedTextBuilder` gives it (no controls, white space only as single inner spaces), so
    /// that lower-casing alone normalizes its ASCII.
    static func contentHash(title: String, textUTF8: UnsafeBufferPointer<UInt8>,
                            textIsCollapsed: Bool = false) -> String {
        // ASCII, CJK ideographs and common punctuation (which NFKC and lower-casing leave alone, and which
        // hold no white space beyond ASCII's; see `isStableThreeByteCharacter`) are collapsed and lower-cased in one pass, into one buffer; any other
        // character sends the pair to the general path.
        var title = title
        let capacity = title.utf8.count + textUTF8.count + 1
        let fast: String? = title.withUTF8 { titleBytes in
            withScratchBuffer(capacity: capacity) { buffer -> String? in
                guard let titleEnd = collapsedLowercased(titleBytes, into: buffer, at: 0) else { return nil }
                buffer[titleEnd] = UInt8(ascii: "\n")
                guard let end = textIsCollapsed ? lowercased(textUTF8, into: buffer, at: titleEnd + 1)
                        : collapsedLowercased(textUTF8, into: buffer, at: titleEnd + 1) else { return nil }
                return sha256Hex(UnsafeRawBufferPointer(start: buffer.baseAddress, count: end))
            }
        }
        return fast ?? sha256Hex(TextNormalizer.normalizedForHash(title) + "\n"
                                 + TextNormalizer.normalizedForHash(String(decoding: textUTF8, as: UTF8.self)))
    }

    /// True for the UTF-8 of a CJK ideograph U+4E00…U+9FFF (E4 B8–BF, E5–E9) or of the dashes, quotes
    /// and daggers U+2010, U+2012…U+2016, U+2018…U+2023 and U+2027 (E2 80 90…A7 but 91, 97, A4–A6):
    /// characters that NFKC, lower-casing and white-space collapsing all leave as they are.
    @inline(__always)
    private static func isStableThreeByteCharacter(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        if lead >= 0xE5 && lead <= 0xE9 { return true }
        if lead == 0xE4 { return second >= 0xB8 }
        guard lead == 0xE2, second == 0x80, third >= 0x90, third <= 0xA7 else { return false }
        return third != 0x91 && third != 0x97 && (third < 0xA4 || third > 0xA6)
    }

    /// Runs `body` over `capacity` uninitialized bytes: on the stack when few (a larger temporary
    /// allocation asks the system for the stack's bounds each time), else on the heap.
    private static func withScratchBuffer<R>(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> R) -> R {
        if capacity <= 1024 { return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity, body) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        return body(buffer)
    }

    /// `collapsedLowercased` for bytes with no white space to collapse: A–Z lower-cased, the characters of
    /// `isStableThreeByteCharacter` copied; nil at any other non-ASCII character.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
                                   at start: Int) -> Int? {
        var end = start
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count {
                let word = ByteWord.load(bytes, at: index)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let lowered = ByteWord.asciiLowercased(word)
                    UnsafeMutableRawPointer(output.baseAddress! + end).storeBytes(of: lowered, as: UInt64.self)
                    end += 8
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                output[end] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                end += 1
                index += 1
                continue
            }
            // A run of characters that need no change (see `isStableThreeByteCharacter`), copied at once.
            let runStart = index
            while index + 2 < count {
                let lead = bytes[index]
                guard isStableThreeByteCharacter(lead, bytes[index + 1], bytes[index + 2]) else { break }
                index += 3
            }
            guard index > runStart else { return nil }
            (output.baseAddress! + end).update(from: bytes.baseAddress! + runStart, count: index - runStart)
            end += index - runStart
        }
        return end
    }

    /// Writes `bytes` with white space collapsed (as `TextNormalizer.collapseWhitespace`) and A–Z lower-cased
    /// from `start`; returns the end. Nil when `bytes` hold anything but ASCII and the characters of
    /// `isStableThreeByteCharacter`. Never writes more than `bytes.count` bytes.
    private static func collapsedLowercased(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
                                            at start: Int) -> Int? {
        var end = start
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            // After a written non-blank byte, eight bytes with no control, no two blanks in a row and
            // no blank last come out as they are, lower-cased: most text is already collapsed.
            if !pendingSpace, end > start, index + 8 <= count {
                let word = ByteWord.load(bytes, at: index)
                if ByteWord.isCollapsedASCII(word) {
                    UnsafeMutableRawPointer(output.baseAddress! + end).storeBytes(of: ByteWord.asciiLowercased(word), as: UInt64.self)
                    end += 8
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x80 {
                // A run of `isStableThreeByteCharacter` characters (the string is valid UTF-8) is
                // copied as it is.
                if pendingSpace {
                    output[end] = 0x20
                    end += 1
                    pendingSpace = false
                }
                let runStart = index
                while index + 2 < count {
                    let lead = bytes[index]
                    guard isStableThreeByteCharacter(lead, bytes[index + 1], bytes[index + 2]) else { break }
                    index += 3
                }
                (output.baseAddress! + end).update(from: bytes.baseAddress! + runStart, count: index - runStart)
                end += index - runStart
                if index < count, bytes[index] >= 0x80 { return nil }
                continue
            }
            index += 1
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = end > start
                continue
            }
            if pendingSpace {
                output[end] = 0x20
                end += 1
                pendingSpace = false
            }
            output[end] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            end += 1
        }
        return end
    }

    private static func sha256Hex(_ bytes: UnsafeRawBufferPointer) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
            var context = SHA256_CTX()
            _ = SHA256_Init(&context)
            // A zero-length buffer may have no address: then there is nothing to add.
            if let base = bytes.baseAddress { _ = SHA256_Update(&context, base, bytes.count) }
            _ = SHA256_Final(digest.baseAddress, &context)
            return String(unsafeUninitializedCapacity: 64) { hex in
                let digits: StaticString = "0123456789abcdef"
                for (index, byte) in digest.enumerated() {
                    hex[2 * index] = digits.utf8Start[Int(byte >> 4)]
                    hex[2 * index + 1] = digits.utf8Start[Int(byte & 0x0F)]
                }
                return 64
            }
        }
    }
}
