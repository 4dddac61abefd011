extension String {
    /// A string of `utf8`, which the caller guarantees is valid UTF-8 (built from whole scalars of
    /// other strings), copied without validating it again: validation showed in profiles on CJK text.
    init(knownValidUTF8 utf8: [UInt8]) {
        // The ASCII flag is set as validation would set it: comparisons take fast paths on it.
        let isASCII = utf8.withUnsafeBufferPointer(String.isASCII)
        self = String(copying: unsafe UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
    }

    /// True when every byte is below 0x80; eight bytes at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var union: UInt64 = 0
        while index + 8 <= bytes.count {
            union |= ByteWord.load(bytes, at: index)
            index += 8
        }
        while index < bytes.count {
            union |= UInt64(bytes[index])
            index += 1
        }
        return union & 0x8080_8080_8080_8080 == 0
    }
}
