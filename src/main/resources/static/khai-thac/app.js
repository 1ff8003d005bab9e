/*
 * Hồ sơ CBCCVC – pages "Khai thác": search, statistics, campaigns, per-unit dashboard.
 * Plain JavaScript (no build step, no framework); charts are SVG drawn here. The pages call /api with the
 * webapps' login (same session as Tasklist); changes carry the page's anti-forgery token.
 */
(function () {
  'use strict';

  const STATES = [
    ['NOT_STARTED', 'Chưa khai', '#9aa5b1'],
    ['DRAFT', 'Đang cập nhật', '#f0b429'],
    ['SUBMITTED', 'Chờ xác nhận', '#3b8fd9'],
    ['REJECTED', 'Từ chối', '#d64545'],
    ['CONFIRMED', 'Xác nhận', '#2e9b57'],
    ['SIGNED', 'Đã ký', '#1d6b3c'],
    ['SYNCED', 'Đã đồng bộ', '#6a4bc4']
  ];
  const STATUS_LABELS = { DRAFT: 'Đang cập nhật', SUBMITTED: 'Chờ xác nhận', REJECTED: 'Từ chối',
    CONFIRMED: 'Xác nhận', SIGNED: 'Đã ký' };
  const CAMPAIGN_STATUS = { STARTING: 'Đang khởi động', RUNNING: 'Đang diễn ra', CLOSED: 'Đã kết thúc' };
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  const csrf = document.querySelector('meta[name="hoso-csrf"]').content;
  const isAdmin = document.querySelector('meta[name="hoso-admin"]').content === 'true';
  const app = document.getElementById('app');
  const page = document.body.dataset.page;
  document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.dataset.nav === page));

  function esc(v) {
    return String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;',
      '"': '&quot;', "'": '&#39;' })[c]);
  }
  function fmtDate(iso) {
    if (!iso) return '';
    const d = String(iso).substring(0, 10).split('-');
    return d.length === 3 ? d[2] + '/' + d[1] + '/' + d[0] : iso;
  }
  function fmtTime(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  }
  function num(n) { return Number(n || 0).toLocaleString('vi-VN'); }

  /** Calls /api; resolves with the parsed JSON, rejects with a Vietnamese message (problem+json detail). */
  async function api(path, options) {
    const opts = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
    opts.headers = Object.assign({ 'Accept': 'application/json', 'Accept-Language': 'vi' }, opts.headers);
    if (opts.method && opts.method !== 'GET') opts.headers['X-Hoso-Csrf'] = csrf;
    const response = await fetch(path, opts);
    if (response.status === 401) {
      window.location.href = '/khai-thac/' + page;
      throw new Error('Phiên đăng nhập đã hết, vui lòng đăng nhập lại.');
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
      let message = 'Máy chủ trả lỗi ' + response.status + '.';
      if (type.includes('json')) {
        const problem = await response.json();
        message = (problem.titleVi || problem.title || '') + ': ' + (problem.detailVi || problem.detail || '');
      }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return type.includes('json') ? response.json() : response.blob();
  }

  /** Downloads a file the API makes (with the session and an Accept header), under the server's file name. */
  async function download(path, accept, fallbackName, messageBox) {
    try {
      const response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept': accept, 'Accept-Language': 'vi' } });
      if (!response.ok) {
        const type = response.headers.get('Content-Type') || '';
        if (response.status === 404 || response.status === 406 || response.status === 415) {
          throw new Error('Máy chủ này chưa có chức năng xuất tệp này.');
        }
        if (type.includes('json')) {
          const p = await response.json();
          throw new Error((p.titleVi || '') + ': ' + (p.detailVi || ''));
        }
        throw new Error('Máy chủ trả lỗi ' + response.status + '.');
      }
      const disposition = response.headers.get('Content-Disposition') || '';
      const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
      const blob = await response.blob();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = match ? decodeURIComponent(match[1]) : fallbackName;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      show(messageBox, e.message, true);
    }
  }

  function show(box, text, isError) {
    if (!box) return;
    box.innerHTML = text ? '<div class="message' + (isError ? ' error' : '') + '">' + esc(text) + '</div>' : '';
  }

  /**
   * Query parameters of GET operations in the OpenAPI description: what this server supports (null: no such
   * operation; undefined: unknown, e.g. an operation that takes its criteria as one map and lists none).
   */
  let openApi;
  async function supportedParameters(path) {
    try {
      if (!openApi) openApi = await (await fetch('/v3/api-docs', { credentials: 'same-origin' })).json();
      const op = openApi.paths && openApi.paths[path] && openApi.paths[path].get;
      if (!op) return null;
      const query = (op.parameters || []).filter(p => p.in === 'query').map(p => p.name);
      return query.length ? new Set(query) : undefined;
    } catch (e) {
      return undefined;
    }
  }

  /** Unit id → name, filled by unitOptions (the API's search rows carry only the unit id). */
  const unitNames = {};

  async function unitOptions(selected) {
    try {
      const units = await api('/api/units');
      units.forEach(u => { unitNames[u.id] = u.name; });
      return '<option value="">(toàn bộ phạm vi)</option>' + units.map(u => {
        const depth = Math.max(0, (u.path || '').split('/').filter(Boolean).length - 1);
        return '<option value="' + esc(u.id) + '"' + (u.id === selected ? ' selected' : '') + '>'
          + '\u00a0\u00a0'.repeat(depth) + esc(u.name) + '</option>';
      }).join('');
    } catch (e) {
      return '<option value="">(toàn bộ phạm vi)</option>';
    }
  }

  // ------------------------------------------------------------------ search
  const SEARCH_FIELDS = [
    ['gender', 'Giới tính', 'select', [['', '(tất cả)'], ['Nam', 'Nam'], ['Nữ', 'Nữ']]],
    ['personnelCategory', 'Đối tượng', 'select', [['', '(tất cả)'], ['Cán bộ', 'Cán bộ'], ['Công chức', 'Công chức'],
      ['Viên chức', 'Viên chức'], ['Người lao động', 'Người lao động']]],
    ['rankOrTitleCode', 'Mã ngạch / chức danh', 'text'],
    ['salaryGroup', 'Nhóm ngạch lương (A0 … C3)', 'text'],
    ['salaryStep', 'Bậc lương', 'number'],
    ['educationLevel', 'Trình độ chuyên môn', 'select', [['', '(tất cả)'], ['TSKH', 'Tiến sĩ khoa học'], ['TS', 'Tiến sĩ'],
      ['ThS', 'Thạc sĩ'], ['Đại học', 'Đại học'], ['Cao đẳng', 'Cao đẳng'], ['Trung cấp', 'Trung cấp'], ['Sơ cấp', 'Sơ cấp']]],
    ['politicalTheoryLevel', 'Lý luận chính trị', 'select', [['', '(tất cả)'], ['Cử nhân', 'Cử nhân'], ['Cao cấp', 'Cao cấp'],
      ['Trung cấp', 'Trung cấp'], ['Sơ cấp', 'Sơ cấp']]],
    ['ageFrom', 'Tuổi từ', 'number'],
    ['ageTo', 'Tuổi đến', 'number'],
    ['ethnicityCode', 'Mã dân tộc', 'text'],
    ['religionCode', 'Mã tôn giáo', 'text'],
    ['partyMember', 'Đảng viên', 'select', [['', '(tất cả)'], ['true', 'Có'], ['false', 'Không']]],
    ['employmentStatus', 'Tình trạng công tác', 'select', [['', '(tất cả)'], ['ACTIVE', 'Đang công tác'],
      ['SECONDED', 'Biệt phái'], ['TRANSFERRED_OUT', 'Chuyển công tác'], ['RETIRED', 'Nghỉ hưu'], ['RESIGNED', 'Thôi việc'],
      ['DISMISSED', 'Buộc thôi việc'], ['DECEASED', 'Từ trần']]],
    ['archived', 'Lưu trữ', 'select', [['', '(tất cả)'], ['false', 'Đang quản lý'], ['true', 'Đã lưu trữ']]]
  ];

  async function searchPage() {
    const params = new URLSearchParams(location.search);
    const supported = await supportedParameters('/api/dossiers');
    const exportSupported = await supportedParameters('/api/dossiers/export');
    const field = ([key, label, type, options]) => {
      const off = supported && !supported.has(key);
      const title = off ? ' title="Máy chủ này chưa hỗ trợ tiêu chí này"' : '';
      const input = type === 'select'
        ? '<select name="' + key + '"' + (off ? ' disabled' : '') + '>' + options.map(([v, l]) =>
          '<option value="' + esc(v) + '"' + (params.get(key) === v ? ' selected' : '') + '>' + esc(l) + '</option>').join('') + '</select>'
        : '<input name="' + key + '" type="' + type + '" value="' + esc(params.get(key) || '') + '"' + (off ? ' disabled' : '') + '>';
      return '<div' + title + '><label>' + esc(label) + (off ? ' (chưa hỗ trợ)' : '') + '</label>' + input + '</div>';
    };
    const unsupported = supported ? SEARCH_FIELDS.filter(f => !supported.has(f[0])).length : 0;
    app.innerHTML = '<h1>Tìm kiếm hồ sơ</h1><form class="card" id="search"><div class="grid">'
      + '<div style="grid-column: span 2"><label>Họ tên (có hoặc không dấu) hoặc số CCCD</label>'
      + '<input name="q" value="' + esc(params.get('q') || '') + '" placeholder="Nguyen Thi Thuy"></div>'
      + '<div style="grid-column: span 2"><label>Đơn vị (gồm đơn vị trực thuộc)</label><select name="unitId">'
      + await unitOptions(params.get('unitId')) + '</select></div>'
      + '<div><label>Trạng thái hồ sơ</label><select name="status"><option value="">(tất cả)</option>'
      + Object.entries(STATUS_LABELS).map(([k, v]) => '<option value="' + k + '"' + (params.get('status') === k ? ' selected' : '') + '>' + v + '</option>').join('')
      + '</select></div>' + SEARCH_FIELDS.map(field).join('')
      + '</div><div class="row" style="margin-top:14px"><button type="submit">Tìm kiếm</button>'
      + '<button type="button" class="secondary" id="xlsx">Xuất Excel</button>'
      + '<button type="button" class="secondary" id="csv">Xuất CSV</button>'
      + '<span class="muted" id="note"></span></div></form><div id="msg"></div><div class="card" id="results"></div>';
    if (unsupported) {
      document.getElementById('note').textContent = 'Máy chủ này chưa hỗ trợ ' + unsupported
        + ' tiêu chí (ô màu xám); tìm kiếm dùng các tiêu chí còn lại.';
    }
    const form = document.getElementById('search');
    const query = (pageNo) => {
      const q = new URLSearchParams();
      new FormData(form).forEach((v, k) => { if (String(v).trim() !== '') q.set(k, String(v).trim()); });
      if (pageNo !== undefined) { q.set('page', pageNo); q.set('size', 20); }
      return q;
    };
    const run = async (pageNo) => {
      const q = query(pageNo);
      history.replaceState(null, '', '?' + query().toString());
      const box = document.getElementById('results');
      show(document.getElementById('msg'), '');
      try {
        const result = await api('/api/dossiers?' + q.toString());
        const items = result.items || result.content || [];
        const total = result.totalItems != null ? result.totalItems : (result.totalElements || items.length);
        const pages = result.totalPages || 1;
        const counted = result.totalCapped ? 'hơn ' + num(total) + ' hồ sơ (hãy thu hẹp điều kiện tìm kiếm)' : num(total) + ' hồ sơ';
        box.innerHTML = '<h2>Kết quả: ' + counted + '</h2><table><thead><tr><th>Số CCCD</th><th>Họ và tên</th>'
          + '<th>Giới tính</th><th>Ngày sinh</th><th>Đơn vị</th><th>Đối tượng</th><th>Trạng thái</th><th>Cập nhật</th></tr></thead><tbody>'
          + (items.length ? items.map(d => '<tr><td>' + esc(d.cccd || d.id || d.dossierId) + '</td><td>' + esc(d.fullName) + '</td><td>'
            + esc(d.gender) + '</td><td>' + fmtDate(d.dateOfBirth) + '</td><td>' + esc(d.unitName || unitNames[d.unitId] || d.unitId) + '</td><td>'
            + esc(d.personnelCategory) + '</td><td>' + esc(STATUS_LABELS[d.statusCode] || STATUS_LABELS[d.status] || d.status) + '</td><td>'
            + fmtTime(d.updatedAt) + '</td></tr>').join('') : '<tr><td colspan="8" class="muted">Không có hồ sơ nào phù hợp.</td></tr>')
          + '</tbody></table><div class="pager"><button class="secondary" id="prev"' + (pageNo > 0 ? '' : ' disabled')
          + '>‹ Trước</button><span>Trang ' + (pageNo + 1) + ' / ' + Math.max(1, pages) + '</span><button class="secondary" id="next"'
          + (pageNo + 1 < pages ? '' : ' disabled') + '>Sau ›</button></div>';
        document.getElementById('prev').onclick = () => run(pageNo - 1);
        document.getElementById('next').onclick = () => run(pageNo + 1);
      } catch (e) {
        box.innerHTML = '';
        show(document.getElementById('msg'), e.status === 400
          ? 'Máy chủ không nhận một tiêu chí: ' + e.message : e.message, true);
      }
    };
    form.onsubmit = (e) => { e.preventDefault(); run(0); };
    const exportTo = (format, accept) => {
      if (exportSupported === null) {
        show(document.getElementById('msg'), 'Máy chủ này chưa có chức năng xuất kết quả tìm kiếm (Excel, CSV).', true);
        return;
      }
      const q = query();
      q.set('format', format);
      download('/api/dossiers/export?' + q.toString(), accept, 'ket-qua-tim-kiem.' + format, document.getElementById('msg'));
    };
    document.getElementById('xlsx').onclick = () => exportTo('xlsx', XLSX);
    document.getElementById('csv').onclick = () => exportTo('csv', 'text/csv');
    run(0);
  }

  // ------------------------------------------------------------------ statistics
  const BY = [['rank', 'Ngạch'], ['title', 'Chức danh nghề nghiệp'], ['position', 'Vị trí việc làm'], ['ageBand', 'Nhóm tuổi'],
    ['gender', 'Giới tính'], ['ethnicity', 'Dân tộc'], ['education', 'Trình độ chuyên môn'], ['politicalTheory', 'Lý luận chính trị']];

  async function statisticsPage() {
    const params = new URLSearchParams(location.search);
    const today = new Date().toISOString().substring(0, 10);
    const headcount = await supportedParameters('/api/reports/headcount');
    app.innerHTML = '<h1>Thống kê số lượng</h1><form class="card" id="stats"><div class="grid">'
      + '<div><label>Thống kê theo</label><select name="by">' + BY.map(([k, l]) => '<option value="' + k + '"'
      + (params.get('by') === k ? ' selected' : '') + '>' + l + '</option>').join('') + '</select></div>'
      + '<div style="grid-column: span 2"><label>Đơn vị</label><select name="unitId">' + await unitOptions(params.get('unitId') || '') + '</select></div>'
      + '<div><label>Tính đến ngày</label><input type="date" name="asOf" value="' + esc(params.get('asOf') || today) + '"></div>'
      + '</div><div class="row" style="margin-top:14px"><button type="submit">Xem thống kê</button>'
      + '<button type="button" class="secondary" id="xlsx">Tải Excel</button></div></form><div id="msg"></div>'
      + '<div class="card" id="table"></div><div class="card" id="quotas"></div>';
    const form = document.getElementById('stats');
    let scope = '';
    const query = () => { const q = new URLSearchParams(); new FormData(form).forEach((v, k) => { if (v) q.set(k, v); }); return q; };
    const run = async () => {
      const q = query();
      history.replaceState(null, '', '?' + q.toString());
      show(document.getElementById('msg'), '');
      const box = document.getElementById('table');
      if (headcount === null) {
        box.innerHTML = '';
        show(document.getElementById('msg'), 'Máy chủ này chưa có báo cáo số lượng theo ngạch, chức danh, độ tuổi… '
          + '(GET /api/reports/headcount). Dưới đây là đối chiếu biên chế được giao với thực tế.');
      } else {
        try {
          const report = await api('/api/reports/headcount?' + q.toString());
          const title = 'Số lượng theo ' + BY.find(b => b[0] === q.get('by'))[1].toLowerCase();
          if (Array.isArray(report.totals)) headcountTable(box, title, report); else renderRows(box, title, report);
          scope = report.unitId || scope;
        } catch (e) {
          box.innerHTML = '';
          show(document.getElementById('msg'), e.message, true);
        }
      }
      // without a chosen unit: the scope the headcount report answered for (the caller's whole scope)
      const unit = q.get('unitId') || scope;
      if (unit) quotas(unit, (q.get('asOf') || today).substring(0, 4));
      else document.getElementById('quotas').innerHTML = '<h2>Biên chế được giao và thực tế</h2><p class="muted">Chọn một đơn vị để xem.</p>';
    };
    form.onsubmit = (e) => { e.preventDefault(); run(); };
    document.getElementById('xlsx').onclick = () => {
      if (headcount === null) {
        show(document.getElementById('msg'), 'Máy chủ này chưa có báo cáo số lượng nên chưa tải được tệp Excel.', true);
        return;
      }
      download('/api/reports/headcount?' + query().toString(), XLSX, 'thong-ke.xlsx', document.getElementById('msg'));
    };
    run();
  }

  /** The headcount report as units × values (the labels the server gives, "Chưa khai" = not declared), with totals. */
  function headcountTable(box, title, report) {
    const columns = report.totals.map(t => t.key);
    const labels = Object.fromEntries(report.totals.map(t => [t.key, t.label]));
    const units = [];
    const cells = {};
    (report.rows || []).forEach(r => {
      if (!cells[r.unitId]) { cells[r.unitId] = {}; units.push([r.unitId, r.unitName]); }
      cells[r.unitId][r.key] = r.count;
    });
    const sum = (o) => columns.reduce((n, k) => n + (o[k] || 0), 0);
    const totals = Object.fromEntries(report.totals.map(t => [t.key, t.count]));
    box.innerHTML = '<h2>' + esc(title) + ' · ' + esc(report.unitName || report.unitId) + ' · tính đến ngày ' + fmtDate(report.asOf)
      + '</h2>' + (columns.length ? '<table id="headcount"><thead><tr><th>Đơn vị</th>' + columns.map(k => '<th class="num">' + esc(labels[k]) + '</th>').join('')
      + '<th class="num">Tổng</th></tr></thead><tbody>' + units.map(([id, name]) => '<tr><td>' + esc(name || id) + '</td>'
        + columns.map(k => '<td class="num">' + num(cells[id][k]) + '</td>').join('') + '<td class="num">' + num(sum(cells[id])) + '</td></tr>').join('')
      + '<tr class="total"><td>Tổng cộng</td>' + columns.map(k => '<td class="num">' + num(totals[k]) + '</td>').join('')
      + '<td class="num">' + num(report.total) + '</td></tr></tbody></table>' : '<p class="muted">Không có số liệu.</p>');
  }

  /** A table of any JSON rows: an array of objects (or {rows: […]}); nested objects are flattened one level. */
  function renderRows(box, title, data) {
    const rows = Array.isArray(data) ? data : (data.rows || data.items || []);
    const flat = rows.map(r => {
      const out = {};
      Object.entries(r).forEach(([k, v]) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) Object.entries(v).forEach(([k2, v2]) => { out[k + ' · ' + k2] = v2; });
        else if (!Array.isArray(v)) out[k] = v;
      });
      return out;
    });
    const keys = [...new Set(flat.flatMap(r => Object.keys(r)))];
    box.innerHTML = '<h2>' + esc(title) + '</h2>' + (flat.length ? '<table><thead><tr>' + keys.map(k => '<th' + (typeof flat[0][k] === 'number' ? ' class="num"' : '') + '>' + esc(k) + '</th>').join('')
      + '</tr></thead><tbody>' + flat.map(r => '<tr>' + keys.map(k => typeof r[k] === 'number' ? '<td class="num">' + num(r[k]) + '</td>' : '<td>' + esc(r[k]) + '</td>').join('') + '</tr>').join('')
      + '</tbody></table>' : '<p class="muted">Không có số liệu.</p>');
  }

  async function quotas(unitId, year) {
    const box = document.getElementById('quotas');
    try {
      const rows = await api('/api/reports/quotas?unitId=' + encodeURIComponent(unitId) + '&year=' + encodeURIComponent(year));
      const cats = [['CIVIL_SERVANT', 'Biên chế công chức'], ['PUBLIC_EMPLOYEE', 'Số lượng người làm việc'], ['CONTRACT_WORKER', 'Hợp đồng lao động']];
      box.innerHTML = '<h2>Biên chế được giao và thực tế năm ' + esc(year) + '</h2><table><thead><tr><th>Đơn vị</th>'
        + cats.map(c => '<th class="num">' + c[1] + ': giao</th><th class="num">thực tế</th>').join('') + '<th class="num">Chưa phân loại</th></tr></thead><tbody>'
        + rows.map(r => '<tr><td>' + esc(r.name) + '</td>' + cats.map(c => {
          const l = (r.lines || {})[c[0]] || {};
          return '<td class="num">' + num(l.quota) + '</td><td class="num">' + num(l.actual) + '</td>';
        }).join('') + '<td class="num">' + num(r.uncategorised) + '</td></tr>').join('') + '</tbody></table>';
    } catch (e) {
      box.innerHTML = '<h2>Biên chế được giao và thực tế</h2><div class="message error">' + esc(e.message) + '</div>';
    }
  }

  // ------------------------------------------------------------------ campaigns
  async function campaignsPage() {
    const nextMonth = new Date(Date.now() + 30 * 864e5).toISOString().substring(0, 10);
    app.innerHTML = '<h1>Chiến dịch khai báo hồ sơ</h1>' + (isAdmin ? '<form class="card" id="launch"><h2>Phát động chiến dịch</h2><div class="grid">'
      + '<div style="grid-column: span 2"><label>Tên chiến dịch</label><input name="name" required placeholder="Rà soát, cập nhật 11 nhóm thông tin năm 2027"></div>'
      + '<div style="grid-column: span 2"><label>Phạm vi (đơn vị và các đơn vị trực thuộc)</label><select name="unitId" required>'
      + (await unitOptions('HY')).replace('<option value="">(toàn bộ phạm vi)</option>', '') + '</select></div>'
      + '<div><label>Hạn hoàn thành</label><input type="date" name="deadline" required value="' + nextMonth + '"></div>'
      + '<div><button type="submit">Phát động</button></div></div></form>' : '')
      + '<div id="msg"></div><div class="card" id="list"></div>';
    const list = async () => {
      let campaigns;
      try {
        campaigns = await api('/api/campaigns');
      } catch (e) {
        document.getElementById('list').innerHTML = '';
        show(document.getElementById('msg'), e.message, true);
        return;
      }
      document.getElementById('list').innerHTML = '<h2>Các chiến dịch</h2><table><thead><tr><th>Tên</th><th>Phạm vi</th><th>Hạn</th>'
        + '<th>Trạng thái</th><th style="width:28%">Tiến độ khởi động</th><th class="num">Người</th><th></th></tr></thead><tbody>'
        + (campaigns.length ? campaigns.map(c => {
          const pct = c.total ? Math.round(100 * c.started / c.total) : (c.status === 'STARTING' ? 0 : 100);
          return '<tr><td>' + esc(c.name) + '</td><td>' + esc(c.unitName) + '</td><td>' + fmtDate(c.deadline) + '</td><td><span class="badge '
            + c.status + '">' + esc(CAMPAIGN_STATUS[c.status] || c.status) + '</span></td><td><div class="bar"><span style="width:' + pct
            + '%"></span></div><span class="muted">' + num(c.started) + ' / ' + num(c.total) + ' khai báo đã khởi động'
            + (c.locked ? ', ' + num(c.locked) + ' hồ sơ đã khóa' : '') + '</span></td><td class="num">' + num(c.members)
            + '</td><td><a href="/khai-thac/bang-theo-doi?id=' + encodeURIComponent(c.id) + '">Bảng theo dõi</a></td></tr>';
        }).join('') : '<tr><td colspan="7" class="muted">Chưa có chiến dịch nào.</td></tr>') + '</tbody></table>';
      if (campaigns.some(c => c.status === 'STARTING')) setTimeout(list, 1000);
    };
    const form = document.getElementById('launch');
    if (form) {
      form.onsubmit = async (e) => {
        e.preventDefault();
        const body = Object.fromEntries(new FormData(form).entries());
        try {
          await api('/api/campaigns', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
          show(document.getElementById('msg'), 'Đã phát động chiến dịch "' + body.name + '". Các khai báo đang được khởi động theo lô.');
          form.reset();
          list();
        } catch (err) {
          show(document.getElementById('msg'), err.message, true);
        }
      };
    }
    list();
  }

  // ------------------------------------------------------------------ dashboard
  async function dashboardPage() {
    const params = new URLSearchParams(location.search);
    let campaigns;
    try {
      campaigns = await api('/api/campaigns');
    } catch (e) {
      app.innerHTML = '<h1>Bảng theo dõi chiến dịch</h1><div class="message error">' + esc(e.message) + '</div>';
      return;
    }
    if (!campaigns.length) {
      app.innerHTML = '<h1>Bảng theo dõi chiến dịch</h1><div class="message">Chưa có chiến dịch nào. <a href="/khai-thac/chien-dich">Phát động chiến dịch</a></div>';
      return;
    }
    const id = params.get('id') || campaigns[0].id;
    const unitId = params.get('unitId') || '';
    let dash;
    try {
      dash = await api('/api/campaigns/' + encodeURIComponent(id) + '/dashboard' + (unitId ? '?unitId=' + encodeURIComponent(unitId) : ''));
    } catch (e) {
      app.innerHTML = '<h1>Bảng theo dõi chiến dịch</h1><div class="message error">' + esc(e.message) + '</div>';
      return;
    }
    const c = dash.campaign;
    const t = dash.total;
    const kpi = (label, value, color) => '<div class="kpi" style="border-top-color:' + color + '"><div class="v">' + num(value) + '</div><div class="l">' + label + '</div></div>';
    app.innerHTML = '<div class="row" style="justify-content:space-between"><h1>' + esc(c.name) + '</h1><div class="row">'
      + '<select id="pick" style="width:auto">' + campaigns.map(x => '<option value="' + esc(x.id) + '"' + (x.id === id ? ' selected' : '') + '>' + esc(x.name) + '</option>').join('') + '</select></div></div>'
      + '<p class="muted">Phạm vi: <b>' + esc(dash.unitName) + '</b>' + (dash.unitId !== c.unitId ? ' (<a href="?id=' + encodeURIComponent(id) + '">' + esc(c.unitName) + '</a>)' : '')
      + ' · Hạn: <b>' + fmtDate(c.deadline) + '</b> · <span class="badge ' + c.status + '">' + esc(CAMPAIGN_STATUS[c.status]) + '</span>'
      + (c.status === 'STARTING' ? ' · đã khởi động ' + num(c.started) + ' / ' + num(c.total) + ' khai báo' : '') + '</p>'
      + '<div class="kpis">' + kpi('Tổng số người', t.members, '#1f3b57') + STATES.map(([k, l, col]) => kpi(l, t.counts[k], col)).join('') + kpi('Quá hạn', t.overdue, '#c0392b') + '</div>'
      + '<div class="card"><h2>Tiến độ theo đơn vị</h2><div class="legend">' + STATES.map(([, l, col]) => '<span><i style="background:' + col + '"></i>' + l + '</span>').join('')
      + '<span><i style="background:#c0392b;border-radius:6px"></i>Quá hạn</span></div><div id="chart"></div></div>'
      + '<div class="card"><div class="row" style="justify-content:space-between"><h2>Số liệu theo đơn vị</h2><a class="button secondary" href="/api/campaigns/'
      + encodeURIComponent(id) + '/dashboard/export?unitId=' + encodeURIComponent(dash.unitId) + '">Xuất danh sách (CSV)</a></div><div id="table"></div></div>'
      + '<div class="card" id="people"><p class="muted">Chọn một ô số liệu để xem danh sách người.</p></div>';
    document.getElementById('pick').onchange = (e) => { location.search = '?id=' + encodeURIComponent(e.target.value); };
    document.getElementById('chart').innerHTML = chart(dash.units);
    // the row of the unit itself counts only the people kept directly in it (data-direct); the total row, its subtree
    const cell = (u, state, value, direct) => value ? '<a class="cell" href="#" data-unit="' + esc(u) + '" data-state="' + state + '"'
      + (direct ? ' data-direct="1"' : '') + '>' + num(value) + '</a>' : '<span class="muted">0</span>';
    const line = (r, total) => '<tr' + (total ? ' class="total"' : '') + '><td>' + (total || r.unitId === dash.unitId ? esc(r.name)
      : '<a href="?id=' + encodeURIComponent(id) + '&unitId=' + encodeURIComponent(r.unitId) + '">' + esc(r.name) + '</a>') + '</td><td class="num">' + cell(r.unitId, '', r.members, !total && r.unitId === dash.unitId) + '</td>'
      + STATES.map(([k]) => '<td class="num">' + cell(r.unitId, k, r.counts[k], !total && r.unitId === dash.unitId) + '</td>').join('')
      + '<td class="num">' + cell(r.unitId, 'OVERDUE', r.overdue, !total && r.unitId === dash.unitId) + '</td>'
      + '<td class="num">' + (r.members ? Math.round(100 * ((r.counts.CONFIRMED || 0) + (r.counts.SIGNED || 0) + (r.counts.SYNCED || 0)) / r.members) : 0) + '%</td></tr>';
    document.getElementById('table').innerHTML = '<table><thead><tr><th>Đơn vị</th><th class="num">Tổng</th>' + STATES.map(([, l]) => '<th class="num">' + l + '</th>').join('')
      + '<th class="num">Quá hạn</th><th class="num">Đã xác nhận</th></tr></thead><tbody>' + dash.units.map(r => line(r)).join('') + line(Object.assign({}, t, { unitId: dash.unitId, name: 'Tổng cộng' }), true) + '</tbody></table>';
    document.getElementById('table').onclick = (e) => {
      const a = e.target.closest('a.cell');
      if (!a) return;
      e.preventDefault();
      people(id, a.dataset.unit, a.dataset.state, a.dataset.direct === '1');
    };
    if (c.status === 'STARTING') setTimeout(dashboardPage, 2000);
  }

  /** Horizontal stacked bars, one per unit; widths are shares of the unit's people, overdue as a red count. */
  function chart(rows) {
    if (!rows.length) return '<p class="muted">Chưa có người nào trong phạm vi.</p>';
    const labelW = 250, barW = 640, rowH = 34, top = 24;
    const height = top + rows.length * rowH + 10;
    let svg = '<svg viewBox="0 0 ' + (labelW + barW + 90) + ' ' + height + '" width="100%" role="img" aria-label="Tiến độ theo đơn vị">';
    [0, 25, 50, 75, 100].forEach(p => {
      const x = labelW + barW * p / 100;
      svg += '<line x1="' + x + '" y1="' + (top - 6) + '" x2="' + x + '" y2="' + (height - 8) + '" stroke="#e3e8ee"/>'
        + '<text x="' + x + '" y="' + (top - 10) + '" font-size="11" fill="#5d6b7a" text-anchor="middle">' + p + '%</text>';
    });
    rows.forEach((r, i) => {
      const y = top + i * rowH;
      const name = r.name.length > 34 ? r.name.substring(0, 33) + '…' : r.name;
      svg += '<text x="' + (labelW - 10) + '" y="' + (y + 18) + '" font-size="12" text-anchor="end" fill="#1d2733">' + esc(name) + '</text>';
      let x = labelW;
      STATES.forEach(([k, l, col]) => {
        const n = r.counts[k] || 0;
        if (!n || !r.members) return;
        const w = barW * n / r.members;
        svg += '<rect x="' + x.toFixed(1) + '" y="' + (y + 5) + '" width="' + w.toFixed(1) + '" height="20" fill="' + col + '"><title>' + esc(r.name) + ' – ' + l + ': ' + n + '</title></rect>';
        if (w > 24) svg += '<text x="' + (x + w / 2).toFixed(1) + '" y="' + (y + 19) + '" font-size="11" fill="#fff" text-anchor="middle">' + n + '</text>';
        x += w;
      });
      if (!r.members) svg += '<text x="' + (labelW + 4) + '" y="' + (y + 19) + '" font-size="11" fill="#5d6b7a">(không có người)</text>';
      svg += '<text x="' + (labelW + barW + 8) + '" y="' + (y + 19) + '" font-size="12" fill="#1d2733">' + num(r.members) + '</text>';
      if (r.overdue) svg += '<circle cx="' + (labelW + barW + 60) + '" cy="' + (y + 15) + '" r="11" fill="#c0392b"/><text x="' + (labelW + barW + 60) + '" y="' + (y + 19) + '" font-size="11" fill="#fff" text-anchor="middle">' + r.overdue + '</text>';
    });
    return svg + '</svg>';
  }

  async function people(id, unitId, state, direct) {
    const box = document.getElementById('people');
    const label = state === 'OVERDUE' ? 'Quá hạn' : state ? STATES.find(s => s[0] === state)[1] : 'Tất cả';
    const q = '?unitId=' + encodeURIComponent(unitId) + (state ? '&state=' + state : '');
    try {
      const all = await api('/api/campaigns/' + encodeURIComponent(id) + '/dashboard/people' + q + '&size=500');
      // the API lists the unit's whole subtree; the row of the unit itself shows only the people kept in it
      const list = direct ? all.filter(p => p.unitId === unitId) : all;
      box.innerHTML = '<div class="row" style="justify-content:space-between"><h2>Danh sách: ' + esc(label) + ' (' + num(list.length) + (all.length === 500 ? '+' : '') + ' người'
        + (direct ? ', chỉ người thuộc trực tiếp đơn vị' : '') + ')</h2>'
        + '<a class="button secondary" href="/api/campaigns/' + encodeURIComponent(id) + '/dashboard/export' + q + '">Xuất CSV' + (direct ? ' (gồm đơn vị trực thuộc)' : '') + '</a></div>'
        + '<table><thead><tr><th>Số CCCD</th><th>Họ và tên</th><th>Đơn vị</th><th>Trạng thái</th><th>Quá hạn</th><th>Cập nhật lúc</th></tr></thead><tbody>'
        + list.map(p => '<tr><td>' + esc(p.dossierId) + '</td><td>' + esc(p.fullName) + '</td><td>' + esc(p.unitName) + '</td><td>'
          + esc((STATES.find(s => s[0] === p.state) || [0, p.state])[1]) + '</td><td>' + (p.overdue ? '<span style="color:#c0392b">Quá hạn</span>' : '') + '</td><td>'
          + fmtTime(p.updatedAt) + '</td></tr>').join('') + '</tbody></table>';
      box.scrollIntoView({ behavior: 'smooth' });
    } catch (e) {
      box.innerHTML = '<div class="message error">' + esc(e.message) + '</div>';
    }
  }

  ({ 'tim-kiem': searchPage, 'thong-ke': statisticsPage, 'chien-dich': campaignsPage, 'bang-theo-doi': dashboardPage })[page]();
})();
