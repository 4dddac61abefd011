import CCrypto

/// SHA-256 of bytes written one or a few at a time, through a small buffer: the folded text of a body
/// is hashed as it is made, never held whole.
struct ChunkedSHA256 {
    /// A buffer this small stays on the stack (`withUnsafeTemporaryAllocation` asks the system for the
    /// stack's bounds for larger ones).
    static let chunkSize = 1024
    private var context = SHA256_CTX()
    private let chunk: UnsafeMutablePointer<UInt8>
    private var count = 0

    /// A hash filling `chunk` (of `chunkSize` bytes) between updates.
    init(chunk: UnsafeMutableBufferPointer<UInt8>) {
        self.chunk = chunk.baseAddress!
        _ = SHA256_Init(&context)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == Self.chunkSize { flush() }
        chunk[count] = byte
        count += 1
    }

    /// Appends the eight bytes of `word`, in memory order.
    @inline(__always)
    mutating func append(word: UInt64) {
        if count + 8 > Self.chunkSize { flush() }
        UnsafeMutableRawPointer(chunk + count).storeBytes(of: word, as: UInt64.self)
        count += 8
    }

    mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > Self.chunkSize {
            flush()
            if length > Self.chunkSize {
                _ = SHA256_Update(&context, bytes, length)
                return
            }
        }
        (chunk + count).update(from: bytes, count: length)
        count += length
    }

    /// The lower-case hex digest of everything appended.
    mutating func finish() -> String {
        flush()
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
            _ = SHA256_Final(digest.baseAddress, &context)
            return Self.hex(UnsafeBufferPointer(digest))
        }
    }

    /// Lower-case hex of `digest`.
    static func hex(_ digest: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: 2 * digest.count) { hex in
            let digits: StaticString = "0123456789abcdef"
            for (index, byte) in digest.enumerated() {
                hex[2 * index] = digits.utf8Start[Int(byte >> 4)]
                hex[2 * index + 1] = digits.utf8Start[Int(byte & 0x0F)]
            }
            return 2 * digest.count
        }
    }

    private mutating func flush() {
        if count > 0 { _ = SHA256_Update(&context, chunk, count) }
        count = 0
    }
}
