import Foundation
import FuzzSupport
import NewswireParse

/// libFuzzer entry: any text through the date parser must never crash, and a date it returns is
/// a real instant (finite, within years 0 to 10000: a local 0001-01-01 may be late year 0 in UTC).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    for zone in ["UTC", "Asia/Shanghai", "America/New_York"] {
        guard let date = DateParser.parse(text, timeZone: TimeZone(identifier: zone)!) else { continue }
        let seconds = date.timeIntervalSince1970
        if !seconds.isFinite || seconds < -62_167_219_200 || seconds > 253_433_923_200 {
            fatalError("DateParser returned an impossible date \(seconds) for \(text.debugDescription)")
        }
    }
    return 0
}

/// libFuzzer's driver in a fuzzing build, a replay of the named files otherwise.
@main enum ReplayDate {
    static func main() { FuzzMain.run(fuzzDate) }
}
