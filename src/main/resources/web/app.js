// The search page: state lives in the location's query string, so a search can be linked to
// and the back button works. Everything is built with textContent: claim text never becomes markup.
(function () {
  'use strict';
  const FILTERS = ['kind', 'year', 'org', 'unit'];
  const DIM_NAMES = {kind: '类型', year: '年份', org: '机构', unit: '单位'};
  const KIND_NAMES = {
    percent: '百分比', count: '数量', money: '金额', multiplier: '倍数', fraction: '分数',
    measure: '度量', year: '年份', date: '日期', duration: '时长', rank: '排名', number: '数字'
  };
  const $ = (id) => document.getElementById(id);
  let chart = null;

  function state() {
    const p = new URLSearchParams(location.search);
    return {
      q: p.get('q') || '', sort: p.get('sort') || 'relevance', page: parseInt(p.get('page') || '1', 10),
      filters: Object.fromEntries(FILTERS.filter((f) => p.get(f)).map((f) => [f, p.get(f)]))
    };
  }

  function params(s, extra) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const [k, v] of Object.entries(s.filters)) p.set(k, v);
    if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  function go(s) {
    history.pushState(null, '', '?' + params(s).toString());
    run();
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  async function api(path, p) {
    const r = await fetch(path + '?' + p.toString());
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  function showError(message) {
    const e = $('error');
    e.textContent = message ? '查询有误：' + message : '';
    e.hidden = !message;
  }

  function plain(v) {
    if (v === null || v === undefined) return '';
    return typeof v === 'number' ? v.toLocaleString('zh-CN', {useGrouping: false, maximumFractionDigits: 20}) : String(v);
  }

  // Counts finished renders, so a test driving the page knows when an answer is shown.
  function rendered() {
    document.body.dataset.renders = String(parseInt(document.body.dataset.renders || '0', 10) + 1);
  }

  async function run() {
    await render();
    rendered();
  }

  async function render() {
    const s = state();
    $('q').value = s.q;
    $('sort').value = s.sort;
    $('chart-panel').hidden = true;
    $('conflicts').hidden = true;
    let body;
    try {
      body = await api('api/search', params(s, {size: '10'}));
    } catch (err) {
      showError(err.message);
      $('results').replaceChildren();
      $('facets').replaceChildren();
      $('summary').textContent = '';
      $('pager').hidden = true;
      return;
    }
    showError(null);
    renderFilters(s);
    renderFacets(s, body.facets);
    renderHits(body);
    renderPager(s, body);
    $('chart-button').disabled = body.total === 0;
    $('conflicts-button').disabled = body.total === 0;
  }

  function renderFilters(s) {
    const box = $('filters');
    box.replaceChildren();
    for (const [k, v] of Object.entries(s.filters)) {
      const chip = el('span', 'chip', DIM_NAMES[k] + '：' + (k === 'kind' ? (KIND_NAMES[v] || v) : v) + ' ✕');
      chip.dataset.dim = k;
      chip.title = '去掉这个过滤';
      chip.addEventListener('click', () => {
        const n = state();
        delete n.filters[k];
        n.page = 1;
        go(n);
      });
      box.appendChild(chip);
    }
  }

  function renderFacets(s, facets) {
    const box = $('facets');
    box.replaceChildren();
    for (const dim of FILTERS) {
      const counts = (facets[dim] || []).filter((f) => s.filters[dim] !== f.label);
      if (counts.length === 0) continue;
      box.appendChild(el('h3', null, DIM_NAMES[dim]));
      const list = dim === 'year' ? counts.slice().sort((a, b) => b.label.localeCompare(a.label)) : counts;
      for (const f of list.slice(0, 12)) {
        const a = el('a', 'facet');
        a.dataset.dim = dim;
        a.dataset.value = f.label;
        a.appendChild(document.createTextNode((dim === 'kind' ? (KIND_NAMES[f.label] || f.label) : f.label) + ' '));
        a.appendChild(el('span', 'n', '(' + f.count + ')'));
        a.addEventListener('click', () => {
          const n = state();
          n.filters[dim] = f.label;
          n.page = 1;
          go(n);
        });
        box.appendChild(a);
      }
    }
  }

  function renderHits(body) {
    $('summary').textContent = body.total === 0 ? '没有找到符合条件的数据。'
      : '共 ' + body.total + ' 条数据声明' + (body.all_words === false ? '(没有一条包含全部关键词,以下缺一个关键词)' : '');
    const list = $('results');
    list.replaceChildren();
    list.start = (body.page - 1) * body.size + 1;
    for (const h of body.hits) {
      const c = h.claim;
      const li = el('li', 'hit');
      li.dataset.id = c.id;
      const sentence = el('div', 'sentence');
      sentence.appendChild(document.createTextNode(h.before));
      sentence.appendChild(el('mark', null, h.mention));
      sentence.appendChild(document.createTextNode(h.after));
      li.appendChild(sentence);
      const meta = el('div', 'meta');
      const value = c.kind === 'date' ? c.date : plain(c.value) + (c.high !== null ? '–' + plain(c.high) : '');
      const parts = [KIND_NAMES[c.kind] || c.kind, value + (c.unit ? ' ' + c.unit : ''),
        c.year ? c.year + '年' : null, c.orgs.length ? c.orgs.join('、') : null, c.subject].filter(Boolean);
      meta.appendChild(document.createTextNode(parts.join(' · ') + ' · '));
      const source = c.url ? el('a', 'source', c.title || c.url) : el('span', 'source', c.title || c.doc);
      if (c.url) {
        source.href = c.url;
        source.target = '_blank';
        source.rel = 'noopener noreferrer';
      }
      source.title = c.doc;
      meta.appendChild(source);
      if (c.published) meta.appendChild(document.createTextNode(' · ' + c.published));
      li.appendChild(meta);
      list.appendChild(li);
    }
  }

  function renderPager(s, body) {
    const pages = Math.max(1, Math.ceil(body.total / body.size));
    $('pager').hidden = body.total <= body.size;
    $('pageinfo').textContent = '第 ' + body.page + ' / ' + pages + ' 页';
    $('prev').disabled = body.page <= 1;
    $('next').disabled = body.page >= pages;
  }

  async function showChart() {
    const s = state();
    let body;
    try {
      body = await api('api/series', params(s));
    } catch (err) {
      showError(err.message);
      return;
    }
    $('chart-panel').hidden = false;
    const what = (KIND_NAMES[body.kind] || '') + (body.unit ? '（' + body.unit + '）' : '');
    $('chart-title').textContent = body.points.length === 0 ? '没有带年份的数值可画'
      : '按年份：' + (s.q || '全部') + ' · ' + what + ' · ' + body.points.length + ' 个数值';
    if (!chart) chart = echarts.init($('chart'));
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'item', formatter: (p) => p.data.label || (p.seriesName + ' ' + p.value[1])},
      legend: {data: ['各文章的数值', '当年中位数']},
      xAxis: {type: 'value', name: '年份', minInterval: 1, scale: true, axisLabel: {formatter: (v) => String(v)}},
      yAxis: {type: 'value', name: body.unit || '', scale: true},
      series: [
        {name: '各文章的数值', type: 'scatter', symbolSize: 9,
          data: body.points.map((p) => ({value: [p.year, p.value], label: p.year + '年 ' + p.mention + '：' + p.sentence.slice(0, 40)}))},
        {name: '当年中位数', type: 'line', data: body.years.map((y) => [y.year, y.median])}
      ]
    }, true);
    chart.resize();
  }

  async function showConflicts() {
    const s = state();
    let body;
    try {
      body = await api('api/conflicts', params(s));
    } catch (err) {
      showError(err.message);
      return;
    }
    const box = $('conflict-list');
    box.replaceChildren();
    if (body.groups.length === 0) box.appendChild(el('p', null, '这些数据中没有分歧。'));
    for (const g of body.groups) {
      const t = el('table', 'conflict');
      t.appendChild(el('caption', null, g.subject + ' · ' + g.org + ' · ' + g.year + '年 · '
        + g.articles + ' 篇文章'));
      const head = el('tr');
      for (const h of ['数值', '原文', '来源']) head.appendChild(el('th', null, h));
      t.appendChild(head);
      for (const f of g.figures) {
        const tr = el('tr');
        tr.appendChild(el('td', 'figure', f.mention));
        tr.appendChild(el('td', null, f.sentence));
        const src = el('td');
        const a = f.url ? el('a', null, f.title || f.url) : el('span', null, f.title || f.doc);
        if (f.url) {
          a.href = f.url;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        }
        src.appendChild(a);
        tr.appendChild(src);
        t.appendChild(tr);
      }
      box.appendChild(t);
    }
    $('conflicts').hidden = false;
  }

  $('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const s = state();
    go({q: $('q').value.trim(), sort: $('sort').value, page: 1, filters: s.filters});
  });
  $('sort').addEventListener('change', () => {
    const s = state();
    s.sort = $('sort').value;
    s.page = 1;
    go(s);
  });
  $('prev').addEventListener('click', () => { const s = state(); s.page -= 1; go(s); });
  $('next').addEventListener('click', () => { const s = state(); s.page += 1; go(s); });
  $('chart-button').addEventListener('click', showChart);
  $('conflicts-button').addEventListener('click', showConflicts);
  window.addEventListener('popstate', run);
  window.addEventListener('resize', () => chart && chart.resize());
  run();
}());
