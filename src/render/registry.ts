import type { Plan } from '../plan.js';
import type { LinkView } from './view.js';
import { AnchorBook, list, record, text } from './values.js';

interface Entry { anchor: string; name: string }

/**
 * Anchors for every 事業, 取組 and 会議, handed out before anything is rendered so that a link may
 * point forward (a chapter naming a 会議 that is shown later, the 対応表 pointing back at a 取組).
 */
export class Registry {
  readonly book = new AnchorBook();
  private readonly byObject = new Map<object, Entry>();
  private readonly businesses = new Map<string, Entry>();
  private readonly meetings = new Map<string, Entry>();
  private readonly businessObjects = new Map<string, object>();
  private readonly meetingObjects = new Map<string, object>();
  private readonly shown = new Set<object>();

  /** `notes`: show the transcription notes (号の推定・号の表記・号の注記, 記載なし) for reviewers (`render --notes`). */
  constructor(plan: Plan, readonly notes = false) {
    this.addBusinesses(plan.事業, 'j', '');
    list(plan.会議).forEach((m, i) => {
      const r = record(m);
      const id = text(r.ID);
      const entry = { anchor: this.book.take('k', id ?? String(i + 1)), name: text(r.名称) ?? id ?? '' };
      this.byObject.set(r, entry);
      if (id !== undefined && !this.meetings.has(id)) { this.meetings.set(id, entry); this.meetingObjects.set(id, r); }
    });
  }

  private addBusinesses(v: unknown, prefix: string, parentKey: string): void {
    list(v).forEach((b, i) => {
      const r = record(b);
      const id = text(r.ID);
      const key = id ?? `${parentKey}${parentKey ? '-' : ''}${i + 1}`;
      const entry = { anchor: this.book.take(prefix, key), name: text(r.名称) ?? id ?? '' };
      this.byObject.set(r, entry);
      if (id !== undefined && !this.businesses.has(id)) { this.businesses.set(id, entry); this.businessObjects.set(id, r); }
      this.addBusinesses(r.取組, prefix, key);
    });
  }

  anchorOf(obj: object): string {
    return this.byObject.get(obj)?.anchor ?? '';
  }

  /** True the first time: a 事業 or 会議 is shown in full once and referred to (再掲) everywhere else. */
  claim(obj: object): boolean {
    if (this.shown.has(obj)) return false;
    this.shown.add(obj);
    return true;
  }

  isShown(obj: object): boolean {
    return this.shown.has(obj);
  }

  businessObject(id: string): object | undefined {
    return this.businessObjects.get(id);
  }

  meetingObject(id: string): object | undefined {
    return this.meetingObjects.get(id);
  }

  businessLink(id: unknown): LinkView {
    return this.link(this.businesses, id);
  }

  meetingLink(id: unknown): LinkView {
    return this.link(this.meetings, id);
  }

  /** An ID that names nothing is shown as written and marked, never dropped (only reachable with --force). */
  private link(map: Map<string, Entry>, id: unknown): LinkView {
    const key = text(id) ?? '';
    const entry = map.get(key);
    return entry ? { text: entry.name, href: `#${entry.anchor}` } : { text: key, href: '', missing: true };
  }
}
