// The GraphQL client of the consoles: POST /graphql with the access token held in memory;
// the refresh token lives in an HttpOnly cookie the page cannot read, exchanged through
// `resumeSession` when the access token is about to expire or is refused.

export type Role = 'RESIDENT' | 'COORDINATOR' | 'BRIGADE_STAFF' | 'ADMIN' | 'PARTNER';

export interface Me {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  rank: string | null;
  brigade: { id: string; code: string; name: string; departement: string } | null;
  coordinatedCommunes: { code: string; name: string }[];
}

/** An error as the API codes it (`extensions.code`, and the offending `field`). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const ME = `id displayName email role rank brigade { id code name departement } coordinatedCommunes { code name }`;

let accessToken: string | null = null;
let expiresAt = 0;
let refreshing: Promise<Me | null> | null = null;
const listeners = new Set<(me: Me | null) => void>();

/** Told when the session starts, is renewed with another account, or ends. */
export function onSession(listener: (me: Me | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function started(payload: { accessToken: string; expiresIn: number; user: Me }): Me {
  accessToken = payload.accessToken;
  expiresAt = Date.now() + payload.expiresIn * 1000;
  return payload.user;
}

function ended() {
  accessToken = null;
  expiresAt = 0;
  listeners.forEach((listener) => listener(null));
}

/** The current access token (for the websocket's `connection_init`). */
export async function token(): Promise<string | null> {
  if (accessToken && Date.now() > expiresAt - 30_000) await refresh();
  return accessToken;
}

async function post(query: string, variables: Record<string, unknown>): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('Le serveur est injoignable. Vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, 'INTERNAL');
  }
}

function failure(body: any): ApiError | null {
  const error = body?.errors?.[0];
  if (!error) return null;
  return new ApiError(error.message ?? 'Erreur', error.extensions?.code ?? 'INTERNAL', error.extensions?.field ?? null);
}

/** Runs an operation as the signed-in user; a refused token is renewed once. */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  if (accessToken && Date.now() > expiresAt - 30_000) await refresh();
  let body = await post(query, variables);
  let error = failure(body);
  if (error?.code === 'UNAUTHENTICATED' && accessToken) {
    if (await refresh()) {
      body = await post(query, variables);
      error = failure(body);
    }
  }
  if (error) {
    if (error.code === 'UNAUTHENTICATED') ended();
    throw error;
  }
  return body.data as T;
}

/** Exchanges the session cookie for a new access token (one exchange at a time). */
export function refresh(): Promise<Me | null> {
  refreshing ??= (async () => {
    try {
      const body = await post(`mutation { resumeSession { accessToken expiresIn user { ${ME} } } }`, {});
      if (failure(body)) {
        accessToken = null;
        return null;
      }
      return started(body.data.resumeSession);
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function login(email: string, password: string): Promise<Me> {
  const body = await post(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password, cookie: true) { accessToken expiresIn user { ${ME} } } }`,
    { email, password },
  );
  const error = failure(body);
  if (error) throw error;
  return started(body.data.login);
}

/** Ends this session (`everywhere`: every session of the account). */
export async function logout(everywhere = false): Promise<void> {
  try {
    if (everywhere) await gql('mutation { logoutEverywhere }');
    else await post('mutation { endSession }', {});
  } finally {
    ended();
  }
}
