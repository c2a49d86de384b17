/// The letter classes and conditions of Porter's paper (m, *v*, *d, *o), as NLTK computes them.
extension PorterStemmer {
    static let a = UInt32(0x61), e = UInt32(0x65), i = UInt32(0x69), o = UInt32(0x6F), u = UInt32(0x75)
    static let l = UInt32(0x6C), s = UInt32(0x73), t = UInt32(0x74), w = UInt32(0x77), x = UInt32(0x78)
    static let y = UInt32(0x79), z = UInt32(0x7A)

    static func isVowelLetter(_ letter: UInt32) -> Bool {
        letter == a || letter == e || letter == i || letter == o || letter == u
    }

    /// Whether `word[index]` is a consonant: not a vowel letter, and a `y` only when the letter
    /// before it is not a consonant (or it starts the word).
    func isConsonant(_ word: Letters, _ index: Int) -> Bool {
        let letter = word[index]
        if Self.isVowelLetter(letter) { return false }
        guard letter == Self.y else { return true }
        // Walk back over a run of y's, each flipping the answer, as NLTK does.
        var negate = false
        var position = index
        while position > 0 && word[position] == Self.y {
            negate.toggle()
            position -= 1
        }
        return !Self.isVowelLetter(word[position]) != negate
    }

    /// Consonant flags for every letter in one pass.
    func consonantFlags(_ word: Letters) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(word.count)
        for (index, letter) in word.enumerated() {
            if Self.isVowelLetter(letter) {
                flags.append(false)
            } else if letter == Self.y {
                flags.append(index == 0 ? true : !flags[index - 1])
            } else {
                flags.append(true)
            }
        }
        return flags
    }

    /// m in [C](VC){m}[V]: the number of vowel-to-consonant transitions.
    func measure(_ stem: Letters) -> Int {
        let flags = consonantFlags(stem)
        var count = 0
        for index in flags.indices.dropFirst() where !flags[index - 1] && flags[index] {
            count += 1
        }
        return count
    }

    /// *v*: the stem contains a vowel.
    func containsVowel(_ stem: Letters) -> Bool {
        consonantFlags(stem).contains(false)
    }

    /// *d: the word ends with a double consonant.
    func endsDoubleConsonant(_ word: Letters) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2] && isConsonant(word, word.count - 1)
    }

    /// *o: the word ends consonant-vowel-consonant, the last not w, x or y; NLTK also counts a
    /// two-letter vowel-consonant word.
    func endsCVC(_ word: Letters) -> Bool {
        let n = word.count
        if n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) {
            let last = word[n - 1]
            if last != Self.w && last != Self.x && last != Self.y { return true }
        }
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1)
    }
}
