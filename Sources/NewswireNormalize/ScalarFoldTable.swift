import Foundation

/// What hashing makes of each scalar on its own: NFKC (Foundation's) and then lower-casing, kept per
/// block of 128 scalars, built the first time a scalar of the block is met (a table of every scalar would
/// cost tens of milliseconds at start, as much as re-rendering one changed source).
final class ScalarFoldTable: @unchecked Sendable {
    static let shared = ScalarFoldTable()

    /// Bytes per entry: a tag, then up to 15 bytes of UTF-8.
    static let entrySize = 16
    /// Tag of a scalar that folds to itself.
    static let identity: UInt8 = 0xFF
    /// Tag of a scalar whose folding depends on its neighbours (combining marks and Hangul jamo, which
    /// compose with what precedes them) or maps to more than 15 bytes: the string takes the general path.
    static let undecided: UInt8 = 0xFE
    private static let blockShift = 7
    private static let blockSize = 1 << blockShift

    // An NSLock rather than Synchronization.Mutex, which ThreadSanitizer cannot see on Linux.
    private let lock = NSLock()
    /// Guarded by `lock`. A block, once built, is never changed or freed: its pointer may be read outside.
    private var blocks = [UnsafePointer<UInt8>?](repeating: nil, count: 0x110000 >> blockShift)

    /// The entries of the block holding `value`; the entry of `value` is at `entryOffset(value)`.
    func block(of value: UInt32) -> UnsafePointer<UInt8> {
        let index = Int(value) >> Self.blockShift
        lock.lock()
        defer { lock.unlock() }
        if let block = blocks[index] { return block }
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.blockSize * Self.entrySize)
        for offset in 0..<Self.blockSize {
            Self.writeEntry(of: UInt32(index << Self.blockShift + offset), to: block + offset * Self.entrySize)
        }
        blocks[index] = UnsafePointer(block)
        return UnsafePointer(block)
    }

    @inline(__always)
    static func entryOffset(_ value: UInt32) -> Int { Int(value & UInt32(blockSize - 1)) * entrySize }

    /// Block numbers are `value >> 7`.
    @inline(__always)
    static func blockNumber(_ value: UInt32) -> UInt32 { value >> UInt32(blockShift) }

    private static func writeEntry(of value: UInt32, to entry: UnsafeMutablePointer<UInt8>) {
        guard let scalar = Unicode.Scalar(value) else {
            entry.pointee = undecided  // a surrogate code point: never in a String
            return
        }
        if composesWithNeighbours(scalar) {
            entry.pointee = undecided
            return
        }
        let properties = scalar.properties
        if !properties.changesWhenNFKCCaseFolded && !properties.changesWhenLowercased {
            entry.pointee = identity
            return
        }
        let folded = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
        let utf8 = Array(folded.utf8)
        let scalars = Array(folded.unicodeScalars)
        // The result must start with a character nothing composes onto, and hold only what the folding
        // loop can copy: no controls, no white space but ASCII spaces, nothing that composes.
        let copyable = !utf8.isEmpty && utf8.count < entrySize
            && scalars.allSatisfy { $0 == " " || (!composesWithNeighbours($0) && !$0.properties.isWhitespace
                                                 && $0.value >= 0x20) }
            && scalars.last != " "
        guard copyable else {
            entry.pointee = undecided
            return
        }
        entry.pointee = UInt8(utf8.count)
        for (index, byte) in utf8.enumerated() { entry[1 + index] = byte }
    }

    /// Marks (but variation selectors, which compose with nothing) and Hangul jamo: NFKC of a string
    /// holding one can differ from the NFKC of its scalars joined.
    static func composesWithNeighbours(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return false }
        if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value) || (0xD7B0...0xD7FF).contains(value) {
            return true
        }
        let properties = scalar.properties
        if properties.canonicalCombiningClass != .notReordered { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
