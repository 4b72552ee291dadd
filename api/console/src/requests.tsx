// Security requests between a commune's elected officials and the brigade: the threads the
// caller sees (their communes' for coordinators, the brigade's for its référents and
// commander), a thread read and answered or closed, and a new request opened.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { SecurityRequestStatus, SecurityTopic } from './gql/graphql';
import { ROLE, when } from './labels';
import { usePaged } from './paged';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

const REQUESTS = graphql(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`);

const THREAD = graphql(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`);

const OPEN = graphql(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`);

const REPLY = graphql(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`);

const CLOSE = graphql(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`);

export const TOPIC: Record<SecurityTopic, string> = {
  ADVICE: 'Conseil',
  SECURITY_DIAGNOSIS: 'Diagnostic de sécurité',
  SITUATIONAL_PREVENTION: 'Prévention situationnelle',
  EVENT: 'Événement',
  OTHER: 'Autre demande',
};

export const REQUEST_STATUS: Record<SecurityRequestStatus, string> = {
  OPEN: 'En attente de la brigade',
  ANSWERED: 'Répondu',
  CLOSED: 'Clos',
};

export function SecurityRequests({ communes, side }: { communes: { code: string; name: string }[]; side: 'commune' | 'brigade' }) {
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const filter = (status || null) as SecurityRequestStatus | null;
  const list = usePaged(REQUESTS, (data) => data.securityRequests, { status: filter }, [status]);
  const name = (code: string) => communes.find((c) => c.code === code)?.name ?? code;
  return (
    <Section title="Demandes de sécurité" id="demandes">
      <p class="muted">
        {side === 'commune'
          ? 'Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.'
          : 'Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez).'}
      </p>
      <SelectField
        label="Demandes à afficher"
        value={status}
        onChange={setStatus}
        options={[['', 'Toutes'], ...Object.entries(REQUEST_STATUS)]}
      />
      {list.error && <Notice kind="error">{list.error}</Notice>}
      <ul class="plain requests">
        {list.nodes.map((request) => (
          <li key={request.id} data-request={request.id}>
            <button type="button" class="link" aria-expanded={selected === request.id} onClick={() => setSelected(selected === request.id ? null : request.id)}>
              {request.subject}
            </button>{' '}
            — {name(request.communeCode)}, {TOPIC[request.topic]}, <strong>{REQUEST_STATUS[request.status]}</strong>{' '}
            <span class="muted">({when(request.updatedAt)})</span>
            {selected === request.id && <Thread id={request.id} onChanged={list.reload} />}
          </li>
        ))}
      </ul>
      {list.total === 0 && <p class="muted">Aucune demande.</p>}
      {list.more}
      <NewRequest communes={communes} side={side} onOpened={list.reload} />
    </Section>
  );
}

function Thread({ id, onChanged }: { id: string; onChanged: () => void }) {
  type Message = { authorRole: keyof typeof ROLE; body: string; createdAt: string };
  const [messages, setMessages] = useState<Message[] | null>(null);
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql(THREAD, { id })
      .then((data) => {
        setMessages(data.securityRequest?.messages ?? []);
        setClosed(data.securityRequest?.status === 'CLOSED');
      })
      .catch((failure) => setError(describe(failure)));
  }, [id, revision]);
  const reply = useAction(async () => {
    await gql(REPLY, { id, body });
    setBody('');
    setRevision((n) => n + 1);
    onChanged();
    return 'Message envoyé.';
  });
  const close = useAction(async () => {
    await gql(CLOSE, { id });
    onChanged();
    return 'Demande close.';
  });
  return (
    <div class="thread">
      {error && <Notice kind="error">{error}</Notice>}
      <ol class="history">
        {(messages ?? []).map((message, n) => (
          <li key={n}>
            <time dateTime={message.createdAt}>{when(message.createdAt)}</time> — <span class="muted">{ROLE[message.authorRole]}</span>
            <p class="note">{message.body}</p>
          </li>
        ))}
      </ol>
      {!closed && (
        <form
          aria-label="Répondre à la demande"
          onSubmit={(event) => {
            event.preventDefault();
            void reply.run();
          }}
        >
          <TextField label="Votre réponse" value={body} onInput={setBody} required />
          <button type="submit" disabled={reply.busy || !body.trim()}>
            Envoyer la réponse
          </button>
          <button type="button" disabled={close.busy} onClick={() => void close.run()}>
            Clore la demande
          </button>
        </form>
      )}
      {reply.feedback}
      {close.feedback}
    </div>
  );
}

function NewRequest({ communes, side, onOpened }: { communes: { code: string; name: string }[]; side: 'commune' | 'brigade'; onOpened: () => void }) {
  const [commune, setCommune] = useState(communes[0]?.code ?? '');
  const [topic, setTopic] = useState<SecurityTopic>('ADVICE');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  useEffect(() => {
    if (!commune && communes[0]) setCommune(communes[0].code);
  }, [communes]);
  const open = useAction(async () => {
    await gql(OPEN, { input: { communeCode: commune, topic, subject, body } });
    setSubject('');
    setBody('');
    onOpened();
    return side === 'commune' ? 'Demande envoyée au référent.' : 'Demande envoyée aux élus de la commune.';
  });
  return (
    <form
      class="new-request"
      aria-labelledby="new-request-title"
      onSubmit={(event) => {
        event.preventDefault();
        void open.run();
      }}
    >
      <h3 id="new-request-title">{side === 'commune' ? 'Écrire au référent' : 'Écrire aux élus d’une commune'}</h3>
      <SelectField label="Commune concernée" value={commune} onChange={setCommune} options={communes.map((c): [string, string] => [c.code, c.name])} />
      <SelectField label="Objet de la demande" value={topic} onChange={(value) => setTopic(value as SecurityTopic)} options={Object.entries(TOPIC)} />
      <TextField label="Sujet" value={subject} onInput={setSubject} required />
      <TextField label="Premier message" value={body} onInput={setBody} required />
      <button type="submit" disabled={open.busy || !subject.trim() || !body.trim() || !commune}>
        Envoyer la demande
      </button>
      {open.feedback}
    </form>
  );
}
