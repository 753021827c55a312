// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Bijak",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "BijakCore", targets: ["BijakCore"]),
        .executable(name: "bijak", targets: ["bijak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        // The engine: Foundation only, no server or database types.
        .target(
            name: "BijakCore",
            resources: [
                .copy("Resources/rulebook"),
                .copy("Resources/data"),
                .copy("Resources/models"),
            ]
        ),
        .executableTarget(
            name: "bijak",
            dependencies: [
                "BijakCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BijakCoreTests",
            dependencies: [
                "BijakCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "BijakCLITests",
            dependencies: ["BijakCore"]
        ),
    ]
)
