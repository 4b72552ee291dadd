// Administration pages: communes and their participation (joining, leaving), brigades,
// categories, routing rules (set and remove), partner organisations, accounts (disable,
// enable) and the audit log — through the API's admin operations.

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { gql, type Arguments, type Me } from './api';
import { graphql } from './gql';
import type { AccountsQuery, TypedDocumentString } from './gql/graphql';
import { ENROLMENT, ROLE, URGENCY, when } from './labels';
import { DepartementPage } from './departement';
import { Participation } from './participation';
import { AdminPartners } from './partners';
import { usePaged } from './paged';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

type Tab = 'departement' | 'communes' | 'brigades' | 'categories' | 'routing' | 'partners' | 'accounts' | 'audit';
const TABS: [Tab, string][] = [
  ['communes', 'Communes'],
  ['departement', 'Département'],
  ['brigades', 'Brigades'],
  ['categories', 'Catégories'],
  ['routing', 'Acheminement'],
  ['partners', 'Partenaires'],
  ['accounts', 'Comptes'],
  ['audit', 'Journal'],
];

export function AdminConsole({ me }: { me: Me }) {
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
        {tab === 'departement' && <DepartementPage />}
        {tab === 'communes' && <Participation />}
        {tab === 'brigades' && <Brigades />}
        {tab === 'categories' && <Categories />}
        {tab === 'routing' && <Routing />}
        {tab === 'partners' && <AdminPartners />}
        {tab === 'accounts' && <Accounts me={me} />}
        {tab === 'audit' && <Audit />}
      </div>
    </div>
  );
}

