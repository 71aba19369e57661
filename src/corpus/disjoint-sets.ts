// Disjoint sets (union-find) over the numbers 0 to size − 1, with path compression. `union` makes the least
// member the root; `attach` puts one root under another the caller chooses (say, the larger set's).

export function disjointSets(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  /** Puts the set rooted at `child` under the root `root` (both must be roots). */
  const attach = (child: number, root: number) => {
    if (child !== root) parent[child] = root;
  };
  return { find, union, attach };
}
