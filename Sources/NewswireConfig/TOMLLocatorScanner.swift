/// The single pass behind `TOMLKeyLocator`: walks headers, keys and values, skipping strings,
/// comments, arrays and inline tables, and records where each key path was written.
struct TOMLLocatorScanner {
    private let chars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var currentTable = ""
    /// Resolved path of an array table (`source`, `source[1].extra`) → tables seen so far.
    private var arrayTableCounts: [String: Int] = [:]
    private(set) var locations: [String: TOMLKeyLocation] = [:]

    init(text: String) {
        // A byte order mark is not part of the first line's columns.
        chars = Array(text.unicodeScalars.drop(while: { $0 == "\u{FEFF}" }))
    }

    mutating func scanDocument() {
        while let char = peek() {
            switch char {
            case " ", "\t", "\r", "\n": advance()
            case "#": skipRestOfLine()
            case "[": scanHeader(); skipRestOfLine()
            default: scanKeyValue(prefix: currentTable); skipRestOfLine()
            }
        }
    }

    // MARK: - Structure

    private mutating func scanHeader() {
        let start = position
        let isArrayTable = peek(1) == "["
        advance(isArrayTable ? 2 : 1)
        let keys = scanKey()
        guard !keys.isEmpty else { return }
        var path = ""
        for (offset, key) in keys.enumerated() {
            path = Self.join(path, key)
            if isArrayTable && offset == keys.count - 1 {
                let count = arrayTableCounts[path, default: 0]
                arrayTableCounts[path] = count + 1
                path += "[\(count)]"
            } else if let count = arrayTableCounts[path] {
                path += "[\(count - 1)]"
            }
        }
        currentTable = path
        locations[path] = TOMLKeyLocation(key: start, value: start)
    }

    private mutating func scanKeyValue(prefix: String) {
        skipBlanks()
        let keyStart = position
        let keys = scanKey()
        guard !keys.isEmpty, peek() == "=" else { return }
        advance()
        skipBlanks()
        let valueStart = position
        var path = prefix
        for key in keys.dropLast() {
            path = Self.join(path, key)
            if locations[path] == nil { locations[path] = TOMLKeyLocation(key: keyStart, value: keyStart) }
        }
        path = Self.join(path, keys[keys.count - 1])
        locations[path] = TOMLKeyLocation(key: keyStart, value: valueStart)
        scanValue(path: path)
    }

    /// A dotted key of bare and quoted parts; stops before `=`, `]` or anything else.
    private mutating func scanKey() -> [String] {
        var parts: [String] = []
        while true {
            skipBlanks()
            guard let char = peek() else { return parts }
            switch char {
            case "\"": parts.append(scanQuotedKey(escapes: true))
            case "'": parts.append(scanQuotedKey(escapes: false))
            default:
                var bare = String.UnicodeScalarView()
                while let c = peek(), Self.isBareKeyCharacter(c) {
                    bare.append(c)
                    advance()
                }
                if bare.isEmpty { return parts }
                parts.append(String(bare))
            }
            skipBlanks()
            guard peek() == "." else { return parts }
            advance()
        }
    }

    private mutating func scanQuotedKey(escapes: Bool) -> String {
        let quote = peek()
        advance()
        var text = String.UnicodeScalarView()
        while let c = peek(), c != quote, c != "\n" {
            if escapes && c == "\\", let escaped = peek(1) {
                text.append(escaped)
                advance(2)
            } else {
                text.append(c)
                advance()
            }
        }
        advance()
        return String(text)
    }

    // MARK: - Values

    private mutating func scanValue(path: String) {
        guard let char = peek() else { return }
        switch char {
        case "\"", "'":
            if peek(1) == char && peek(2) == char {
                skipMultiLineString(quote: char)
            } else {
                skipSingleLineString(quote: char)
            }
        case "[": scanArray(path: path)
        case "{": scanInlineTable(path: path)
        default:
            while let c = peek(), !" \t\r\n,]}#".unicodeScalars.contains(c) { advance() }
        }
    }

    private mutating func scanArray(path: String) {
        advance()
        var count = 0
        while true {
            skipBlanksNewlinesAndComments()
            guard let char = peek() else { return }
            switch char {
            case "]": advance(); return
            case ",": advance()
            default:
                let before = index
                let elementPath = "\(path)[\(count)]"
                locations[elementPath] = TOMLKeyLocation(key: position, value: position)
                scanValue(path: elementPath)
                count += 1
                if index == before { advance() }
            }
        }
    }

    private mutating func scanInlineTable(path: String) {
        advance()
        while true {
            skipBlanksNewlinesAndComments()
            guard let char = peek() else { return }
            switch char {
            case "}": advance(); return
            case ",": advance()
            default:
                let before = index
                scanKeyValue(prefix: path)
                if index == before { advance() }
            }
        }
    }

    private mutating func skipSingleLineString(quote: Unicode.Scalar) {
        advance()
        while let c = peek(), c != "\n" {
            if quote == "\"" && c == "\\" {
                advance(2)
                continue
            }
            advance()
            if c == quote { return }
        }
    }

    private mutating func skipMultiLineString(quote: Unicode.Scalar) {
        advance(3)
        while let c = peek() {
            if quote == "\"" && c == "\\" {
                advance(2)
            } else if c == quote && peek(1) == quote && peek(2) == quote {
                advance(3)
                // Up to two more quotes may close the string as part of its content: `""""".
                var extra = 0
                while extra < 2 && peek() == quote {
                    advance()
                    extra += 1
                }
                return
            } else {
                advance()
            }
        }
    }

    // MARK: - Characters

    private var position: TextPosition { TextPosition(line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < chars.count {
            if chars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    private mutating func skipBlanks() {
        while let c = peek(), c == " " || c == "\t" { advance() }
    }

    private mutating func skipRestOfLine() {
        while let c = peek(), c != "\n" { advance() }
    }

    private mutating func skipBlanksNewlinesAndComments() {
        while let c = peek() {
            if c == "#" {
                skipRestOfLine()
            } else if c == " " || c == "\t" || c == "\r" || c == "\n" {
                advance()
            } else {
                return
            }
        }
    }

    private static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
            || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    private static func join(_ prefix: String, _ key: String) -> String {
        prefix.isEmpty ? key : "\(prefix).\(key)"
    }
}
