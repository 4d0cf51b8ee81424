/**
 * The package's entries as a Map, with the worksheet parts inflated only when someone asks for them: the reader
 * parses a sheet straight from a one-off inflation and lets it go, so a 1,048,576-row sheet's XML is never held
 * beside its grid. Anything that reads the map (the writer copying parts) sees every entry, inflated on demand.
 */
export class LazyEntries extends Map<string, Uint8Array> {
  private readonly pending: Set<string>;

  constructor(
    eager: Map<string, Uint8Array>,
    lazy: Iterable<string>,
    private readonly inflate: (name: string) => Uint8Array,
  ) {
    super(eager);
    this.pending = new Set(lazy);
    for (const name of this.pending) if (super.has(name)) this.pending.delete(name);
  }

  /** The bytes of an entry if they are already inflated (nothing is inflated here). */
  kept(name: string): Uint8Array | undefined {
    return super.get(name);
  }

  /** Whether the entry exists but is not inflated yet: the reader streams it instead. */
  isPending(name: string): boolean {
    return this.pending.has(name);
  }

  override get(name: string): Uint8Array | undefined {
    if (this.pending.has(name)) {
      this.pending.delete(name);
      super.set(name, this.inflate(name));
    }
    return super.get(name);
  }

  override has(name: string): boolean {
    return this.pending.has(name) || super.has(name);
  }

  override get size(): number {
    return super.size + this.pending.size;
  }

  override delete(name: string): boolean {
    const was = this.pending.delete(name);
    return super.delete(name) || was;
  }

  private materialise(): void {
    for (const name of [...this.pending]) this.get(name);
  }

  override keys(): MapIterator<string> {
    this.materialise();
    return super.keys();
  }

  override values(): MapIterator<Uint8Array> {
    this.materialise();
    return super.values();
  }

  override entries(): MapIterator<[string, Uint8Array]> {
    this.materialise();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }

  override forEach(
    fn: (value: Uint8Array, key: string, map: Map<string, Uint8Array>) => void,
    thisArg?: unknown,
  ): void {
    this.materialise();
    super.forEach(fn, thisArg);
  }
}
