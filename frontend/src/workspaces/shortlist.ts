import { useCallback, useSyncExternalStore } from 'react';
import type { NodeKind } from '../shared/types';
import type { JourneySlug } from './journeys';

/**
 * The shortlist of one journey, kept in this browser (`localStorage['bb.shortlist.<journey>']`) until accounts exist.
 * It keeps what the workspace showed: a talent's name stays masked as the server masked it.
 */
export interface ShortlistEntry {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  /** The node the match was proposed for. */
  sourceId: string;
  sourceName: string;
  score: number;
  reasonZh: string;
  reasonEn: string;
  /** ISO-8601. */
  addedAt: string;
}

export const SHORTLIST_KEY_PREFIX = 'bb.shortlist.';
const CHANGED = 'bb-shortlist-changed';

export function shortlistKey(journey: JourneySlug): string {
  return `${SHORTLIST_KEY_PREFIX}${journey}`;
}

function isEntry(value: unknown): value is ShortlistEntry {
  const e = value as ShortlistEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.kind === 'string' &&
    typeof e.name === 'string' &&
    typeof e.sourceId === 'string'
  );
}

// The raw text read last per key, so that an unchanged list keeps its identity (useSyncExternalStore needs that).
const cache = new Map<string, { raw: string | null; entries: ShortlistEntry[] }>();

/** The stored list; anything unreadable (another version's format, a hand edit) counts as empty. */
export function readShortlist(journey: JourneySlug): ShortlistEntry[] {
  const key = shortlistKey(journey);
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    raw = null;
  }
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.entries;
  let entries: ShortlistEntry[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    entries = [];
  }
  cache.set(key, { raw, entries });
  return entries;
}

export function writeShortlist(journey: JourneySlug, entries: ShortlistEntry[]): void {
  try {
    if (entries.length === 0) localStorage.removeItem(shortlistKey(journey));
    else localStorage.setItem(shortlistKey(journey), JSON.stringify(entries));
  } catch {
    // storage full or unavailable: the list lasts for this page only
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  // `storage` comes from other tabs, CHANGED from this one.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The journey's shortlist, kept in step across components and tabs. */
export function useShortlist(journey: JourneySlug) {
  const entries = useSyncExternalStore(subscribe, () => readShortlist(journey));
  const has = useCallback((id: string) => entries.some((e) => e.id === id), [entries]);
  const add = useCallback(
    (entry: Omit<ShortlistEntry, 'addedAt'>) => {
      const current = readShortlist(journey);
      if (current.some((e) => e.id === entry.id)) return;
      writeShortlist(journey, [...current, { ...entry, addedAt: new Date().toISOString() }]);
    },
    [journey],
  );
  const remove = useCallback(
    (id: string) =>
      writeShortlist(
        journey,
        readShortlist(journey).filter((e) => e.id !== id),
      ),
    [journey],
  );
  const clear = useCallback(() => writeShortlist(journey, []), [journey]);
  return { entries, has, add, remove, clear };
}
