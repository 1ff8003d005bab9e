// Browser check of the pages "Khai thác" (/khai-thac/): logs in through the Tasklist login form and clicks through
// search, statistics, campaigns and the dashboard in a real Chromium, driven by Playwright.
//
//   node scripts/ui-check.mjs [base-url]        (default http://127.0.0.1:8080; usually run via scripts/ui-check)
//
// Needs, outside the repository:
//   - Chromium: HOSO_UI_CHROMIUM (default /usr/bin/chromium, Debian package "chromium");
//   - playwright-core, resolved by require(): NODE_PATH=/opt/pw/node_modules (e.g. `npm install playwright-core`
//     in /opt/pw), or HOSO_UI_PLAYWRIGHT = path of the playwright-core package directory;
//   - demo users admin, stc.daumoi (password HOSO_DEMO_PASSWORD, default Demo@2026).
// HOSO_UI_DEBUG=1 logs every request and response.
// Writes the screenshots docs/evidence/search-browser.png and docs/evidence/dashboard-browser.png (HOSO_UI_EVIDENCE
// = another directory). It launches a campaign for the province (unit HY) as admin, so run it on a demo or test
// instance only. Exit code 0 = PASS, 1 = FAIL, 2 = could not start.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let chromium;
try {
  ({ chromium } = require(process.env.HOSO_UI_PLAYWRIGHT || 'playwright-core'));
} catch (e) {
  console.error('playwright-core not found: set NODE_PATH=/opt/pw/node_modules or HOSO_UI_PLAYWRIGHT (' + e.message + ')');
  process.exit(2);
}

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const password = process.env.HOSO_DEMO_PASSWORD || 'Demo@2026';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evidence = process.env.HOSO_UI_EVIDENCE || join(repo, 'docs', 'evidence');
mkdirSync(evidence, { recursive: true });

const results = [];
const problems = []; // console errors, page errors, failed /api calls
const notes = [];
let current = '';

function check(name, ok, detail) {
  results.push({ name, ok: !!ok, detail: detail || '' });
  console.log((ok ? '  ok   ' : '  FAIL ') + name + (detail ? ' — ' + detail : ''));
  return !!ok;
}

// Camunda's own Tasklist asks for /camunda-welcome (not served by the Spring Boot starter): noise of the login page,
// not of our pages. Everything else is counted.
const IGNORED = [/\/camunda-welcome$/];

function watch(page, who) {
  if (process.env.HOSO_UI_DEBUG) {
    const t0 = Date.now();
    const log = (what, r, extra) => console.log('       [' + ((Date.now() - t0) / 1000).toFixed(1) + 's] ' + what + ' ' + r.url() + (extra || ''));
    page.on('request', (r) => log('>', r));
    page.on('response', (r) => log('<', r, ' ' + r.status()));
    page.on('requestfinished', (r) => log('=', r));
  }
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = (m.location() && m.location().url) || '';
    if (IGNORED.some((r) => r.test(url))) return;
    problems.push(who + ' console error on ' + page.url() + ': ' + m.text() + (url ? ' (' + url + ')' : ''));
  });
  page.on('pageerror', (e) => problems.push(who + ' page error on ' + page.url() + ': ' + e.message));
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) problems.push(who + ' request failed: ' + r.url() + ' ' + (r.failure() || {}).errorText);
  });
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() >= 400 && path.startsWith('/api/')) problems.push(who + ' ' + r.status() + ' ' + r.request().method() + ' ' + r.url() + ' (' + current + ')');
  });
}

async function login(browser, user) {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(45000); // a busy machine (CI, shared cores) is slow
  watch(page, user);
  current = 'login ' + user;
  // a visitor without a session is sent to the Tasklist login
  await page.goto(base + '/khai-thac/tim-kiem');
  await page.waitForSelector('input[ng-model="username"]');
  check(user + ': /khai-thac/ without a session goes to the Tasklist login', page.url().includes('/camunda/app/tasklist/'), page.url());
  // the Tasklist (AngularJS) may show its form before it is bound: if the login does not go through, type again
  for (let attempt = 1; ; attempt++) {
    await page.fill('input[ng-model="username"]', user);
    await page.fill('input[ng-model="password"]', password);
    await page.click('button[type="submit"]');
    try {
      await page.waitForFunction(() => !location.hash.includes('/login'), null, { timeout: 20000 });
      return page;
    } catch (e) {
      if (attempt === 3) {
        await page.screenshot({ path: join(tmpdir(), 'ui-check-failure-login-' + user + '.png'), fullPage: true }).catch(() => {});
        throw new Error('Tasklist login of ' + user + ' did not go through (' + page.url() + ')');
      }
      console.log('       login of ' + user + ' not through yet, again');
    }
  }
}

