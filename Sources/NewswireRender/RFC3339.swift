import Foundation
import NewswireModel

/// Formats dates as RFC 3339 / W3C datetime in UTC with whole seconds: `2024-12-26T05:09:00Z`.
///
/// Computed from the epoch with integer arithmetic: no `DateFormatter`, no locale, no time zone.
public enum RFC3339 {
    /// `date` as `YYYY-MM-DDThh:mm:ssZ`; fractional seconds are cut off.
    public static func string(from date: Date) -> String {
        var out: [UInt8] = []
        append(date, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `date` as `YYYY-MM-DDThh:mm:ssZ`.
    static func append(_ date: Date, to out: inout [UInt8]) {
        let c = UTCDateComponents(date)
        appendDigits(c.year, width: 4, to: &out)
        out.append(0x2D)
        appendDigits(c.month, width: 2, to: &out)
        out.append(0x2D)
        appendDigits(c.day, width: 2, to: &out)
        out.append(0x54)
        appendDigits(c.hour, width: 2, to: &out)
        out.append(0x3A)
        appendDigits(c.minute, width: 2, to: &out)
        out.append(0x3A)
        appendDigits(c.second, width: 2, to: &out)
        out.append(0x5A)
    }

    /// Appends `value` in decimal, zero-padded to `width` digits.
    static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var value = value
        if value < 0 {
            out.append(0x2D)
            value = -value
        }
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        // Written in place from the right: no scratch array per field (six per date, 100,000 dates a sitemap).
        out.append(contentsOf: repeatElement(0x30, count: max(width, count)))
        var index = out.count - 1
        repeat {
            out[index] = 0x30 + UInt8(value % 10)
            value /= 10
            index -= 1
        } while value > 0
    }
}

/// The UTC calendar fields of a date, whole seconds.
struct UTCDateComponents: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init(_ date: Date) {
        let raw = date.timeIntervalSince1970
        // Clamp far beyond any real feed date so the Int conversion cannot trap.
        let clamped = raw.isFinite ? min(max(raw, -62_135_596_800), 253_402_300_799) : 0
        let seconds = Int(clamped.rounded(.down))
        let (date, secondOfDay) = CivilDate.split(secondsSince1970: seconds)
        year = date.year
        month = date.month
        day = date.day
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }
}
