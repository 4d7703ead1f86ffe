// The workbench's page. Every label and rule comes from the server (/api/schema: the facade's layouts and
// equations); this script only draws them and sends files.
'use strict';

const TOKEN = document.querySelector('meta[name="xxgk-token"]').content;
const $ = (id) => document.getElementById(id);
let SCHEMA = null;

// ------------------------------------------------------------------ requests

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (options.method && options.method !== 'GET') headers['X-Xxgk-Token'] = TOKEN;
  const r = await fetch(path, Object.assign({}, options, { headers }));
  const type = r.headers.get('Content-Type') || '';
  if (!r.ok) {
    const body = type.includes('json') ? await r.json() : { error: await r.text() };
    throw new Error(body.error || ('请求失败：' + r.status));
  }
  return type.includes('json') ? r.json() : r.blob();
}

/** Downloads what a request answers, with the name the server gives; an error is shown, never saved. */
async function download(path, options, messages) {
  try {
    const headers = Object.assign({}, (options && options.headers) || {});
    if (options && options.method && options.method !== 'GET') headers['X-Xxgk-Token'] = TOKEN;
    const r = await fetch(path, Object.assign({}, options || {}, { headers }));
    if (!r.ok) {
      const body = await r.json().catch(() => ({ error: '下载失败：' + r.status }));
      throw new Error(body.error);
    }
    const disposition = r.headers.get('Content-Disposition') || '';
    const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = m ? decodeURIComponent(m[1]) : 'download';
    const url = URL.createObjectURL(await r.blob());
    const a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) {
    say(messages, e.message);
  }
}

function say(box, text, kind) {
  const d = document.createElement('div');
  d.textContent = text;
  if (kind) d.className = kind;
  box.prepend(d);
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
}

function upload(path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', path + (path.includes('?') ? '&' : '?') + 'name=' + encodeURIComponent(file.name));
    x.setRequestHeader('X-Xxgk-Token', TOKEN);
    x.setRequestHeader('Content-Type', 'application/octet-stream');
    x.upload.onprogress = (e) => onProgress && e.lengthComputable && onProgress(e.loaded / e.total);
    x.onload = () => {
      let body = {};
      try { body = JSON.parse(x.responseText); } catch (e) { body = { error: x.responseText }; }
      if (x.status >= 200 && x.status < 300) resolve(body); else reject(new Error(body.error || ('上传失败：' + x.status)));
    };
    x.onerror = () => reject(new Error(file.name + '：上传中断（工作台已停止？）'));
    x.send(file);
  });
}

// ------------------------------------------------------------------ pages

document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => {
  document.querySelectorAll('nav button').forEach((x) => x.classList.toggle('active', x === b));
  document.querySelectorAll('.page').forEach((p) => { p.hidden = p.id !== 'page-' + b.dataset.page; });
  if (b.dataset.page === 'region') drawCharts();
}));

function dropZone(zone, onFiles) {
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (e) => {
    e.preventDefault(); zone.classList.remove('over');
    const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    if (entries.length === 0) { onFiles([...e.dataTransfer.files]); return; }
    const files = [];
    const walk = async (entry) => {
      if (entry.isFile) { files.push(await new Promise((ok, no) => entry.file(ok, no))); return; }
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, no) => reader.readEntries(ok, no));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    };
    for (const entry of entries) await walk(entry);
    onFiles(files);
  });
}

// ------------------------------------------------------------------ official tables

function tablesOf(generationId) {
  return SCHEMA.generations.find((g) => g.id === generationId).tables;
}

/** The table spec for a report's table, in the generation the report has it. */
function tableFor(id, generationId) {
  return tablesOf(generationId).find((t) => t.id === id);
}

/**
 * An official table as printed: the layout's cells with their spans. `value(code)` gives a cell's content
 * (text or a node); `problems` maps codes to their problems.
 */
function officialTable(spec, value, problems) {
  const table = el('table', { class: 'official', 'data-table': spec.id });
  const rows = [];
  for (let r = 0; r < spec.height; r++) rows.push(table.appendChild(el('tr')));
  for (const c of spec.cells) {
    const header = c.role === 'header' || c.role === 'block';
    const td = el(header ? 'th' : 'td', { rowspan: c.rs > 1 ? c.rs : null, colspan: c.cs > 1 ? c.cs : null });
    if (c.code) {
      td.className = 'value';
      td.dataset.code = c.code;
      const v = value(c.code);
      if (v instanceof Node) td.append(v); else td.textContent = v === undefined || v === null ? '' : v;
      const ps = problems && problems[c.code];
      if (ps && ps.length) {
        td.classList.add('bad');
        td.title = ps.map((p) => p.message).join('\n');
      }
    } else {
      td.textContent = c.text;
      td.className = c.role === 'label' ? 'label' : c.role;
    }
    rows[c.r].append(td);
  }
  return table;
}

