import { streams } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, StartOptions, startApiApp } from '../../support/api-app';

export interface Accepted {
  id: string;
  revision: string;
  position: string;
}

/** The API with the demo users and the demo mines (mine-demo-1 and mine-demo-2, both in 140404). */
export const startWithDemoMines = async (options: StartOptions = {}): Promise<ApiApp> => {
  const api = await startApiApp(options);
  await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
  return api;
};

/** Commands as demo users, each checked against the answer, the ETag and exactly the events it appended. */
export const hazardSteps = (api: ApiApp) => {
  const post = async (username: string, path: string, body: object, headers: Record<string, string> = {}) =>
    api.http
      .post(path)
      .set({ Authorization: await api.login(username), ...headers })
      .send(body);

  const eventTypes = async (hazardId: string): Promise<string[]> =>
    (
      await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
        streams.hazard(hazardId),
      ])
    ).map((r) => r.type);

  const eventData = async (hazardId: string, type: string) =>
    (
      await api.db.query<{ data: Record<string, unknown>; metadata: Record<string, unknown> }>(
        `SELECT data, metadata FROM events WHERE stream_id = $1 AND type = $2 ORDER BY stream_position DESC LIMIT 1`,
        [streams.hazard(hazardId), type],
      )
    )[0];

  const read = async (username: string, hazardId: string, query = '') =>
    api.http.get(`/hazards/${hazardId}${query}`).set('Authorization', await api.login(username));

  /** Sends a command that must be accepted; `hazardId` is undefined for the command that creates the hazard. */
  const step = async (
    hazardId: string | undefined,
    username: string,
    path: string,
    body: object,
    appended: string[],
    status: 200 | 201 = 200,
  ): Promise<Accepted> => {
    const before = hazardId ? await eventTypes(hazardId) : [];
    const res = await post(username, path, body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    const revision = String(before.length + appended.length - 1);
    expect(res.body).toEqual({
      id: hazardId ?? expect.any(String),
      revision,
      position: expect.stringMatching(/^\d+$/),
      logPosition: expect.stringMatching(/^\d+\/\d+$/),
    });
    expect(res.headers.etag).toBe(`W/"${revision}"`);
    expect(await eventTypes(res.body.id)).toEqual([...before, ...appended]);
    return res.body as Accepted;
  };

  /** Sends a command that must be refused with `status` and leave the hazard's stream as it was. */
  const refused = async (hazardId: string, username: string, path: string, body: object, status: number) => {
    const before = await eventTypes(hazardId);
    const res = await post(username, path, body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await eventTypes(hazardId)).toEqual(before);
    return res.body as { status: number; detail: string; code?: string };
  };

  return { post, eventTypes, eventData, read, step, refused };
};

export type HazardSteps = ReturnType<typeof hazardSteps>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
