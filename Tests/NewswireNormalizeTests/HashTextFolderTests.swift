import Foundation
import Testing
@testable import NewswireNormalize

/// The one-pass folding gives, for every scalar it decides, the bytes NFKC + collapsing + lower-casing give.
struct HashTextFolderTests {
    private func reference(_ title: String, _ text: String) -> String {
        ContentHasher.sha256Hex(TextNormalizer.normalizedForHash(title) + "\n" + TextNormalizer.normalizedForHash(text))
    }

    /// True when the folding decides `text` itself (no general path).
    private func decides(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ChunkedSHA256.chunkSize) { chunk in
                var hash = ChunkedSHA256(chunk: chunk)
                return HashTextFolder.fold(bytes, into: &hash)
            }
        }
    }

    /// Every scalar, first, last, between letters, beside a fullwidth comma, a space or an upper-case sigma.
    @Test(arguments: [0x0..<0x3000, 0x3000..<0x10000, 0x10000..<0x20000, 0x20000..<0x30000, 0xE0000..<0xE1000])
    func everyScalarHashesAsItsNormalizedForm(range: Range<UInt32>) {
        var wrong: [UInt32] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            for (title, text) in [(character, "b" + character), ("a" + character + "\u{FF0C}", character + " x"),
                                  ("A " + character + "Σ", "e" + character + character)]
            where ContentHasher.contentHash(title: title, text: text) != reference(title, text) {
                wrong.append(value)
                break
            }
        }
        #expect(wrong.isEmpty, "differs from the normalized form: \(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    /// Composition joins a starter with what follows it in a canonical decomposition: every such
    /// follower must send the text to the general path.
    @Test(arguments: [0x0..<0x10000, 0x10000..<0x20000])
    func everyScalarThatComposesOntoAnotherIsLeftToTheGeneralPath(range: Range<UInt32>) {
        var missed: [UInt32] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for follower in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst()
            where !ScalarFoldTable.composesWithNeighbours(follower) {
                missed.append(follower.value)
            }
        }
        #expect(missed.isEmpty, "\(Set(missed).prefix(20).map { String($0, radix: 16) })")
    }

    @Test(arguments: ["Café au lait, naïve “quotes” — and ‘more’… in Zürich and São Paulo",
                      "ÉCOLE Ünïcödé ÀÉÎÕÜ ÇA IRA – 50 € · ½ ™", "emoji 😀 ❤️ 👍🏽 👨‍👩‍👧", "中文标题，（全角）ＡＢＣ　１２３。",
                      "Ελληνικά ΣΟΦΙΑ Кириллица ПРИВЕТ", "ﬁne ligature Ⅸ ①", "no\u{A0}break\u{2009}thin\u{3000}ideographic"])
    func commonTextIsFoldedInOnePass(text: String) {
        #expect(decides(text))
        #expect(ContentHasher.contentHash(title: text, text: text) == reference(text, text))
    }

    @Test(arguments: ["e\u{301}", "\u{1100}\u{1161}", "각\u{11A8}", "a\u{20DD}"])
    func textThatComposesTakesTheGeneralPath(text: String) {
        #expect(!decides(text))
        #expect(ContentHasher.contentHash(title: text, text: "") == reference(text, ""))
    }

    /// Longer than the hash's buffer, in every alignment against it, with folded characters across its edge.
    @Test func longTextHashesAsItsNormalizedForm() {
        for length in [1023, 1024, 1025, 5000] {
            for piece in ["A", "É", "…", "中", " ", "½"] {
                let text = String(repeating: "x", count: length) + String(repeating: piece, count: 700) + "END"
                #expect(ContentHasher.contentHash(title: piece, text: text) == reference(piece, text), "\(length) \(piece)")
            }
        }
    }
}
