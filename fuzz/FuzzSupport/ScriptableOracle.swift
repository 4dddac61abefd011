/// The fuzz oracle for sanitized HTML: finds a script-capable element, an event-handler,
/// `srcdoc` or `formaction` attribute, CSS `expression(`, or a URL with a scriptable scheme
/// (after decoding character references once and dropping what browsers ignore in a URL).
public enum ScriptableOracle {
    static let forbiddenElements: Set<String> = ["script", "style", "iframe", "frame", "frameset", "object", "embed",
                                                 "applet", "form", "base", "meta", "link", "svg", "math", "template"]
    static let schemes = ["javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg",
                          "data:application"]

    /// The first scriptable thing in `html`, described; nil when there is none.
    public static func finding(in html: String) -> String? {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            var cursor = index + 1
            let name = read(scalars, &cursor) { !$0.properties.isWhitespace && $0 != "/" && $0 != ">" }.lowercased()
            if forbiddenElements.contains(name) { return "element <\(name)>" }
            while cursor < scalars.count, scalars[cursor] != ">" {
                if scalars[cursor].properties.isWhitespace || scalars[cursor] == "/" {
                    cursor += 1
                    continue
                }
                let attribute = read(scalars, &cursor) {
                    !$0.properties.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/"
                }.lowercased()
                var value = ""
                if cursor < scalars.count, scalars[cursor] == "=" {
                    cursor += 1
                    if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                        let quote = scalars[cursor]
                        cursor += 1
                        value = read(scalars, &cursor) { $0 != quote }
                        cursor += 1
                    } else {
                        value = read(scalars, &cursor) { !$0.properties.isWhitespace && $0 != ">" }
                    }
                }
                if let problem = problem(attribute: attribute, value: value) { return "<\(name) \(problem)>" }
            }
            index = cursor
        }
        return nil
    }

    /// Attributes a browser loads or navigates to (a scheme there runs); other values are plain text.
    static let urlAttributes: Set<String> = ["href", "src", "srcset", "poster", "action", "data", "cite", "background",
                                             "longdesc", "usemap", "dynsrc", "lowsrc", "codebase", "icon", "manifest",
                                             "profile", "classid", "archive", "ping", "values", "to", "from", "by"]

    static func problem(attribute: String, value: String) -> String? {
        let bare = attribute.split(separator: ":").last.map(String.init) ?? attribute
        if bare.hasPrefix("on") || bare == "srcdoc" || bare == "formaction" { return "attribute \(attribute)" }
        let url = String(String.UnicodeScalarView(decoded(value).unicodeScalars.filter { $0.value > 0x20 }))
            .lowercased()
        if bare == "style" {
            if url.contains("expression(") { return "style with expression(" }
            if schemes.contains(where: { url.contains("url(\($0)") || url.contains("url('\($0)")
                || url.contains("url(\"\($0)") }) {
                return "style with \(url.prefix(60))"
            }
        }
        guard urlAttributes.contains(bare) else { return nil }
        // srcset and ping hold lists: each candidate counts.
        let candidates = bare == "srcset" || bare == "ping" ? url.split(separator: ",").map(String.init) : [url]
        if candidates.contains(where: { candidate in schemes.contains { candidate.hasPrefix($0) } }) {
            return "\(attribute)=\(url.prefix(60))"
        }
        return nil
    }

    /// Decodes character references once, as a browser does in an attribute value.
    static func decoded(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = Substring(value)
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                       "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")", "sol": "/"]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[name.lowercased()]
            }
            if let replacement {
                result += replacement
                rest = rest[name.endIndex...]
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                result += "&"
            }
        }
        return result + rest
    }

    private static func read(_ scalars: [Unicode.Scalar], _ cursor: inout Int,
                             while condition: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while cursor < scalars.count, condition(scalars[cursor]) {
            text.append(scalars[cursor])
            cursor += 1
        }
        return String(text)
    }
}
