// The GraphQL client of the consoles: POST /graphql with the access token held in memory;
// the refresh token lives in an HttpOnly cookie the page cannot read, exchanged through
// `resumeSession` when the access token is about to expire or is refused.

import { graphql } from './gql';
import type { MeFragment, TypedDocumentString } from './gql/graphql';

export type { Role } from './gql/graphql';

/** The signed-in account, as every console reads it. */
export type Me = MeFragment;

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

graphql(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    commander
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);

const RESUME = graphql(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`);

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`);

const LOGOUT_EVERYWHERE = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

const END_SESSION = graphql(`
  mutation EndSession {
    endSession
  }
`);

/** What the API answers: `data`, or `errors` coded in their `extensions`. */
interface Body<R> {
  data?: R | null;
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

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

async function post<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<Body<R>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('Le serveur est injoignable. Vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  try {
    return (await response.json()) as Body<R>;
  } catch {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, 'INTERNAL');
  }
}

function failure<R>(body: Body<R>): ApiError | null {
  const error = body?.errors?.[0];
  if (!error) return null;
  return new ApiError(error.message ?? 'Erreur', error.extensions?.code ?? 'INTERNAL', error.extensions?.field ?? null);
}

/** The variables an operation takes: none may be omitted when it has some. */
export type Arguments<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Runs an operation as the signed-in user; a refused token is renewed once. */
export async function gql<R, V>(document: TypedDocumentString<R, V>, ...[given]: Arguments<V>): Promise<R> {
  if (accessToken && Date.now() > expiresAt - 30_000) await refresh();
  const variables = (given ?? {}) as V;
  let body = await post(document, variables);
  let error = failure(body);
  if (error?.code === 'UNAUTHENTICATED' && accessToken) {
    if (await refresh()) {
      body = await post(document, variables);
      error = failure(body);
    }
  }
  if (error) {
    if (error.code === 'UNAUTHENTICATED') ended();
    throw error;
  }
  if (!body.data) throw new ApiError('Réponse vide du serveur.', 'INTERNAL');
  return body.data;
}

/** Exchanges the session cookie for a new access token (one exchange at a time). */
export function refresh(): Promise<Me | null> {
  refreshing ??= (async () => {
    try {
      const body = await post(RESUME, {});
      if (failure(body) || !body.data) {
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

/** Signs in; an account with two-factor sign-in also gives its app's code (else `TOTP_REQUIRED`). */
export async function login(email: string, password: string, totpCode: string | null = null): Promise<Me> {
  const body = await post(LOGIN, { email, password, totpCode });
  const error = failure(body);
  if (error) throw error;
  if (!body.data) throw new ApiError('Réponse vide du serveur.', 'INTERNAL');
  return started(body.data.login);
}

/** Ends this session (`everywhere`: every session of the account). */
export async function logout(everywhere = false): Promise<void> {
  try {
    if (everywhere) await gql(LOGOUT_EVERYWHERE);
    else await post(END_SESSION, {});
  } finally {
    ended();
  }
}
