/// The fuzz oracle for sanitized HTML: finds a script-capable element, an event-handler,
/// `srcdoc` or `formaction` attribute, CSS `expression(`, or a URL with a scriptable scheme
/// (after decoding character references once and dropping what browsers ignore in a URL).
public enum ScriptableOracle {
    static let forbiddenElements: Set<String> = ["script", "style", "iframe", "frame", "frameset", "object", "embed",
                                                 "applet", "form", "base", "meta", "link", "svg", "math", "template"]
    static let schemes = ["javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg",
                          "data:application", "invalid-descriptor:"]

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
        // srcset and ping hold lists: each candidate counts (srcset split as browsers split it).
        let candidates = bare == "srcset" ? srcsetURLs(decoded(value)).map(squeezedLowercase)
            : bare == "ping" ? url.split(separator: " ").map(String.init) : [url]
        if candidates.contains(where: { candidate in schemes.contains { candidate.hasPrefix($0) } }) {
            return "\(attribute)=\(url.prefix(60))"
        }
        return nil
    }

    /// The candidate URLs of a srcset (and `invalid-descriptor:WORD` for a descriptor no browser
    /// accepts), split as browsers do (a URL runs to white space; descriptors,
    /// parentheses included, run to the next comma), so a comma inside a URL is not a split.
    public static func srcsetURLs(_ value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        var urls: [String] = []
        var index = 0
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.value <= 0x20 }
        while index < scalars.count {
            while index < scalars.count, isBlank(scalars[index]) || scalars[index] == "," { index += 1 }
            let start = index
            while index < scalars.count, !isBlank(scalars[index]) { index += 1 }
            var url = scalars[start..<index]
            if url.last == "," {
                while url.last == "," { url = url.dropLast() }
            } else {
                var depth = 0
                var descriptor = String.UnicodeScalarView()
                while index < scalars.count {
                    if scalars[index] == "(" { depth += 1 } else if scalars[index] == ")" { depth = max(0, depth - 1) }
                    index += 1
                    if scalars[index - 1] == ",", depth == 0 { break }
                    descriptor.append(scalars[index - 1])
                }
                // The sanitizer keeps only descriptors a browser accepts (`1.5x`, `640w`, `480h`).
                for word in String(descriptor).split(whereSeparator: { $0.isWhitespace }) {
                    let number = word.dropLast()
                    if !(word.last.map { "wxh".contains($0) } ?? false) || number.isEmpty
                        || !number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                        urls.append("invalid-descriptor:" + word)
                    }
                }
            }
            if !url.isEmpty { urls.append(String(String.UnicodeScalarView(url))) }
        }
        return urls
    }

    static func squeezedLowercase(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
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
