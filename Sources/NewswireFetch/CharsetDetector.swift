import Foundation

/// Guesses the charset of bytes that declare none (or declare UTF-8 and are not), from the first
/// 64 KiB only; the whole document is then decoded once with the guess.
///
/// In order: UTF-16 without a byte order mark (zero high bytes of ASCII text); UTF-8 with a few
/// broken bytes (well-formed multi-byte sequences outnumber broken bytes 4 to 1); then trial
/// decodings, each accepted only without invalid sequences, when the non-ASCII characters are
/// mostly of the script the encoding is for: Shift_JIS and EUC-JP (at least 20 % kana), EUC-KR
/// (at least 80 % Hangul), GBK/GB18030 (at least 95 % CJK ideographs and CJK punctuation, not
/// private-use characters, which Big5 text decoded as GBK yields), Big5 (at least 90 %),
/// windows-1251 and KOI8-R (at least 60 % lower-case Cyrillic: the two differ in which half is
/// lower case); and when at least half of them stand next to another non-ASCII character, as
/// letters of these scripts do, while the accented letters of Latin text read as another
/// charset stand alone (`Grüße` as GBK is two lone ideographs).
/// Nothing convincing: nil, and the caller falls back (windows-1252 maps every byte).
/// Known limit: short texts of a few characters may pass for the wrong encoding.
enum CharsetDetector {
    /// How much of a document the guess looks at.
    static let sampleLimit = 65_536

    private enum Script {
        case kana, hangul, chinese, lowercaseCyrillic
    }

    private static let trials: [(encoding: String, script: Script, share: Double)] = [
        ("CP932", .kana, 0.2), ("EUC-JP", .kana, 0.2), ("CP949", .hangul, 0.8),
        ("GB18030", .chinese, 0.95), ("BIG5-HKSCS", .chinese, 0.9),
        ("WINDOWS-1251", .lowercaseCyrillic, 0.6), ("KOI8-R", .lowercaseCyrillic, 0.6),
    ]

    /// The least share of non-ASCII characters that must have a non-ASCII neighbour.
    private static let pairedShare = 0.5

    /// The iconv name of the likely charset, or nil when no guess is convincing.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> String? {
        let sample = UnsafeRawBufferPointer(rebasing: bytes.prefix(sampleLimit))
        if let utf16 = utf16WithoutByteOrderMark(sample) { return utf16 }
        let counts = UTF8Validator.multiByteCounts(sample)
        if counts.valid > 0, counts.valid >= counts.invalid * 4 { return CharsetLabel.utf8 }
        guard counts.invalid > 0 else { return nil }
        // A multi-byte character cut off by the end of the sample is one replacement, not an error.
        let allowedReplacements = bytes.count > sample.count ? 1 : 0
        let data = Data(sample)
        for trial in trials {
            guard let (utf8, replacements) = IconvTranscoder.toUTF8(data, from: trial.encoding),
                  replacements <= allowedReplacements else { continue }
            let profile = profile(of: trial.script, in: utf8)
            if profile.scriptShare >= trial.share, profile.pairedShare >= pairedShare { return trial.encoding }
        }
        return nil
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

    /// The shares of the non-ASCII characters of `utf8` that belong to `script`, and that stand
    /// next to another non-ASCII character.
    private static func profile(of script: Script, in utf8: Data) -> (scriptShare: Double, pairedShare: Double) {
        var matching = 0
        var nonASCII = 0
        var paired = 0
        var previousWasNonASCII = false
        var previousCounted = false
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            let isNonASCII = scalar.value >= 0x80
            if isNonASCII {
                nonASCII += 1
                if belongs(scalar.value, to: script) { matching += 1 }
                if previousWasNonASCII {
                    paired += previousCounted ? 1 : 2
                    previousCounted = true
                } else {
                    previousCounted = false
                }
            }
            previousWasNonASCII = isNonASCII
        }
        guard nonASCII > 0 else { return (0, 0) }
        return (Double(matching) / Double(nonASCII), Double(paired) / Double(nonASCII))
    }

    private static func belongs(_ value: UInt32, to script: Script) -> Bool {
        switch script {
        case .kana:
            return (0x3040...0x30FF).contains(value)
        case .hangul:
            return (0xAC00...0xD7A3).contains(value) || (0x3130...0x318F).contains(value)
        case .chinese:
            return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
                || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
                || [0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026].contains(value)
        case .lowercaseCyrillic:
            return (0x0430...0x044F).contains(value) || value == 0x0451
        }
    }
}
