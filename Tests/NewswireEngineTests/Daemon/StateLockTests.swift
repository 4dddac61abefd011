import Foundation
import NewswireEngine
import NewswireTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `state_dir/newswire.lock`: one daemon per state folder.
@Suite struct StateLockTests {
    @Test func secondLockIsRefusedNamingTheHolder() throws {
        let folder = try TemporaryDirectory(prefix: "lock")
        let first = try StateLock(stateDir: folder.path)
        #expect(StateLock.holder(stateDir: folder.path) == getpid())
        do {
            _ = try StateLock(stateDir: folder.path)
            Issue.record("a second lock was granted")
        } catch {
            #expect(error.pid == getpid())
            #expect(error.description.contains("pid \(getpid())"))
        }
        withExtendedLifetime(first) {}
    }

    @Test func releasedLockCanBeTakenAgain() throws {
        let folder = try TemporaryDirectory(prefix: "lock")
        do { _ = try StateLock(stateDir: folder.path) }
        #expect(StateLock.holder(stateDir: folder.path) == nil)
        _ = try StateLock(stateDir: folder.path)
    }
}
