// Zipf-distributed picks: the item of popularity rank k (from 1) comes up in proportion to 1/k^s, as a few
// ministers get most of the queries about who said what. s = 1 over 20,000 speakers: the first 100 take about
// half of all requests.

/** A function returning an index in [0, count) drawn by Zipf's law with exponent `s`; `random` in [0, 1). */
export function zipfIndex(count: number, s = 1, random: () => number = Math.random): () => number {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let k = 0; k < count; k++) cumulative[k] = sum += 1 / (k + 1) ** s;
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
