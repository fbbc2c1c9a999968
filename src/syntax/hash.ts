// Feature hashing: a feature is a template id mixed with a few small integers (word hashes, tag ids),
// so extraction never builds strings. Murmur3's mixing steps spread nearby inputs over the table.

/** FNV-1a over text.slice(start, end), without allocating the slice. */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h ^= x;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function feature1(template: number, a: number): number {
  return finish(mix(template, a));
}

export function feature2(template: number, a: number, b: number): number {
  return finish(mix(mix(template, a), b));
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(template, a), b), c));
}

export function feature4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(template, a), b), c), d));
}
