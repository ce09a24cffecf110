import type { FilterOptions } from './queries';

export const HOME_PROVINCE = 'region-360000';

export interface RegionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/**
 * Region filter options: the cities grouped by province (Jiangxi first, with the whole province as its
 * first option), then the functional zones.
 */
export function regionGroups(
  data: Pick<FilterOptions, 'regions' | 'zones'> | undefined,
  pick: (zh: string, en?: string | null) => string,
  zonesLabel: string,
): RegionGroup[] {
  if (!data) return [];
  const groups = new Map<string, RegionGroup>();
  for (const city of data.regions.nodes) {
    const parent = city.parent ?? { id: '', name: '—', nameEn: '—' };
    let group = groups.get(parent.id);
    if (!group) {
      group = { label: pick(parent.name, parent.nameEn), options: [] };
      if (parent.id === HOME_PROVINCE) {
        group.options.push({ value: parent.id, label: pick(parent.name, parent.nameEn) });
      }
      groups.set(parent.id, group);
    }
    group.options.push({ value: city.id, label: pick(city.name, city.nameEn) });
  }
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => (a === HOME_PROVINCE ? -1 : b === HOME_PROVINCE ? 1 : a.localeCompare(b)))
    .map(([, g]) => g);
  if (data.zones.nodes.length > 0) {
    ordered.push({
      label: zonesLabel,
      options: data.zones.nodes.map((z) => ({ value: z.id, label: pick(z.name, z.nameEn) })),
    });
  }
  return ordered;
}
