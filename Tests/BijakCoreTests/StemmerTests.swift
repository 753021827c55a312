import Foundation
import Testing
@testable import BijakCore

/// Loaded once for all stemmer tests.
private let bundledStemmer: Result<IndonesianStemmer, any Error> = Result { try IndonesianStemmer.bundled() }

@Suite struct StemmerTests {
    private func stemmer() throws -> IndonesianStemmer { try bundledStemmer.get() }

    @Test func loadsBundledLists() throws {
        let roots = try IndonesianStemmer.loadWordList(named: "sastrawi-kata-dasar")
        #expect(roots.count > 29_000)
        let protected = try IndonesianStemmer.loadWordList(named: "protected-words")
        #expect((20...60).contains(protected.count))
        #expect(protected.contains("pemasyarakatan"))
        #expect(!protected.contains { $0.contains("#") || $0.contains(" ") })
    }

    @Test func parsesWordListComments() {
        let words = IndonesianStemmer.parseWordList("# header\n\nPemerintah   # government\n  tahanan\n#x\n")
        #expect(words == ["pemerintah", "tahanan"])
    }

    // Hand-checked: the stem a speaker of Indonesian gives, which is also Sastrawi's.
    @Test(arguments: [
        // particles -lah -kah -tah -pun and possessives -ku -mu -nya
        ("makanlah", "makan"), ("dialah", "dia"), ("siapapun", "siapa"), ("bukunya", "buku"),
        ("rumahku", "rumah"), ("milikmu", "milik"),
        // derivational suffixes -i -kan -an
        ("makanan", "makan"), ("dekati", "dekat"), ("membanggakan", "bangga"),
        // be- (rules 1-5)
        ("berambut", "rambut"), ("bermain", "main"), ("berjalan", "jalan"), ("bercermin", "cermin"),
        ("belajar", "ajar"), ("bekerja", "kerja"), ("bersembunyi", "sembunyi"), ("bertanggung", "tanggung"),
        // te- / ter- (rules 6-9, 35)
        ("terangkat", "angkat"), ("teracun", "racun"), ("tertangkap", "tangkap"), ("terpercaya", "percaya"),
        ("terlempar", "lempar"), ("tersenyum", "senyum"),
        // me- (rules 10-19), with recoding of the assimilated sound
        ("melihat", "lihat"), ("merusak", "rusak"), ("membaca", "baca"), ("mempengaruhi", "pengaruh"),
        ("memakan", "makan"), ("memukul", "pukul"), ("mencari", "cari"), ("mentaati", "taat"),
        ("menulis", "tulis"), ("menahan", "tahan"), ("menggambar", "gambar"), ("mengambil", "ambil"),
        ("mengirim", "kirim"), ("mengecat", "cat"), ("menganga", "nganga"), ("menyanyi", "nyanyi"),
        ("menyapu", "sapu"), ("memproduksi", "produksi"), ("memberi", "beri"), ("mengajar", "ajar"),
        // pe- / per- (rules 20-34, 36)
        ("pewarna", "warna"), ("perjuangan", "juang"), ("pembaca", "baca"), ("pemakan", "makan"),
        ("pemasaran", "pasar"), ("pencari", "cari"), ("penari", "tari"), ("penulis", "tulis"),
        ("pengkritik", "kritik"), ("pengambilan", "ambil"), ("pengirim", "kirim"), ("pengecatan", "cat"),
        ("penyanyi", "nyanyi"), ("penyapu", "sapu"), ("pelajar", "ajar"), ("pelari", "lari"), ("pekerja", "kerja"),
        ("pemberian", "beri"), ("pengajaran", "ajar"), ("perbaikan", "baik"), ("pertumbuhan", "tumbuh"),
        ("perekonomian", "ekonomi"), ("persembunyiannya", "sembunyi"),
        // plain prefixes di- ke- se- and confixes
        ("dimakan", "makan"), ("diberikan", "beri"), ("sebuah", "buah"), ("kesalahan", "salah"),
        ("menduduki", "duduk"),
        // loop pengembalian akhiran: -kan put back as the root's k
        ("masukkan", "masuk"), ("memasukkan", "masuk"), ("letakkan", "letak"),
        // infix -in- and Sastrawi's ku-/kau-
        ("kinerja", "kerja"), ("kuambil", "ambil"), ("kauambil", "ambil"),
        // reduplication
        ("buku-buku", "buku"), ("berbalas-balasan", "balas"), ("meniru-nirukan", "tiru"),
        ("malaikat-malaikat-nya", "malaikat"), ("bolak-balik", "bolak-balik"), ("sayur-mayur", "sayur-mayur"),
        ("kupu-kupu", "kupu-kupu"),
        // roots and words of three characters or fewer stay as they are
        ("aku", "aku"), ("dia", "dia"), ("nya", "nya"), ("kan", "kan"), ("di", "di"), ("a", "a"),
        ("narapidana", "narapidana"), ("lapas", "lapas"), ("rutan", "rutan"),
    ])
    func stemsLikeSastrawi(word: String, expected: String) throws {
        #expect(try stemmer().stem(word) == expected)
    }