async function downloadStartsWithPK(page, click, what) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), click()]);
  const file = await download.path();
  const head = readFileSync(file).subarray(0, 2).toString('latin1');
  return check(what + ': .xlsx download arrives (' + download.suggestedFilename() + ')',
    download.suggestedFilename().endsWith('.xlsx') && head === 'PK', 'first bytes ' + JSON.stringify(head));
}

async function searchAndExport(page) {
  current = 'search';
  await page.goto(base + '/khai-thac/tim-kiem');
  await page.waitForSelector('#search input[name="q"]');
  await page.waitForSelector('#results h2');
  const greyed = await page.locator('#search [name]:disabled').count();
  check('search: every criterion is enabled', greyed === 0, greyed + ' greyed out');
  // the name without diacritics finds the demo person of Sở Tài chính's budget office (issue 8, "done when")
  await page.fill('#search input[name="q"]', 'Nguyen Thi Thuy');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/dossiers?') && r.url().includes('q=Nguyen')),
    page.click('#search button[type="submit"]')]);
  await page.waitForFunction(() => /Kết quả/.test(document.querySelector('#results').textContent));
  const text = await page.innerText('#results');
  check('search "Nguyen Thi Thuy" (no diacritics) finds "Nguyễn Thị Thủy"', text.includes('Nguyễn Thị Thủy'), text.split('\n')[0]);
  check('search: the unit column shows the unit name', text.includes('Phòng Quản lý ngân sách'));
  await page.screenshot({ path: join(evidence, 'search-browser.png'), fullPage: true });
  await downloadStartsWithPK(page, () => page.click('#xlsx'), 'search export');
  const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('#csv')]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  check('search export: CSV download with BOM and Vietnamese headers (' + csv.suggestedFilename() + ')',
    csvText.startsWith('\ufeff') && csvText.includes('Họ và tên') && csvText.includes('Nguyễn Thị Thủy'));
  check('search export: no error message', (await page.locator('#msg .message.error').count()) === 0);
}

async function statistics(page) {
  current = 'statistics';
  await page.goto(base + '/khai-thac/thong-ke');
  await page.waitForSelector('#stats select[name="by"]');
  // the page shows the default report first: let it finish before asking again
  await page.waitForSelector('#quotas h2');
  await page.selectOption('#stats select[name="by"]', 'rank');
  await page.selectOption('#stats select[name="unitId"]', '');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/reports/headcount?') && r.url().includes('by=rank'), { timeout: 60000 }),
    page.click('#stats button[type="submit"]')]);
  await page.waitForSelector('#table table');
  const table = await page.innerText('#table');
  check('statistics: headcount by rank for the whole scope shows a table', /Tổng cộng/.test(table), table.split('\n')[0]);
  check('statistics: the seeded ranks by name ("Chuyên viên (01.003)", "Chuyên viên chính (01.002)")',
    /Chuyên viên \(01\.003\)/.test(table) && /Chuyên viên chính \(01\.002\)/.test(table), table.split('\n')[1]);
  check('statistics: no error message', (await page.locator('#msg .message.error').count()) === 0,
    await page.locator('#msg').innerText());
  await page.waitForSelector('#quotas h2');
  check('statistics: quota report shown', (await page.locator('#quotas table').count()) === 1,
    (await page.innerText('#quotas')).split('\n')[0]);
  await downloadStartsWithPK(page, () => page.click('#xlsx'), 'statistics Excel');
}

// The employee opens the declaration task in Tasklist: the Camunda Form is filled from the saved draft at that moment
// (the task holds only a marker until its form variables are read, DeferredFormPrefill).
async function declarationForm(page) {
  current = 'declaration form';
  await page.goto(base + '/camunda/app/tasklist/default/');
  const task = page.locator('.tasks-list .task', { hasText: 'Khai báo hồ sơ' }).first();
  await task.waitFor();
  const [variables] = await Promise.all([
    page.waitForResponse((r) => /\/task\/[^/]+\/form-variables/.test(r.url())),
    task.click()]);
  check('declaration: Tasklist reads the form variables (' + variables.status() + ')', variables.status() === 200);
  const body = await variables.json().catch(() => ({}));
  check('declaration: the form variables carry the saved draft (fullName)',
    body.fullName && body.fullName.value === 'Bùi Thị Thủy', JSON.stringify(body.fullName || null));
  check('declaration: no prefill marker reaches the form', !('formPrefillPending' in body));
  await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Bùi Thị Thủy'));
  check('declaration: the form shows the name from the draft', true);
  await page.screenshot({ path: join(evidence, 'declaration-browser.png'), fullPage: false });
}

