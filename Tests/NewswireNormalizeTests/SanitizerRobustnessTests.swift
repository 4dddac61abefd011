import Foundation
import Testing
@testable import NewswireNormalize

/// Inputs that stress the parser and the walk rather than the allowlist.
struct SanitizerRobustnessTests {
    @Test func deeplyNestedMarkupIsWalkedWithoutRecursion() {
        let depth = 200
        let html = String(repeating: "<div>", count: depth) + "core" + String(repeating: "</div>", count: depth)
        let output = HTMLSanitizer.sanitize(html, baseURL: nil)
        #expect(output == String(repeating: "<div>", count: depth) + "core" + String(repeating: "</div>", count: depth))
        #expect(TextNormalizer.plainText(ofHTML: html) == "core")
    }

    /// libxml2 stops reading past 256 levels; what it read must still come out balanced.
    @Test func markupDeeperThanTheParserLimitStaysBalanced() {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "core" + String(repeating: "</div>", count: depth)
        let output = HTMLSanitizer.sanitize(html, baseURL: nil)
        #expect(!output.isEmpty)
        #expect(output.components(separatedBy: "<div>").count == output.components(separatedBy: "</div>").count)
    }

    @Test func concurrentSanitizingGivesTheSameResultEverywhere() async {
        let html = "<p onclick=x>Hello <a href=\"/a\">a</a><script>x()</script><img data-src=\"b.png\"></p>"
        let expected = HTMLSanitizer.sanitize(html, baseURL: "https://example.com/")
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<50).map { _ in HTMLSanitizer.sanitize(html, baseURL: "https://example.com/") } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected == "<p>Hello <a href=\"https://example.com/a\">a</a><img src=\"https://example.com/b.png\"></p>")
    }

    @Test func largeContentSurvivesIntact() {
        let paragraph = "<p>Paragraph with <b>bold</b> &amp; <a href=\"/x\">link</a>.</p>\n"
        let html = String(repeating: paragraph, count: 20_000)
        let output = HTMLSanitizer.sanitize(html, baseURL: "https://example.com/")
        let expectedParagraph = "<p>Paragraph with <b>bold</b> &amp; <a href=\"https://example.com/x\">link</a>.</p>\n"
        #expect(output == String(repeating: expectedParagraph, count: 20_000))
    }

    /// Markup, escapes and controls are found at every offset of otherwise plain text, not only in
    /// the first bytes (the plain-text check reads eight bytes at a time).
    @Test func specialBytesAreFoundAtEveryOffset() {
        for length in 0..<20 {
            let prefix = String(repeating: "a", count: length)
            #expect(HTMLSanitizer.sanitize(prefix + "x\"y", baseURL: nil) == prefix + "x&quot;y")
            #expect(HTMLSanitizer.sanitize(prefix + "1 > 0", baseURL: nil) == prefix + "1 &gt; 0")
            #expect(HTMLSanitizer.sanitize(prefix + "x\u{1}y", baseURL: nil) == prefix + "xy")
            #expect(HTMLSanitizer.sanitize(prefix + "<script>x</script>y", baseURL: nil) == prefix + "y")
        }
    }
}
