import Foundation
import NewswireEngine
import NewswireTestSupport
import Testing

/// sd_notify datagrams without libsystemd, and the watchdog period.
@Suite struct SystemdNotifierTests {
    @Test func messagesReachAPathSocket() throws {
        let folder = try TemporaryDirectory(prefix: "notify")
        let listener = try DatagramListener(address: folder.file("n.sock").path)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address])
        notifier.ready(status: "3 sources")
        #expect(listener.receive() == "READY=1\nSTATUS=3 sources")
        notifier.watchdog()
        #expect(listener.receive() == "WATCHDOG=1")
        notifier.reloading()
        let reloading = try #require(listener.receive())
        #expect(reloading.hasPrefix("RELOADING=1\nMONOTONIC_USEC="))
        #expect(UInt64(reloading.split(separator: "=").last ?? "") ?? 0 > 0)
        notifier.stopping()
        #expect(listener.receive() == "STOPPING=1")
    }

    @Test func messagesReachAnAbstractSocket() throws {
        let listener = try DatagramListener(address: "@newswire-test-\(UUID().uuidString)")
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address])
        #expect(notifier.send("STATUS=hello"))
        #expect(listener.receive() == "STATUS=hello")
    }

    @Test func withoutASocketNothingIsSent() {
        #expect(!SystemdNotifier(environment: [:]).send("READY=1"))
    }

    @Test func watchdogIsHalfOfWatchdogUsec() {
        let notifier = SystemdNotifier(environment: ["WATCHDOG_USEC": "4000000"], pid: 42)
        #expect(notifier.watchdogInterval == .seconds(2))
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "4000000", "WATCHDOG_PID": "41"], pid: 42)
            .watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "4000000", "WATCHDOG_PID": "42"], pid: 42)
            .watchdogInterval == .seconds(2))
        #expect(SystemdNotifier(environment: [:]).watchdogInterval == nil)
    }
}
