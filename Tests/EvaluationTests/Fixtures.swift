import Foundation
import Testing

/// Helpers shared by the Evaluation tests.
enum Fixtures {
    static func data(_ name: String) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else {
            Issue.record("missing fixture \(name)")
            return Data()
        }
        return data
    }

    /// Each line of a JSON-lines fixture, decoded.
    static func jsonLines<T: Decodable>(_ name: String, as type: T.Type) -> [T] {
        let text = String(decoding: data(name), as: UTF8.self)
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { line in
            do {
                return try decoder.decode(T.self, from: Data(line.utf8))
            } catch {
                Issue.record("\(name): cannot decode line: \(error)")
                return nil
            }
        }
    }
}
