import Foundation
import NewswireModel

/// The fields a date format yields before they become an instant: a civil date and time,
/// and the UTC offset when the text named one.
struct DateFields: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    var nanosecond = 0
    /// Seconds east of UTC; nil for a naive time, which is read in the source's zone.
    var utcOffset: Int?

    /// Largest offset accepted: real zones lie within UTC−12 … UTC+14.
    static let maximumOffset = 14 * 3600

    /// The instant these fields name, or nil when a field is out of range.
    func date(in timeZone: TimeZone) -> Date? {
        let civilDate = CivilDate(year: year, month: month, day: day)
        guard (1...9999).contains(year), civilDate.isValid,
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              (0..<1_000_000_000).contains(nanosecond) else { return nil }
        // A leap second is read as the last second of its minute.
        let localSeconds = civilDate.daysSince1970 * 86_400
            + hour * 3600 + minute * 60 + min(second, 59)
        let fraction = Double(nanosecond) / 1_000_000_000
        if let utcOffset {
            guard abs(utcOffset) <= Self.maximumOffset else { return nil }
            return Date(timeIntervalSince1970: Double(localSeconds - utcOffset) + fraction)
        }
        // The zone's offset at the guessed instant, then again at the corrected one (DST edges).
        let guess = Date(timeIntervalSince1970: Double(localSeconds))
        let firstOffset = timeZone.secondsFromGMT(for: guess)
        let corrected = Date(timeIntervalSince1970: Double(localSeconds - firstOffset))
        let offset = timeZone.secondsFromGMT(for: corrected)
        return Date(timeIntervalSince1970: Double(localSeconds - offset) + fraction)
    }

    /// A two-digit year as RFC 2822 reads it: 00–49 → 2000s, 50–99 → 1900s.
    static func expandTwoDigitYear(_ year: Int) -> Int {
        year < 50 ? 2000 + year : 1900 + year
    }
}
