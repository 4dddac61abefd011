import Foundation
import Testing
@testable import NewswireFetch

/// The word-at-a-time scans of the decode step against plain byte-by-byte references.
@Suite struct ByteScanTests {
    /// Random documents mixing ASCII runs, CJK text, four-byte characters, stray bytes and zeros.
    private static func documents() -> [[UInt8]] {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("中文内容，".utf8), Array("😀".utf8), Array("é".utf8),
            [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xEF, 0xBF, 0xBF], [0x00], [0x41, 0x00],
        ]
        return (0..<2_000).map { round in
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 40) {
                let piece = pieces[Int(next() % UInt64(pieces.count))]
                // Mostly valid pieces, so that long valid documents are common too.
                let isBroken = piece.count < 3 || piece == [0xED, 0xA0, 0x80] || piece == [0xE4, 0xB8]
                if round % 2 == 0, isBroken { continue }
                bytes += piece
            }
            return bytes
        }
    }

    @Test func utf8ValidatorAgreesWithTheStandardLibrary() {
        var valid = 0
        for bytes in Self.documents() {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBytes(UTF8Validator.isValid) == expected, "\(bytes.prefix(64))")
            if expected { valid += 1 }
        }
        #expect(valid > 500)
    }

    @Test func utf16GuessAgreesWithAPlainCount() {
        func reference(_ bytes: [UInt8]) -> String? {
            let pairs = bytes.count / 2
            guard pairs >= 4 else { return nil }
            let even = (0..<pairs).filter { bytes[2 * $0] == 0 }.count
            let odd = (0..<pairs).filter { bytes[2 * $0 + 1] == 0 }.count
            if odd * 10 >= pairs * 4, even * 20 <= pairs { return "UTF-16LE" }
            if even * 10 >= pairs * 4, odd * 20 <= pairs { return "UTF-16BE" }
            return nil
        }
        var documents = Self.documents()
        documents.append(Array("<?xml version=\"1.0\"?><rss></rss>".utf16
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        documents.append(Array("<rss>feed</rss>".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
        // Long ones, where the scan may stop early: ASCII first and UTF-16 later, in both shares.
        let utf16 = Array(String(repeating: "<item>text</item>", count: 3_000).utf16
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        for asciiLength in [10_000, 40_000, 60_000, 200_000] {
            documents.append(Array(repeating: 0x61, count: asciiLength) + utf16)
        }
        for bytes in documents {
            #expect(bytes.withUnsafeBytes(CharsetDetector.utf16WithoutByteOrderMark) == reference(bytes),
                    "\(bytes.prefix(64))")
        }
    }
}
