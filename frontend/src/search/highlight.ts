/**
 * Highlight fragments come from the server HTML-escaped, with the matched words in `<mark>` tags.
 * Before one is rendered as HTML, everything is escaped again except well-formed character
 * references (so the server's `&amp;` still reads `&`) and exactly the tags `<mark>` and
 * `</mark>`, which are kept balanced (adjacent marks are merged). No other tag or attribute
 * can survive.
 */
const MARK = /(<mark>|<\/mark>)/;
const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      const entity = ENTITY.exec(text.slice(i));
      if (entity) {
        out += entity[0];
        i += entity[0].length - 1;
      } else out += '&amp;';
    } else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === "'") out += '&#39;';
    else out += c;
  }
  return out;
}

export function sanitizeHighlight(fragment: string): string {
  let open = false;
  let out = '';
  for (const part of fragment.split(MARK)) {
    if (part === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeText(part);
  }
  // Adjacent marks (`<mark>瑶</mark><mark>湖</mark>`) read as one match.
  return (open ? `${out}</mark>` : out).replace(/<\/mark><mark>/g, '');
}

/** Drops the list separators a fragment of linked names may start or end with. */
export function tidyFragment(fragment: string): string {
  return fragment.replace(/^[\s；;，,、]+/, '').replace(/[\s；;，,、]+$/, '');
}
