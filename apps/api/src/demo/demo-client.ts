import { DEMO_PASSWORD } from '@hazard-ledger/auth';

/** A tiny HTTP client acting as the demo users, so demo hazards go through exactly the public API. */
export const demoClient = (baseUrl: string) => {
  const tokens = new Map<string, string>();
  const login = async (username: string): Promise<string> => {
    if (!tokens.has(username)) {
      const res = await fetch(`${baseUrl}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (!res.ok) throw new Error(`demo login ${username}: ${res.status}`);
      tokens.set(username, ((await res.json()) as { access_token: string }).access_token);
    }
    return tokens.get(username) as string;
  };
  /** Every step carries a fixed Idempotency-Key, so seeding again replays instead of writing twice. */
  const post = async (username: string, path: string, key: string, body: object): Promise<{ id: string }> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await login(username)}`,
        'Idempotency-Key': key,
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`demo step ${key} (${path}): ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const get = async <T>(username: string, path: string): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${await login(username)}` } });
    if (!res.ok) throw new Error(`demo read ${path}: ${res.status}`);
    return (await res.json()) as T;
  };
  const exists = async (username: string, path: string): Promise<boolean> => {
    const res = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${await login(username)}` } });
    return res.ok;
  };
  /** An evidence file through POST /files, as a phone would send it. */
  const upload = async (username: string, name: string, bytes: Buffer): Promise<{ hash: string; mime: string }> => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${baseUrl}/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await login(username)}` },
      body: form,
    });
    if (!res.ok) throw new Error(`demo upload ${name}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { hash: string; mime: string };
  };
  return { post, get, exists, upload, password: DEMO_PASSWORD };
};

export type DemoClient = ReturnType<typeof demoClient>;
