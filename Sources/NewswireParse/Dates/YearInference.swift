import Foundation
import NewswireModel

/// Picks the year of a date written without one (`12月30日`, `12-26 13:09`): the most recent
/// year that puts the date no later than a little after `now`, so that in January `12月30日`
/// is last December and `1月2日` is this year.
enum YearInference {
    /// How far in the future an inferred date may lie: clocks and zones of sites drift.
    static let allowedFuture: TimeInterval = 2 * 86_400

    /// The instant of `fields` (whose year is ignored) in the year chosen relative to `now`.
    static func date(of fields: DateFields, in timeZone: TimeZone, now: Date) -> Date? {
        let localSeconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        let currentYear = CivilDate.split(secondsSince1970: localSeconds).date.year
        var candidate = fields
        // Newest first; four years back reach the previous February 29.
        for year in stride(from: currentYear + 1, through: currentYear - 4, by: -1) {
            candidate.year = year
            if let date = candidate.date(in: timeZone), date.timeIntervalSince(now) <= allowedFuture { return date }
        }
        return nil
    }
}
