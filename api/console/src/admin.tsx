// Administration pages: communes in the scheme, brigades, categories, accounts (with
// disable/enable) and the audit log — all through the API's admin operations.

import { useEffect, useState } from 'preact/hooks';
import { gql, type Me } from './api';
import { ENROLMENT, ROLE, URGENCY, when } from './labels';
import { Notice, Section, TextField, describe, useAction } from './ui';

type Tab = 'communes' | 'brigades' | 'categories' | 'accounts' | 'audit';
const TABS: [Tab, string][] = [
  ['communes', 'Communes'],
  ['brigades', 'Brigades'],
  ['categories', 'Catégories'],
  ['accounts', 'Comptes'],
  ['audit', 'Journal'],
];

export function AdminConsole(_: { me: Me }) {
  const [tab, setTab] = useState<Tab>('communes');
  return (
    <div class="admin">
      <div role="tablist" aria-label="Administration" class="tabs">
        {TABS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`tab-${key}`}
            aria-selected={tab === key}
            aria-controls="admin-panel"
            tabIndex={tab === key ? 0 : -1}
            onClick={() => setTab(key)}
            onKeyDown={(event) => {
              const at = TABS.findIndex(([k]) => k === tab);
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step) {
                const next = TABS[(at + step + TABS.length) % TABS.length][0];
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="admin-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'communes' && <Communes />}
        {tab === 'brigades' && <Brigades />}
        {tab === 'categories' && <Categories />}
        {tab === 'accounts' && <Accounts />}
        {tab === 'audit' && <Audit />}
      </div>
    </div>
  );
}

function useQuery<T>(query: string, variables: Record<string, unknown>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql<T>(query, variables)
      .then((result) => (setData(result), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [...deps, revision]);
  return { data, error: error && <Notice kind="error">{error}</Notice>, reload: () => setRevision((n) => n + 1) };
}

function Communes() {
  const { data, error } = useQuery<any>('{ communes(participating: true) { code name participatingSince brigade { name } referent { displayName } } }', {}, []);
  return (
    <Section title="Communes du dispositif">
      {error}
      <table>
        <thead>
          <tr>
            <th scope="col">Code INSEE</th>
            <th scope="col">Commune</th>
            <th scope="col">Depuis</th>
            <th scope="col">Brigade</th>
            <th scope="col">Référent</th>
          </tr>
        </thead>
        <tbody>
          {(data?.communes ?? []).map((c: any) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <td>{c.name}</td>
              <td>{c.participatingSince ?? '—'}</td>
              <td>{c.brigade?.name ?? '—'}</td>
              <td>{c.referent?.displayName ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Brigades() {
  const { data, error } = useQuery<any>('{ brigades { id code name kind phone communes { code } } }', {}, []);
  return (
    <Section title="Brigades">
      {error}
      <table>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Nom</th>
            <th scope="col">Téléphone</th>
            <th scope="col">Communes couvertes</th>
          </tr>
        </thead>
        <tbody>
          {(data?.brigades ?? []).map((b: any) => (
            <tr key={b.id}>
              <td>{b.code}</td>
              <td>{b.name}</td>
              <td>{b.phone ?? '—'}</td>
              <td>{b.communes.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Categories() {
  const { data, error } = useQuery<any>('{ categories { code label urgency order active diversion } }', {}, []);
  return (
    <Section title="Catégories de signalement">
      {error}
      <table>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Libellé</th>
            <th scope="col">Urgence</th>
            <th scope="col">Réorientation d’urgence</th>
          </tr>
        </thead>
        <tbody>
          {(data?.categories ?? []).map((c: any) => (
            <tr key={c.code}>
              <td>{c.code}</td>
              <td>{c.label}</td>
              <td>{URGENCY[c.urgency]}</td>
              <td>{c.diversion ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Accounts() {
  const [search, setSearch] = useState('');
  const { data, error, reload } = useQuery<any>(
    'query($filter: UserFilter) { users(filter: $filter, first: 50) { totalCount nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } } } }',
    { filter: search.trim() ? { search: search.trim() } : null },
    [search],
  );
  return (
    <Section title="Comptes">
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField label="Rechercher (nom ou adresse)" value={search} onInput={setSearch} type="search" />
      </form>
      {error}
      {data && <p class="count">{data.users.totalCount} comptes</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Adresse</th>
            <th scope="col">Rôle</th>
            <th scope="col">Rattachement</th>
            <th scope="col">État</th>
          </tr>
        </thead>
        <tbody>
          {(data?.users.nodes ?? []).map((user: any) => (
            <AccountRow key={user.id} user={user} onChanged={reload} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function AccountRow({ user, onChanged }: { user: any; onChanged: () => void }) {
  const { run, busy, feedback } = useAction(async () => {
    if (user.disabledAt) await gql('mutation($id: ID!) { enableAccount(userId: $id) { id } }', { id: user.id });
    else await gql('mutation($id: ID!) { disableAccount(userId: $id, reason: "Désactivé depuis la console") { id } }', { id: user.id });
    onChanged();
  });
  const state = user.disabledAt ? `Désactivé le ${when(user.disabledAt)}` : user.enrolmentStatus ? `Inscription ${ENROLMENT[user.enrolmentStatus].toLowerCase()}` : 'Actif';
  return (
    <tr>
      <td>{user.displayName}</td>
      <td>{user.email}</td>
      <td>{ROLE[user.role]}</td>
      <td>{user.brigade?.name ?? user.commune?.name ?? '—'}</td>
      <td>
        {state}
        {user.role !== 'RESIDENT' && (
          <button type="button" class="small" disabled={busy} onClick={() => void run()} aria-label={`${user.disabledAt ? 'Réactiver' : 'Désactiver'} ${user.displayName}`}>
            {user.disabledAt ? 'Réactiver' : 'Désactiver'}
          </button>
        )}
        {feedback}
      </td>
    </tr>
  );
}

function Audit() {
  const { data, error } = useQuery<any>('{ auditEvents(first: 50) { nodes { id at kind targetType targetId actor { displayName } } } }', {}, []);
  return (
    <Section title="Journal d’audit">
      {error}
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Action</th>
            <th scope="col">Par</th>
            <th scope="col">Cible</th>
          </tr>
        </thead>
        <tbody>
          {(data?.auditEvents.nodes ?? []).map((event: any) => (
            <tr key={event.id}>
              <td>{when(event.at)}</td>
              <td>
                <code>{event.kind}</code>
              </td>
              <td>{event.actor?.displayName ?? 'Système'}</td>
              <td>{event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
