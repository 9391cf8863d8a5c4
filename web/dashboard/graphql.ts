// The dashboard's only way to the data: the public GraphQL API, with the operations kept as files
// in operations/ (bundled as text), exactly what any other frontend would send.
import { useEffect, useState } from 'preact/hooks';

export interface QueryState<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/** Sends one operation to /graphql; a GraphQL or HTTP error becomes an Error with its message. */
export async function request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body.data) throw new Error(`the service answered HTTP ${response.status}`);
  return body.data;
}

/** Runs the operation whenever its variables change; a newer run cancels the one before. */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    request<T>(query, variables, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ error: error.message, loading: false });
      },
    );
    return () => controller.abort();
  }, [query, key, skip]);
  return state;
}
