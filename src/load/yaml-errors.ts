import type { YAMLError } from 'yaml';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { lineIndexAt, type Line } from './lines.js';
import { loadMessages } from './messages.js';
import type { RawFinding } from './parse.js';
import { explainError, finding } from './slips.js';

const QUOTES = ['"', "'"];

/** yaml's own English words are for developers: shown with --lang en or JUSOU_DEBUG=1, never in a Japanese message. */
function yamlWords(lang: Lang): boolean {
  return lang === 'en' || process.env.JUSOU_DEBUG === '1';
}

/** A duplicate key, in Japanese: it is reported, but the data (the later value wins) is still checked. */
export function duplicateKey(err: YAMLError, text: string, lang: Lang): RawFinding {
  const [start, end] = err.pos;
  const key = text.slice(start).split(/:(?:\s|$)|\n/)[0].trim();
  return { ...finding('duplicate-key', start, end, lang, { key }) };
}

/** One syntax error, as a planner's slip where one fits (slips.ts), else in the loader's own words. */
export function syntaxFinding(err: YAMLError, text: string, lines: readonly Line[], lang: Lang): RawFinding {
  const explained = explainError(err, lines, lang);
  if (explained) return withDetail(explained, err, lang);
  const [start, end] = err.pos;
  const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return finding('tab-indent', start, end, lang, {});
    case 'MULTIPLE_DOCS':
      return finding('multiple-documents', start, end, lang, {});
    case 'BAD_INDENT':
      return withDetail(finding('bad-indent', start, end, lang, {}), err, lang);
    case 'MISSING_CHAR': {
      const quote = QUOTES.find((q) => detail.includes(`closing ${q}`));
      if (quote) return unterminatedQuote(text, lines, start, quote, lang);
      break;
    }
  }
  // A Japanese explanation for the errors planners meet; a generic one for the rest.
  const id = loadMessages.ja[`yaml-syntax.${err.code}`] ? `yaml-syntax.${err.code}` : 'yaml-syntax.other';
  return withDetail(finding('yaml-syntax', start, end, lang, { detail: pick(loadMessages, lang, id) }), err, lang);
}

function unterminatedQuote(text: string, lines: readonly Line[], at: number, quote: string, lang: Lang): RawFinding {
  const open = text.lastIndexOf(quote, at - 1);
  const pos = open >= 0 ? open : at;
  const line = lineIndexAt(lines, pos);
  return finding('unterminated-quote', pos, pos + 1, lang, { quote, line: line + 1, column: pos - lines[line].start + 1 });
}

/** Adds yaml's wording as a second note line where yaml's words are wanted. */
function withDetail(f: RawFinding, err: YAMLError, lang: Lang): RawFinding {
  if (!yamlWords(lang)) return f;
  const detail = pick(loadMessages, lang, 'yaml-syntax.detail', { detail: err.message.split('\n')[0] });
  return { ...f, note: f.note ? `${f.note}\n${detail}` : detail };
}
