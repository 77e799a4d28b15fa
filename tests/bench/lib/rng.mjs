// A small seeded pseudo-random generator, so that a corpus generated from the same seed is the
// same, byte for byte, on every machine and every Node version.

/** FNV-1a over the UTF-16 code units of `text`: turns a seed string into 32 bits. */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from a string. */
export class Rng {
  constructor(seed) {
    const s = String(seed);
    this.a = hash32(`a:${s}`);
    this.b = hash32(`b:${s}`);
    this.c = hash32(`c:${s}`);
    this.d = 1;
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** The next 32-bit unsigned integer. */
  u32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  float() {
    return this.u32() / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo, hi) {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p) {
    return this.float() < p;
  }

  /** A uniformly chosen element. */
  pick(items) {
    return items[Math.floor(this.float() * items.length)];
  }
}

/**
 * Draws items with a Zipf-like distribution: the item of rank r (from 0) has weight
 * 1 / (r + q)^s. Sampling is a binary search in the cumulative weights.
 */
export class Zipf {
  constructor(items, { s = 1.0, q = 2.7 } = {}) {
    if (items.length === 0) throw new Error("Zipf needs at least one item");
    this.items = items;
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let r = 0; r < items.length; r++) {
      total += 1 / Math.pow(r + q, s);
      this.cumulative[r] = total;
    }
    this.total = total;
  }

  draw(rng) {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}
