// The brigade's triage console: the queue (filters, keyset pages) kept live by
// `brigadeQueueEvents`, the map of the queue over the brigade's communes, and a report's
// detail with every triage action.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { gql, type Me } from './api';
import { graphql } from './gql';
import type { BrigadeQueueQuery, QueueFilter, ReportStatus } from './gql/graphql';
import { subscribe } from './live';
import { CommuneMap, type Outline } from './map';
import { ReportDetail } from './report';
import { ProblemCases } from './cases';
import { Partners } from './partners';
import { Referents, type CoveredCommune } from './referents';
import { SecurityRequests } from './requests';
import { OPEN_STATUSES, STATUS, URGENCY, age } from './labels';
import { Notice, Section, SelectField, describe } from './ui';

type Page = BrigadeQueueQuery['brigadeQueue'];

const PAGE_SIZE = 20;

const QUEUE = graphql(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`);

const SETUP = graphql(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id displayName } } } }
    brigadeTo: brigades { id code name }
  }
`);

const OUTLINES = graphql(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`);

const QUEUE_EVENTS = graphql(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);

export function BrigadeConsole({ me }: { me: Me }) {
  const brigade = me.brigade!;
  const [categories, setCategories] = useState<{ code: string; label: string }[]>([]);
  const [communes, setCommunes] = useState<CoveredCommune[]>([]);
  const [brigades, setBrigades] = useState<{ id: string; code: string; name: string }[]>([]);
  const [outlines, setOutlines] = useState<Outline[]>([]);
  const [status, setStatus] = useState('OPEN');
  const [category, setCategory] = useState('');
  const [commune, setCommune] = useState('');
  const [since, setSince] = useState('');
  const [work, setWork] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [revision, setRevision] = useState(0);
  const lastEvent = useRef<string | null>(null);
  // A référent of one of its communes opens partnership cases; with the commander, they keep
  // the département's partner organisations.
  const referent = communes.some((c) => c.referent?.id === me.id);
  // Bumped when the commander designates a référent: the communes are read again.
  const [setupRevision, setSetupRevision] = useState(0);

  useEffect(() => {
    gql(SETUP)
      .then(async (data) => {
        setCategories(data.categories);
        const own = data.me?.brigade?.communes ?? [];
        setCommunes(own);
        setBrigades(data.brigadeTo.filter((other) => other.id !== brigade.id));
        if (setupRevision > 0) return;
        const codes = own.slice(0, 100).map((c) => c.code);
        const outlined = await gql(OUTLINES, { codes });
        setOutlines(outlined.communeOutlines);
      })
      .catch((failure) => setError(describe(failure)));
  }, [brigade.id, setupRevision]);

  const filter = useMemo(() => {
    const value: QueueFilter = { status: status === 'OPEN' ? OPEN_STATUSES : [status as ReportStatus] };
    if (category) value.categoryCode = category;
    if (commune) value.communeCode = commune;
    if (since) value.createdSince = new Date(Date.now() - Number(since) * 3_600_000).toISOString();
    if (work === 'MINE') value.assignment = 'ASSIGNED_TO_ME';
    if (work === 'NOBODY') value.assignment = 'UNASSIGNED';
    if (work === 'OVERDUE') value.overdue = true;
    if (grouped) value.onePerIncident = true;
    return value;
  }, [status, category, commune, since, work, grouped]);

  const after = cursors[cursors.length - 1];
  useEffect(() => {
    let current = true;
    gql(QUEUE, { filter, first: PAGE_SIZE, after })
      .then((data) => current && (setPage(data.brigadeQueue), setError(null)))
      .catch((failure) => current && setError(describe(failure)));
    return () => {
      current = false;
    };
  }, [filter, after, revision]);

  // Live: every event of the brigade reloads the page shown (and the open report).
  useEffect(() => {
    let timer: number | undefined;
    const subscription = subscribe({
      document: QUEUE_EVENTS,
      variables: () => ({ brigade: brigade.id, after: lastEvent.current }),
      onState: setLive,
      onData: (data) => {
        const event = data.brigadeQueueEvents;
        lastEvent.current = event.id;
        if (event.kind === 'FILED') setAnnounce('Nouveau signalement reçu.');
        window.clearTimeout(timer);
        timer = window.setTimeout(() => setRevision((n) => n + 1), 150);
      },
    });
    return () => {
      window.clearTimeout(timer);
      subscription.close();
    };
  }, [brigade.id]);

  const refilter = useCallback((apply: () => void) => {
    apply();
    setCursors([null]);
  }, []);

  const points = (page?.nodes ?? []).map((report) => ({
    id: report.id,
    latitude: report.location.latitude,
    longitude: report.location.longitude,
    weight: report.priority ?? report.category.urgency,
    selected: report.id === selected,
    label: `${report.category.label}, ${report.commune.name}, ${STATUS[report.status]}`,
  }));

  return (
    <div class="brigade">
      <p class="live-state" aria-live="polite">
        <span class={live ? 'dot on' : 'dot'} aria-hidden="true" />
        {live ? 'Mises à jour en direct' : 'Connexion au direct…'}
        <span class="visually-hidden">{announce}</span>
      </p>
      <div class="columns">
        <Section title="File des signalements" id="file">
          <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filtres de la file">
            <SelectField
              label="Statut"
              value={status}
              onChange={(value) => refilter(() => setStatus(value))}
              options={[['OPEN', 'En cours (reçus, pris en compte, en intervention)'], ...Object.entries(STATUS)]}
            />
            <SelectField
              label="Catégorie"
              value={category}
              onChange={(value) => refilter(() => setCategory(value))}
              options={[['', 'Toutes'], ...categories.map((c): [string, string] => [c.code, c.label])]}
            />
            <SelectField
              label="Commune"
              value={commune}
              onChange={(value) => refilter(() => setCommune(value))}
              options={[['', 'Toutes'], ...communes.map((c): [string, string] => [c.code, c.name])]}
            />
            <SelectField
              label="Reçus depuis"
              value={since}
              onChange={(value) => refilter(() => setSince(value))}
              options={[
                ['', 'Toujours'],
                ['1', '1 heure'],
                ['24', '24 heures'],
                ['168', '7 jours'],
                ['720', '30 jours'],
              ]}
            />
            <SelectField
              label="Suivi"
              value={work}
              onChange={(value) => refilter(() => setWork(value))}
              options={[
                ['', 'Tous'],
                ['MINE', 'Attribués à moi'],
                ['NOBODY', 'Non attribués'],
                ['OVERDUE', 'En retard de prise en compte'],
              ]}
            />
            <label class="check">
              <input type="checkbox" checked={grouped} onChange={(event) => refilter(() => setGrouped(event.currentTarget.checked))} />
              Une ligne par incident
            </label>
          </form>
          {error && <Notice kind="error">{error}</Notice>}
          {page && (
            <>
              <p class="count" data-testid="queue-count">
                {page.totalCount} signalement{page.totalCount > 1 ? 's' : ''}
              </p>
              <table class="queue">
                <caption class="visually-hidden">Signalements, par priorité de la brigade puis du plus ancien</caption>
                <thead>
                  <tr>
                    <th scope="col">Priorité</th>
                    <th scope="col">Catégorie</th>
                    <th scope="col">Commune</th>
                    <th scope="col">Reçu</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Attribué à</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((report) => (
                    <tr key={report.id} class={report.id === selected ? 'selected' : ''} data-report={report.id}>
                      <td>
                        <span class={`urgency urgency-${report.priority ?? report.category.urgency}`}>{URGENCY[report.priority ?? report.category.urgency]}</span>
                        {report.overdue && <span class="overdue">En retard</span>}
                      </td>
                      <td>
                        <button type="button" class="link" onClick={() => setSelected(report.id)} aria-pressed={report.id === selected}>
                          {report.category.label}
                        </button>
                        {report.incident && <span class="incident-badge">Incident · {report.incident.reportCount} signalements</span>}
                        <span class="excerpt">{report.description.slice(0, 80)}</span>
                      </td>
                      <td>{report.commune.name}</td>
                      <td>
                        <time dateTime={report.createdAt}>{age(report.createdAt)}</time>
                      </td>
                      <td>{STATUS[report.status]}</td>
                      <td>{report.assignee?.displayName ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.nodes.length === 0 && <p class="muted">Aucun signalement ne correspond aux filtres.</p>}
              <nav class="pager" aria-label="Pages de la file">
                <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
                  Page précédente
                </button>
                <span>Page {cursors.length}</span>
                <button
                  type="button"
                  disabled={!page.pageInfo.hasNextPage}
                  onClick={() => setCursors([...cursors, page.pageInfo.endCursor])}
                >
                  Page suivante
                </button>
              </nav>
            </>
          )}
        </Section>
        <Section title="Carte de la file" id="carte">
          <CommuneMap title={`Communes couvertes par ${brigade.name}`} outlines={outlines} points={points} onSelect={setSelected} />
        </Section>
      </div>
      {me.commander && <Referents communes={communes} onChanged={() => setSetupRevision((n) => n + 1)} />}
      <BrigadeRequests me={me} communes={communes} />
      <ProblemCases opener={referent ? { communes, categories } : undefined} />
      {(me.commander || referent) && <Partners departement={brigade.departement} />}
      {selected && (
        <ReportDetail
          id={selected}
          revision={revision}
          brigades={brigades}
          onClose={() => setSelected(null)}
          onChanged={() => setRevision((n) => n + 1)}
          onOpen={setSelected}
        />
      )}
    </div>
  );
}

/** The brigade's side of security requests: its commander (every commune it covers) and
 * its référents (their communes); nothing for the other members. */
function BrigadeRequests({ me, communes }: { me: Me; communes: { code: string; name: string; referent?: { id: string } | null }[] }) {
  const own = me.commander ? communes : communes.filter((c) => c.referent?.id === me.id);
  if (own.length === 0) return null;
  return <SecurityRequests communes={own} side="brigade" />;
}
