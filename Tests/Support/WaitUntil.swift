/// Checks `condition` every 10 ms until it holds or `deadline` passes; returns whether it held.
@discardableResult
public func waitUntil(deadline: ContinuousClock.Instant = .now + .seconds(10),
                      condition: () async throws -> Bool) async rethrows -> Bool {
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(10))
    }
}
