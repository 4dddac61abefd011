import NewswireModel
import Testing

/// The calendar arithmetic shared by Render's `RFC3339` and Parse's date formats.
@Suite struct CivilDateTests {
    @Test(arguments: [
        (0, 1970, 1, 1), (-1, 1969, 12, 31), (11_016, 2000, 2, 29), (11_017, 2000, 3, 1),
        (47_541, 2100, 3, 1), (-25_567, 1900, 1, 1), (-719_162, 1, 1, 1), (2_932_896, 9999, 12, 31),
        (-719_528, 0, 1, 1),
    ])
    func convertsKnownDays(days: Int, year: Int, month: Int, day: Int) {
        let date = CivilDate(year: year, month: month, day: day)
        #expect(CivilDate(daysSince1970: days) == date)
        #expect(date.daysSince1970 == days)
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        var mismatches: [Int] = []
        var previous = CivilDate(daysSince1970: -146_098)
        for days in -146_097...146_097 {
            let date = CivilDate(daysSince1970: days)
            let follows = date.day == previous.day + 1
                || (date.day == 1 && previous.day == CivilDate.daysInMonth(previous.month, year: previous.year))
            if date.daysSince1970 != days || !date.isValid || !follows { mismatches.append(days) }
            previous = date
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [(0, 0, 0), (86_399, 0, 86_399), (86_400, 1, 0), (-1, -1, 86_399), (-86_400, -1, 0),
                      (-86_401, -2, 86_399)])
    func splitsSecondsOnFloorDays(seconds: Int, days: Int, secondOfDay: Int) {
        let split = CivilDate.split(secondsSince1970: seconds)
        #expect(split.date == CivilDate(daysSince1970: days))
        #expect(split.secondOfDay == secondOfDay)
    }

    @Test(arguments: [(2024, 2, 29, true), (2023, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
                      (2024, 4, 31, false), (2024, 12, 31, true), (2024, 13, 1, false), (2024, 1, 0, false)])
    func validatesDays(year: Int, month: Int, day: Int, valid: Bool) {
        #expect(CivilDate(year: year, month: month, day: day).isValid == valid)
    }
}
