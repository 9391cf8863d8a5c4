// A small seeded PRNG (sfc32, from Chris Doty-Humphrey's PractRand suite) with the few helpers the
// generator needs. Nothing here reads the clock or Math.random, so a seed fixes every draw.

/** FNV-1a over the text: turns a seed and a stream name into 32-bit state words. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Independent streams of one seed: `new Rng(seed, 'people')`, `new Rng(seed, 'events')`, … */
  constructor(seed: string | number, stream: string) {
    const key = `${seed}\u0000${stream}`;
    this.a = fnv1a(`a${key}`);
    this.b = fnv1a(`b${key}`);
    this.c = fnv1a(`c${key}`);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    // sfc32
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pareto-distributed, ≥ 1: most draws near 1, a few very large (smaller alpha, longer tail). */
  pareto(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha);
  }

  /** A long-tailed count ≥ 1, e.g. how often an article mentions someone. */
  tail(base: number, alpha: number, cap: number): number {
    return Math.max(1, Math.min(cap, Math.floor(base * this.pareto(alpha))));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** `count` distinct items (fewer when there are not enough). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, count);
  }
}

/** Draws items with probability proportional to their weights (binary search over running sums). */
export class WeightedPicker<T> {
  private readonly sums: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    this.sums = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, index) => {
      total += Math.max(0, weight(item, index));
      this.sums[index] = total;
    });
    if (!(total > 0)) throw new Error('WeightedPicker needs at least one positive weight');
    this.total = total;
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let low = 0;
    let high = this.sums.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sums[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}
