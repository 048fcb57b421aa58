import { describe, expect, it } from 'vitest';
import { classRuns, markChanges, similarity, tokenize } from '../../src/diff/segment.js';

const marked = (segs: { text: string; mark?: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);

describe('Japanese word segmentation for the 傍線', () => {
  it('splits at character-class changes; punctuation stands alone', () => {
    expect(classRuns('令和４年度～６年度までの３年間')).toEqual(['令和', '４', '年度', '～', '６', '年度', 'までの', '３', '年間']);
    expect(classRuns('ＮＰＯ法人「こまつ」、センター')).toEqual(['ＮＰＯ', '法人', '「', 'こまつ', '」', '、', 'センター']);
  });

  it('never loses or adds a character', () => {
    const s = '本市では、令和３年度から本事業に取組み、ＰＤＣＡサイクルにより見直します。';
    expect(tokenize(s).join('')).toBe(s);
  });

  it('a one-word change underlines that word on each side, not the sentence', () => {
    const m = markChanges('地域活動支援センターの基本事業', '地域活動支援センター事業');
    expect(marked(m.before).join('')).toBe('の基本');
    expect(marked(m.after)).toEqual([]);
    const p = markChanges('令和４年度～６年度までの３年間', '令和７年度～９年度までの３年間');
    expect(marked(p.before)).toEqual(['４', '６']);
    expect(marked(p.after)).toEqual(['７', '９']);
  });

  it('a sentence rewritten beyond recognition (similarity below 0.5) is underlined whole', () => {
    const before = '本事業は市が直営で実施します。';
    const after = 'ＮＰＯ法人等と連携した居場所づくりを新たに始めることとしました。';
    const m = markChanges(before, after);
    expect(m.similarity).toBeLessThan(0.5);
    expect(m.before).toEqual([{ text: before, mark: true }]);
    expect(m.after).toEqual([{ text: after, mark: true }]);
  });

  it('similarity is 1 for equal texts and falls with the share of changed characters', () => {
    expect(similarity('同じ文です。', '同じ文です。')).toBe(1);
    const small = similarity('毎年度実績等を勘案して見直す', '毎年度の実績等を勘案して見直す');
    const big = similarity('毎年度実績等を勘案して見直す', '三年ごとに全面的に改める');
    expect(small).toBeGreaterThan(0.8);
    expect(big).toBeLessThan(0.5);
  });
});
