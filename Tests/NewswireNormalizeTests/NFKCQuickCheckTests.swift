import Foundation
import Testing
@testable import NewswireNormalize

struct NFKCQuickCheckTests {
    /// Compared scalar by scalar: String's == would call canonically equivalent strings equal.
    private func sameScalars(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }

    /// Every scalar, after a starter, before ASCII, between a letter and a fullwidth form, gets from
    /// the fast path exactly the scalars Foundation's NFKC gives (or is left to Foundation).
    @Test(arguments: [0x80..<0x3000, 0x3000..<0x10000, 0x10000..<0x20000, 0x20000..<0x30000, 0xE0000..<0xE1000])
    func fastPathMatchesFoundation(range: Range<UInt32>) {
        var wrong: [UInt32] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a" + String(scalar), String(scalar) + "b", "e" + String(scalar) + "\u{FF0C}"] {
                if let fast = NFKCQuickCheck.normalized(text),
                   !sameScalars(fast, text.precomposedStringWithCompatibilityMapping) {
                    wrong.append(value)
                }
            }
        }
        #expect(wrong.isEmpty, "fast path differs from NFKC: \(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    @Test(arguments: ["plain ASCII", "中文标题，好。", "（全角）ＡＢＣ　１２３", "café", "e\u{301}", "\u{1100}\u{1161}",
                      "ﬁ", "Ⅸ", "ｶ\u{FF9E}"])
    func agreesWithFoundation(text: String) {
        if let fast = NFKCQuickCheck.normalized(text) {
            #expect(sameScalars(fast, text.precomposedStringWithCompatibilityMapping))
        }
    }

    @Test func decidesCommonTextAndLeavesTheRestToFoundation() {
        #expect(NFKCQuickCheck.normalized("plain ASCII") == "plain ASCII")
        #expect(NFKCQuickCheck.normalized("中文标题，好。") == "中文标题,好。")
        #expect(NFKCQuickCheck.normalized("ＡＢＣ　１") == "ABC 1")
        #expect(NFKCQuickCheck.normalized("e\u{301}") == nil)
        #expect(NFKCQuickCheck.normalized("\u{1100}\u{1161}") == nil)
        #expect(NFKCQuickCheck.normalized("ﬁ") == nil)
    }
}
