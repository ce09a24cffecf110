import type { Lang } from '../shared/i18n';
import type { DrawnPath, DrawnRelationship } from '../shared/graph/PathGraph';
import type { GraphModel } from '../shared/types';
import type { MatchPath } from './queries';

/** Steps matching infers rather than reads (`~SIBLING` …) and the reverse of a stored one (`NARROWER`). */
const DERIVED_LABELS: Record<string, { zh: string; en: string }> = {
  NARROWER: { zh: '下位技术', en: 'broader than' },
  SIBLING: { zh: '同级技术', en: 'sibling of' },
  SAME_DOMAIN: { zh: '同一领域', en: 'same domain as' },
  UPSTREAM_OF: { zh: '上游于', en: 'upstream of' },
  DOWNSTREAM_OF: { zh: '下游于', en: 'downstream of' },
  SAME_TIER: { zh: '同一链位', en: 'same tier as' },
  RELATED: { zh: '相关', en: 'related to' },
};

/** `~BROADER*2` → inferred, type `BROADER`, two steps. */
export function parseStep(step: string): { type: string; inferred: boolean; times: number } {
  const inferred = step.startsWith('~');
  const [type, times] = (inferred ? step.slice(1) : step).split('*');
  const n = Number(times);
  return { type, inferred, times: Number.isInteger(n) && n > 1 ? n : 1 };
}

/**
 * One evidence path as the path graph draws it. The API gives the relationship types along the path without their
 * direction; the model's endpoint kinds give it back (an investor FOCUSES_ON a technology whichever way the path
 * runs). `NARROWER` is BROADER read backwards; a step between two nodes of one kind runs along the path.
 */
export function drawnPath(path: MatchPath, model: GraphModel | undefined, index = 0): DrawnPath {
  const relationships: DrawnRelationship[] = path.relationships.map((step, i) => {
    const a = path.nodes[i];
    const b = path.nodes[i + 1];
    const { type, inferred, times } = parseStep(step);
    const suffix = times > 1 ? ` ×${times}` : '';
    if (type === 'NARROWER') {
      const broader = model?.relationshipTypes.find((r) => r.type === 'BROADER');
      return {
        type: 'BROADER',
        labelZh: (broader?.labelZh ?? '上位技术') + suffix,
        labelEn: (broader?.labelEn ?? 'narrower than') + suffix,
        fromId: b.id,
        toId: a.id,
        inferred,
      };
    }
    const stored = model?.relationshipTypes.find((r) => r.type === type);
    const derived = DERIVED_LABELS[type];
    const backwards =
      stored !== undefined &&
      a.kind !== b.kind &&
      !(stored.from.includes(a.kind) && stored.to.includes(b.kind)) &&
      stored.from.includes(b.kind) &&
      stored.to.includes(a.kind);
    return {
      type,
      labelZh: (stored?.labelZh ?? derived?.zh ?? type) + suffix,
      labelEn: (stored?.labelEn ?? derived?.en ?? type.toLowerCase().replace(/_/g, ' ')) + suffix,
      fromId: backwards ? b.id : a.id,
      toId: backwards ? a.id : b.id,
      inferred,
    };
  });
  return {
    id: `${index}:${path.factor}:${path.nodes.map((n) => n.id).join('>')}`,
    nodes: path.nodes,
    relationships,
  };
}

/** The path in one line, arrows in graph direction: `A —关注→ B ←研发— C`; inferred steps marked `~`. */
export function describePath(path: DrawnPath, lang: Lang): string {
  const name = (n: DrawnPath['nodes'][number]) => (lang === 'en' && n.nameEn ? n.nameEn : n.name);
  const parts: string[] = [path.nodes[0] ? name(path.nodes[0]) : ''];
  path.relationships.forEach((r, i) => {
    const label = `${r.inferred ? '~' : ''}${lang === 'en' ? r.labelEn : r.labelZh}`;
    const forward = r.fromId === path.nodes[i].id;
    parts.push(forward ? `—${label}→` : `←${label}—`);
    parts.push(name(path.nodes[i + 1]));
  });
  return parts.join(' ');
}