function problemsByCode(problems) {
  const out = {};
  for (const p of problems || []) for (const code of p.cells || []) (out[code] = out[code] || []).push(p);
  return out;
}

function problemList(problems) {
  const ul = el('ul', { class: 'problems' });
  for (const p of problems) {
    ul.append(el('li', { class: p.severity, 'data-rule': p.rule || '' },
      (p.severity === 'error' ? '错误：' : '警告：') + p.message,
      el('span', { class: 'where', text: p.location ? '（位置：' + p.location + '）' : '' })));
  }
  return ul;
}

/** A report's tables with its problem cells red, each problem in words with where it came from. */
function reportView(report) {
  const box = el('div', { class: 'report' });
  const byCode = problemsByCode(report.problems);
  for (const [id, gen] of Object.entries(report.generations || {})) {
    const spec = tableFor(id, gen);
    if (!spec) continue;
    box.append(el('h3', { text: spec.name + '　' + spec.title }));
    box.append(officialTable(spec, (code) => report.values[code], byCode));
    const own = (report.problems || []).filter((p) => p.table === id);
    if (own.length) box.append(problemList(own));
  }
  const general = (report.problems || []).filter((p) => !p.table || !(p.table in (report.generations || {})));
  if (general.length) box.append(problemList(general));
  return box;
}

// ------------------------------------------------------------------ 汇总

const region = { state: null, pending: new Map(), nextPending: 0, sort: null, desc: false, filter: '', replacing: null, open: null };
const queue = [];
let uploading = 0;

function addFiles(files) {
  if (!region.started || region.finished) { region.started = performance.now(); region.finished = null; }
  for (const f of files) {
    const key = 'u' + (++region.nextPending);
    region.pending.set(key, { key, name: f.name, size: f.size, progress: 0, state: 'uploading', statusText: '上传中' });
    queue.push({ key, file: f });
  }
  drawRows();
  pump();
}

function pump() {
  while (uploading < 3 && queue.length) {
    const { key, file } = queue.shift();
    uploading++;
    const row = region.pending.get(key);
    upload('/api/region/files', file, (p) => { row.progress = p; drawRowsSoon(); })
      .then(() => region.pending.delete(key))
      .catch((e) => Object.assign(row, { state: 'refused', status: 'REFUSED', statusText: '未上传', detail: e.message }))
      .finally(() => { uploading--; drawRows(); pump(); });
  }
}

let drawTimer = null;
function drawRowsSoon() {
  if (!drawTimer) drawTimer = setTimeout(() => { drawTimer = null; drawRows(); }, 200);
}

function allRows() {
  const server = region.state ? region.state.rows : [];
  return [...server, ...region.pending.values()];
}

function drawRows() {
  const rows = allRows().filter((r) => {
    if (!region.filter) return true;
    return [r.name, r.agency, r.statusText, r.detail].some((v) => v && String(v).includes(region.filter));
  });
  if (region.sort) {
    const k = region.sort;
    rows.sort((a, b) => {
      const x = a[k] === undefined ? '' : a[k]; const y = b[k] === undefined ? '' : b[k];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
      return region.desc ? -c : c;
    });
  }
  const body = $('rows').tBodies[0];
  body.replaceChildren(...rows.map(rowView));
  const s = region.state;
  const files = (s ? s.files : 0) + region.pending.size;
  const refused = [...region.pending.values()].filter((p) => p.state === 'refused').length;
  const read = s ? s.read : 0;
  const bar = $('progress-bar');
  bar.max = Math.max(1, files - refused); bar.value = read;
  const uploadingCount = [...region.pending.values()].filter((p) => p.state === 'uploading').length;
  const done = files > 0 && read === files - refused && uploadingCount === 0 && region.pending.size === refused;
  if (done && region.started && !region.finished) region.finished = performance.now();
  const took = region.finished ? '，用时 ' + ((region.finished - region.started) / 1000).toFixed(1) + ' 秒' : '';
  $('progress-text').textContent = files === 0 ? '尚未上传文件'
    : `已读取 ${read} / ${files - refused} 个文件` + (uploadingCount ? `，上传中 ${uploadingCount} 个` : '')
      + (refused ? `，${refused} 个未上传` : '') + (done ? '（完成' + took + '）' : '');
  $('progress-text').dataset.done = String(done);
}

