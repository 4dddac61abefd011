import CCrypto
import Foundation

/// SHA-256 content hashes, computed with the system libcrypto.
public enum ContentHasher {
    /// Lower-case hex SHA-256 of the UTF-8 bytes of `s`.
    public static func sha256Hex(_ s: String) -> String {
        var input = s
        return input.withUTF8 { sha256Hex(UnsafeRawBufferPointer($0)) }
    }

    /// Lower-case hex SHA-256 of raw bytes (a fetched body), without copying them.
    public static func sha256Hex(_ data: Data) -> String {
        data.withUnsafeBytes { sha256Hex($0) }
    }

    /// The content hash of an article: SHA-256 of the normalized title, a newline, and the normalized text.
    /// Both arguments are plain text (see `TextNormalizer.plainText`).
    public static func contentHash(title: String, text: String) -> String {
        var text = text
        return text.withUTF8 { contentHash(title: title, textUTF8: $0) }
    }

    /// `contentHash(title:text:)` of a text given as UTF-8 bytes.
    static func contentHash(title: String, textUTF8: UnsafeBufferPointer<UInt8>) -> String {
        var title = title
        let folded: String? = title.withUTF8 { titleBytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ChunkedSHA256.chunkSize) { chunk in
                var hash = ChunkedSHA256(chunk: chunk)
                guard HashTextFolder.fold(titleBytes, into: &hash) else { return nil }
                hash.append(UInt8(ascii: "\n"))
                guard HashTextFolder.fold(textUTF8, into: &hash) else { return nil }
                return hash.finish()
            }
        }
        return folded ?? sha256Hex(TextNormalizer.normalizedForHash(title) + "\n"
                                   + TextNormalizer.normalizedForHash(String(decoding: textUTF8, as: UTF8.self)))
    }

    private static func sha256Hex(_ bytes: UnsafeRawBufferPointer) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
            var context = SHA256_CTX()
            _ = SHA256_Init(&context)
            // A zero-length buffer may have no address: then there is nothing to add.
            if let base = bytes.baseAddress { _ = SHA256_Update(&context, base, bytes.count) }
            _ = SHA256_Final(digest.baseAddress, &context)
            return ChunkedSHA256.hex(UnsafeBufferPointer(digest))
        }
    }
}
