import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '../shared/i18n';

// Pages load lazily: the first render of a test file waits for their modules to compile.
configure({ asyncUtilTimeout: 10000 });

// jsdom lacks these browser APIs that antd relies on.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('min-width') && !query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
const original = window.getComputedStyle;
window.getComputedStyle = (elt: Element, pseudo?: string | null) =>
  original(elt, pseudo ? undefined : pseudo);

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await i18n.changeLanguage('zh');
});
