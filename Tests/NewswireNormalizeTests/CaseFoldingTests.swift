import Testing
@testable import NewswireNormalize

struct CaseFoldingTests {
    /// The byte-wise lower-casing gives exactly what `lowercased()` gives, for every scalar.
    @Test(arguments: [0x0..<0x3000, 0x3000..<0x10000, 0x10000..<0x20000, 0xE0000..<0xE1000])
    func matchesLowercased(range: Range<UInt32>) {
        var wrong: [UInt32] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "Σ"
            if Array(CaseFolding.lowercased(text).unicodeScalars) != Array(text.lowercased().unicodeScalars) {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "differs from lowercased(): \(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    /// Text of ASCII and CJK only takes a byte-copying path; around every scalar of that block.
    @Test func matchesLowercasedNextToCJK() {
        var wrong: [UInt32] = []
        for value in UInt32(0x2F00)..<0xA100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "AB" + String(scalar) + "中Z"
            if Array(CaseFolding.lowercased(text).unicodeScalars) != Array(text.lowercased().unicodeScalars) {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "differs from lowercased(): \(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    @Test(arguments: ["HELLO World", "ΟΔΟΣ ΣΑΣ", "İstanbul", "中文ABC，好", "Ǆ ß ẞ"])
    func matchesLowercasedOnWords(text: String) {
        #expect(Array(CaseFolding.lowercased(text).unicodeScalars) == Array(text.lowercased().unicodeScalars))
    }
}
