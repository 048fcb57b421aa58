/** Message language. Japanese first; English with --lang en. */
export type Lang = 'ja' | 'en';

export type Messages = Record<Lang, Record<string, string>>;

/** Fills {name} placeholders. Unknown placeholders stay visible so a missing parameter is noticed. */
export function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+|[^{}\s]+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function pick(messages: Messages, lang: Lang, id: string, params?: Record<string, unknown>): string {
  const template = messages[lang][id] ?? messages.ja[id];
  if (template === undefined) throw new Error(`missing message ${id}`);
  return fill(template, params);
}

export function parseLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'ja';
}
