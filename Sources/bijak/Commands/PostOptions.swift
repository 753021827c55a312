import ArgumentParser
import BijakCore
import Foundation

/// What the user is doing and in which circumstances: everything of a ``Post`` except its text.
struct PostOptions: ParsableArguments {
    @Option(name: .customLong("action"),
            help: ArgumentHelp("Tindakan: \(PostActionNames.valid). / Action.", valueName: "A"))
    var action: String?

    @Option(name: .customLong("target"),
            help: ArgumentHelp("Teks yang dibagikan/disukai/dikomentari. / The text being shared, liked or commented on.",
                               valueName: "TEXT"))
    var target: String?

    @Option(name: .customLong("target-file"),
            help: ArgumentHelp("Baca target dari berkas. / Read the target from a file.", valueName: "F"))
    var targetFile: String?

    @Flag(name: .customLong("live"), help: "Siaran langsung. / A live broadcast.")
    var live = false

    @Flag(name: .customLong("uniform"), help: "Memakai pakaian dinas. / Wearing the official uniform.")
    var uniform = false

    @Option(name: .customLong("time"),
            help: ArgumentHelp("Waktu unggah ISO 8601 dengan zona, mis. 2025-02-06T09:30:00+07:00. / Posting time, ISO 8601 with zone.",
                               valueName: "ISO8601"))
    var time: String?

    @Option(name: .customLong("platform"),
            help: ArgumentHelp("Platform, mis. instagram, x, facebook, tiktok. / Platform.", valueName: "P"))
    var platform: String?

    @Flag(name: .customLong("institutional"), help: "Akun resmi instansi. / An institution's official account.")
    var institutional = false

    @Option(name: .customLong("caption"),
            help: ArgumentHelp("Keterangan foto/video (boleh berulang). / Caption of attached media (repeatable).",
                               valueName: "TEXT"))
    var captions: [String] = []

    @Option(name: .customLong("unit-file"),
            help: ArgumentHelp("Jam dinas unit (JSON: zona WIB/WITA/WIT, shift). / The unit's duty hours (JSON: zone, shifts).",
                               valueName: "F"))
    var unitFile: String?

    func validate() throws {
        if let action, PostAction(userInput: action) == nil {
            throw ValidationError("Tindakan tidak dikenal / unknown action: \"\(action)\". "
                                  + "Pilihan / valid: \(PostActionNames.valid)")
        }
        if let time, ISOTimestamp.parse(time) == nil {
            throw ValidationError("Waktu tidak sah / invalid time: \"\(time)\". "
                                  + "Contoh / example: 2025-02-06T09:30:00+07:00")
        }
        if target != nil && targetFile != nil {
            throw ValidationError("Beri --target atau --target-file, bukan keduanya. / Give --target or --target-file, not both.")
        }
    }

    /// Builds the post around `text`.
    func post(text: String) throws -> Post {
        let parsedTime = time.flatMap(ISOTimestamp.parse)
        let context = PostContext(time: parsedTime?.date, utcOffsetSeconds: parsedTime?.utcOffsetSeconds,
                                  platform: platform, live: live, uniform: uniform,
                                  account: institutional ? .institutional : nil, unit: try unit())
        var targetText = target
        if let targetFile { targetText = try TextInput.read(file: targetFile) }
        return Post(text: text, action: action.flatMap(PostAction.init(userInput:)) ?? .post,
                    target: targetText.map { Post(text: $0) },
                    media: captions.map { MediaItem(caption: $0) }, context: context)
    }
}

extension PostOptions {
    /// The unit read from `--unit-file`, if given; a malformed file is a data error naming the problem.
    func unit() throws -> DutyUnit? {
        guard let unitFile else { return nil }
        let text = try TextInput.read(file: unitFile)
        do {
            return try JSONDecoder().decode(DutyUnit.self, from: Data(text.utf8))
        } catch DecodingError.dataCorrupted(let context) {
            throw BijakFailure.dataError("unit tidak sah / invalid unit in \(unitFile): \(context.debugDescription)")
        } catch {
            throw BijakFailure.dataError("unit tidak sah / invalid unit in \(unitFile): \(error)")
        }
    }
}

/// The action names a user may type, for help and error messages.
enum PostActionNames {
    static let synonyms = ["unggah", "bagikan", "suka", "komentar", "retweet", "siaran"]
    static let valid = (PostAction.allCases.map(\.rawValue) + synonyms).joined(separator: ", ")
}
