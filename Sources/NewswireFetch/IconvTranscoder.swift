import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes in any glibc iconv encoding to UTF-8, replacing invalid sequences with U+FFFD.
enum IconvTranscoder {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The UTF-8 bytes and how many U+FFFD were inserted; nil when iconv does not know `encoding`.
    static func toUTF8(_ data: Data, from encoding: String) -> (utf8: Data, replacements: Int)? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // Every supported encoding needs at most 3 UTF-8 bytes per input byte.
        var capacity = data.count * 3 + 16
        guard var output = malloc(capacity) else { return nil }
        var used = 0
        var replacements = 0

        func ensureRoom(_ needed: Int) {
            guard capacity - used < needed else { return }
            capacity = capacity * 2 + needed
            output = realloc(output, capacity)!
        }

        func write(_ bytes: [UInt8]) {
            ensureRoom(bytes.count)
            bytes.withUnsafeBytes { (output + used).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            used += bytes.count
        }

        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            var inPointer = UnsafeMutablePointer<CChar>(
                mutating: input.baseAddress?.assumingMemoryBound(to: CChar.self))
            var inLeft = input.count
            while inLeft > 0 {
                var outPointer: UnsafeMutablePointer<CChar>? = (output + used).assumingMemoryBound(to: CChar.self)
                var outLeft = capacity - used
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure = errno
                used = capacity - outLeft
                guard result == -1 else { continue }
                switch failure {
                case E2BIG:
                    ensureRoom(capacity)
                case EILSEQ:
                    // Skip one byte only: the next may start a valid sequence (often ASCII).
                    write(replacement)
                    replacements += 1
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                default:
                    // EINVAL: a sequence cut off by the end of the input.
                    write(replacement)
                    replacements += 1
                    inLeft = 0
                }
            }
        }
        // Flushes what a stateful encoding (ISO-2022-JP, BIG5-HKSCS) still holds.
        ensureRoom(16)
        var outPointer: UnsafeMutablePointer<CChar>? = (output + used).assumingMemoryBound(to: CChar.self)
        var outLeft = capacity - used
        _ = iconv(converter, nil, nil, &outPointer, &outLeft)
        used = capacity - outLeft
        if used == 0 {
            free(output)
            return (Data(), replacements)
        }
        let shrunk = realloc(output, used) ?? output
        return (Data(bytesNoCopy: shrunk, count: used, deallocator: .free), replacements)
    }
}
