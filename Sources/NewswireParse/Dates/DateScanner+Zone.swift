extension DateScanner {
    /// Reads a zone at the current position: `Z`, a numeric offset, or a zone word (`UTC`,
    /// `GMT+8`, `PDT`, a military letter). Returns its offset in seconds east of UTC, or nil
    /// (position restored) when none follows.
    mutating func readZone() -> Int? {
        let start = index
        if let offset = readSignedOffset() { return offset }
        guard let word = readLowercaseWord(),
              let offset = word == "cst" && cstIsChinaStandardTime ? 8 * 3600 : DateNames.zoneOffset(word) else {
            index = start
            return nil
        }
        // `GMT+8`, `UTC-05:00`: an offset relative to a UTC name.
        if offset == 0, word.utf8.count > 1 {
            let beforeSpace = index
            skipSpaces()
            if let relative = readSignedOffset() { return relative }
            index = beforeSpace
        }
        return offset
    }

    /// Whether only white space and parenthesized comments (`(PST)`) remain.
    mutating func isAtEndIgnoringComments() -> Bool {
        skipSpaces()
        while current == 0x28 {
            guard skipComment() else { return false }
            skipSpaces()
        }
        return isAtEnd
    }
}
