/// Small counts written in Chinese numerals, as relative dates use them: `一`, `两`, `十`, `十五`,
/// `二十三`, `一百二十`.
enum ChineseNumeral {
    private static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let multipliers: [Unicode.Scalar: Int] = ["十": 10, "百": 100]

    /// Whether `scalar` may start a Chinese numeral.
    static func startsNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || multipliers[scalar] != nil
    }

    /// Reads a numeral at the cursor; nil (position kept) when none comes next.
    static func read(_ cursor: inout ScalarCursor) -> Int? {
        let start = cursor.index
        var total = 0
        var pending: Int?
        while let scalar = cursor.current {
            if let digit = digits[scalar] {
                // Two digits in a row (`二三`) are no count; `零` only fills a gap (`一百零五`).
                guard pending == nil else { cursor.index = start; return nil }
                if digit != 0 || total == 0 { pending = digit }
            } else if let multiplier = multipliers[scalar] {
                total += (pending ?? 1) * multiplier
                pending = nil
            } else {
                break
            }
            cursor.index += 1
        }
        guard cursor.index > start else { return nil }
        return total + (pending ?? 0)
    }
}
