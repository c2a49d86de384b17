// swift-tools-version: 6.1
import PackageDescription

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
        .target(name: "ArabicText", dependencies: ["CICU"]),
        .target(name: "Terminology", dependencies: ["ArabicText"]),
        .target(name: "Evaluation", dependencies: ["ArabicText"]),
        .target(name: "Summarization", dependencies: ["ArabicText"]),
        .target(name: "Alignment", dependencies: ["ArabicText", "Terminology", "CICU"]),
        .target(
            name: "Workbench",
            dependencies: ["ArabicText", "Terminology", "Evaluation", "Summarization", "Alignment", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "dragoman",
            dependencies: ["Workbench", "Terminology", "Summarization", "Evaluation", "Alignment", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "dragoman-bench", dependencies: ["Workbench", "Terminology", "Evaluation", "Summarization"],
            path: "tools/Benchmarks"),
        .executableTarget(
            name: "AlignmentBenchmark", dependencies: ["Alignment", "Terminology"], path: "tools/AlignmentBenchmark"),
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
