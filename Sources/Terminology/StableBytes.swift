/// Bytes that stay at one address for as long as this object lives: a copy it owns, or memory
/// (a mapped file) that it gives back with `release` when it goes.
public final class StableBytes: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    /// A copy of `bytes`, owned.
    public convenience init(copying bytes: UnsafeRawBufferPointer) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let base = bytes.baseAddress, bytes.count > 0 { copy.baseAddress?.copyMemory(from: base, byteCount: bytes.count) }
        // The copy is given back through the bytes the object hands over: they start where it does.
        self.init(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[..<bytes.count])) { bytes in
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }

    /// `bytes`, which `release` gives back (unmaps) once nothing holds them.
    public init(_ bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
    }

    deinit { release(bytes) }
}
