import Foundation
import Testing
@testable import NewswireNormalize

/// What in sanitized output could still run script, judged on the output lower-cased with white
/// space and control characters removed (so `java\tscript:` counts as `javascript:`): dangerous
/// elements anywhere; inside tags, any attribute named `on…`, `style`, `srcdoc`, `formaction` or
/// `xlink:href`, and `javascript:`, `vbscript:` or a `data:` URL other than `data:image/…`.
/// Text between tags is escaped by the writer (`<` never appears raw), so a scheme in text is inert.
func scriptableParts(of output: String) -> [String] {
    let compact = String(String.UnicodeScalarView(output.lowercased().unicodeScalars.filter {
        $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
    }))
    var found: [String] = []
    let elements = ["<script", "<iframe", "<frame", "<object", "<embed", "<applet", "<svg", "<math", "<style", "<form",
                    "<input", "<button", "<meta", "<link", "<base", "<template", "<noscript", "<portal"]
    found += elements.filter { compact.contains($0) }
    let tags = output.lowercased().matches(of: /<[a-z][^>]*>/).map { String($0.output) }
    for tag in tags {
        for attribute in tag.matches(of: /\s([^\s="']+)\s*=/) {
            let name = String(attribute.output.1)
            if name.hasPrefix("on") || ["style", "srcdoc", "formaction", "xlink:href", "action"].contains(name) {
                found.append("attribute \(name) in \(tag)")
            }
        }
        let compactTag = String(String.UnicodeScalarView(tag.unicodeScalars.filter {
            $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
        }))
        for scheme in ["javascript:", "vbscript:", "livescript:"] where compactTag.contains(scheme) {
            found.append("\(scheme) in \(tag)")
        }
        var rest = compactTag[...]
        while let range = rest.range(of: "data:") {
            if !rest[range.upperBound...].hasPrefix("image/") { found.append("data: URL in \(tag)") }
            rest = rest[range.upperBound...]
        }
    }
    // The writer's output must parse as tags and escaped text only: a raw `<` outside a tag is a bug.
    let withoutTags = output.replacing(/<\/?[a-z][a-z0-9]*(\s[a-z:-]+="[^"<>]*")*>/, with: "")
    if withoutTags.contains("<") || withoutTags.contains(">") { found.append("raw markup in \(output)") }
    return found
}

@Suite struct XSSBatteryTests {
    static let base = "https://example.com/news/story.html"

    @Test(arguments: XSSVectors.all)
    func vectorComesOutInert(vector: String) {
        for baseURL in [Self.base, nil] {
            let output = HTMLSanitizer.sanitize(vector, baseURL: baseURL)
            #expect(scriptableParts(of: output).isEmpty, "\(vector) → \(output)")
            // Sanitizing is stable: the output read again changes nothing.
            #expect(HTMLSanitizer.sanitize(output, baseURL: baseURL) == output)
        }
    }

    @Test func batteryIsLargeAndDistinct() {
        #expect(XSSVectors.all.count >= 150)
        #expect(Set(XSSVectors.all).count == XSSVectors.all.count)
    }

    @Test(arguments: [
        "<a href=\"javascript:alert(1)\">x</a>", "<p onclick=\"alert(1)\">x</p>", "<p style=\"color:red\">x</p>",
        "<script>alert(1)</script>", "<img src=\"data:text/html,x\">", "<a xlink:href=\"x\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>", "<iframe srcdoc=\"x\"></iframe>", "<p>a < b</p>",
    ])
    func theOracleCatchesWhatItLooksFor(dangerous: String) {
        #expect(!scriptableParts(of: dangerous).isEmpty)
    }

    @Test(arguments: [
        "<p>javascript: is a word in text</p>", "<img src=\"data:image/png;base64,AAAA\">",
        "<a href=\"https://example.com/?q=onload%3D\" title=\"on: x\">ok</a>",
    ])
    func theOracleAcceptsWhatIsInert(inert: String) {
        #expect(scriptableParts(of: inert).isEmpty)
    }
}
