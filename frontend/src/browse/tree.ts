export interface TreeItem {
  id: string;
  label: string;
  parentIds: string[];
}

export interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

/**
 * A tree-select forest from items with parent links (a node with several parents appears under each;
 * one whose parents are all unknown becomes a root). Cycles are cut.
 */
export function buildTree(items: TreeItem[]): TreeOption[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const children = new Map<string, TreeItem[]>();
  const roots: TreeItem[] = [];
  for (const item of items) {
    const parents = item.parentIds.filter((p) => byId.has(p) && p !== item.id);
    if (parents.length === 0) roots.push(item);
    for (const p of parents) children.set(p, [...(children.get(p) ?? []), item]);
  }
  const seenValues = new Set<string>();
  const build = (item: TreeItem, path: Set<string>): TreeOption => {
    const next = new Set(path).add(item.id);
    // TreeSelect needs unique values: repeated appearances get a suffixed value that maps back.
    let value = item.id;
    for (let n = 2; seenValues.has(value); n++) value = `${item.id}#${n}`;
    seenValues.add(value);
    return {
      value,
      title: item.label,
      children: (children.get(item.id) ?? [])
        .filter((c) => !next.has(c.id))
        .map((c) => build(c, next)),
    };
  };
  return roots.map((r) => build(r, new Set()));
}

/** The node id a tree value stands for (see the suffix in `buildTree`). */
export function treeValueId(value: string | undefined): string | undefined {
  return value?.split('#')[0];
}
