import Foundation
import FuzzSupport

/// Finds anything a browser could run in rendered output: script-capable elements, event-handler
/// attributes, `srcdoc`/`formaction`, CSS `expression(`, and `javascript:`-like URLs (after
/// decoding character references and dropping the white space and controls browsers ignore).
enum ScriptableScan {
    static let forbiddenElements: Set<String> = ["script", "style", "iframe", "frame", "frameset", "object",
                                                 "embed", "applet", "form", "base", "meta", "link"]
    static let forbiddenAttributes: Set<String> = ["srcdoc", "formaction", "action"]
    static let forbiddenSchemes = ["javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg"]

    /// Findings in the `<title>`, `<summary>` and `<content>` elements of an Atom document.
    static func atomFindings(_ xml: String) -> [String] {
        let pattern = try! NSRegularExpression(
            pattern: "<(title|summary|content)(\\s[^>]*)?>(.*?)</\\1>", options: [.dotMatchesLineSeparators])
        let text = xml as NSString
        return pattern.matches(in: xml, range: NSRange(location: 0, length: text.length)).flatMap { match in
            let attributes = match.range(at: 2).location == NSNotFound ? "" : text.substring(with: match.range(at: 2))
            let body = text.substring(with: match.range(at: 3))
            // type="html" holds escaped markup: one unescape gives the HTML a reader renders.
            let html = attributes.contains("xhtml") ? body : xmlUnescaped(body)
            return htmlFindings(html, forbidden: forbiddenElements)
        }
    }

    /// Findings in an HTML page of ours (`index.html`), whose own head may use meta, link and style.
    static func pageFindings(_ html: String) -> [String] {
        htmlFindings(html, forbidden: forbiddenElements.subtracting(["meta", "link", "style"]))
    }

    static func htmlFindings(_ html: String, forbidden: Set<String>) -> [String] {
        let tagPattern = try! NSRegularExpression(pattern: "<\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>")
        let attributePattern = try! NSRegularExpression(
            pattern: "([^\\s\"'>/=]+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?")
        let text = html as NSString
        var findings: [String] = []
        for tag in tagPattern.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            let whole = text.substring(with: tag.range)
            let name = text.substring(with: tag.range(at: 1)).lowercased()
            if forbidden.contains(name.split(separator: ":").last.map(String.init) ?? name) {
                findings.append("element: \(whole.prefix(120))")
            }
            let attributes = text.substring(with: tag.range(at: 2))
            let attributeText = attributes as NSString
            for attribute in attributePattern.matches(in: attributes,
                                                      range: NSRange(location: 0, length: attributeText.length)) {
                let attributeName = attributeText.substring(with: attribute.range(at: 1)).lowercased()
                let raw = attribute.range(at: 2).location == NSNotFound ? ""
                    : attributeText.substring(with: attribute.range(at: 2))
                let value = squeezed(htmlDecoded(raw.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))))
                let bare = attributeName.split(separator: ":").last.map(String.init) ?? attributeName
                if bare.hasPrefix("on") || forbiddenAttributes.contains(bare) {
                    findings.append("attribute \(attributeName): \(whole.prefix(120))")
                }
                // Each candidate of a srcset counts, split as browsers split it.
                let decodedValue = htmlDecoded(raw.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
                let candidates = bare.hasSuffix("srcset")
                    ? ScriptableOracle.srcsetURLs(decodedValue).map(squeezed) : [value]
                if candidates.contains(where: { candidate in forbiddenSchemes.contains { candidate.hasPrefix($0) } })
                    || forbiddenSchemes.contains(where: { value.contains("url(\($0)") }) || value.contains("expression(") {
                    findings.append("value: \(whole.prefix(120))")
                }
            }
        }
        return findings
    }

    /// URLs written as element text (`<loc>`, `<id>`, `<uri>`, `<icon>`, `<logo>`) with a scriptable scheme.
    static func elementURLFindings(_ xml: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<(loc|id|uri|icon|logo)>([^<]*)</\\1>")
        let text = xml as NSString
        return pattern.matches(in: xml, range: NSRange(location: 0, length: text.length)).compactMap { match in
            let value = squeezed(htmlDecoded(xmlUnescaped(text.substring(with: match.range(at: 2)))))
            return forbiddenSchemes.contains { value.hasPrefix($0) } ? "element URL: \(value.prefix(120))" : nil
        }
    }

    /// Undoes one level of XML escaping.
    static func xmlUnescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Decodes numeric character references and the named ones used to hide schemes.
    static func htmlDecoded(_ text: String) -> String {
        var result = text
        for (name, value) in [("&colon;", ":"), ("&tab;", "\t"), ("&newline;", "\n"), ("&lpar;", "("),
                              ("&rpar;", ")"), ("&amp;", "&"), ("&sol;", "/")] {
            result = result.replacingOccurrences(of: name, with: value, options: .caseInsensitive)
        }
        let reference = try! NSRegularExpression(pattern: "&#([xX][0-9a-fA-F]+|[0-9]+);?")
        while let match = reference.firstMatch(in: result, range: NSRange(location: 0, length: (result as NSString).length)) {
            let digits = (result as NSString).substring(with: match.range(at: 1))
            let code = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            let scalar = code.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
            result = (result as NSString).replacingCharacters(in: match.range, with: scalar)
        }
        return result
    }

    /// Lower case, without the white space and control characters a browser drops from a URL.
    static func squeezed(_ value: String) -> String {
        String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)).lowercased()
    }
}
