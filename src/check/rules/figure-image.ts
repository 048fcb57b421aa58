import { relative } from 'node:path';
import { extensionKind, isPlanRelative, MAX_IMAGE_BYTES, resolveImage, type ImageKind } from '../../load/image.js';
import { walkFigures } from '../../plan.js';
import type { Rule } from '../rule.js';

const KIND_NAME: Record<ImageKind, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export const figureImage: Rule = {
  id: 'figure-image',
  severity: 'error',
  description: { ja: '図の画像（画像）は、計画ファイルからの相対パスにある 5 MiB 以下の PNG・JPEG・SVG である', en: 'A figure image (画像) is a PNG, JPEG or SVG of at most 5 MiB at a path relative to the plan file' },
  docs: {
    ja: '図の「画像」に書いたファイルは、HTML には埋め込まれ（HTML は 1 ファイルで開けます）、PDF には段の幅で印刷され、Markdown には隣にコピーされます。画像がないと、印刷物から体制図などが黙って抜け落ちます。このルールは、画像のパスが計画ファイルのあるフォルダからの相対パスであること（URL や絶対パスは、ほかの人の環境や公開先で開けません）、ファイルがあって読めること、中身が PNG・JPEG・SVG のいずれかで拡張子と一致すること（拡張子ではなくファイルの先頭の内容で判定します）、SVG が XML として読めること、大きさが 5 MiB 以下であることを確かめます。SVG のスクリプト・イベント属性（onload など）・外部参照（外部の画像や CSS）は収録時に取り除くため、含まれていれば警告します。標準入力から読んだ計画（--stdin-filename なし）はフォルダがわからないため、パスの書き方と拡張子だけを確かめます。',
    en: 'The file named by a figure\'s 画像 is embedded in the HTML (which stays one self-contained file), printed at column width in the PDF and copied beside the Markdown. Without it a 体制図 silently drops out of the printed plan. The rule checks that the path is relative to the plan file\'s folder (a URL or an absolute path does not open elsewhere), that the file exists and can be read, that its content (by its first bytes, not its extension) is PNG, JPEG or SVG and agrees with the extension, that an SVG is well-formed XML, and that it is at most 5 MiB. Scripts, event attributes (onload…) and external references (remote images, CSS) are removed from an SVG when it is included, so the rule warns of any it finds. A plan read from standard input without --stdin-filename has no folder, so only the path\'s form and extension are checked.',
  },
  messages: {
    ja: {
      'not-relative': '画像「{path}」は計画ファイルからの相対パスで書いてください（URL や絶対パスの画像は収録できません）',
      missing: '画像「{path}」が見つかりません（{resolved}）',
      unreadable: '画像「{path}」を読めません（{code}）',
      'not-file': '画像「{path}」はファイルではありません',
      'too-large': '画像「{path}」は {size} あり、上限の 5 MiB を超えています（解像度を下げるなどして小さくしてください）',
      unsupported: '画像「{path}」は PNG・JPEG・SVG のいずれでもありません（ファイルの中身で判定しています）',
      mismatch: '画像「{path}」の中身は {kind} ですが、拡張子が合っていません（拡張子を直してください）',
      'bad-svg': 'SVG「{path}」は XML として読めません（{line}行{column}桁目: {detail}）',
      extension: '画像「{path}」の拡張子は .png・.jpg・.jpeg・.svg のいずれかにしてください',
      'svg-removed': 'SVG「{path}」の次の部分は、安全のため収録するときに取り除きます: {parts}',
      'svg-removed-note': '外部の画像やフォントは取り込まれません。図に必要なら、SVG の中に埋め込むか PNG にしてください',
    },
    en: {
      'not-relative': 'write the image "{path}" as a path relative to the plan file (a URL or an absolute path cannot be included)',
      missing: 'the image "{path}" does not exist ({resolved})',
      unreadable: 'the image "{path}" cannot be read ({code})',
      'not-file': 'the image "{path}" is not a file',
      'too-large': 'the image "{path}" is {size}, over the 5 MiB limit (reduce its resolution)',
      unsupported: 'the image "{path}" is not PNG, JPEG or SVG (judged by its content)',
      mismatch: 'the image "{path}" is {kind} inside, which its extension does not say (correct the extension)',
      'bad-svg': 'the SVG "{path}" is not well-formed XML (line {line}, column {column}: {detail})',
      extension: 'give the image "{path}" the extension .png, .jpg, .jpeg or .svg',
      'svg-removed': 'these parts of the SVG "{path}" are removed, for safety, when it is included: {parts}',
      'svg-removed-note': 'external images and fonts are not fetched; if the figure needs them, embed them in the SVG or use a PNG',
    },
  },
  check(ctx) {
    for (const { figure, path: at } of walkFigures(ctx.plan)) {
      const written = figure.画像;
      if (typeof written !== 'string' || written === '') continue; // the schema says so
      const path = [...at, '画像'];
      const report = (messageId: string, params: Record<string, unknown> = {}) => ctx.report({ path, messageId, params: { path: written, ...params } });
      if (!isPlanRelative(written)) { report('not-relative'); continue; }
      if (!ctx.files) { if (!extensionKind(written)) report('extension'); continue; }
      const { probe, removed } = ctx.files.inspectImage(written);
      if (removed.length) ctx.report({ path, messageId: 'svg-removed', severity: 'warning', noteId: 'svg-removed-note', params: { path: written, parts: removed.join(', ') } });
      if (probe.ok) continue;
      if (probe.problem === 'missing') report('missing', { resolved: relative(process.cwd(), resolveImage(ctx.files.dir, written)) || '.' });
      else if (probe.problem === 'too-large') report('too-large', { size: mib(probe.size ?? MAX_IMAGE_BYTES) });
      else if (probe.problem === 'mismatch') report('mismatch', { kind: KIND_NAME[probe.kind!] });
      else if (probe.problem === 'unsupported' && probe.kind !== undefined) report('extension'); // a PNG named .gif
      else report(probe.problem, { code: probe.code ?? '', detail: probe.detail ?? '', line: probe.line ?? '?', column: probe.column ?? '?' });
    }
  },
};
