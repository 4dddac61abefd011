// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "newswire",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newswire", targets: ["newswire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // System libraries: a module map and a shim header each, no Swift.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),

        .target(name: "NewswireModel", swiftSettings: swiftSettings),
        .target(name: "NewswireConfig", dependencies: [
            "NewswireModel", .product(name: "TOMLKit", package: "TOMLKit"),
        ], swiftSettings: swiftSettings),
        .target(name: "NewswireFetch", dependencies: ["NewswireModel", "CCurl", "CUchardet"], swiftSettings: swiftSettings),
        .target(name: "NewswireParse", dependencies: ["NewswireModel", "CLibXML2"], swiftSettings: swiftSettings),
        .target(name: "NewswireNormalize", dependencies: ["NewswireModel", "CLibXML2", "CCrypto"],
                swiftSettings: swiftSettings),
        .target(name: "NewswireStore", dependencies: [
            "NewswireModel", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ], swiftSettings: swiftSettings),
        .target(name: "NewswirePostgres", dependencies: [
            "NewswireModel", "NewswireStore", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: swiftSettings),
        .target(name: "NewswireRender", dependencies: ["NewswireModel"], swiftSettings: swiftSettings),
        .target(name: "NewswireEngine", dependencies: [
            "NewswireModel", "NewswireConfig", "NewswireFetch", "NewswireParse", "NewswireNormalize",
            "NewswireStore", "NewswireRender", .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "HeapModule", package: "swift-collections"),
        ], swiftSettings: swiftSettings),
        .executableTarget(name: "newswire", dependencies: [
            "NewswireEngine", "NewswireConfig", "NewswireModel", "NewswirePostgres", "NewswireStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], swiftSettings: swiftSettings),

        // The benchmark driver of bench/run (not installed; measures stages in-process).
        .executableTarget(name: "newswire-bench", dependencies: [
            "NewswireFetch", "NewswireParse", "NewswireNormalize", "NewswireModel", "NewswireStore", "NewswireEngine", "NewswireConfig",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "bench/NewswireBench", swiftSettings: swiftSettings),

        // Test helpers: a real HTTP server on 127.0.0.1, temp folders, fixture paths.
        .target(name: "NewswireTestSupport", dependencies: ["NewswireModel"], path: "Tests/Support",
                swiftSettings: swiftSettings),
        .testTarget(name: "NewswireConfigTests", dependencies: ["NewswireConfig", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireFetchTests", dependencies: ["NewswireFetch", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireParseTests", dependencies: ["NewswireParse", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireNormalizeTests", dependencies: ["NewswireNormalize", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireStoreTests", dependencies: [
            "NewswireStore", "NewswireTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ],
                    swiftSettings: swiftSettings),
        .testTarget(name: "NewswirePostgresTests", dependencies: [
            "NewswirePostgres", "NewswireStore", "NewswireTestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireRenderTests", dependencies: ["NewswireRender", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireCLITests", dependencies: ["NewswireTestSupport", "FuzzSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "NewswireEngineTests", dependencies: ["NewswireEngine", "NewswireTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),

        // MARK: Fuzz targets (issue 6) — scripts/fuzz builds them with libFuzzer:
        // `swift build --product fuzz-feed -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -parse-as-library`.
        // In a normal build they are small replay tools (`fuzz-feed FILE…`), so they never rot.
        .target(name: "FuzzSupport", path: "fuzz/FuzzSupport", swiftSettings: swiftSettings),
        .executableTarget(name: "fuzz-feed", dependencies: ["FuzzSupport", "NewswireParse", "NewswireNormalize",
                                                            "NewswireModel"],
                          path: "fuzz/FuzzFeed", swiftSettings: swiftSettings),
        .executableTarget(name: "fuzz-date", dependencies: ["FuzzSupport", "NewswireParse"],
                          path: "fuzz/FuzzDate", swiftSettings: swiftSettings),
        .executableTarget(name: "fuzz-sanitizer", dependencies: ["FuzzSupport", "NewswireNormalize"],
                          path: "fuzz/FuzzSanitizer", swiftSettings: swiftSettings),
        .executableTarget(name: "fuzz-html", dependencies: ["FuzzSupport", "NewswireParse", "NewswireModel"],
                          path: "fuzz/FuzzHTML", swiftSettings: swiftSettings),
        // MARK: end of fuzz targets
    ],
    swiftLanguageModes: [.v6]
)
