import NewswireModel
import Testing

/// Model's `trimmingASCIIWhitespace`, which Parse, Config and Render use to read written values.
@Suite struct ASCIIWhitespaceTests {
    @Test(arguments: [
        ("plain", "plain"), ("  \t\n x y \r\n", "x y"), (" \r\n\t ", ""), ("", ""),
        ("\u{A0}x\u{3000}", "\u{A0}x\u{3000}"), (" 中文 ", "中文"), ("e\u{301} ", "e\u{301}"),
    ])
    func trimsOnlyXMLWhiteSpaceAtTheEnds(text: String, expected: String) {
        #expect(text.trimmingASCIIWhitespace() == expected)
        #expect(text[...].trimmingASCIIWhitespace() == expected)
    }
}
