import Foundation
import NewswireEngine
import Testing

/// Reading `Cache-Control` and `Retry-After`.
@Suite struct PollHintsTests {
    @Test(arguments: [("max-age=300", 300.0), ("public, max-age=60, must-revalidate", 60), ("MAX-AGE=\"90\"", 90),
                      ("s-maxage=10", nil), ("no-cache", nil), ("max-age=abc", nil)] as [(String, Double?)])
    func maxAge(header: String, expected: Double?) {
        #expect(PollHints.maxAge(cacheControl: header) == expected)
    }

    @Test func retryAfterSeconds() {
        #expect(PollHints.retryAfter("120", now: Date()) == 120)
        #expect(PollHints.retryAfter("-5", now: Date()) == nil)
    }

    @Test func retryAfterHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_445_412_480 - 90) // 90 s before Wed, 21 Oct 2015 07:28:00 GMT
        #expect(PollHints.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == 90)
        #expect(PollHints.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: now.addingTimeInterval(1000)) == 0)
        #expect(PollHints.retryAfter("soon", now: now) == nil)
    }
}
