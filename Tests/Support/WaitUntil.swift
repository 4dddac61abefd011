/// Checks `condition` every 10 ms until it holds or `deadline` passes; returns whether it held.
/// The time left until `deadline` is stretched by `TestSlowdown.factor` (sanitized runs).
@discardableResult
public func waitUntil(deadline: ContinuousClock.Instant = .now + .seconds(30),
                      condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = TestSlowdown.stretched(deadline)
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(10))
    }
}
