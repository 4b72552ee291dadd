// Flags of abusive use, on the commune's side: the brigade's reason and the resident, never
// the report; the coordinators suspend the resident or dismiss the flag.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { AbuseFlagsQuery } from './gql/graphql';
import { when } from './labels';
import { Notice, Section, TextField, describe, useAction } from './ui';

const FLAGS = graphql(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);

type Flag = AbuseFlagsQuery['abuseFlags']['nodes'][number];

export function AbuseFlags({ code }: { code: string }) {
  const [flags, setFlags] = useState<Flag[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql(FLAGS, { code })
      .then((data) => (setFlags(data.abuseFlags.nodes), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [code, revision]);
  if (!error && flags?.length === 0) return null;
  return (
    <Section title="Usages abusifs signalés par la brigade" id="abus">
      {error && <Notice kind="error">{error}</Notice>}
      <ul class="plain">
        {(flags ?? []).map((flag) => (
          <FlagItem key={flag.id} flag={flag} onDecided={() => setRevision((n) => n + 1)} />
        ))}
      </ul>
    </Section>
  );
}

function FlagItem({ flag, onDecided }: { flag: Flag; onDecided: () => void }) {
  const [note, setNote] = useState('');
  const { run, busy, feedback } = useAction(async (suspend: boolean) => {
    await gql(DECIDE, { id: flag.id, suspend, note: note.trim() || null });
    onDecided();
    return suspend ? 'Habitant suspendu.' : 'Signalement classé.';
  });
  const who = flag.resident?.displayName ?? 'Habitant';
  return (
    <li data-flag={flag.id}>
      <p>
        <strong>{who}</strong> — signalé par {flag.brigade.name} le <time dateTime={flag.createdAt}>{when(flag.createdAt)}</time>
      </p>
      <p class="note">« {flag.reason} »</p>
      <TextField label={`Raison de la décision pour ${who}`} value={note} onInput={setNote} />
      <div class="buttons">
        <button type="button" class="danger" disabled={busy} onClick={() => void run(true)}>
          Suspendre l’habitant
        </button>
        <button type="button" disabled={busy} onClick={() => void run(false)}>
          Classer sans suite
        </button>
      </div>
      {feedback}
    </li>
  );
}
