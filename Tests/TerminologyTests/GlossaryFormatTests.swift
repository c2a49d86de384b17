import Terminology
import Testing

@Suite struct GlossaryFormatTests {
    @Test(arguments: [
        ("tsv", GlossaryFormat.tsv), ("TAB", .tsv), (".txt", .tsv), ("csv", .csv), (".CSV", .csv),
        ("tbx", .tbx), ("TBX", .tbx), ("xml", .tbx), (".xml", .tbx),
    ])
    func recognisesPathExtensionsIgnoringCase(pathExtension: String, format: GlossaryFormat) {
        #expect(GlossaryFormat(pathExtension: pathExtension) == format)
    }

    @Test func rejectsOtherExtensions() {
        #expect(GlossaryFormat(pathExtension: "docx") == nil)
        #expect(GlossaryFormat(pathExtension: "") == nil)
        #expect(GlossaryFormat(pathExtension: "tsv.gz") == nil)
    }

    @Test func errorDescriptionIsLineThenMessage() {
        let error = GlossaryFormatError(line: 14, message: "empty arabic term for \"Mosul\"")
        #expect(error.description == "14: empty arabic term for \"Mosul\"")
    }
}
