// swift-tools-version: 6.1
import PackageDescription

// Release builds are linked as one static executable on Linux: the Swift runtime, Foundation,
// ICU, SQLite and libxml2 (which FoundationXML needs, with its zlib and liblzma) all inside,
// so the binary runs without a Swift toolchain and the process starts without a dynamic
// loader. Loading the eight shared libraries took longer than `summarize` takes to read its
// 51 articles: `dragoman --version` fell from 6.4 to 2.8 ms (BENCHMARKS.md, start-up). The
// static archives come with libicu-dev, libsqlite3-dev, libxml2-dev, liblzma-dev and zlib1g-dev
// (`.ci/run` installs them); ICU's libraries are named in dependency order (i18n, uc, data).
// Debug builds and tests stay dynamic. `-static-stdlib` goes to every module too: it picks the
// static libraries a module's imports (Foundation, FoundationXML) pull in at link time.
// `-disable-concrete-type-metadata-mangled-name-accessors`: the metadata of a concrete generic
// type (`Range<Int>`, `Result<Article, InputError>`) is built by its accessor, which passes the
// conformances it needs, instead of from its mangled name, which makes the runtime demangle it
// and look each conformance up by scanning all 6,790 conformance records of the executable the
// first time (about 0.1 ms a scan, several a run: BENCHMARKS.md, summaries against sumy).
let staticInRelease: [SwiftSetting] = [.unsafeFlags(["-static-stdlib", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(platforms: [.linux], configuration: .release))]
let staticLinkInRelease: [LinkerSetting] = [.unsafeFlags(
    ["-static-executable"] + ["icui18n", "icuuc", "icudata", "xml2", "lzma", "z", "stdc++", "m"].flatMap { ["-Xlinker", "-l\($0)"] },
    .when(platforms: [.linux], configuration: .release))]

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
        // Helper threads started on another core than their creator's (see its header).
        .target(name: "CCores"),
        .target(name: "ArabicText", dependencies: ["CICU", "CCores"], swiftSettings: staticInRelease),
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
            name: "dragoman-bench", dependencies: ["Workbench", "Terminology", "Evaluation", "Summarization", "CCores"],
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
