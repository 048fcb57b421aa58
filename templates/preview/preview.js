// The preview page's only script: follows the server's events and shows the latest state.
'use strict';
(function () {
  const t = JSON.parse(document.body.dataset.texts);
  const frame = document.getElementById('doc');
  const status = document.getElementById('status');
  let shown = -1;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(state) {
    // The document: reloaded only when a new rendering exists (a plan with errors keeps the last good one).
    if (state.rendering !== shown && state.rendering >= 0) {
      shown = state.rendering;
      frame.src = '/document?r=' + state.rendering;
    }
    document.getElementById('stale').hidden = !(state.stale && state.rendering >= 0);
    document.getElementById('empty').hidden = state.rendering >= 0;
    frame.hidden = state.rendering < 0;
    const list = document.getElementById('list');
    list.replaceChildren();
    for (const d of state.diagnostics) {
      const li = el('li');
      li.append(el('span', 'sev ' + d.severity, d.severity === 'error' ? t.error : t.warning));
      if (d.line > 0) li.append(el('span', 'pos', d.line + ':' + d.column));
      li.append(el('span', 'msg', d.message), ' ', el('span', 'rule', d.rule));
      if (d.note) li.append(el('p', 'hint', t.hint + ': ' + d.note));
      list.append(li);
    }
    document.getElementById('count').textContent = state.diagnostics.length ? t.count.replace('{n}', state.diagnostics.length) : '';
    document.getElementById('clean').hidden = state.diagnostics.length > 0;
    status.textContent = t.updated.replace('{time}', new Date(state.checkedAt).toLocaleTimeString(document.documentElement.lang));
    status.classList.remove('offline');
    document.body.dataset.version = String(state.version);
  }

  async function refresh() {
    const res = await fetch('/state', { cache: 'no-store' });
    show(await res.json());
  }

  const events = new EventSource('/events');
  events.addEventListener('update', () => { refresh().catch(() => {}); });
  events.addEventListener('error', () => { status.textContent = t.offline; status.classList.add('offline'); });
  refresh().catch(() => {});
})();
