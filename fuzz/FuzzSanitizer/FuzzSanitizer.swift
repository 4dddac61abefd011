import Foundation
import FuzzSupport
import NewswireNormalize

/// libFuzzer entry: any HTML through the sanitizer; the output must contain nothing scriptable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let html = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let clean = HTMLSanitizer.sanitize(html, baseURL: "https://fuzz.example/a/")
    if let finding = ScriptableOracle.finding(in: clean) {
        fatalError("scriptable output \(finding) from input \(html.debugDescription)")
    }
    return 0
}

/// libFuzzer's driver in a fuzzing build, a replay of the named files otherwise.
@main enum ReplaySanitizer {
    static func main() { FuzzMain.run(fuzzSanitizer) }
}
