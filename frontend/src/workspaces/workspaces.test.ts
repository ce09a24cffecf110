import { describe, expect, it } from 'vitest';
import { model } from '../test/fixtures';
import type { GraphModel } from '../shared/types';
import { describePath, drawnPath, parseStep } from './evidence';
import { journeysFor, matchable, readWeights, validWeights, workspacePath } from './journeys';
import type { MatchPath } from './queries';
import { readShortlist, shortlistKey, writeShortlist } from './shortlist';

const withFocus: GraphModel = {
  ...model,
  relationshipTypes: [
    ...model.relationshipTypes,
    {
      type: 'FOCUSES_ON',
      labelZh: '关注',
      labelEn: 'focuses on',
      from: ['INVESTOR'],
      to: ['TECHNOLOGY', 'SCENARIO'],
    },
    {
      type: 'BROADER',
      labelZh: '上位技术',
      labelEn: 'narrower than',
      from: ['TECHNOLOGY'],
      to: ['TECHNOLOGY'],
    },
  ],
};

const path: MatchPath = {
  factor: 'TECHNOLOGY',
  inferred: false,
  relationships: ['FOCUSES_ON', 'BROADER*2', '~SIBLING', 'DEVELOPS'],
  nodes: [
    { id: 'inv-1', kind: 'INVESTOR', name: '基金' },
    { id: 'tech-a', kind: 'TECHNOLOGY', name: 'A' },
    { id: 'tech-b', kind: 'TECHNOLOGY', name: 'B' },
    { id: 'tech-c', kind: 'TECHNOLOGY', name: 'C' },
    { id: 'ent-1', kind: 'ENTERPRISE', name: '企业' },
  ],
};

describe('evidence paths', () => {
  it('reads inferred and repeated steps', () => {
    expect(parseStep('~ADDRESSES')).toEqual({ type: 'ADDRESSES', inferred: true, times: 1 });
    expect(parseStep('BROADER*2')).toEqual({ type: 'BROADER', inferred: false, times: 2 });
  });

  it('gives each step its direction from the model, and labels to derived steps', () => {
    const drawn = drawnPath(path, withFocus);
    expect(
      drawn.relationships.map((r) => [r.fromId, r.type, r.toId, r.labelZh, r.inferred]),
    ).toEqual([
      ['inv-1', 'FOCUSES_ON', 'tech-a', '关注', false],
      ['tech-a', 'BROADER', 'tech-b', '上位技术 ×2', false],
      ['tech-b', 'SIBLING', 'tech-c', '同级技术', true],
      ['ent-1', 'DEVELOPS', 'tech-c', '研发', false],
    ]);
    expect(describePath(drawn, 'zh')).toBe(
      '基金 —关注→ A —上位技术 ×2→ B —~同级技术→ C ←研发— 企业',
    );
    expect(describePath(drawn, 'en')).toBe(
      '基金 —focuses on→ A —narrower than ×2→ B —~sibling of→ C ←develops— 企业',
    );
  });

  it('keeps an unknown step readable', () => {
    const drawn = drawnPath(
      { ...path, relationships: ['SOMETHING_NEW', 'BROADER', 'BROADER', 'DEVELOPS'] },
      undefined,
    );
    expect(drawn.relationships[0]).toMatchObject({
      fromId: 'inv-1',
      toId: 'tech-a',
      labelZh: 'SOMETHING_NEW',
      labelEn: 'something new',
    });
  });
});

describe('workspace links', () => {
  it('writes and reads weights in the URL, all seven or none', () => {
    const weights = {
      technology: 3,
      scenario: 2,
      chain: 1.5,
      profile: 2,
      text: 2,
      graph: 1,
      policy: 0.5,
    };
    const url = workspacePath('investor', 'inv-ill-0003', weights);
    expect(url).toBe(
      '/match/investor/inv-ill-0003?technology=3&scenario=2&chain=1.5&profile=2&text=2&graph=1&policy=0.5',
    );
    expect(readWeights(new URL(url, 'http://x').searchParams)).toEqual(weights);
    expect(readWeights(new URLSearchParams(''))).toBeNull();
    // a factor left out counts 0; out of range or all zero is no valid set
    expect(readWeights(new URLSearchParams('text=5'))).toMatchObject({ text: 5, technology: 0 });
    expect(readWeights(new URLSearchParams('text=500'))).toBeNull();
    expect(readWeights(new URLSearchParams('text=0'))).toBeNull();
    expect(readWeights(new URLSearchParams('text=abc'))).toBeNull();
    expect(validWeights({ ...weights, graph: -1 })).toBe(false);
    expect(workspacePath('similar')).toBe('/match/similar');
  });

  it('knows which journeys an actor starts and whether a talent may be matched', () => {
    expect(journeysFor('INSTITUTION').map((j) => j.slug)).toEqual(['partner', 'similar']);
    expect(journeysFor('PROJECT').map((j) => j.slug)).toEqual(['similar']);
    expect(journeysFor('TECHNOLOGY')).toEqual([]);
    const talent = (consent: string, optedOut: string) => ({
      kind: 'TALENT',
      properties: [
        { key: 'consentToMatch', values: [consent] },
        { key: 'optedOut', values: [optedOut] },
      ],
    });
    expect(matchable(talent('true', 'false'))).toBe(true);
    expect(matchable(talent('false', 'false'))).toBe(false);
    expect(matchable(talent('true', 'true'))).toBe(false);
    expect(matchable({ kind: 'TALENT', properties: [] })).toBe(false);
    expect(matchable({ kind: 'ENTERPRISE', properties: [] })).toBe(true);
  });
});

describe('shortlist storage', () => {
  const entry = {
    id: 'ent-1',
    kind: 'ENTERPRISE' as const,
    name: '企业',
    sourceId: 'inv-1',
    sourceName: '基金',
    score: 0.5,
    reasonZh: '理由',
    reasonEn: 'why',
    addedAt: '2026-11-29T00:00:00Z',
  };

  it('keeps one list per journey', () => {
    writeShortlist('investor', [entry]);
    expect(readShortlist('investor')).toEqual([entry]);
    expect(readShortlist('similar')).toEqual([]);
    expect(readShortlist('investor')).toBe(readShortlist('investor'));
    writeShortlist('investor', []);
    expect(localStorage.getItem(shortlistKey('investor'))).toBeNull();
  });

  it('treats what it cannot read as empty', () => {
    localStorage.setItem(shortlistKey('partner'), '{not json');
    expect(readShortlist('partner')).toEqual([]);
    localStorage.setItem(shortlistKey('partner'), JSON.stringify([{ id: 1 }, entry]));
    expect(readShortlist('partner')).toEqual([entry]);
  });
});