function rowView(r) {
  const tr = el('tr', { class: 'st-' + (r.status || r.state) + (r.agency ? ' agency-row' : ''), 'data-file': r.file || '', 'data-report': r.report || 0 });
  const status = r.state === 'uploading'
    ? el('span', {}, '上传中 ', el('span', { class: 'bar' }, el('i', { style: 'width:' + Math.round(100 * (r.progress || 0)) + '%' })))
    : (r.statusText || '');
  tr.append(el('td', { class: 'name', text: r.name }), el('td', { class: 'agency', text: r.agency || '' }),
    el('td', { class: 'status' }, status), el('td', { class: 'errors', text: r.errors === undefined ? '' : r.errors }),
    el('td', { class: 'warnings', text: r.warnings === undefined ? '' : r.warnings }),
    el('td', { text: r.generation || '' }), el('td', { class: 'detail', text: r.detail || '' }));
  const actions = el('td');
  if (r.file) {
    const replace = el('button', { type: 'button', class: 'replace', text: '替换' });
    replace.addEventListener('click', (e) => { e.stopPropagation(); region.replacing = r.file; $('replace-file').click(); });
    actions.append(replace);
    if (r.agency) {
      const t = el('button', { type: 'button', class: 'template', text: '下载模板' });
      t.addEventListener('click', (e) => {
        e.stopPropagation();
        download(`/api/region/files/${r.file}/xlsx?report=${r.report || 0}`, {}, $('region-messages'));
      });
      actions.append(' ', t);
    }
  }
  tr.append(actions);
  if (r.agency) tr.addEventListener('click', () => openAgency(r.file, r.report || 0));
  return tr;
}

async function openAgency(file, index) {
  region.open = { file, index };
  const box = $('agency');
  try {
    const data = await api(`/api/region/files/${file}`);
    const report = data.reports[index];
    box.replaceChildren(
      el('button', { type: 'button', class: 'close', text: '关闭' }),
      el('h2', { text: (report.agency || data.name) + (report.year ? '（' + report.year + ' 年度）' : '') }),
      el('p', { class: 'hint', text: '来源文件：' + data.name + '；问题 ' + (report.problems || []).length + ' 条' }),
      reportView(report));
    box.querySelector('.close').addEventListener('click', () => { box.hidden = true; region.open = null; });
    box.hidden = false;
    box.scrollIntoView({ block: 'start' });
  } catch (e) {
    say($('region-messages'), e.message);
  }
}

function drawState() {
  const s = region.state;
  drawRows();
  const counts = $('counts');
  counts.replaceChildren();
  const r = s.region;
  $('workbook-download').disabled = !r;
  if (s.error) say($('region-messages'), s.error);
  $('roster-info').textContent = s.roster ? `${s.roster.name}：${s.roster.count} 个单位` : '';
  $('previous-info').textContent = s.previous ? `${s.previous.name}：${s.previous.count} 个单位` : '';
  if (!r) { $('charts').hidden = true; $('region-tables').replaceChildren(); $('roster-result').replaceChildren(); return; }
  const c = r.counts;
  const chip = (label, n, key) => el('span', { 'data-count': key }, label + ' ', el('b', { text: n }));
  counts.append(chip('输入', c.inputs, 'inputs'), chip('文件', c.files, 'files'), chip('汇总的机构', c.agencies, 'agencies'));
  c.byStatus.filter((b) => b.count > 0).forEach((b) => counts.append(chip(b.text, b.count, b.status)));
  counts.append(chip('警告', c.warnings, 'warnings'));
  if (s.roster) counts.append(chip('未报送', c.notReported, 'notReported'), chip('名单外', c.offRoster, 'offRoster'));
  const roster = $('roster-result');
  roster.replaceChildren();
  if (s.roster) {
    roster.append(el('h2', { text: '名单核对' }),
      el('p', { id: 'not-reported' }, '未报送（' + r.notReported.length + '）：' + (r.notReported.join('、') || '无')),
      el('p', { id: 'off-roster' }, '名单外（' + r.offRoster.length + '）：' + (r.offRoster.map((o) => o.agency).join('、') || '无')));
    if (r.fuzzy.length) roster.append(el('p', {}, '近似匹配（请确认）：' + r.fuzzy.map((f) => f.roster + ' ≈ ' + f.agency).join('；')));
  }
  const imb = $('imbalances');
  imb.replaceChildren(...r.imbalances.map((i) => el('div', { class: 'note' }, '汇总数' + i.message + (i.agencies ? '（来自：' + i.agencies + '）' : ''))));
  const tables = $('region-tables');
  tables.replaceChildren(el('h2', { text: (r.name || '本地区') + ' ' + r.year + ' 年度汇总' }));
  for (const [id, gen] of Object.entries(r.generations)) {
    const spec = tableFor(id, gen);
    tables.append(el('h3', { text: spec.name + '　' + spec.title }), officialTable(spec, (code) => r.values[code]));
  }
  $('charts').hidden = !r.charts.applicants;
  drawCharts();
}

