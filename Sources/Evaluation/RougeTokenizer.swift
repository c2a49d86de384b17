/// Splits a text into the tokens ROUGE compares.
///
/// `EnglishRougeTokenizer` reproduces rouge-score's default; a tokenizer for another language
/// only has to return its tokens in text order. Tokens are compared by exact string equality.
public protocol RougeTokenizer: Sendable {
    /// The tokens of `text`, in order.
    func tokens(_ text: String) -> [String]
}