/** Reads `document` again when `deps` change; `skip` waits (a variable not known yet). */
function useQuery<R, V>(document: TypedDocumentString<R, V>, deps: unknown[], skip: boolean, ...variables: Arguments<V>) {
  const [data, setData] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (skip) return;
    gql(document, ...variables)
      .then((result) => (setData(result), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [...deps, skip, revision]);
  return { data, error: error && <Notice kind="error">{error}</Notice>, reload: () => setRevision((n) => n + 1) };
}

/** A table: one column per `[header, cell]`, one row per item. */
function Table<T>({ rows, columns, rowKey }: { rows: T[]; columns: [string, (row: T) => ComponentChildren][]; rowKey: (row: T) => string }) {
  return (
    <table>
      <thead>
        <tr>
          {columns.map(([header]) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map(([header, cell]) => (
              <td key={header}>{cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const BRIGADES = graphql(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`);

const CATEGORIES = graphql(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`);

const ROUTING_SETUP = graphql(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`);

const ROUTING_RULES = graphql(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`);

const SET_ROUTING_RULE = graphql(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`);

const ACCOUNTS = graphql(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`);

const ENABLE_ACCOUNT = graphql(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`);

const DISABLE_ACCOUNT = graphql(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`);

const AUDIT = graphql(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);

type Account = AccountsQuery['users']['nodes'][number];

function Brigades() {
  const { data, error } = useQuery(BRIGADES, [], false);
  return (
    <Section title="Brigades">
      {error}
      <Table
        rows={data?.brigades ?? []}
        rowKey={(b) => b.id}
        columns={[
          ['Code', (b) => b.code],
          ['Nom', (b) => b.name],
          ['Téléphone', (b) => b.phone ?? '—'],
          ['Communes couvertes', (b) => b.communes.length],
        ]}
      />
    </Section>
  );
}

function Categories() {
  const { data, error } = useQuery(CATEGORIES, [], false);
  return (
    <Section title="Catégories de signalement">
      {error}
      <Table
        rows={data?.categories ?? []}
        rowKey={(c) => c.code}
        columns={[
          ['Code', (c) => c.code],
          ['Libellé', (c) => c.label],
          ['Urgence', (c) => URGENCY[c.urgency]],
          ['Réorientation d’urgence', (c) => c.diversion ?? '—'],
        ]}
      />
    </Section>
  );
}

/** Which categories of a commune's reports go to another brigade than the commune's. */
function Routing() {
  const setup = useQuery(ROUTING_SETUP, [], false);
  const communes = setup.data?.communes ?? [];
  const [commune, setCommune] = useState('');
  const code = commune || communes[0]?.code || '';
  const rules = useQuery(ROUTING_RULES, [code], !code, { c: code });
  const [category, setCategory] = useState('');
  const [brigade, setBrigade] = useState('');
  const save = useAction(async (categoryCode: string, brigadeId: string | null) => {
    await gql(SET_ROUTING_RULE, {
      c: code,
      k: categoryCode,
      b: brigadeId,
    });
    rules.reload();
    return brigadeId ? 'Règle enregistrée.' : 'Règle retirée.';
  });
  const categories = setup.data?.categories ?? [];
  const brigades = setup.data?.brigades ?? [];
  const home = communes.find((c) => c.code === code)?.brigade?.name ?? '—';
  return (
    <Section title="Règles d’acheminement">
      {setup.error}
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Commune" value={code} onChange={setCommune} options={communes.map((c): [string, string] => [c.code, c.name])} />
      </form>
      <p>
        Par défaut, les signalements vont à : <strong>{home}</strong>.
      </p>
      {rules.error}
      <Table
        rows={(rules.data?.categoryOverrides ?? []).flatMap((rule) => (rule.category ? [{ ...rule, category: rule.category }] : []))}
        rowKey={(rule) => rule.category.code}
        columns={[
          ['Catégorie', (rule) => rule.category.label],
          ['Acheminée vers', (rule) => rule.brigade?.name ?? '—'],
          [
            'Action',
            (rule) => (
              <button type="button" class="small" disabled={save.busy} onClick={() => void save.run(rule.category.code, null)}>
                Retirer la règle « {rule.category.label} »
              </button>
            ),
          ],
        ]}
      />
      <h3>Nouvelle règle</h3>
      <form
        class="filters"
        aria-label="Nouvelle règle"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run(category || categories[0]?.code, brigade || brigades[0]?.id);
        }}
      >
        <SelectField label="Catégorie" value={category || categories[0]?.code || ''} onChange={setCategory} options={categories.map((c): [string, string] => [c.code, c.label])} />
        <SelectField label="Brigade destinataire" value={brigade || brigades[0]?.id || ''} onChange={setBrigade} options={brigades.map((b): [string, string] => [b.id, b.name])} />
        <div class="field">
          <span aria-hidden="true">&nbsp;</span>
          <button type="submit" class="primary" disabled={save.busy || !code}>
            Enregistrer la règle
          </button>
        </div>
      </form>
      {save.feedback}
    </Section>
  );
}

function Accounts({ me }: { me: Me }) {
  const [search, setSearch] = useState('');
  const users = usePaged(ACCOUNTS, (data) => data.users, { filter: search.trim() ? { search: search.trim() } : null }, [search]);
  const state = (user: Account) =>
    user.disabledAt ? `Désactivé le ${when(user.disabledAt)}` : user.enrolmentStatus ? `Inscription ${ENROLMENT[user.enrolmentStatus].toLowerCase()}` : 'Actif';
  return (
    <Section title="Comptes">
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField label="Rechercher (nom ou adresse)" value={search} onInput={setSearch} type="search" />
      </form>
      {users.error && <Notice kind="error">{users.error}</Notice>}
      {users.total !== null && <p class="count">{users.total} comptes</p>}
      <Table
        rows={users.nodes}
        rowKey={(user) => user.id}
        columns={[
          ['Nom', (user) => user.displayName],
          ['Adresse', (user) => user.email],
          ['Rôle', (user) => ROLE[user.role]],
          [
            'Rattachement',
            (user) => user.brigade?.name ?? user.commune?.name ?? (user.coordinatedCommunes.map((c) => c.name).join(', ') || '—'),
          ],
          ['État', state],
          ['Action', (user) => (user.role === 'RESIDENT' || user.id === me.id ? '—' : <AccountSwitch user={user} onChanged={users.reload} />)],
        ]}
      />
      {users.more}
    </Section>
  );
}

/** Disables or enables a staff, coordinator or admin account. */
function AccountSwitch({ user, onChanged }: { user: Account; onChanged: () => void }) {
  const { run, busy, feedback } = useAction(async () => {
    if (user.disabledAt) await gql(ENABLE_ACCOUNT, { id: user.id });
    else await gql(DISABLE_ACCOUNT, { id: user.id });
    onChanged();
  });
  const verb = user.disabledAt ? 'Réactiver' : 'Désactiver';
  return (
    <>
      <button type="button" class="small" disabled={busy} onClick={() => void run()} aria-label={`${verb} ${user.displayName}`}>
        {verb}
      </button>
      {feedback}
    </>
  );
}

function Audit() {
  const events = usePaged(AUDIT, (data) => data.auditEvents, {}, []);
  return (
    <Section title="Journal d’audit">
      {events.error && <Notice kind="error">{events.error}</Notice>}
      <Table
        rows={events.nodes}
        rowKey={(event) => event.id}
        columns={[
          ['Date', (event) => when(event.at)],
          ['Action', (event) => <code>{event.kind}</code>],
          ['Par', (event) => event.actor?.displayName ?? 'Système'],
          ['Cible', (event) => (event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : '—')],
        ]}
      />
      {events.more}
    </Section>
  );
}
