import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, Freshness, Problem, Query, request } from './api/client';
import { acceptsQuery } from './api/openapi';
import { useConsole } from './state';

export interface Read<T> {
  data: T | null;
  freshness: Freshness | null;
  problem: Problem | null;
  loading: boolean;
  /** Set when the user looks at the past but this operation takes no asOf: the answer is the present. */
  uncut: boolean;
  reload: () => void;
}

/**
 * One read of the API under the console's cut: `asOf` when the user looks at the past, `minPosition` after their
 * own write — each sent only where the operation declares it (`template` is the OpenAPI path).
 */
export const useRead = <T>(template: string, path: string | null, query: Query = {}): Read<T> => {
  const { session, asOf, minPosition, openApi } = useConsole();
  const [state, setState] = useState<Omit<Read<T>, 'reload' | 'uncut'>>({
    data: null,
    freshness: null,
    problem: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!path || !openApi) return;
    let cancelled = false;
    const q: Query = { ...query };
    if (asOf && acceptsQuery(openApi, template, 'asOf')) q.asOf = asOf;
    if (!asOf && minPosition && acceptsQuery(openApi, template, 'minPosition')) q.minPosition = minPosition;
    setState((s) => ({ ...s, loading: true }));
    request<T>(session, 'GET', path, { query: q })
      .then((answer) => {
        if (!cancelled) setState({ data: answer.body, freshness: answer.freshness, problem: null, loading: false });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const problem =
          error instanceof ApiProblem ? error.problem : { status: 0, title: 'Network', detail: String(error) };
        setState({ data: null, freshness: null, problem, loading: false });
      });
    return () => {
      cancelled = true;
    };
  }, [path, key, asOf, minPosition, openApi, session, tick, template]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const uncut = Boolean(asOf && openApi && !acceptsQuery(openApi, template, 'asOf'));
  return { ...state, uncut, reload };
};
