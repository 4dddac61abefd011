import Foundation

/// Converts fetched bytes to UTF-8, choosing the charset the way browsers and feed readers do.
///
/// Order: byte order mark → per-source override → HTTP `charset` → XML declaration →
/// `<meta>` in the first 64 KiB → detection (`CharsetDetector`: uchardet). Labels map per the WHATWG
/// Encoding Standard (`CharsetLabel`). Bytes that are valid UTF-8 beat a declared charset (but
/// not an override); a document declaring UTF-16 inside itself means UTF-8; unknown labels are
/// skipped. Undeclared: valid UTF-8, else the detected charset, else windows-1252. Declared
/// UTF-8 that is not: a later declaration, else a convincing detection, else UTF-8 with U+FFFD.
/// The bytes are converted exactly once; detection only looks at a sample.
public enum CharsetDecoder {
    /// Decodes `data` to UTF-8; `contentType` is the HTTP header, `override` the source's `charset`.
    public static func decode(_ data: Data, contentType: String?, override: String?) -> DecodedDocument {
        // A byte order mark is certain, so it beats even the override (as in browsers).
        if let (encoding, length) = byteOrderMark(data) {
            return convert(Data(data.dropFirst(length)), from: encoding)
        }
        if let override, let encoding = CharsetLabel.iconvName(for: override) {
            return convert(data, from: encoding)
        }
        return data.withUnsafeBytes { bytes in
            let declared = declaredEncodings(contentType: contentType, bytes: bytes)
            guard let encoding = declared.first(where: { _ in true }) else {
                if CharsetDetector.utf16WithoutByteOrderMark(bytes) == nil, UTF8Validator.isValid(bytes) {
                    return DecodedDocument(utf8: data, charset: CharsetLabel.utf8)
                }
                return convert(data, from: CharsetDetector.detect(bytes) ?? CharsetLabel.windows1252)
            }
            if CharsetLabel.mayLookLikeUTF8(encoding) { return convert(data, from: encoding) }
            if UTF8Validator.isValid(bytes) { return DecodedDocument(utf8: data, charset: CharsetLabel.utf8) }
            guard encoding == CharsetLabel.utf8 else { return convert(data, from: encoding) }
            // A server that says UTF-8 for a GBK page: the document's own declaration knows better.
            if let other = declared.dropFirst().first(where: { $0 != CharsetLabel.utf8 }) {
                return convert(data, from: other)
            }
            return convert(data, from: CharsetDetector.detect(bytes) ?? CharsetLabel.utf8)
        }
    }

    /// The declared encodings in priority order as iconv names, computed only as far as they are
    /// read; a label nobody knows is skipped, as the WHATWG standard does.
    private static func declaredEncodings(contentType: String?, bytes: UnsafeRawBufferPointer)
        -> some Sequence<String> {
        [0, 1, 2].lazy.compactMap { step -> String? in
            switch step {
            case 0:
                return CharsetDeclaration.fromContentType(contentType).flatMap(CharsetLabel.iconvName(for:))
            case 1:
                return CharsetDeclaration.fromXMLDeclaration(bytes).flatMap(documentEncoding)
            default:
                // An XML declaration without `encoding` means UTF-8: markup inside the feed is no declaration.
                guard !CharsetDeclaration.hasXMLDeclaration(bytes) else { return nil }
                return CharsetDeclaration.fromMeta(bytes).flatMap(documentEncoding)
            }
        }
    }

    private static func documentEncoding(_ label: String) -> String? {
        CharsetLabel.iconvName(for: label).map(CharsetLabel.documentDeclared)
    }

    private static func byteOrderMark(_ data: Data) -> (encoding: String, length: Int)? {
        let prefix = Array(data.prefix(3))
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (CharsetLabel.utf8, 3) }
        if prefix.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    private static func convert(_ data: Data, from encoding: String) -> DecodedDocument {
        if encoding == CharsetLabel.utf8, data.withUnsafeBytes(UTF8Validator.isValid) {
            return DecodedDocument(utf8: data, charset: encoding)
        }
        if let (utf8, replacements) = IconvTranscoder.toUTF8(data, from: encoding) {
            return DecodedDocument(utf8: utf8, charset: encoding, replacements: replacements)
        }
        // iconv lacks the encoding: windows-1252 maps every byte, so nothing is lost silently.
        let (utf8, replacements) = IconvTranscoder.toUTF8(data, from: CharsetLabel.windows1252) ?? (data, 0)
        return DecodedDocument(utf8: utf8, charset: CharsetLabel.windows1252, replacements: replacements)
    }
}
