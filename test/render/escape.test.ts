import { describe, expect, it } from 'vitest';
import { cssString, markdownCell, markdownInline } from '../../src/render/escape.js';
import { assignOutputNames, outputName, outputPath } from '../../src/render/outputs.js';
import { parseFormats } from '../../src/render/index.js';

describe('markdownInline', () => {
  it('turns HTML into text', () => {
    expect(markdownInline('<script>window.__pwned=1</script>')).toBe('&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;');
    expect(markdownInline('A & B "x"')).toBe('A &amp; B &quot;x&quot;');
  });

  it('escapes Markdown punctuation so plan text never becomes emphasis, links or code', () => {
    expect(markdownInline('*強調* _x_ [link](u) `code` ~~del~~ a|b {{constructor}}')).toBe(
      '\\*強調\\* \\_x\\_ \\[link\\]\\(u\\) \\`code\\` \\~\\~del\\~\\~ a\\|b \\{\\{constructor\\}\\}',
    );
  });

  it('keeps a sentence from turning into a heading, a list, a rule or a code block', () => {
    expect(markdownInline('# 見出し')).toBe('\\# 見出し');
    expect(markdownInline('- 項目')).toBe('\\- 項目');
    expect(markdownInline('1. 項目')).toBe('1\\. 項目');
    expect(markdownInline('===')).toBe('\\===');
    expect(markdownInline('    字下げ')).toBe('字下げ');
  });

  it('keeps the plan\'s line breaks as hard breaks', () => {
    expect(markdownInline('一行目\n二行目')).toBe('一行目  \n二行目');
  });
});

describe('markdownCell', () => {
  it('keeps a table row on one line and escapes the column separator', () => {
    expect(markdownCell('a|b\nc')).toBe('a\\|b<br>c');
  });
});

describe('cssString', () => {
  it('cannot end the string, the rule or the style element', () => {
    const s = cssString('計画"; } </style><script>x</script>');
    expect(s).toMatch(/^"[A-Za-z0-9\\ ]*"$/);
    expect(s).not.toContain('<');
    expect(s.slice(1, -1)).not.toContain('"');
  });

  it('spells every character as a code point a browser reads back', () => {
    expect(cssString('計a')).toBe('"\\8a08 a"');
  });
});

describe('output names', () => {
  it('come from the basename only, reduced to safe characters', () => {
    expect(outputName('plans/komaki.yaml')).toBe('komaki');
    expect(outputName('../../etc/passwd.yaml')).toBe('passwd');
    expect(outputName('plans/小牧 市 (案).yml')).toBe('小牧-市-案');
    expect(outputName('plans/..yaml')).toBe('plan');
    expect(outputName('plans/.hidden.yaml')).toBe('hidden');
  });

  it('are unique per batch and never "index"', () => {
    const names = assignOutputNames(['a/komaki.yaml', 'b/komaki.yaml', 'c/Komaki.yml', 'index.yaml']);
    expect([...names.values()]).toEqual(['komaki', 'komaki-2', 'Komaki-3', 'index-2']);
  });

  it('refuse a path that would leave the output directory', () => {
    expect(outputPath('/tmp/out', 'komaki', 'komaki.html')).toBe('/tmp/out/komaki/komaki.html');
    expect(() => outputPath('/tmp/out', '..', 'x.html')).toThrow();
    expect(() => outputPath('/tmp/out', '/etc/passwd')).toThrow();
  });
});

describe('parseFormats', () => {
  it('reads a comma list in a fixed order and names an unknown format', () => {
    expect(parseFormats('pdf, html')).toEqual({ formats: ['html', 'pdf'], unknown: undefined });
    expect(parseFormats('html,docx').unknown).toBe('docx');
  });
});
