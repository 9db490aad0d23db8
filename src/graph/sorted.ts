/** The first index of a sorted array whose item is not less than `value` (binary search). */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Two strings in code-unit order (as `<` compares them), for `sort`: negative, zero or positive.
 * `localeCompare` would order by the locale, and differently from one machine to the next.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records by their `id`, in code-unit order (relations' keys, sources' keys). */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareText(a.id, b.id);
}
