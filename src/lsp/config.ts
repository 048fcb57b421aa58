import { basename, dirname } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { CONFIG_FILE, findConfigFile, parseConfig } from '../config/load.js';
import type { RuleLevels } from '../config/severity.js';
import { readFileSync } from 'node:fs';

/** The config in force for one plan: its rule levels and language, or the config file's own errors. */
export interface DocumentConfig {
  levels: RuleLevels;
  lang: Lang;
  /** The jusou.config.yaml that applies, if any. */
  file?: string;
  /** Set when that file has errors: the plans are then checked with the defaults, as `check` would refuse to run. */
  errors?: Diagnostic[];
}

/**
 * Configs by folder, read once and kept until a config changes. A plan finds its config as `jusou check`
 * does (src/config/load.ts: walk up to the repository root); an open, unsaved jusou.config.yaml wins
 * over the file on disk, so the planner sees the effect of an edit before saving.
 */
export class ConfigCache {
  private byFile = new Map<string, Promise<DocumentConfig>>();
  private unsaved = new Map<string, string>();

  constructor(private readonly fallbackLang: () => Lang | undefined) {}

  static isConfigFile(file: string): boolean {
    return basename(file) === CONFIG_FILE;
  }

  /** Forgets every config read (a config was created, changed or deleted). */
  invalidate(): void {
    this.byFile.clear();
  }

  /** The editor's text of an open config file (undefined when it is closed: the file on disk counts). */
  setUnsaved(file: string, text: string | undefined): void {
    if (text === undefined) this.unsaved.delete(file);
    else this.unsaved.set(file, text);
    this.invalidate();
  }

  forPlan(planFile: string): Promise<DocumentConfig> {
    const file = findConfigFile(dirname(planFile));
    return file ? this.forConfig(file) : Promise.resolve({ levels: {}, lang: this.fallbackLang() ?? 'ja' });
  }

  forConfig(file: string): Promise<DocumentConfig> {
    let hit = this.byFile.get(file);
    if (!hit) {
      hit = this.read(file);
      this.byFile.set(file, hit);
    }
    return hit;
  }

  private async read(file: string): Promise<DocumentConfig> {
    const lang = this.fallbackLang();
    let text = this.unsaved.get(file);
    if (text === undefined) {
      try { text = readFileSync(file, 'utf8'); } catch { return { levels: {}, lang: lang ?? 'ja' }; }
    }
    const result = await parseConfig(file, text, lang ?? 'ja');
    if (!result.ok) return { levels: {}, lang: lang ?? 'ja', file, errors: result.diagnostics };
    return { levels: result.config.rules, lang: lang ?? result.config.lang, file };
  }
}
