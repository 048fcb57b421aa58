import type { Severity } from '../diagnostic.js';
import type { Lang } from '../i18n.js';

/** What reports and docs/rules.md say about a rule id: the metadata part of a Rule, without its check. */
export interface RuleDoc {
  id: string;
  severity: Severity;
  description: Record<Lang, string>;
  docs: Record<Lang, string>;
  /** True when a file with this finding is not checked by the rules (its data cannot be trusted). */
  stopsCheck?: boolean;
}

const doc = (id: string, ja: [string, string], en: [string, string], stopsCheck = true): RuleDoc =>
  ({ id, severity: 'error', description: { ja: ja[0], en: en[0] }, docs: { ja: ja[1], en: en[1] }, stopsCheck });

/**
 * The rule ids the loader (and the top-level shape check) reports before any rule runs. A file with one
 * of these errors is not checked further, because its data cannot be trusted. The exceptions (a full-width
 * indent, a duplicate key, a " #" in a value) leave the YAML readable, so the rules run.
 */
export const loaderRuleDocs: readonly RuleDoc[] = [
  doc('file-read',
    ['計画ファイルを読める', '指定したファイルが存在し、読み取りの権限があり、通常のファイルで、大きすぎない（5 MiB まで）ことを確かめます。'],
    ['The plan file can be read', 'The file exists, is readable, is a regular file and is not too large (5 MiB at most).']),
  doc('encoding',
    ['計画ファイルは UTF-8 で保存する', 'Shift_JIS・EUC-JP・UTF-16 などで保存されたファイルは、文字化けを避けるため読み込みません。メッセージに変換の方法（メモ帳での保存の仕方、iconv のコマンド）を示します。'],
    ['Plan files are saved as UTF-8', 'Files in Shift_JIS, EUC-JP or UTF-16 are refused rather than misread; the message says how to convert them (Notepad, iconv).']),
  doc('binary',
    ['計画ファイルはテキストである', 'NUL バイトを含むファイル（Excel・Word・PDF など）は YAML の計画ではありません。'],
    ['Plan files are text', 'A file with NUL bytes (a spreadsheet, document or PDF) is not a YAML plan.']),
  doc('yaml-syntax',
    ['YAML として正しく書かれている', 'コロンの後の空白、括弧や引用符の対応など、YAML の書き方の誤りを位置とともに示します。'],
    ['The file is well-formed YAML', 'Reports YAML syntax errors (a missing space after a colon, unbalanced brackets or quotes) at their position.']),
  doc('duplicate-key',
    ['同じ階層に同じキーを2回書かない', 'YAML では後に書いた値が前の値を黙って上書きします。書き写しの重複や誤りを見落とさないよう、エラーにします。'],
    ['No key appears twice at the same level', 'In YAML the later value silently replaces the earlier one, hiding a transcription slip; it is an error.'], false),
  doc('tab-indent',
    ['インデントにタブを使わない', 'YAML のインデントは半角スペースだけです。タブは半角スペース2つに置き換えます。'],
    ['No tabs in indentation', 'YAML indents with spaces only; replace each tab with two spaces.']),
  doc('fullwidth-indent',
    ['インデントに全角スペースを使わない', '日本語入力のまま行頭に入った全角スペース（　）は、YAML ではインデントになりません。半角スペースに置き換えます。'],
    ['No full-width spaces in indentation', 'A full-width space (　) typed at the start of a line is not indentation in YAML; use ASCII spaces.'], false),
  doc('unterminated-quote',
    ['引用符を閉じる', '開いた引用符（" または \'）が閉じられていないと、ファイルの残りがすべて1つの文字列になってしまいます。開いた位置を示します。'],
    ['Quotes are closed', 'An unclosed quote turns the rest of the file into one string; the message points at where it opens.']),
  doc('bad-indent',
    ['インデントをそろえる', '同じ階層の項目は同じ桁から書き始めます（半角スペースで2つずつ）。'],
    ['Indentation is consistent', 'Items at the same level start in the same column (two spaces per level).']),
  doc('key-colon',
    ['キーの後は半角の「: 」', '日本語入力のまま打った全角のコロン（：）や、コロンの後の空白の抜け（所管課:こども未来課）は、キーと値の区切りになりません。`--fix` で「: 」に直せます。'],
    ['A key is followed by an ASCII ": "', 'A full-width colon (：) or a colon without a space after it (所管課:こども未来課) does not separate key and value; `--fix` turns it into ": ".']),
  doc('missing-colon',
    ['キーの行にはコロンがある', '「業務」だけの行のように「: 」のないキーは、YAML として読めません。'],
    ['A key line has its colon', 'A key line without ": " (a line that is just 業務) is not YAML.']),
  doc('unclosed-bracket',
    ['括弧を閉じる', '開いた [ や { が閉じられていないと、後の行がすべて読めなくなります。開いた位置を示します。'],
    ['Brackets are closed', 'An unclosed [ or { makes every later line unreadable; the message points at where it opens.']),
  doc('needs-quotes',
    ['記号で始まる値は引用符で囲む', '[ { * & ! @ ` % で始まる値（[新規] 相談窓口 など）は YAML の記法として読まれます。値全体を引用符 " で囲みます。'],
    ['Values starting with a YAML indicator are quoted', 'A value starting with [ { * & ! @ ` % (such as [新規] 相談窓口) is read as YAML syntax; quote the whole value with ".']),
  { ...doc('comment-in-value',
    ['値の途中の「 #」に気を付ける', '引用符のない値の途中の「 #」から後ろはコメントになり、値から消えます。「#1」のように # の直後に文字が続くときだけ警告します（「# メモ」のような普通のコメントや「# jusou-」の指示は対象外）。'],
    ['Mind " #" inside a value', 'In an unquoted value, " #" starts a comment that drops the rest of the value. Warned only when text follows "#" directly ("#1"); ordinary comments ("# note") and "# jusou-" directives are left alone.'], false), severity: 'warning' },
  doc('alias-limit',
    ['エイリアスを展開しすぎない', 'エイリアス（*名前）の展開が上限（100）を超えるファイルは、メモリを使い尽くす恐れがあるため読み込みません。'],
    ['Aliases are not over-expanded', 'A file that expands aliases (*name) more than 100 times is refused, as it could exhaust memory.']),
  doc('alias-unresolved',
    ['エイリアスに対応するアンカーがある', 'エイリアス *名前 の前に、対応するアンカー &名前 が必要です。'],
    ['Every alias has an anchor', 'An alias *name needs the anchor &name before it.']),
  doc('multiple-documents',
    ['1つのファイルに計画は1つ', '区切り（---）で複数の YAML 文書を書いたファイルは読み込みません。計画ごとにファイルを分けます。'],
    ['One plan per file', 'A file with several YAML documents (---) is refused; keep one plan per file.']),
  doc('depth-limit',
    ['入れ子を深くしすぎない', '入れ子が上限（200段）を超えるファイルは、解析で処理が止まらないよう読み込みません。'],
    ['Nesting is not too deep', 'A file nested deeper than 200 levels is refused before it can exhaust the parser.']),
  doc('empty-file',
    ['ファイルが空でない', '空のファイルは計画になりません。'],
    ['The file is not empty', 'An empty file is not a plan.']),
  doc('not-mapping',
    ['計画の最上位はキーの並び', '計画の最上位は「自治体:」「計画:」「章:」「事業:」などのキーの並び（マッピング）です。リストや文字列だけのファイルは計画として読めません。'],
    ['The top level is a mapping', 'A plan is a mapping of keys such as 自治体:, 計画:, 章: and 事業:; a bare list or string is not a plan.']),
];
