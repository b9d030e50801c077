import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { EVENT_STORE, EventStore, chainHash } from '@hazard-ledger/event-store';
import { ApiApp } from '../support/api-app';
import { finding, reportContent } from '../support/hazard-requests';

export const signed = { password: DEMO_PASSWORD };
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Evidence {
  streamId: string;
  revision: string;
  position: string;
  eventId: string;
  type: string;
  hash: string;
  actor: { id: string; name: string; role: string; org: string };
  occurredAt: string;
  recordedAt: string;
}
export interface Row {
  key: string;
  mineId: string | null;
  evidence: Evidence[];
  [field: string]: unknown;
}

/** Writes through the API as demo users; remembers the last log position so reads can wait for it. */
export const planter = (api: ApiApp) => {
  let last = '0/0';
  const post = async (username: string, path: string, body: object, status = 200) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    last = res.body.logPosition as string;
    return res.body as { id: string; logPosition: string };
  };
  const hazard = async (
    mineId: string,
    by = 'enterprise.staff',
    description = finding().description,
    source = 'self_check',
  ) => (await post(by, '/hazards', { ...finding(), mineId, source, description }, 201)).id;
  const major = async (id: string, clauseId = 'MHS2022-UG-01') =>
    post('enterprise.principal', `/hazards/${id}/major-determination`, { clauseId, ...signed });
  const general = async (id: string, by = 'enterprise.principal') =>
    post(by, `/hazards/${id}/general-determination`, {});
  const report = async (id: string, recipient: 'regulator' | 'workers_congress') =>
    post('enterprise.principal', `/hazards/${id}/dual-reports`, { recipient, content: reportContent(), ...signed });
  return { post, hazard, major, general, report, lastPosition: () => last };
};

/** GET /lookback/<id> as `username`, waiting for the facts to reach the last write. */
export const lookback = async (
  api: ApiApp,
  id: string,
  query: Record<string, string>,
  minPosition: string,
  username = 'investigator',
) => {
  const res = await api.http
    .get(`/lookback/${id}`)
    .query({ ...query, minPosition })
    .set('Authorization', await api.login(username));
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
  return res.body as { cut: { asOf: string; throughPosition: string | null }; rows: Row[]; asOfPosition: string };
};

/** Each evidence ref is an event of the log: same stream, revision, position and id, and its hash recomputes. */
export const expectEvidenceVerifies = async (api: ApiApp, rows: Row[]) => {
  const store = api.app.get<EventStore>(EVENT_STORE);
  let checked = 0;
  for (const ref of rows.flatMap((r) => r.evidence)) {
    const event = (await store.readStream(ref.streamId)).find((e) => e.revision === BigInt(ref.revision));
    expect(event).toBeDefined();
    expect({
      position: String(event!.position),
      eventId: event!.eventId,
      type: event!.type,
      hash: event!.integrity.hash,
      actor: event!.metadata.actor.id,
    }).toEqual({ position: ref.position, eventId: ref.eventId, type: ref.type, hash: ref.hash, actor: ref.actor.id });
    expect(chainHash(event!.integrity.alg, event!, event!.integrity.prevHash)).toBe(ref.hash);
    checked += 1;
  }
  return checked;
};

/** A GET whose body is kept as raw bytes (an .xlsx, a frozen answer), as the client received them. */
export const download = async (api: ApiApp, username: string, path: string, headers: Record<string, string> = {}) => {
  const res = await api.http
    .get(path)
    .set({ Authorization: await api.login(username), ...headers })
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const body = res.body as Buffer;
  return { status: res.status, headers: res.headers, body, text: body.toString('utf8') };
};
