import Foundation
import NewswireTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A `newswire run` started in the background, with its stderr in a file and a `NOTIFY_SOCKET`.
/// Killed on deinit if still running, so a failing test never leaves a daemon behind.
final class DaemonProcess: @unchecked Sendable {
    let process = Process()
    let notify: NotifyListener
    private let stderrURL: URL
    private let stderrHandle: FileHandle

    /// Starts `newswire run --config newswire.toml EXTRA` in `site`'s folder.
    init(site: CLISite, extra: [String] = [], environment: [String: String] = [:]) throws {
        notify = try NotifyListener(path: site.folder.file("notify-\(UInt16.random(in: 0...UInt16.max)).sock").path)
        stderrURL = site.folder.file("daemon-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        stderrHandle = try FileHandle(forWritingTo: stderrURL)
        process.executableURL = site.binary.url
        process.arguments = ["run", "--config", "newswire.toml"] + extra
        process.currentDirectoryURL = site.folder.url
        var variables = environment
        variables["NOTIFY_SOCKET"] = notify.path
        process.environment = ProcessRunner.childEnvironment(adding: variables)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderrHandle
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? stderrHandle.close()
        notify.stop()
    }

    var pid: Int32 { process.processIdentifier }

    /// What the daemon logged so far.
    var log: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Sends `signal` to the daemon.
    func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for a notify line such as `READY=1` to have arrived `count` times.
    func waitForNotify(_ line: String, count: Int = 1, seconds: Int64 = 20) async -> Bool {
        await waitUntil(deadline: .now + .seconds(seconds)) { notify.count(line) >= count }
    }

    /// Waits for the daemon to exit; returns its exit status, nil if it was still running at the deadline.
    func waitForExit(seconds: Int64 = 15) async -> Int32? {
        let exited = await waitUntil(deadline: .now + .seconds(seconds)) { !process.isRunning }
        guard exited else { return nil }
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    /// What the test reports when an expectation fails.
    var diagnostics: String { "notify: \(notify.messages)\n--- daemon log\n\(log)" }
}
