// Messages from the mairie to its residents (prevention advice, a warning about a wave of
// burglaries): sent to the commune's enrolled residents' feeds until they expire, and the
// commune's past messages with how many residents they reached.

import { useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { when } from './labels';
import { usePaged } from './paged';
import { Notice, Section, SelectField, TextField, useAction } from './ui';

const BROADCASTS = graphql(`
  query CommuneBroadcasts($code: String!, $after: String) {
    broadcasts(communeCode: $code, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title body sender recipients createdAt expiresAt }
    }
  }
`);

const SEND = graphql(`
  mutation BroadcastToResidents($input: BroadcastInput!) {
    broadcastToResidents(input: $input) { id recipients }
  }
`);

const DURATIONS: [string, string][] = [
  ['1', '1 jour'],
  ['7', '7 jours'],
  ['30', '30 jours'],
];

export function Broadcasts({ code }: { code: string }) {
  const list = usePaged(BROADCASTS, (data) => data.broadcasts, { code }, [code]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [days, setDays] = useState('7');
  const send = useAction(async () => {
    const expiresAt = new Date(Date.now() + Number(days) * 86_400_000).toISOString();
    const sent = await gql(SEND, { input: { communeCodes: [code], title, body, expiresAt } });
    setTitle('');
    setBody('');
    list.reload();
    const count = sent.broadcastToResidents.recipients;
    return `Message envoyé à ${count} habitant${count > 1 ? 's' : ''}.`;
  });
  return (
    <Section title="Messages aux habitants" id="messages">
      {list.error && <Notice kind="error">{list.error}</Notice>}
      <ul class="plain" data-testid="broadcasts">
        {list.nodes.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> — {item.sender}, le {when(item.createdAt)}, {item.recipients} habitant{item.recipients > 1 ? 's' : ''} (jusqu’au {when(item.expiresAt)})
            <p class="note">{item.body}</p>
          </li>
        ))}
      </ul>
      {list.total === 0 && <p class="muted">Aucun message envoyé.</p>}
      {list.more}
      <form
        aria-labelledby="broadcast-title"
        onSubmit={(event) => {
          event.preventDefault();
          void send.run();
        }}
      >
        <h3 id="broadcast-title">Écrire aux habitants inscrits</h3>
        <TextField label="Titre du message" value={title} onInput={setTitle} required />
        <TextField label="Texte du message (sans nom ni adresse)" value={body} onInput={setBody} required />
        <SelectField label="Affiché pendant" value={days} onChange={setDays} options={DURATIONS} />
        <button type="submit" disabled={send.busy || !title.trim() || !body.trim()}>
          Envoyer aux habitants
        </button>
        {send.feedback}
      </form>
    </Section>
  );
}