const charts = {};
function chart(id) {
  if (typeof echarts === 'undefined') return null;
  charts[id] = charts[id] || echarts.init($(id));
  return charts[id];
}

function drawCharts() {
  const s = region.state;
  if (!s || !s.region || !s.region.charts.applicants || $('page-region').hidden) return;
  const ch = s.region.charts;
  const bar = (id, title, points, horizontal) => {
    const c = chart(id);
    if (!c) return;
    const names = points.map((p) => p.name); const values = points.map((p) => p.value);
    c.setOption({
      title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {}, animation: false,
      grid: { left: horizontal ? 150 : 40, right: 20, bottom: horizontal ? 20 : 60 },
      xAxis: horizontal ? { type: 'value' } : { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: horizontal ? { type: 'category', data: names.slice().reverse() } : { type: 'value' },
      series: [{ type: 'bar', data: horizontal ? values.slice().reverse() : values, itemStyle: { color: '#8c1c13' } }],
    }, true);
  };
  bar('chart-applicants', '本年新收申请：按申请人', ch.applicants, false);
  const pie = chart('chart-outcomes');
  if (pie) {
    pie.setOption({
      title: { text: '办理结果', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' }, animation: false,
      series: [{ type: 'pie', radius: '60%', center: ['50%', '58%'], data: ch.outcomes.filter((p) => Number(p.value) > 0),
        label: { fontSize: 10 } }],
    }, true);
  }
  bar('chart-top', '申请最多的十个机构', ch.top, true);
}

function connect() {
  const events = new EventSource('/api/region/events');
  events.addEventListener('state', (e) => {
    region.state = JSON.parse(e.data);
    drawState();
  });
  events.onerror = () => { /* the browser reconnects by itself; the state is the server's */ };
}

function setUpRegion() {
  dropZone($('region-drop'), addFiles);
  $('region-files').addEventListener('change', (e) => { addFiles([...e.target.files]); e.target.value = ''; });
  $('region-folder').addEventListener('change', (e) => { addFiles([...e.target.files]); e.target.value = ''; });
  const side = (input, path) => input.addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (!f) return;
    try { await upload(path, f); } catch (err) { say($('region-messages'), err.message); }
    e.target.value = '';
  });
  side($('roster-file'), '/api/region/roster');
  side($('previous-file'), '/api/region/previous');
  $('region-name').addEventListener('change', (e) => api('/api/region/name', { method: 'POST', body: e.target.value })
    .catch((err) => say($('region-messages'), err.message)));
  $('replace-file').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (!f || !region.replacing) return;
    try {
      await upload('/api/region/files/' + region.replacing, f);
      if (region.open && region.open.file === region.replacing) setTimeout(() => openAgency(region.open.file, region.open.index), 1500);
    } catch (err) { say($('region-messages'), err.message); }
    e.target.value = '';
  });
  $('region-clear').addEventListener('click', async () => {
    region.pending.clear(); queue.length = 0; $('agency').hidden = true;
    await api('/api/region/clear', { method: 'POST' }).catch((err) => say($('region-messages'), err.message));
  });
  $('workbook-download').addEventListener('click', () => download('/api/region/workbook', {}, $('region-messages')));
  $('row-filter').addEventListener('input', (e) => { region.filter = e.target.value.trim(); drawRows(); });
  document.querySelectorAll('#rows th[data-sort]').forEach((th) => th.addEventListener('click', () => {
    region.desc = region.sort === th.dataset.sort ? !region.desc : false;
    region.sort = th.dataset.sort;
    document.querySelectorAll('#rows th').forEach((x) => x.classList.remove('sorted-asc', 'sorted-desc'));
    th.classList.add(region.desc ? 'sorted-desc' : 'sorted-asc');
    drawRows();
  }));
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  connect();
}

