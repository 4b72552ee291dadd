// A small graphql-transport-ws client (the protocol the API speaks on /graphql/ws):
// connection_init with the access token, subscribe, next/error/complete, ping/pong, and a
// reconnection with backoff that resumes from the last event seen (`after`).

import { token } from './api';

export interface Subscription {
  close(): void;
}

interface Options {
  query: string;
  variables: () => Record<string, unknown>;
  onData: (data: any) => void;
  onState?: (connected: boolean) => void;
}

export function subscribe({ query, variables, onData, onState }: Options): Subscription {
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
      let message: any;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (message.type) {
        case 'connection_ack':
          attempt = 0;
          onState?.(true);
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: variables() } }));
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