    /// Sastrawi's odd results are kept on purpose: parity matters more than these few words.
    @Test(arguments: [("berapi", "rap"), ("menikah", "meni"), ("mengerti", "erti")])
    func keepsSastrawiQuirks(word: String, expected: String) throws {
        #expect(try stemmer().stem(word) == expected)
    }

    @Test(arguments: [
        "pemasyarakatan", "kemasyarakatan", "pemerintah", "pemerintahan", "tahanan", "pemilu", "tersangka",
        "pengadilan", "undang-undang", "perundang-undangan", "penyidikan", "keturunan", "golongan",
    ])
    func protectedWordsStayUnchanged(word: String) throws {
        let stemmer = try stemmer()
        #expect(stemmer.isProtected(word))
        #expect(stemmer.stem(word) == word)
    }

    @Test(arguments: [
        ("pemerintahnya", "pemerintah"), ("tahanannya", "tahanan"), ("pemilunya", "pemilu"),
        ("kepemerintahan", "pemerintah"), ("pemerintah-pemerintah", "pemerintah"), ("ketahanan", "tahan"),
    ])
    func inflectedProtectedWordsStopAtThem(word: String, expected: String) throws {
        #expect(try stemmer().stem(word) == expected)
    }

    @Test func withoutProtectionBehavesLikeSastrawi() throws {
        let plain = IndonesianStemmer(
            rootWords: try IndonesianStemmer.loadWordList(named: "sastrawi-kata-dasar"), protectedWords: [])
        #expect(plain.stem("pemasyarakatan") == "masyarakat")
        #expect(plain.stem("pemerintah") == "perintah")
        #expect(plain.stem("undang-undang") == "undang")
    }

    @Test func customDictionary() {
        let stemmer = IndonesianStemmer(rootWords: ["sapu", "baca"], protectedWords: ["pembaca"])
        #expect(stemmer.stem("menyapu") == "sapu")
        #expect(stemmer.stem("membaca") == "baca")
        #expect(stemmer.stem("pembaca") == "pembaca")
        #expect(stemmer.stem("makanan") == "makanan")
        #expect(stemmer.isRootWord("sapu") && !stemmer.isRootWord("makan"))
    }

    // MARK: Robustness

    @Test(arguments: [
        "", "-", "--", "---", "----", "a-", "-nya", "ku-", "-ku-", "nya-nya", "-buku", "buku-", "buku--buku",
        "123", "2019an", "ber2", "12345678", "!!!", "😀", "pemerintah😀", "Memakan", "MEMAKAN", "café", "naïve",
        "a\u{0}b", "\u{FEFF}", "menyapu\n", " ", "mem", "meng", "menge", "penge", "peng", "ber", "ter", "kau",
        "kanlah", "lahlah", "nyanya", "isasi", "kankan", "diii", "kekeke", "mememe", "pepepepe",
    ])
    func oddInputsDoNotCrash(word: String) throws {
        let result = try stemmer().stem(word)
        #expect(result.utf8.count <= max(word.utf8.count, 8))
        if word.isEmpty { #expect(result.isEmpty) }
    }

    @Test func nonLettersAndLongWordsAreReturnedUnchanged() throws {
        let stemmer = try stemmer()
        for word in ["123", "Memakan", "pemerintah😀", "café", String(repeating: "me", count: 5_000),
                     String(repeating: "a", count: 100_000), String(repeating: "buku-", count: 1_000)] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test func randomInputsDoNotCrash() throws {
        let stemmer = try stemmer()
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("aeioubdgkmnprstlhyjcw-nya0🙂é".unicodeScalars)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 24)
            var word = ""
            for _ in 0..<length { word.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            _ = stemmer.stem(word)
            _ = stemmer.stem("me" + word)
            _ = stemmer.stem("pe" + word + "-" + word)
        }
    }

    // MARK: Cache

    @Test func cachingStemmerAgreesAndStaysBounded() throws {
        let stemmer = try stemmer()
        let cache = CachingStemmer(stemmer, capacity: 16)
        let words = ["menyapu", "memakan", "pemasaran", "buku-buku", "pemerintahnya", "", "😀", "bolak-balik"]
        for _ in 0..<3 {
            for word in words { #expect(cache.stem(word) == stemmer.stem(word)) }
        }
        for index in 0..<200 { _ = cache.stem("kata\(index)") }
        #expect(cache.cachedCount <= 32)
        #expect(cache.stem("menyapu") == "sapu")
        cache.removeAll()
        #expect(cache.cachedCount == 0)
    }

    @Test func cachingStemmerIsSafeAcrossThreads() async throws {
        let cache = CachingStemmer(try stemmer(), capacity: 64)
        let words = ["menyapu", "memakan", "pemasaran", "membaca", "pelajar", "kesalahan", "dimakan", "berjalan"]
        await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var ok = true
                    for index in 0..<2_000 {
                        let word = words[(index + task) % words.count] + (index % 50 == 0 ? "nya" : "")
                        ok = ok && !cache.stem(word).isEmpty
                    }
                    return ok
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
