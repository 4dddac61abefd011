import CLibXML2

/// Reads HTML fragments written in a small regular subset of HTML without libxml2: properly nested
/// common elements with quoted attributes, text without references or controls. For such input
/// libxml2's HTML parser reports exactly the elements as written, so the events are the same; for
/// anything else `scan` gives up and the caller parses with libxml2 (`HTMLFragmentTree`).
/// Kept beside libxml2 for its figure: parse + normalize of the realistic corpus (bench/run's parse stage,
/// one core) ran 1.42–1.47× as fast with it as with libxml2 alone (40.6 vs 27.6 and 38.8 vs 27.3 MB/s, two
/// paired runs). `SimpleMarkupScannerTests` hold the two to the same events, on fixtures and random fragments.
enum SimpleMarkupScanner {
    /// Reports `html` (read as the content of a `<body>`) to `sink`; false, with `sink` partly fed,
    /// when the fragment is outside the subset.
    static func scan<Sink: HTMLEventSink>(_ html: String, into sink: inout Sink) -> Bool {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, elements: SimpleElementTable.standard)
            return scanner.run(into: &sink)
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let elements: SimpleElementTable
        var index = 0
        /// Indexes into `elements` of the open elements; `body` first.
        var open: [Int] = []

        init(bytes: UnsafeBufferPointer<UInt8>, elements: SimpleElementTable) {
            self.bytes = bytes
            self.elements = elements
            open.reserveCapacity(16)
        }

        mutating func run<Sink: HTMLEventSink>(into sink: inout Sink) -> Bool {
            // libxml2 implies <html> around the <body> the fragment is parsed in.
            _ = sink.startElement(elements.html, attributes: { [] })
            _ = sink.startElement(elements.kinds[SimpleElementTable.body], attributes: { [] })
            open.append(SimpleElementTable.body)
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    guard tag(into: &sink) else { return false }
                } else {
                    guard text(into: &sink) else { return false }
                }
            }
            while let element = open.popLast() { sink.endElement(elements.kinds[element]) }
            sink.endElement(elements.html)
            return true
        }

        private mutating func text<Sink: HTMLEventSink>(into sink: inout Sink) -> Bool {
            var start = index
            // Whether the text holds `>` or `"`, which markup escapes; plain text goes to the sink to
            // be copied as it is.
            var plain = true
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = ByteWord.load(bytes, at: index)
                    if !ByteWord.hasControl(word), !ByteWord.hasMarkupSign(word), !ByteWord.has(word, 0xEF) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") { break }
                if byte < 0x20 {
                    // libxml2 rejects controls; it may rewrite CR.
                    guard byte == 0x09 || byte == 0x0A else { return false }
                } else if byte == UInt8(ascii: "&") {
                    // A reference libxml2 decodes to one character goes to the sink decoded, between
                    // the text before and after it; an `&` that stands for itself stays in the text;
                    // anything else is left to libxml2.
                    guard let reference = SimpleMarkupScanner.reference(in: bytes, at: index) else { return false }
                    guard case let .character(scalar, length) = reference else {
                        plain = false
                        index += 1
                        continue
                    }
                    report(start..<index, plain: plain, into: &sink)
                    var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    var count = 0
                    withUnsafeMutableBytes(of: &utf8) { buffer in
                        UTF8.encode(scalar) { byte in
                            buffer[count] = byte
                            count += 1
                        }
                    }
                    withUnsafeBytes(of: utf8) { buffer in
                        sink.text(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[0..<count]))
                    }
                    index += length
                    start = index
                    plain = true
                    continue
                } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") {
                    plain = false
                } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return false  // U+FFFE, U+FFFF: not characters to libxml2
                }
                index += 1
            }
            report(start..<index, plain: plain, into: &sink)
            return true
        }

        /// Reports the text `range`, if any; `plain` when it holds nothing to escape.
        private func report<Sink: HTMLEventSink>(_ range: Range<Int>, plain: Bool, into sink: inout Sink) {
            guard !range.isEmpty else { return }
            let text = UnsafeBufferPointer(rebasing: bytes[range])
            if plain { sink.plainText(text) } else { sink.text(text) }
        }

        private mutating func tag<Sink: HTMLEventSink>(into sink: inout Sink) -> Bool {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
                index += 1
                guard let element = name(), index < bytes.count, bytes[index] == UInt8(ascii: ">"),
                      open.count > 1, open.last == element else { return false }
                index += 1
                open.removeLast()
                sink.endElement(elements.kinds[element])
                return true
            }
            guard let element = name(), let top = open.last, !elements.startCloses(element, top) else { return false }
            var attributes: [(name: String, value: String)] = []
            var selfClosing = false
            while true {
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") { break }
                if byte == UInt8(ascii: "/") {
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return false }
                    selfClosing = true
                    index += 1
                    break
                }
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A else { return false }
                skipBlanks()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") { continue }
                guard let attribute = self.attribute(),
                      !attributes.contains(where: { $0.name == attribute.name }) else { return false }
                // One allocation for the usual few attributes, not one per growth.
                if attributes.isEmpty { attributes.reserveCapacity(4) }
                attributes.append(attribute)
            }
            index += 1
            let kind = elements.kinds[element]
            if elements.isEmpty(element) {
                // libxml2 ends an empty element at once, written `<br>` or `<br/>`.
                if sink.startElement(kind, attributes: { attributes }) { sink.endElement(kind) }
                return true
            }
            guard !selfClosing, open.count < 64, sink.startElement(kind, attributes: { attributes }) else { return false }
            open.append(element)
            return true
        }

        /// A lower-case element name of the table, and the index after it.
        private mutating func name() -> Int? {
            let start = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            guard index > start, bytes[start] >= UInt8(ascii: "a") else { return nil }
            return elements.index(of: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }

        /// `name="value"` or `name='value'` with a lower-case name and a value without controls or
        /// references other than those `characterReference` decodes.
        private mutating func attribute() -> (name: String, value: String)? {
            let nameStart = index
            while index < bytes.count, Self.isNameByte(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index > nameStart, bytes[nameStart] >= UInt8(ascii: "a"), index + 1 < bytes.count,
                  bytes[index] == UInt8(ascii: "=") else { return nil }
            let nameEnd = index
            let quote = bytes[index + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            index += 2
            var runStart = index
            // The value with its references decoded, once one is met (libxml2 decodes them as in text).
            var decoded: [UInt8]?
            while index < bytes.count, bytes[index] != quote {
                let byte = bytes[index]
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "&") {
                    guard let reference = SimpleMarkupScanner.reference(in: bytes, at: index) else { return nil }
                    if case let .character(scalar, length) = reference {
                        var value = decoded ?? []
                        value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        UTF8.encode(scalar) { value.append($0) }
                        decoded = value
                        index += length
                        runStart = index
                        continue
                    }
                }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
            let value = decoded.map { String(decoding: $0 + rest, as: UTF8.self) }
                ?? String(decoding: rest, as: UTF8.self)
            index += 1
            // Attributes must be separated by blanks.
            guard index < bytes.count else { return nil }
            let next = bytes[index]
            guard next == 0x20 || next == 0x09 || next == 0x0A || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
            else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self), value)
        }

        private mutating func skipBlanks() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index += 1 }
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }
}
