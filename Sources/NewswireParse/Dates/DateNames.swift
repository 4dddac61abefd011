/// English month and weekday names, and zone abbreviations with their offsets.
enum DateNames {
    private static let months: [StaticString] = ["january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"]
    private static let weekdays: [StaticString] = ["monday", "tuesday", "wednesday", "thursday", "friday",
                                                   "saturday", "sunday"]

    /// Zone abbreviations (lower case) → seconds east of UTC. `CST` is ambiguous (US Central,
    /// China Standard, Cuba): it is read as US Central, as in RFC 822, unless the source's zone is
    /// UTC+8 (see `DateParser`); `IST` (India, Ireland, Israel) is left out for the same reason.
    static let zoneOffsets: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0, "zulu": 0,
        "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
        "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
        "akst": -9 * 3600, "akdt": -8 * 3600, "hst": -10 * 3600,
        "bst": 3600, "cet": 3600, "cest": 2 * 3600, "met": 3600, "mest": 2 * 3600, "west": 3600,
        "eet": 2 * 3600, "eest": 3 * 3600, "msk": 3 * 3600,
        "ict": 7 * 3600, "wib": 7 * 3600, "hkt": 8 * 3600, "pht": 8 * 3600, "sgt": 8 * 3600, "awst": 8 * 3600,
        "jst": 9 * 3600, "kst": 9 * 3600,
        "aest": 10 * 3600, "aedt": 11 * 3600, "nzst": 12 * 3600, "nzdt": 13 * 3600,
    ]

    /// The month (1–12) a name or an abbreviation of at least three letters (`sept`) names.
    static func month(_ word: String) -> Int? {
        guard word.utf8.count >= 3 else { return nil }
        var word = word
        return word.withUTF8 { bytes in months.firstIndex { isPrefix(bytes, of: $0) }.map { $0 + 1 } }
    }

    /// Whether a word names a weekday: the full name, or a prefix of three letters or more
    /// (`thu`, `thurs`, `tues`), or `weds`.
    static func isWeekday(_ word: String) -> Bool {
        guard word.utf8.count >= 3 else { return false }
        var word = word
        return word.withUTF8 { bytes in
            (bytes.count == 4 && isPrefix(bytes, of: "weds")) || weekdays.contains { isPrefix(bytes, of: $0) }
        }
    }

    /// Whether `word` is the start of `name` (compared byte by byte).
    private static func isPrefix(_ word: UnsafeBufferPointer<UInt8>, of name: StaticString) -> Bool {
        guard word.count <= name.utf8CodeUnitCount else { return false }
        for index in 0..<word.count where word[index] != name.utf8Start[index] { return false }
        return true
    }

    /// The offset a zone word names: an abbreviation, or a military letter (read as UTC, as
    /// RFC 2822 advises, since RFC 822 got their signs wrong).
    static func zoneOffset(_ word: String) -> Int? {
        if let offset = zoneOffsets[word] { return offset }
        return word.utf8.count == 1 ? 0 : nil
    }
}
