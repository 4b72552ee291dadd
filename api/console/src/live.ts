// A small graphql-transport-ws client (the protocol the API speaks on /graphql/ws):
// connection_init with the access token, subscribe, next/error/complete, ping/pong, and a
// reconnection with backoff that resumes from the last event seen (`after`).

import { token } from './api';
import type { TypedDocumentString } from './gql/graphql';

export interface Subscription {
  close(): void;
}

interface Options<R, V> {
  document: TypedDocumentString<R, V>;
  variables: () => V;
  onData: (data: R) => void;
  onState?: (connected: boolean) => void;
}

/** A message of the protocol, as far as this client reads it. */
interface Message<R> {
  type?: string;
  payload?: { data?: R | null };
}

export function subscribe<R, V>({ document, variables, onData, onState }: Options<R, V>): Subscription {
  let socket: WebSocket | null = null;
  let closed = false;
  let attempt = 0;
  let timer: number | undefined;

  const connect = async () => {
    if (closed) return;
    const bearer = await token();
    if (closed) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql/ws`;
    const ws = new WebSocket(url, 'graphql-transport-ws');
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: bearer ? { authorization: `Bearer ${bearer}` } : {} }));
    ws.onmessage = (event) => {
      let message: Message<R>;
      try {
        message = JSON.parse(String(event.data)) as Message<R>;
      } catch {
        return;
      }
      switch (message.type) {
        case 'connection_ack':
          attempt = 0;
          onState?.(true);
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: document.toString(), variables: variables() } }));
          break;
        case 'ping':
          ws.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          if (message.payload?.data) onData(message.payload.data);
          break;
        case 'error':
        case 'complete':
          ws.close(1000);
          break;
      }
    };
    ws.onclose = () => {
      onState?.(false);
      if (closed) return;
      attempt += 1;
      timer = window.setTimeout(connect, Math.min(30_000, 500 * 2 ** attempt));
    };
  };
  void connect();
  return {
    close() {
      closed = true;
      window.clearTimeout(timer);
      socket?.close(1000);
    },
  };
}
