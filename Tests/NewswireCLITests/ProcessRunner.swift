import Foundation
import NewswireTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a finished subprocess left behind.
struct ProcessOutcome: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when `signaled`.
    let status: Int32
    /// Whether a signal ended the process.
    let signaled: Bool
    /// Everything written to standard output, as UTF-8.
    let stdout: String
    /// Everything written to standard error, as UTF-8.
    let stderr: String

    /// The lines of standard output.
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

    var description: String {
        "status \(status)\(signaled ? " (signal)" : "")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// A subprocess that did not finish before its deadline (it was killed).
struct ProcessTimeout: Error, CustomStringConvertible {
    let command: String
    let seconds: Int64
    var description: String { "\(command) did not finish within \(seconds) s and was killed" }
}

/// Runs an executable to completion with a deadline, capturing its output.
enum ProcessRunner {
    /// Runs `executable` with `arguments` in `folder`; a hang past `timeout` kills it and throws.
    ///
    /// The environment is this process's, minus `NEWSWIRE_CONFIG` and proxy settings (so
    /// 127.0.0.1 is reached directly), plus `environment`.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL,
                    environment: [String: String] = [:],
                    timeout: Duration = .seconds(90),
                    killWhen: (@Sendable () -> Bool)? = nil) async throws -> ProcessOutcome {
        // Files, not pipes: a chatty child can never block on a full pipe nobody reads yet.
        let capture = try TemporaryDirectory(prefix: "newswire-cli-capture")
        let stdoutURL = capture.file("stdout"), stderrURL = capture.file("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = childEnvironment(adding: environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        try process.run()

        var killed = false
        let finished = await waitUntil(deadline: .now + timeout) {
            // `killWhen` simulates a crash at a chosen moment (SIGKILL: no cleanup runs).
            if process.isRunning, let killWhen, killWhen() {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
            return killed || !process.isRunning
        }
        if !finished {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
            throw ProcessTimeout(command: command, seconds: timeout.components.seconds * Int64(TestSlowdown.factor))
        }
        process.waitUntilExit()
        return ProcessOutcome(
            status: process.terminationStatus,
            signaled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }

    static func childEnvironment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NEWSWIRE_CONFIG", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                     "all_proxy", "ALL_PROXY"] {
            environment[name] = nil
        }
        environment["no_proxy"] = "127.0.0.1,localhost"
        environment["NO_PROXY"] = "127.0.0.1,localhost"
        // scripts/test-sanitizers checks the binary for leaks, but not this test process (whose
        // Foundation and test servers are not what ships).
        if let options = environment["NEWSWIRE_TEST_CHILD_ASAN_OPTIONS"] { environment["ASAN_OPTIONS"] = options }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// The first executable file named `name` on `$PATH`, if any.
    static func findOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
