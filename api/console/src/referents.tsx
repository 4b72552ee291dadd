// The commander's référents: for each commune the brigade covers, the staff member who
// advises its elected officials (named in the commune's console with their contact), the
// designation of another, its end, and who held it before.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { ReferentHistoryQuery } from './gql/graphql';
import { when } from './labels';
import { Notice, Section, SelectField, describe, useAction } from './ui';

const STAFF = graphql(`
  query ReferentCandidates {
    brigadeStaff { id displayName rank }
  }
`);

const HISTORY = graphql(`
  query ReferentHistory($code: String!) {
    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }
  }
`);

const DESIGNATE = graphql(`
  mutation DesignateReferent($code: String!, $user: ID!) {
    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }
  }
`);

const END = graphql(`
  mutation EndReferent($code: String!) {
    endReferent(communeCode: $code) { code }
  }
`);

type Staff = { id: string; displayName: string; rank?: string | null };
type Period = ReferentHistoryQuery['referentHistory'][number];
export type CoveredCommune = { code: string; name: string; referent?: { id: string; displayName?: string } | null };

export function Referents({ communes, onChanged }: { communes: CoveredCommune[]; onChanged: () => void }) {
  const [staff, setStaff] = useState<Staff[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(STAFF)
      .then((data) => setStaff(data.brigadeStaff))
      .catch((failure) => setError(describe(failure)));
  }, []);
  const nameOf = (id: string | undefined) => staff.find((member) => member.id === id)?.displayName;
  return (
    <Section title="Référents des communes" id="referents">
      {error && <Notice kind="error">{error}</Notice>}
      <table>
        <thead>
          <tr>
            <th scope="col">Commune couverte</th>
            <th scope="col">Référent actuel</th>
            <th scope="col">Désignation</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((commune) => (
            <tr key={commune.code} data-referent-of={commune.code}>
              <td>{commune.name}</td>
              <td>{commune.referent ? (nameOf(commune.referent.id) ?? commune.referent.displayName ?? '—') : 'Aucun'}</td>
              <td>
                <button type="button" class="small" aria-expanded={selected === commune.code} onClick={() => setSelected(selected === commune.code ? null : commune.code)}>
                  Référent de {commune.name}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {communes
        .filter((commune) => commune.code === selected)
        .map((commune) => (
          <Designation key={commune.code} commune={commune} staff={staff} onChanged={onChanged} />
        ))}
    </Section>
  );
}

function Designation({ commune, staff, onChanged }: { commune: CoveredCommune; staff: Staff[]; onChanged: () => void }) {
  const [periods, setPeriods] = useState<Period[]>([]);
  const [chosen, setChosen] = useState('');
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(HISTORY, { code: commune.code })
      .then((data) => (setPeriods(data.referentHistory), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [commune.code, revision]);
  const others = staff.filter((member) => member.id !== commune.referent?.id);
  const value = chosen || others[0]?.id || '';
  const changed = () => {
    setRevision((n) => n + 1);
    onChanged();
  };
  const designate = useAction(async () => {
    const data = await gql(DESIGNATE, { code: commune.code, user: value });
    changed();
    return `${data.designateReferent.referent?.displayName ?? 'Le référent'} est désormais référent de ${commune.name}.`;
  });
  const end = useAction(async () => {
    await gql(END, { code: commune.code });
    changed();
    return `${commune.name} n’a plus de référent désigné.`;
  });
  return (
    <div class="case" data-testid="referent-detail">
      <h3>Référent de {commune.name}</h3>
      {error && <Notice kind="error">{error}</Notice>}
      <form
        aria-label={`Désigner le référent de ${commune.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          void designate.run();
        }}
      >
        <SelectField
          label="Membre de la brigade à désigner"
          value={value}
          onChange={setChosen}
          options={others.map((member): [string, string] => [member.id, member.rank ? `${member.displayName} (${member.rank})` : member.displayName])}
        />
        <button type="submit" class="primary" disabled={designate.busy || !value}>
          Désigner comme référent
        </button>
        {designate.feedback}
      </form>
      {commune.referent && (
        <p>
          <button type="button" disabled={end.busy} onClick={() => void end.run()}>
            Mettre fin à la désignation actuelle
          </button>
          {end.feedback}
        </p>
      )}
      <h3>Référents successifs</h3>
      {periods.length === 0 ? (
        <p>Aucun référent n’a encore été désigné.</p>
      ) : (
        <ul data-testid="referent-history">
          {periods.map((period, n) => (
            <li key={n}>
              {period.referent?.displayName ?? 'Compte supprimé'} — depuis le {when(period.startedAt)}
              {period.endedAt ? `, jusqu’au ${when(period.endedAt)}` : ' (en fonction)'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
