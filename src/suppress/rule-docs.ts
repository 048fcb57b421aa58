import type { Messages } from '../i18n.js';
import type { RuleDoc } from '../load/rule-docs.js';

/** The ids the suppression directives report under (src/suppress/apply.ts); listed by `jusou rules` and docs/rules.md. */
export const SUPPRESSION_REASON = 'suppression-reason';
export const SUPPRESSION_UNKNOWN_RULE = 'suppression-unknown-rule';
export const SUPPRESSION_UNUSED = 'suppression-unused';

export const suppressionRuleDocs: readonly RuleDoc[] = [
  {
    id: SUPPRESSION_REASON, severity: 'error',
    description: { ja: '抑止のコメントには理由を書く', en: 'Suppression comments state a reason' },
    docs: {
      ja: '`# jusou-disable-next-line ルールID -- 理由` と `# jusou-disable ルールID -- 理由` は、`--` の後に抑止する理由を書きます。理由は SARIF の justification として残り、あとで見直すときの手がかりになります。理由のない抑止は効かず、エラーになります。`# jusou-enable ルールID` には理由は要りません。抑止の対象は検証のルールで、読み込みのエラー（YAML の書き方など）は抑止できません。',
      en: '`# jusou-disable-next-line RULE -- reason` and `# jusou-disable RULE -- reason` need a reason after `--`; it is kept as the SARIF justification for later review. A directive without one suppresses nothing and is an error. `# jusou-enable RULE` needs no reason. Only checking rules can be suppressed, not loading errors (YAML syntax and the like).',
    },
  },
  {
    id: SUPPRESSION_UNKNOWN_RULE, severity: 'error',
    description: { ja: '抑止するルールIDは実在する', en: 'Suppressed rule ids exist' },
    docs: {
      ja: '抑止のコメントに書いたルールIDが `jusou rules` の一覧にないとき（打ち間違いなど）、または読み込みのルールのように抑止できないものを書いたときのエラーです。近いIDがあれば候補を示します。',
      en: 'A suppression directive names a rule id that `jusou rules` does not list (a typo, say), or one that cannot be suppressed (a loading rule). The nearest id is suggested.',
    },
  },
  {
    id: SUPPRESSION_UNUSED, severity: 'warning',
    description: { ja: '何も抑止しない抑止のコメントを残さない', en: 'No suppression comment that suppresses nothing' },
    docs: {
      ja: '抑止のコメントの範囲に、そのルールの指摘がひとつもないときの警告です。計画を直した後に残った古いコメントは、消しておくと次に本当の問題を隠しません。',
      en: 'A suppression directive covers no finding of its rule. Remove stale directives left after the plan was fixed, so they cannot hide a real problem later.',
    },
  },
];

export const suppressMessages: Messages = {
  ja: {
    [SUPPRESSION_REASON]: '抑止の理由がありません。「-- 理由」を書いてください（例: # {kind} {rules} -- 計画書の表記のまま）',
    [SUPPRESSION_UNKNOWN_RULE]: 'ルール「{rule}」はありません',
    'unknown.suggest': 'ルール「{rule}」はありません。「{suggestion}」のことですか',
    'unknown.loader': 'ルール「{rule}」は読み込みのエラーなので抑止できません。ファイルを直してください',
    'unknown.none': '抑止するルールIDを書いてください（例: # {kind} code-form -- 理由）',
    [SUPPRESSION_UNUSED]: '「{rule}」の抑止が何も抑止していません。コメントを消してください',
  },
  en: {
    [SUPPRESSION_REASON]: 'the suppression has no reason; add "-- reason" (e.g. # {kind} {rules} -- as printed in the plan)',
    [SUPPRESSION_UNKNOWN_RULE]: 'there is no rule "{rule}"',
    'unknown.suggest': 'there is no rule "{rule}"; did you mean "{suggestion}"?',
    'unknown.loader': '"{rule}" is a loading error and cannot be suppressed; fix the file',
    'unknown.none': 'name the rule ids to suppress (e.g. # {kind} code-form -- reason)',
    [SUPPRESSION_UNUSED]: 'the suppression of "{rule}" suppresses nothing; remove the comment',
  },
};
