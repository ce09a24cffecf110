import { describe, expect, it } from 'vitest';
import { sanitizeHighlight, tidyFragment } from './highlight';
import {
  activeFilterCount,
  filterFromParams,
  searchPath,
  searchVariables,
  toggleFacet,
  withoutFilters,
} from './params';

describe('highlight sanitizer', () => {
  it('keeps exactly <mark> and </mark> and the server escaping', () => {
    expect(sanitizeHighlight('<mark>南昌</mark>康复 &amp; 脑电 &lt;b&gt;')).toBe(
      '<mark>南昌</mark>康复 &amp; 脑电 &lt;b&gt;',
    );
  });

  it('escapes every other tag, attribute and quote', () => {
    expect(sanitizeHighlight('<script>alert(1)</script><mark>a</mark>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;<mark>a</mark>',
    );
    expect(sanitizeHighlight('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(sanitizeHighlight('<mark onclick="x">a</mark>')).toBe(
      '&lt;mark onclick=&quot;x&quot;&gt;a',
    );
    expect(sanitizeHighlight('<MARK>a</MARK> <mark >b')).toBe(
      '&lt;MARK&gt;a&lt;/MARK&gt; &lt;mark &gt;b',
    );
    expect(sanitizeHighlight("it's")).toBe('it&#39;s');
  });

  it('escapes bare ampersands but keeps well-formed character references', () => {
    expect(sanitizeHighlight('A & B &#39; &#x4e2d; &nbsp; &bogus')).toBe(
      'A &amp; B &#39; &#x4e2d; &nbsp; &amp;bogus',
    );
  });

  it('balances the marks and merges adjacent ones', () => {
    expect(sanitizeHighlight('a</mark>b<mark>c<mark>d')).toBe('ab<mark>cd</mark>');
    expect(sanitizeHighlight('<mark>瑶</mark><mark>湖</mark>医大')).toBe('<mark>瑶湖</mark>医大');
  });

  it('drops separators at the ends of a fragment', () => {
    expect(tidyFragment('；江城<mark>神桥</mark>；Nanchang；')).toBe(
      '江城<mark>神桥</mark>；Nanchang',
    );
  });

  it('leaves no tag but mark when parsed', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizeHighlight(
      '<mark>x</mark><svg onload=alert(1)><iframe src="javascript:1"></iframe><mark>y</mark>',
    );
    expect([...div.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['MARK', 'MARK']);
    expect(div.textContent).toBe('x<svg onload=alert(1)><iframe src="javascript:1"></iframe>y');
  });
});

describe('search parameters', () => {
  it('builds the SearchFilter from repeatable URL parameters', () => {
    const params = new URLSearchParams(
      'q=%20南昌%20康复%20&kind=ENTERPRISE&kind=TALENT&kind=SPACESHIP&kind=ENTERPRISE&region=region-360100' +
        '&technology=tech-eeg&segment=chain-up&stage=seed&qualification=high_tech&deviceClass=class_ii&stage=',
    );
    expect(searchVariables(params)).toEqual({
      query: '南昌 康复',
      filter: {
        kinds: ['ENTERPRISE', 'TALENT'],
        regionIds: ['region-360100'],
        technologyIds: ['tech-eeg'],
        chainSegmentIds: ['chain-up'],
        stages: ['seed'],
        qualifications: ['high_tech'],
        deviceClasses: ['class_ii'],
      },
      first: 20,
      after: null,
    });
    expect(filterFromParams(new URLSearchParams('q=x'))).toEqual({});
    expect(searchVariables(new URLSearchParams('q=x'), 'c2', 5)).toMatchObject({
      after: 'c2',
      first: 5,
    });
    expect(activeFilterCount(params)).toBe(8);
  });

  it('toggles facet values and clears filters, keeping the query', () => {
    const p = toggleFacet(new URLSearchParams('q=脑电&kind=ENTERPRISE'), 'kind', 'TALENT');
    expect(p.getAll('kind')).toEqual(['ENTERPRISE', 'TALENT']);
    const q = toggleFacet(p, 'kind', 'ENTERPRISE');
    expect(q.getAll('kind')).toEqual(['TALENT']);
    expect(toggleFacet(q, 'kind', 'TALENT').has('kind')).toBe(false);
    const r = toggleFacet(q, 'region', 'region-360100');
    expect(withoutFilters(r).toString()).toBe(new URLSearchParams('q=脑电').toString());
    expect(searchPath('南昌 康复')).toBe('/search?q=%E5%8D%97%E6%98%8C+%E5%BA%B7%E5%A4%8D');
  });
});
