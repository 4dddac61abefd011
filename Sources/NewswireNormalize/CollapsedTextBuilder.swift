/// Text built from pieces with controls XML forbids dropped and white space collapsed, giving what
/// `TextNormalizer.collapseWhitespace` gives for the pieces joined, without building them first.
struct CollapsedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The UTF-8 of `TextNormalizer.collapseWhitespace(s)` for a string without C0 controls other
    /// than white space (which the builder drops).
    static func collapsed(_ s: String) -> [UInt8] {
        var builder = CollapsedTextBuilder(capacity: s.utf8.count)
        var s = s
        s.withUTF8 { builder.append($0) }
        return builder.bytes
    }

    /// The text so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a word break.
    mutating func appendSpace() { pendingSpace = !bytes.isEmpty }

    /// True for a byte that is not, and does not start, white space or a control.
    @inline(__always)
    private func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && (byte < 0x80 || !TextNormalizer.mayStartWhitespace(byte))
    }

    /// Appends whole UTF-8 characters.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                index += 1  // illegal in XML 1.0: not in the text at all
                continue
            }
            if byte <= 0x20 || (byte >= 0x80 && TextNormalizer.mayStartWhitespace(byte)) {
                let width = TextNormalizer.whitespaceWidth(utf8, at: index)
                if width > 0 {
                    pendingSpace = !bytes.isEmpty
                    index += width
                    continue
                }
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            // Copy the run up to the next white space other than one space between words, at once.
            let runStart = index
            index += 1
            while index < count {
                // Eight bytes that collapsing leaves alone are consumed as the byte steps below would.
                if index + 8 <= count, ByteWord.isCollapsedText(ByteWord.load(utf8, at: index)) {
                    index += 8
                } else if isPlain(utf8[index]) {
                    index += 1
                } else if utf8[index] == 0x20, index + 1 < count, isPlain(utf8[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        }
    }
}
