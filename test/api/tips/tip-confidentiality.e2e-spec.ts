import { ConsoleLogger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { ApiApp } from '../../support/api-app';
import { addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';
import { TipLinks, receiveBody, startTipsApp, tipSteps } from '../../support/tip-steps';

/**
 * The reporter's name and phone must appear nowhere but in the custodian's reveal: no HTTP response of any other
 * request, no log line, no export, no event row, no read-model (or any other) table row.
 *
 * Every substring of length ≥ 4 of the name and of the phone is searched for. The name (欧阳慕雪) is four characters,
 * so it is searched whole. The phone's 4-digit windows can turn up by chance inside random hex (digests, UUIDs,
 * signatures, bytea ciphertext) and inside the log's counters (transaction ids and positions: the test server's xid
 * counter is shared by every spec's database and can reach any 5–6 digit value). A match is excused only when it lies
 * wholly inside one token of ≥ 32 hex, UUID or base64(url) characters, a log position `commit/prepare`, the
 * number of a position / revision / transaction-id field, or the fraction of a timestamp's seconds (PostgreSQL keeps
 * microseconds: `14.957683`); every excused match is counted and printed. The phone was
 * chosen with no window a date or a year could produce (no 2024/2025/2026, no 0000): a match anywhere else fails.
 */
const NAME = '欧阳慕雪';
const PHONE = '13957689457';
const NAMED = { anonymous: false, internal: true, name: NAME, phone: PHONE };

const windows = (text: string): string[] => {
  const out = new Set<string>();
  for (let length = 4; length <= text.length; length += 1)
    for (let i = 0; i + length <= text.length; i += 1) out.add(text.slice(i, i + length));
  return [...out];
};
const NEEDLES = [...windows(NAME), ...windows(PHONE)];
// …and the tip number, whose last 8 characters are the start of the tip's random UUID.
const RANDOM_TOKEN = /[0-9a-fA-F-]{32,}|[A-Za-z0-9_+/=-]{32,}|JB-\d{8}-[0-9A-F]{8}/g;
const COUNTER =
  /\d{2}:\d{2}:\d{2}\.\d+|\b\d+\/\d+\b|"(?:[A-Za-z_]*(?:[Pp]osition|tx_id|[Rr]evision|commit|prepare|lagMs)[A-Za-z_]*|id)":"?\d+(?:\/\d+)?/g;

interface Leak {
  where: string;
  needle: string;
  context: string;
}

/** Matches of any needle; those wholly inside a random-looking token are returned apart as chance matches. */
const scan = (where: string, text: string): { leaks: Leak[]; chance: number } => {
  const tokens = [...text.matchAll(RANDOM_TOKEN), ...text.matchAll(COUNTER)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const leaks: Leak[] = [];
  let chance = 0;
  for (const needle of NEEDLES)
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (tokens.some(([from, to]) => from <= at && at + needle.length <= to)) chance += 1;
      else leaks.push({ where, needle, context: text.slice(Math.max(0, at - 40), at + needle.length + 40) });
    }
  return { leaks, chance };
};

describe('举报人身份保密: the reporter appears in no response, log line, export, event or table row', () => {
  let api: ApiApp;
  let links: TipLinks;
  const captured: string[] = [];
  const responses: { where: string; text: string }[] = [];
  let restore: () => void;
  let tip: { id: string; tipNo: string; claimCode: string };
  let lastPosition = '';
  let revealedAt = '';

  beforeAll(async () => {
    ({ api, links } = await startTipsApp({ runProjections: true }));
    await addOtherDistrictLeader(api);
    // Every log level, and everything written to stdout/stderr or the console while the tip is handled.
    api.app.useLogger(new ConsoleLogger('test', { logLevels: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] }));
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const grab = (chunk: unknown) =>
      captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => (grab(chunk), out(chunk as string, ...(rest as [])));
    process.stderr.write = (chunk: unknown, ...rest: unknown[]) => (grab(chunk), err(chunk as string, ...(rest as [])));
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void grab(args.map(String).join(' '))),
    );
    restore = () => {
      process.stdout.write = out;
      process.stderr.write = err;
      consoleSpies.forEach((s) => s.mockRestore());
    };
  });
  afterAll(async () => {
    restore();
    await api.close();
  });

  it('files a named internal tip and handles it through the whole loop, every answer kept', async () => {
    const steps = tipSteps(api, (where, text) => {
      responses.push({ where, text });
      lastPosition = /"logPosition":"([^"]+)"/.exec(text)?.[1] ?? lastPosition;
    });
    const res = await steps.post('inspector.zhang', '/tips', receiveBody(NAMED));
    expect(res.status).toBe(201);
    tip = res.body;
    await steps.throughTheLoop(tip.id, links);
    const follow = await api.http.post('/tips/follow-up').send({ tipNo: tip.tipNo, claimCode: tip.claimCode });
    expect(follow.status).toBe(200);
    responses.push({ where: 'POST /tips/follow-up', text: follow.text });
  });

  it('reads every tip view, export, trail and log as every role (none shows the reporter)', async () => {
    const reads = [
      '/tips-board',
      '/tips-board?overdue=false',
      `/tips/${tip.id}`,
      '/tips-board/export?format=csv',
      '/audit-trail?actorId=u-inspector-li',
      '/audit-trail?actorId=u-custodian-chen',
      `/access-log?recordId=${tip.id}`,
      '/ledgers/hazards',
    ];
    // Read-your-writes: every read model has applied the whole loop before the reads (waits up to 30 s).
    const settled = await api.http
      .get(`/tips-board?minPosition=${lastPosition}`)
      .set({ Authorization: await api.login('auditor'), Prefer: 'wait=30' });
    expect(settled.body.items?.[0]?.accountabilityCases).toEqual(['ZZ-2024-3']);
    const usernames = [...new Set(matrixCells().map((c) => c.username))];
    let ok = 0;
    for (const username of usernames)
      for (const path of reads) {
        const res = await api.http.get(path).set('Authorization', await api.login(username));
        if (res.status === 200) ok += 1;
        responses.push({ where: `GET ${path} as ${username}`, text: res.text ?? String(res.body) });
      }
    const xlsx = await api.http
      .get('/tips-board/export')
      .set('Authorization', await api.login('auditor'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    expect(cells.join('\n')).toContain(tip.tipNo);
    expect(cells[0]).toContain('举报编号');
    responses.push({ where: 'xlsx export (cells)', text: cells.join('\n') });
    expect(ok).toBeGreaterThan(20);
  });

  it('the custodian’s reveal is the one answer that holds the identity', async () => {
    const res = await tipSteps(api).post('custodian.chen', `/tips/${tip.id}/identity/reveal`, {
      reason: '核实是否遭打击报复',
    });
    expect(res.body.identity).toEqual({ name: NAME, phone: PHONE });
    revealedAt = res.body.logPosition;
    // Its answer is not scanned; every other answer is.
  });

  it('shows the reveal in the audit trail (who, when, why), and no identity there', async () => {
    const auditor = await api.login('auditor');
    const res = await api.http
      .get(`/audit-trail?actorId=u-custodian-chen&minPosition=${revealedAt}`)
      .set({ Authorization: auditor, Prefer: 'wait=30' });
    responses.push({
      where: 'GET /audit-trail?actorId=u-custodian-chen as auditor (after the reveal)',
      text: res.text,
    });
    const entry = (res.body.entries as { eventType: string; reason: string; actor: { role: string } }[]).find(
      (e) => e.eventType === 'TipIdentityRevealed',
    );
    expect(entry).toMatchObject({ reason: '核实是否遭打击报复', actor: { role: 'identity_custodian' } });
  });

  it('finds no substring (length ≥ 4) of the name or the phone anywhere', async () => {
    const tables = await api.db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const sources: { where: string; text: string }[] = [...responses];
    let rows = 0;
    for (const t of tables) {
      const all = await api.db.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${t.schema}"."${t.name}" t`,
      );
      rows += all.length;
      sources.push({ where: `table ${t.schema}.${t.name}`, text: all.map((r) => r.row).join('\n') });
    }
    sources.push({ where: 'application logs and console', text: captured.join('') });
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'events',
        'tips_board',
        'tips_board_state',
        'audit_trail',
        'access_log',
        'tip_identity_vault',
      ]),
    );
    const results = sources.map((s) => scan(s.where, s.text));
    const chance = results.reduce((n, r) => n + r.chance, 0);
    process.stdout.write(
      `confidentiality: ${sources.length} sources (${responses.length} HTTP answers, ${tables.length} tables / ${rows} rows, ` +
        `${captured.length} log writes), ${NEEDLES.length} needles, ${chance} chance matches inside random tokens or counters\n`,
    );
    expect(results.flatMap((r) => r.leaks)).toEqual([]);
    // The search itself works: the reveal's own answer would have been caught.
    expect(scan('probe', JSON.stringify({ identity: { name: NAME, phone: PHONE } })).leaks.length).toBeGreaterThan(0);
  });
});
