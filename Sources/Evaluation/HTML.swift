/// Text made safe for an HTML page: the one escaping routine of every page Dragoman writes
/// (evaluation reports, briefs), so that an article containing `<script>` shows as text.
public enum HTML {
    /// `text` with `& < > " '` written as entities.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
