import Foundation

/// Converts fetched bytes to UTF-8, choosing the charset the way browsers and feed readers do.
///
/// Order: per-source override → byte order mark → HTTP `charset` → XML declaration →
/// `<meta>` in the first 64 KiB → UTF-8. Bytes that are valid UTF-8 beat a declared charset
/// (but not an override); an unknown label falls back to UTF-8 when valid, else windows-1252.
public enum CharsetDecoder {
    /// Decodes `data` to UTF-8; `contentType` is the HTTP header, `override` the source's `charset`.
    public static func decode(_ data: Data, contentType: String?, override: String?) -> DecodedDocument {
        if let override, let encoding = CharsetLabel.iconvName(for: override) {
            // A byte order mark of the overriding encoding itself is still no text.
            if let mark = byteOrderMark(data), mark.encoding == encoding {
                return convert(Data(data.dropFirst(mark.length)), from: encoding)
            }
            return convert(data, from: encoding)
        }
        if let (encoding, length) = byteOrderMark(data) {
            return convert(Data(data.dropFirst(length)), from: encoding)
        }
        return data.withUnsafeBytes { bytes in
            let isUTF8 = UTF8Validator.isValid(bytes)
            let declared = declaredLabels(contentType: contentType, bytes: bytes)
            guard let label = declared.first(where: { _ in true }) else {
                return isUTF8 ? DecodedDocument(utf8: data, charset: CharsetLabel.utf8)
                    : convert(data, from: CharsetLabel.utf8)
            }
            guard let encoding = CharsetLabel.iconvName(for: label) else {
                return isUTF8 ? DecodedDocument(utf8: data, charset: CharsetLabel.utf8)
                    : convert(data, from: CharsetLabel.windows1252)
            }
            if CharsetLabel.mayLookLikeUTF8(encoding) { return convert(data, from: encoding) }
            if isUTF8 { return DecodedDocument(utf8: data, charset: CharsetLabel.utf8) }
            if encoding == CharsetLabel.utf8,
               let other = declared.dropFirst().lazy.compactMap(CharsetLabel.iconvName(for:))
                   .first(where: { $0 != CharsetLabel.utf8 }) {
                // A server that says UTF-8 for a GBK page: the document's own declaration knows better.
                return convert(data, from: other)
            }
            return convert(data, from: encoding)
        }
    }

    /// The declared labels in priority order, computed only as far as they are read.
    private static func declaredLabels(contentType: String?, bytes: UnsafeRawBufferPointer)
        -> some Sequence<String> {
        [0, 1, 2].lazy.map { step -> String? in
            switch step {
            case 0: CharsetDeclaration.fromContentType(contentType)
            case 1: CharsetDeclaration.fromXMLDeclaration(bytes)
            // An XML declaration without `encoding` means UTF-8: markup inside the feed is no declaration.
            default: CharsetDeclaration.hasXMLDeclaration(bytes) ? nil : CharsetDeclaration.fromMeta(bytes)
            }
        }.compactMap { $0 }
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
