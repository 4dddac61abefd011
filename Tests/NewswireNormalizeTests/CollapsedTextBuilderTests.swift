import Testing
@testable import NewswireNormalize

/// Text built piece by piece reads as the pieces joined, controls dropped and white space collapsed.
struct CollapsedTextBuilderTests {
    private static let pieces = [
        " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "a", "word", "x y", "中文", "é",
        "\u{1}", "\u{B}", "\u{C}", "\u{1F}", "¢", "\u{2003}", "\u{2010}", "\u{E3}",
        // Long enough for the eight-byte steps.
        "several plain words", "longerwords", "a b c d e f g h", "\u{7F}~ !", "中文字符串很长的文本", "长 文 本 ", "文\u{3000}字",
    ]

    @Test func matchesCollapsingTheJoinedText() {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var builder = CollapsedTextBuilder(capacity: 16)
            var joined = ""
            for _ in 0..<next(12) {
                if next(6) == 0 {
                    builder.appendSpace()
                    joined += " "
                    continue
                }
                var piece = ""
                for _ in 0..<1 + next(4) { piece += Self.pieces[next(Self.pieces.count)] }
                piece.withUTF8 { builder.append($0) }
                joined += piece
            }
            let legal = String(String.UnicodeScalarView(joined.unicodeScalars.filter {
                $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
            }))
            #expect(builder.string == TextNormalizer.collapseWhitespace(legal), "\(joined.debugDescription)")
        }
    }
}
