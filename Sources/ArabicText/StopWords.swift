/// Arabic function words, as matching keys: prepositions, conjunctions, pronouns,
/// demonstratives, relatives, particles and the reporting verbs that fill news copy.
///
/// Used by search, summarisation and (optionally) ROUGE; one list for all of them.
public enum StopWords {
    public static let arabic: Set<String> = {
        let words = """
            في من على الى إلى عن مع بين حتى منذ خلال عند لدى نحو ضد دون بعد قبل فوق تحت حول عبر
            و ف ثم او أو أم بل لكن لكنه لكنها ان إن أن كان كانت يكون تكون كانوا ليس ليست لم لن لا ما
            قد لقد سوف هل إذا اذا لو لولا كي كما كل بعض غير أي اي أيضا ايضا فقط حيث بينما إذ اذ
            هو هي هم هن هما انا أنا نحن انت أنت انتم أنتم له لها لهم لنا لي به بها بهم منه منها منهم
            عنه عنها عليه عليها عليهم فيه فيها فيهم الذي التي الذين اللذين اللتين اللواتي ما من
            هذا هذه ذلك تلك هؤلاء أولئك اولئك هنا هناك هنالك
            قال قالت يقول تقول وقال وقالت أضاف اضاف وأضاف أكد اكد وأكد أشار اشار وأشار
            الذى يتم تم وذلك وهو وهي وفي ومن وعلى وأن وإن وان وكان وكانت ولا وما ولم
            عام العام يوم اليوم أمس امس حاليا الان الآن
            """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            Normalizer.matchingKey.key(String($0))
        })
    }()

    /// `arabic` by UTF-8 bytes, for hot paths that hold a key's bytes.
    private static let arabicBytes: TokenInterner = {
        var interner = TokenInterner(expectedTokens: arabic.count)
        _ = interner.intern(Array(arabic))
        return interner
    }()

    /// Whether the matching key whose UTF-8 bytes are `key` is in `arabic`.
    public static func containsArabic(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arabicBytes.id(of: key) != nil
    }
}
