import ArgumentParser

/// Where the text to check comes from: the argument, `--file`, or standard input when neither is given.
struct TextSourceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Teks unggahan (tanpa ini: --file atau stdin). / The post's text (without it: --file or stdin).",
                                 valueName: "TEXT"))
    var text: String?

    @Option(name: .customLong("file"),
            help: ArgumentHelp("Baca teks dari berkas UTF-8. / Read the text from a UTF-8 file.", valueName: "F"))
    var file: String?

    func validate() throws {
        if text != nil && file != nil {
            throw ValidationError("Beri TEXT atau --file, bukan keduanya. / Give TEXT or --file, not both.")
        }
    }

    /// The text, read from wherever the user pointed.
    func read() throws -> String {
        if let text { return text }
        if let file { return try TextInput.read(file: file) }
        return try TextInput.readStandardInput()
    }
}
