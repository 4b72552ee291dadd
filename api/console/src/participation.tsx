// The communes of the prefecture's départements and their place in the scheme: which take
// part and since when, who covers them; a commune's periods of participation with their
// protocols, and recording a commune joining or leaving under a signed protocol.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { useDepartements } from './departements';
import { graphql } from './gql';
import type { AdminCommunesQuery, ParticipationHistoryQuery } from './gql/graphql';
import { day, when } from './labels';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

const COMMUNES = graphql(`
  query AdminCommunes($departement: String!, $participating: Boolean) {
    communes(departement: $departement, participating: $participating) {
      code name participating participatingSince brigade { name } referent { displayName }
    }
  }
`);

const HISTORY = graphql(`
  query ParticipationHistory($code: String!) {
    participationHistory(communeCode: $code) {
      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }
    }
  }
`);

const SET_PARTICIPATION = graphql(`
  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {
    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {
      code participating participatingSince
    }
  }
`);

type CommuneRow = AdminCommunesQuery['communes'][number];
type Period = ParticipationHistoryQuery['participationHistory'][number];

const SHOWN: [string, string][] = [
  ['all', 'Toutes'],
  ['in', 'Dans le dispositif'],
  ['out', 'Hors du dispositif'],
];

const today = () => new Date().toISOString().slice(0, 10);

export function Participation() {
  const { departements, departement, setDepartement, error: choiceError } = useDepartements();
  const [shown, setShown] = useState('in');
  const [communes, setCommunes] = useState<CommuneRow[]>([]);
  // The commune whose history is open: kept when a change moves it out of the rows shown.
  const [selected, setSelected] = useState<CommuneRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!departement) return;
    const participating = shown === 'all' ? null : shown === 'in';
    gql(COMMUNES, { departement, participating })
      .then((data) => (setCommunes(data.communes), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [departement, shown, revision]);
  return (
    <Section title="Communes et participation citoyenne" id="participation">
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Département" value={departement} onChange={setDepartement} options={departements.map((code): [string, string] => [code, code])} />
        <SelectField label="Communes affichées" value={shown} onChange={(value) => (setShown(value), setSelected(null))} options={SHOWN} />
      </form>
      {(choiceError ?? error) && <Notice kind="error">{choiceError ?? error}</Notice>}
      {selected && (
        <CommuneParticipation
          key={selected.code}
          commune={selected}
          onChanged={(changed) => {
            setSelected({ ...selected, ...changed });
            setRevision((n) => n + 1);
          }}
        />
      )}
      <p class="count">{communes.length} communes</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Code INSEE</th>
            <th scope="col">Nom</th>
            <th scope="col">Participation</th>
            <th scope="col">Brigade</th>
            <th scope="col">Référent</th>
            <th scope="col">Protocole</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((commune) => (
            <tr key={commune.code} data-commune={commune.code}>
              <td>{commune.code}</td>
              <td>{commune.name}</td>
              <td>{commune.participating ? (commune.participatingSince ? `Depuis le ${day(commune.participatingSince)}` : 'Oui') : 'Non'}</td>
              <td>{commune.brigade?.name ?? '—'}</td>
              <td>{commune.referent?.displayName ?? '—'}</td>
              <td>
                <button type="button" class="small" aria-expanded={selected?.code === commune.code} onClick={() => setSelected(selected?.code === commune.code ? null : commune)}>
                  Protocoles de {commune.name}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** One commune's periods in the scheme, and the form that records the next change. */
function CommuneParticipation({
  commune,
  onChanged,
}: {
  commune: CommuneRow;
  onChanged: (changed: { participating: boolean; participatingSince?: string | null }) => void;
}) {
  const [periods, setPeriods] = useState<Period[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [on, setOn] = useState(today());
  const [reference, setReference] = useState('');
  useEffect(() => {
    gql(HISTORY, { code: commune.code })
      .then((data) => (setPeriods(data.participationHistory), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [commune.code, revision]);
  const joining = !commune.participating;
  const record = useAction(async () => {
    const changed = await gql(SET_PARTICIPATION, { code: commune.code, participating: joining, on, reference: reference.trim() || null });
    setReference('');
    setRevision((n) => n + 1);
    onChanged(changed.setCommuneParticipation);
    return joining ? `${commune.name} participe au dispositif depuis le ${day(on)}.` : `${commune.name} quitte le dispositif le ${day(on)}.`;
  });
  return (
    <div class="case" data-testid="participation-detail">
      <h3>Historique de {commune.name}</h3>
      {error && <Notice kind="error">{error}</Notice>}
      {periods.length === 0 ? (
        <p>Aucune période enregistrée.</p>
      ) : (
        <ul data-testid="participation-periods">
          {periods.map((period, n) => (
            <li key={n}>
              Adhésion {period.joinedOn ? `le ${day(period.joinedOn)}` : 'à une date inconnue'}
              {period.protocolReference && ` (protocole ${period.protocolReference})`}
              {period.leftOn ? `, sortie le ${day(period.leftOn)}` : ', en cours'}
              {period.leavingReference && ` (${period.leavingReference})`}
              <span class="muted">
                {' '}
                — enregistré le {when(period.updatedAt)}
                {period.recordedBy && ` par ${period.recordedBy.displayName}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label={joining ? 'Adhésion au dispositif' : 'Sortie du dispositif'}
        onSubmit={(event) => {
          event.preventDefault();
          void record.run();
        }}
      >
        <h3>{joining ? 'Adhésion au dispositif' : 'Sortie du dispositif'}</h3>
        <p class="hint">
          {joining
            ? 'Le protocole est signé par le préfet, le maire et la gendarmerie ou la police. Les habitants pourront s’inscrire et signaler dès la date d’effet.'
            : 'Dès la date d’effet, la commune ne reçoit plus de nouveaux signalements ni d’inscriptions ; les signalements en cours vont à leur terme.'}
        </p>
        <TextField label="Date d’effet (AAAA-MM-JJ)" value={on} onInput={setOn} required />
        <TextField label={joining ? 'Référence du protocole signé' : 'Référence de l’acte de sortie'} value={reference} onInput={setReference} />
        <button type="submit" class="primary" disabled={record.busy || !on.trim()}>
          {joining ? `Enregistrer l’adhésion de ${commune.name}` : `Enregistrer la sortie de ${commune.name}`}
        </button>
        {record.feedback}
      </form>
    </div>
  );
}