async function campaignAndDashboard(page) {
  current = 'campaigns';
  await page.goto(base + '/khai-thac/chien-dich');
  await page.waitForSelector('#launch');
  const name = 'Kiểm tra trình duyệt ' + new Date().toISOString().substring(0, 19).replace('T', ' ');
  const deadline = new Date(Date.now() + 31 * 864e5).toISOString().substring(0, 10);
  await page.fill('#launch input[name="name"]', name);
  await page.selectOption('#launch select[name="unitId"]', 'HY');
  await page.fill('#launch input[name="deadline"]', deadline);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/campaigns') && r.request().method() === 'POST'),
    page.click('#launch button[type="submit"]')]);
  const row = page.locator('#list tr', { hasText: name });
  await row.waitFor();
  check('campaigns: launch confirmed', (await page.innerText('#msg')).includes('Đã phát động'), await page.innerText('#msg'));
  // the list polls while STARTING; wait for RUNNING (every declaration started)
  await page.locator('#list tr', { hasText: name }).locator('.badge.RUNNING').waitFor({ timeout: 120000 });
  const progress = await row.innerText();
  check('campaigns: progress shows started / total, running', /Đang diễn ra/.test(progress) && /(\d+) \/ \1 khai báo đã khởi động/.test(progress),
    progress.replace(/\s+/g, ' '));

  current = 'dashboard';
  await row.locator('a', { hasText: 'Bảng theo dõi' }).click();
  await page.waitForSelector('#chart svg');
  check('dashboard: opened for the new campaign', (await page.innerText('h1')).includes(name));
  const bars = await page.locator('#chart svg rect').count();
  check('dashboard: per-unit chart SVG has bars', bars > 0, bars + ' bars');
  const units = await page.locator('#table tbody tr').count();
  check('dashboard: table has units and the total', units >= 2, units + ' rows');
  await page.locator('#table a.cell').first().click();
  await page.waitForSelector('#people table');
  const names = await page.locator('#people tbody tr').count();
  const heading = await page.innerText('#people h2');
  const shown = Number((/\((\d+)/.exec(heading) || [])[1]);
  check('dashboard: drill-down lists names', names > 0 && shown === names, heading + ', ' + names + ' rows');
  await page.screenshot({ path: join(evidence, 'dashboard-browser.png'), fullPage: true });

  // drill down into Sở Tài chính: the row of the unit itself lists only the people kept directly in it
  current = 'dashboard STC';
  const id = new URL(page.url()).searchParams.get('id');
  await page.goto(base + '/khai-thac/bang-theo-doi?id=' + encodeURIComponent(id) + '&unitId=STC');
  await page.waitForSelector('#table table');
  const own = page.locator('#table tbody tr:not(.total)', { hasText: 'Sở Tài chính tỉnh Hưng Yên' }).locator('a.cell').first();
  if (await own.count()) {
    const count = Number((await own.innerText()).replace(/\D/g, ''));
    await own.click();
    await page.waitForSelector('#people table');
    const listed = await page.locator('#people tbody tr').count();
    check('dashboard: drill-down of the unit itself lists its own people only', listed === count, count + ' counted, ' + listed + ' listed');
  } else {
    notes.push('no people kept directly in STC: own-row drill-down not checked');
  }
}

let browser;
let exitCode = 0;
try {
  browser = await chromium.launch({
    executablePath: process.env.HOSO_UI_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
} catch (e) {
  console.error('cannot start Chromium: ' + e.message);
  process.exit(2);
}
console.log('ui-check against ' + base);
for (const [user, steps] of [['038185011234', [declarationForm]], ['stc.daumoi', [searchAndExport, statistics]],
  ['admin', [campaignAndDashboard]]]) {
  let page;
  try {
    page = await login(browser, user);
    for (const step of steps) {
      try {
        await step(page);
      } catch (e) {
        check(user + ': ' + step.name + ' ran to the end', false, e.message.split('\n')[0]);
        const shot = join(tmpdir(), 'ui-check-failure-' + step.name + '.png');
        await page.screenshot({ path: shot, fullPage: true }).then(() => console.log('       screenshot ' + shot), () => {});
      }
    }
  } catch (e) {
    check(user + ': login', false, e.message.split('\n')[0]);
  }
  if (page) await page.context().close();
}
await browser.close();

check('no JavaScript console errors, page errors or failed /api requests', problems.length === 0, problems.length + ' found');
problems.forEach((p) => console.log('       ' + p));
notes.forEach((n) => console.log('  note ' + n));
const failed = results.filter((r) => !r.ok);
console.log((failed.length ? 'FAIL' : 'PASS') + ': ' + (results.length - failed.length) + ' of ' + results.length + ' checks passed'
  + (failed.length ? '; failed: ' + failed.map((r) => r.name).join('; ') : ''));
exitCode = failed.length ? 1 : 0;
process.exit(exitCode);
