// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Bijak",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "BijakCore", targets: ["BijakCore"]),
        .library(name: "BijakServer", targets: ["BijakServer"]),
        .executable(name: "bijak", targets: ["bijak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
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
        // The web application and JSON API: Vapor, Fluent (SQLite or PostgreSQL), Leaf.
        .target(
            name: "BijakServer",
            dependencies: [
                "BijakCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .copy("Resources/Views"),
                .copy("Resources/Public"),
                .copy("Resources/openapi.yaml"),
                .copy("Resources/training-questions.json"),
            ]
        ),
        .executableTarget(
            name: "bijak",
            dependencies: [
                "BijakCore",
                "BijakServer",
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
            name: "BijakServerTests",
            dependencies: [
                "BijakServer",
                "BijakCore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "BijakCLITests",
            dependencies: ["BijakCore"]
        ),
    ]
)
