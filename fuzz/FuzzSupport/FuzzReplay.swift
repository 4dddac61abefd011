import Foundation

/// A fuzz entry point: what `LLVMFuzzerTestOneInput` is.
public typealias FuzzEntry = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                                 _ callback: FuzzEntry) -> Int32
#endif

/// The `main` of a fuzz target: libFuzzer's driver when built with `-DFUZZING -sanitize=fuzzer`
/// (SwiftPM links executables with its own `main`, so libFuzzer's is not used), else a replay of
/// the files named on the command line (`fuzz-feed FILE…`).
public enum FuzzMain {
    /// Runs `entry` under libFuzzer, or over the files named on the command line.
    public static func run(_ entry: FuzzEntry) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(llvmFuzzerRunDriver(&argc, &argv, entry))
        #else
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE…  (replays inputs)\n".utf8))
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(66)
            }
            _ = data.withUnsafeBytes { entry($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
            print("ok \(path)")
        }
        exit(0)
        #endif
    }
}
