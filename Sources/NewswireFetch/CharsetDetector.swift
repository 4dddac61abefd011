import Foundation

/// Guesses the charset of bytes that declare none (or declare UTF-8 and are not), from the first
/// 64 KiB only; the whole document is then decoded once with the guess.
///
/// In order: UTF-16 without a byte order mark (zero high bytes of ASCII text: uchardet does not
/// look for it); UTF-8 with a few broken bytes (well-formed multi-byte sequences outnumber broken
/// bytes 4 to 1); then uchardet's guess, named as the superset iconv decodes it with (WHATWG
/// labels: TIS-620 is CP874, EUC-KR is CP949, Shift_JIS is CP932, GB2312 is GB18030).
/// uchardet is only asked with at least 12 non-ASCII bytes: below that it often misreads (Big5,
/// EUC-KR and GBK titles of 4 characters came back as windows-1252 or -1256; Shift_JIS needs
/// about 16 characters), and windows-1252 is the better fallback for a stray accented letter.
/// Nothing convincing: nil, and the caller falls back (windows-1252 maps every byte).
/// Known limit: a feed whose only non-ASCII text is a few characters may pass for the wrong encoding.
enum CharsetDetector {
    /// How much of a document the guess looks at.
    static let sampleLimit = 65_536

    /// The fewest non-ASCII bytes uchardet is asked about (measured on Fixtures/undeclared).
    static let leastNonASCIIBytes = 12

    /// The iconv name of the likely charset, or nil when no guess is convincing.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> String? {
        let sample = UnsafeRawBufferPointer(rebasing: bytes.prefix(sampleLimit))
        if let utf16 = utf16WithoutByteOrderMark(sample) { return utf16 }
        let counts = UTF8Validator.multiByteCounts(sample)
        if counts.valid > 0, counts.valid >= counts.invalid * 4 { return CharsetLabel.utf8 }
        guard counts.invalid > 0, counts.nonASCII >= leastNonASCIIBytes, let guess = Uchardet.guess(sample) else {
            return nil
        }
        return iconvName(forDetected: guess)
    }

    /// The iconv encoding for a name uchardet gives: its WHATWG label where there is one, uchardet's
    /// own names for Korean, else the name itself (iconv knows EUC-TW, VISCII, IBM855…). ASCII and
    /// UTF-8 are no answer for bytes that are not valid UTF-8.
    static func iconvName(forDetected name: String) -> String? {
        let upper = name.uppercased()
        switch upper {
        case "ASCII", "UTF-8": return nil
        case "UHC", "JOHAB": return "CP949"
        default: return CharsetLabel.iconvName(for: name) ?? upper
        }
    }

    /// UTF-16LE or BE when at least 40 % of the code units have a zero high byte and almost no
    /// low byte is zero (mostly-ASCII text such as markup).
    static func utf16WithoutByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> String? {
        let pairs = bytes.count / 2
        guard pairs >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        var pair = 0
        // Eight bytes (four pairs) at a time; stop once neither order can reach its share.
        while pair + 4 <= pairs {
            let zeros = zeroBytes(bytes.loadUnaligned(fromByteOffset: 2 * pair, as: UInt64.self).littleEndian)
            if zeros != 0 {
                evenZeros += (zeros & 0x0080_0080_0080_0080).nonzeroBitCount
                oddZeros += (zeros & 0x8000_8000_8000_8000).nonzeroBitCount
            }
            pair += 4
            let remaining = pairs - pair
            if pair & 0xFFF == 0, (oddZeros + remaining) * 10 < pairs * 4, (evenZeros + remaining) * 10 < pairs * 4 {
                return nil
            }
        }
        while pair < pairs {
            if bytes[2 * pair] == 0 { evenZeros += 1 }
            if bytes[2 * pair + 1] == 0 { oddZeros += 1 }
            pair += 1
        }
        if oddZeros * 10 >= pairs * 4, evenZeros * 20 <= pairs { return "UTF-16LE" }
        if evenZeros * 10 >= pairs * 4, oddZeros * 20 <= pairs { return "UTF-16BE" }
        return nil
    }

    /// 0x80 in each byte of `word` that is zero, 0 in the others.
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }
}
