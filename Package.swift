// swift-tools-version: 6.1
import PackageDescription

// Release builds link the Swift runtime and Foundation statically on Linux: one binary that
// runs without a Swift toolchain, and starts in a third of the time (the dynamic loader
// no longer binds twenty shared libraries; see BENCHMARKS.md). Debug builds and tests stay
// dynamic. The flag goes to every module: it also picks the static libraries a module's
// imports (Foundation, FoundationXML) pull in at link time. Executables are linked at a
// fixed address (-no-pie): the loader then has no 100,000 addresses to patch at start, and
// 250 fewer pages are copied on write (0.5 ms of a 15 ms run; BENCHMARKS.md).
let staticInRelease: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
let staticLinkInRelease: [LinkerSetting] = [.unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "Dragoman",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dragoman", targets: ["dragoman"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // System ICU behind a header that uses only <stdint.h> types, so Swift files can
        // import it next to Foundation (see DESIGN.md, stack notes).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "ArabicText", dependencies: ["CICU"], swiftSettings: staticInRelease),
        .target(name: "Terminology", dependencies: ["ArabicText"], swiftSettings: staticInRelease),
        .target(name: "Evaluation", dependencies: ["ArabicText"], swiftSettings: staticInRelease),
        .target(name: "Summarization", dependencies: ["ArabicText"], swiftSettings: staticInRelease),
        .target(name: "Alignment", dependencies: ["ArabicText", "Terminology", "CICU"], swiftSettings: staticInRelease),
        .target(
            name: "Workbench",
            dependencies: ["ArabicText", "Terminology", "Evaluation", "Summarization", "Alignment", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: staticInRelease
        ),
        .executableTarget(
            name: "dragoman",
            dependencies: ["Workbench", "Terminology", "Summarization", "Evaluation", "Alignment", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: staticInRelease, linkerSettings: staticLinkInRelease
        ),
        .executableTarget(
            name: "dragoman-bench", dependencies: ["Workbench", "Terminology", "Evaluation", "Summarization"],
            path: "tools/Benchmarks", swiftSettings: staticInRelease, linkerSettings: staticLinkInRelease),
        .executableTarget(
            name: "AlignmentBenchmark", dependencies: ["Alignment", "Terminology"], path: "tools/AlignmentBenchmark",
            swiftSettings: staticInRelease, linkerSettings: staticLinkInRelease),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "Evaluation", "Summarization", "Terminology", "Alignment", "ArabicText", "TestSupport"]),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SummarizationTests", dependencies: ["Summarization", "ArabicText"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "Terminology"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "ArabicText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DragomanTests", dependencies: ["dragoman", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
