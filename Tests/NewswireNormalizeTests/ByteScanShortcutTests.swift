import Testing
@testable import NewswireNormalize

/// The byte-level shortcuts give what the Character- and Set-based forms they stand in for give.
struct ByteScanShortcutTests {
    private static let samples = [
        "", " ", "\t\n", "\u{1C}x", "\u{1F}", "\u{85}", "\u{A0}a", "\u{3000}中", "\u{2028}", "a", "<p>", "中文", "\u{4DC0}",
        "é", "\u{301}a", "\r\n", " x ", "x\r", "\u{FFFE}", "a\u{FFFF}b", "\u{EFFF}", "\u{1}", "plain text of some length",
        "text with a control \u{7} late in it", "文字文字文字文字\u{FFFE}",
    ]

    @Test(arguments: samples)
    func nonWhitespaceMatchesTheCharacterTest(sample: String) {
        #expect(UTF8Scan.hasNonWhitespace(sample) == sample.contains { !$0.isWhitespace })
    }

    @Test(arguments: samples)
    func illegalCharacterScanNeverMissesOne(sample: String) {
        let hasIllegal = sample.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF
        }
        if hasIllegal { #expect(UTF8Scan.mayHoldXMLIllegalCharacters(sample)) }
    }

    @Test(arguments: samples)
    func trimmingMatchesTheScalarForm(sample: String) {
        #expect(UTF8Scan.trimmingASCIIWhitespace(sample) == sample.trimmingASCIIWhitespace())
    }

    @Test func elementAttributeListsMatchTheAllowlist() {
        let names = Array(HTMLAllowlist.elements.keys) + ["script", "unknown"]
        let attributes = ["href", "src", "srcset", "title", "lang", "dir", "alt", "cite", "poster", "onclick", "style",
                          "width", "datetime", "data-src", "colspan"]
        for name in names {
            let kind = HTMLElementKinds.kind(named: name)
            for attribute in attributes {
                #expect(kind.attributes.contains(attribute) == HTMLAllowlist.allows(attribute: attribute, on: name))
                #expect(HTMLAllowlist.isURLAttribute(attribute) == HTMLAllowlist.urlAttributes.contains(attribute))
            }
        }
    }
}
