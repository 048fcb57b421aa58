/**
 * The mistakes the corpus plants in about 3 % of its plans, one per plan: the kinds a planner makes and
 * jusou must report. Each returns the plan's text with the defect in it.
 */
export const DEFECT_KINDS = ['missing-mandated', 'bad-check-digit', 'unknown-key', 'non-canonical-code', 'duplicate-key'];

function* businesses(list) {
  if (!Array.isArray(list)) return;
  for (const b of list) {
    yield b;
    yield* businesses(b.取組);
  }
}

function pick(list, rand) {
  return list[Math.floor(rand() * list.length)];
}

const inject = {
  /** Remove one mandated 号 from every 事業 and 取組 that carries it. */
  'missing-mandated'(data, render, rand) {
    const code = pick(['第1号イ', '第1号ロ', '第2号', '第3号ニ', '第4号', '第5号'], rand);
    for (const b of businesses(data.事業)) {
      if (!Array.isArray(b.号)) continue;
      b.号 = b.号.filter((c) => c !== code);
      if (b.号.length === 0) delete b.号;
    }
    return render(data);
  },
  'bad-check-digit'(data, render) {
    const code = data.自治体.全国地方公共団体コード;
    data.自治体.全国地方公共団体コード = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
    return render(data);
  },
  /** A misspelt key: 所管課 typed as 所管か. */
  'unknown-key'(data, render, rand) {
    const b = pick([...businesses(data.事業)].filter((x) => x.所管課 !== undefined), rand);
    b.所管か = b.所管課;
    delete b.所管課;
    return render(data);
  },
  /** A 号 written with a full-width digit, as copied from a printed plan. */
  'non-canonical-code'(data, render, rand) {
    const b = pick([...businesses(data.事業)].filter((x) => Array.isArray(x.号) && x.号.length), rand);
    b.号[0] = b.号[0].replace(/[0-9]/, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    return render(data);
  },
  /** The same key twice in one mapping: only visible in the text, so it is planted there. */
  'duplicate-key'(data, render, rand) {
    const lines = render(data).split('\n');
    const candidates = lines.map((l, i) => (/^ +(所管課|支援対象者|名称): \S/.test(l) ? i : -1)).filter((i) => i >= 0);
    const at = pick(candidates, rand);
    lines.splice(at + 1, 0, lines[at]);
    return lines.join('\n');
  },
};

export function injectDefect(kind, data, render, rand) {
  return inject[kind](data, render, rand);
}