// ------------------------------------------------------------------ 检查一份报告

async function checkFile(file) {
  const box = $('check-result');
  box.replaceChildren(el('p', { text: '正在读取 ' + file.name + '……' }));
  let data;
  try { data = await upload('/api/check', file); } catch (e) { box.replaceChildren(el('div', { class: 'messages' }, el('div', { text: e.message }))); return; }
  if (data.error) { box.replaceChildren(el('div', { class: 'messages', id: 'check-error' }, el('div', { text: data.error }))); return; }
  box.replaceChildren();
  data.reports.forEach((report, i) => {
    const formats = [['xlsx', '填好的模板'], ['json', 'JSON'], ['csv', 'CSV'], ['html', 'HTML（粘贴到网站）']];
    const buttons = el('div', { class: 'toolbar' }, '下载：', formats.map(([f, label]) => {
      const b = el('button', { type: 'button', 'data-format': f, text: label });
      b.addEventListener('click', () => download(`/api/check/${data.id}/${f}?report=${i}`, {}, box));
      return b;
    }));
    const errors = (report.problems || []).filter((p) => p.severity === 'error').length;
    box.append(el('h2', { text: (report.agency || data.name) + (report.year ? '（' + report.year + ' 年度）' : '') }),
      el('p', { class: 'hint', text: `来源：${data.name}；格式：${report.format || ''}；错误 ${errors} 条，警告 ${(report.problems || []).length - errors} 条` }),
      buttons, reportView(report));
  });
}

function setUpCheck() {
  dropZone($('check-drop'), (files) => files[0] && checkFile(files[0]));
  $('check-file').addEventListener('change', (e) => { if (e.target.files[0]) checkFile(e.target.files[0]); e.target.value = ''; });
}

// ------------------------------------------------------------------ 填报

const form = { generation: '2021', values: {}, tables: [] };

function setUpForm() {
  const select = $('form-generation');
  for (const g of SCHEMA.generations.filter((x) => x.id !== 'legacy')) {
    select.append(el('option', { value: g.id, text: g.id + ' 年版（' + g.name + '）' }));
  }
  select.addEventListener('change', () => { form.generation = select.value; drawForm(); });
  $('form-blank').addEventListener('click', () => { form.values = {}; drawForm(); });
  $('form-file').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    e.target.value = '';
    if (!f) return;
    try {
      const data = await upload('/api/check', f);
      if (data.error) throw new Error(data.error);
      const r = data.reports[0];
      const g = r.generations.t3 || r.generations.t2;
      if (!g || g === 'legacy') throw new Error(f.name + '：是 2019 年以前的统计表，填报页只有 2021 年版和 2019 年版');
      form.generation = g; select.value = g;
      form.values = Object.assign({}, r.values);
      $('form-agency').value = r.agency || '';
      $('form-year').value = r.year || '';
      drawForm();
    } catch (err) { say($('form-messages'), err.message); }
  });
  $('form-xlsx').addEventListener('click', () => exportForm('xlsx'));
  $('form-json').addEventListener('click', () => exportForm('json'));
  $('form-html').addEventListener('click', () => exportForm('html'));
  $('form-year').value = new Date().getFullYear() - 1;
  drawForm();
}

function drawForm() {
  form.tables = tablesOf(form.generation);
  const box = $('form-tables');
  box.replaceChildren();
  for (const spec of form.tables) {
    box.append(el('h3', { text: spec.name + '　' + spec.title }));
    box.append(officialTable(spec, (code) => {
      const input = el('input', { inputmode: 'decimal', 'data-code': code, value: form.values[code] === undefined ? '' : form.values[code] });
      input.addEventListener('input', () => typed(code, input.value));
      return input;
    }));
  }
  for (const t of totals()) box.querySelectorAll(`td[data-code="${t.left[0].code}"]`).forEach((td) => td.classList.add('computed'));
  check();
}

/** The equations of the form's tables, as the server's schema gives them. */
function equations() {
  return form.tables.flatMap((t) => t.equations);
}

