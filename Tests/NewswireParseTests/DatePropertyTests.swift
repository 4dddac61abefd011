import Foundation
@testable import NewswireParse
import Testing

/// Random and mutated inputs: the parser never crashes, is deterministic, and whatever it accepts
/// lies between 1970 and 2100.
@Suite struct DatePropertyTests {
    static let now = Date(timeIntervalSince1970: 1_736_049_600)
    static let zones = ["UTC", "Asia/Shanghai", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
        .compactMap(TimeZone.init(identifier:))
    static let alphabet = Array(
        "0123456789０１２３ :-+,./()TZtzGMTUCESPDJanFebSeptDecThuMonAMPMst年月日时分秒前天昨今刚小时钟个两十一二三半周"
            + "：　星期号点上下午\t\n\u{0}\u{FFFD}é😀")
    static let samples = [
        "Thu, 26 Dec 2024 13:09:00 +0800", "2024-12-26T13:09:00.123+08:00", "1735189740", "1735189740000",
        "2024年12月26日 13:09", "12月26日", "12-26 13:09", "5分钟前", "两小时前", "昨天 12:00",
        "发布时间：2024-12-26 13:09", "前天 08:30", "Thursday, 26-Dec-24 05:09:00 GMT",
    ]

    @Test func neverCrashesAndStaysInRange() {
        var generator = SplitMix64(seed: 0xDA7E_F022)
        var accepted = 0
        for round in 0..<12_000 {
            let text = Self.randomText(round: round, using: &generator)
            let timeZone = Self.zones[round % Self.zones.count]
            guard let date = DateParser.parse(text, timeZone: timeZone, now: Self.now) else { continue }
            accepted += 1
            #expect(DateParser.plausibleRange.contains(date), "\(text) → \(date)")
            #expect(DateParser.parse(text, timeZone: timeZone, now: Self.now) == date)
        }
        // The mutations keep enough samples intact for the range check to mean something.
        #expect(accepted > 500)
    }

    @Test func acceptedNumbersOfEveryLengthStayInRange() {
        var generator = SplitMix64(seed: 0xE90C)
        for digits in 1...16 {
            for _ in 0..<50 {
                let text = String((0..<digits).map { _ in Character(String(generator.next() % 10)) })
                if let date = DateParser.parse(text, timeZone: Self.zones[0], now: Self.now) {
                    #expect(DateParser.plausibleRange.contains(date), "\(text)")
                }
            }
        }
    }

    @Test func longAndPathologicalTextsAreRefusedQuickly() {
        let long = String(repeating: "2024-12-26 ", count: 500)
        #expect(DateParser.parse(long, timeZone: Self.zones[0], now: Self.now) == nil)
        let digits = String(repeating: "9", count: 300)
        #expect(DateParser.parse(digits, timeZone: Self.zones[0], now: Self.now) == nil)
        let numerals = String(repeating: "十", count: 200) + "分钟前"
        let date = DateParser.parse(numerals, timeZone: Self.zones[0], now: Self.now)
        #expect(date == Self.now.addingTimeInterval(-2000 * 60))
    }

    /// Half purely random texts, half samples with a few characters replaced, inserted or removed.
    static func randomText(round: Int, using generator: inout SplitMix64) -> String {
        if round % 2 == 0 {
            let length = Int(generator.next() % 40)
            return String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
        var characters = Array(samples[Int(generator.next() % UInt64(samples.count))])
        for _ in 0..<(generator.next() % 4) {
            let position = Int(generator.next() % UInt64(characters.count + 1))
            let replacement = alphabet[Int(generator.next() % UInt64(alphabet.count))]
            switch generator.next() % 3 {
            case 0 where position < characters.count: characters[position] = replacement
            case 1: characters.insert(replacement, at: position)
            default: if position < characters.count { characters.remove(at: position) }
            }
        }
        return String(characters)
    }
}
