import Foundation

/// A document's bytes converted to UTF-8, with the charset they were read as.
public struct DecodedDocument: Sendable, Equatable {
    /// The text as UTF-8 bytes, without a byte order mark.
    public var utf8: Data
    /// The iconv name of the charset used, e.g. `UTF-8`, `GB18030`, `WINDOWS-1252`.
    public var charset: String
    /// How many invalid sequences became U+FFFD.
    public var replacements: Int

    /// Creates a decoded document.
    public init(utf8: Data, charset: String, replacements: Int = 0) {
        self.utf8 = utf8
        self.charset = charset
        self.replacements = replacements
    }
}