/** Equations that make one cell the sum of others: the total is computed from its parts as they are typed. */
function totals() {
  return equations().filter((e) => e.left.length === 1 && e.right.every((t) => !t.negative) && e.severity === 'error');
}

function number(code) {
  const v = form.values[code];
  if (v === undefined || v === null || v === '') return 0;
  return Number(v);
}

function typed(code, text) {
  const t = text.trim();
  form.values[code] = t === '' ? '' : (isNaN(Number(t)) ? t : Number(t));
  const work = [code];
  const done = new Set();
  while (work.length && done.size < 10000) {
    const changed = work.shift();
    for (const e of totals()) {
      const target = e.left[0].code;
      if (target === code || !e.right.some((x) => x.code === changed)) continue;
      const sum = e.right.reduce((s, x) => s + number(x.code), 0);
      if (form.values[target] !== sum) {
        form.values[target] = Math.round(sum * 100) / 100;
        document.querySelectorAll(`input[data-code="${target}"]`).forEach((i) => { i.value = form.values[target]; });
        work.push(target);
      }
      done.add(target + '<' + changed);
    }
  }
  check();
}

/** Every equation and every cell's type, checked on the values typed; failing cells red, each rule in words. */
function check() {
  const problems = [];
  const cells = {};
  form.tables.forEach((t) => t.cells.filter((c) => c.code).forEach((c) => { cells[c.code] = c; }));
  for (const [code, c] of Object.entries(cells)) {
    const v = form.values[code];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'number') problems.push({ severity: 'error', cells: [code], message: c.words + '应为数字，填的是“' + v + '”' });
    else if (v < 0 && !c.negative) problems.push({ severity: 'error', cells: [code], message: c.words + '不能为负数，填的是 ' + v });
    else if (!c.decimals && !Number.isInteger(v)) problems.push({ severity: 'error', cells: [code], message: c.words + '应为整数，填的是 ' + v });
  }
  for (const e of equations()) {
    const side = (terms) => terms.reduce((s, t) => s + (t.negative ? -1 : 1) * (Number(number(t.code)) || 0), 0);
    const l = Math.round(side(e.left) * 100) / 100; const r = Math.round(side(e.right) * 100) / 100;
    if (l !== r) {
      problems.push({ severity: e.severity, rule: e.rule, cells: e.left.concat(e.right).map((t) => t.code),
        message: e.description + '，但左边 ' + l + '，右边 ' + r, location: e.place });
    }
  }
  const byCode = problemsByCode(problems);
  document.querySelectorAll('#form-tables td.value').forEach((td) => {
    const ps = byCode[td.dataset.code];
    td.classList.toggle('bad', !!ps);
    td.title = ps ? ps.map((p) => p.message).join('\n') : '';
  });
  $('form-problems').replaceChildren(...(problems.length ? [el('h3', { text: '勾稽关系检查：' + problems.length + ' 处问题' }), problemList(problems)]
    : [el('p', { class: 'ok', text: '勾稽关系检查：全部通过' })]));
}

/** The form as the toolkit's JSON data; the server reads it through the facade (every code and number checked). */
function formReport() {
  const values = {};
  for (const t of form.tables) for (const c of t.cells) if (c.code) values[c.code] = number(c.code);
  const generations = {};
  form.tables.forEach((t) => { generations[t.id] = form.generation; });
  const year = Number($('form-year').value);
  return { agency: $('form-agency').value.trim() || null, year: year || null, generations, values };
}

function exportForm(format) {
  download('/api/form/export/' + format, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(formReport()) }, $('form-messages'));
}

// ------------------------------------------------------------------ start

(async function start() {
  try {
    SCHEMA = await api('/api/schema');
  } catch (e) {
    document.body.prepend(el('div', { class: 'messages' }, el('div', { text: '无法连接工作台：' + e.message })));
    return;
  }
  $('quit').addEventListener('click', async () => {
    if (!confirm('退出工作台？上传的文件和汇总结果将被删除（已下载的文件不受影响）。')) return;
    await api('/api/quit', { method: 'POST' }).catch(() => null);
    document.body.replaceChildren(el('main', {}, el('h2', { text: '工作台已退出。' }),
      el('p', { text: '需要时再双击 xxgk.cmd（或运行 xxgk serve）即可。可以关闭本页。' })));
  });
  setUpRegion();
  setUpCheck();
  setUpForm();
  document.body.dataset.ready = 'true';
}());
