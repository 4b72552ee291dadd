// The commune's console, for its coordinators: enrolments to decide, residents (suspend),
// activity over a period (counts, weekly trend, the ~200 m grid on the map — never who
// reported), the annual bilan (small counts suppressed, as CSV), and the intervention alerts
// received (with the choice to be texted them); kept live by the coordinator's feed.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql, type Me } from './api';
import { graphql } from './gql';
import type { CommuneActivityQuery, CommuneAlertsQuery, CommuneBilanQuery, EnrolmentRequestsQuery, EnrolmentStatus } from './gql/graphql';
import { AbuseFlags } from './abuse';
import { Broadcasts } from './broadcasts';
import { ProblemCases } from './cases';
import { SecurityRequests } from './requests';
import { SmsChoice } from './sms';
import { WeeklyChart, everyWeek } from './chart';
import { subscribe } from './live';
import { usePaged } from './paged';
import { CommuneMap, type Outline } from './map';
import { ENROLMENT, duration, statusLabel, when } from './labels';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

const HEARD = graphql(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);

export function CommuneConsole({ me }: { me: Me }) {
  const communes = me.coordinatedCommunes;
  const [code, setCode] = useState(communes[0]?.code ?? '');
  // Live: the coordinator's feed says when a resident asks to join or an alert arrives.
  const [heard, setHeard] = useState({ enrolments: 0, alerts: 0 });
  useEffect(() => {
    const subscription = subscribe({
      document: HEARD,
      variables: () => ({}),
      onData: (data) => {
        const kind = data.myNotifications.kind;
        if (kind === 'ENROLMENT_REQUEST') setHeard((n) => ({ ...n, enrolments: n.enrolments + 1 }));
        if (kind === 'INTERVENTION_ALERT') setHeard((n) => ({ ...n, alerts: n.alerts + 1 }));
      },
    });
    return () => subscription.close();
  }, []);
  if (!code) return <Notice kind="info">Aucune commune ne vous est rattachée : adressez-vous à la préfecture.</Notice>;
  return (
    <div class="commune">
      {communes.length > 1 && (
        <form class="filters" onSubmit={(event) => event.preventDefault()}>
          <SelectField label="Commune" value={code} onChange={setCode} options={communes.map((c): [string, string] => [c.code, c.name])} />
        </form>
      )}
      <div class="columns">
        <Enrolments code={code} heard={heard.enrolments} />
        <Alerts code={code} heard={heard.alerts} />
      </div>
      <AbuseFlags code={code} />
      <Broadcasts code={code} />
      <SecurityRequests communes={communes} side="commune" />
      <ProblemCases />
      <Activity code={code} />
      <Bilan code={code} />
    </div>
  );
}

const BILAN = graphql(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);

/// The annual bilan: its total, and the whole table as a CSV download.
function Bilan({ code }: { code: string }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [data, setData] = useState<CommuneBilanQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(BILAN, { code, year: Number(year) })
      .then((result) => (setData(result), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [code, year]);
  const bilan = data?.communeBilan;
  const download = () => {
    if (!bilan) return;
    const url = URL.createObjectURL(new Blob([bilan.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `bilan-${code}-${year}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const years = [0, 1, 2, 3, 4].map((back): [string, string] => [String(thisYear - back), String(thisYear - back)]);
  return (
    <Section title="Bilan annuel" id="bilan">
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Année du bilan">
        <SelectField label="Année" value={year} onChange={setYear} options={years} />
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {bilan && (
        <>
          <p class="figures">
            <span>
              <strong data-testid="bilan-total">{bilan.total ?? `< ${bilan.threshold}`}</strong> signalements
            </span>
          </p>
          <p>Les nombres inférieurs à {bilan.threshold} sont masqués (« &lt; {bilan.threshold} ») pour qu’aucun chiffre ne désigne un voisin.</p>
          <button type="button" onClick={download}>
            Télécharger le bilan (CSV)
          </button>
        </>
      )}
    </Section>
  );
}

const PEOPLE = graphql(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`);

const SUSPEND = graphql(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`);

const REINSTATE = graphql(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`);

const ALERTS = graphql(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);

type Person = EnrolmentRequestsQuery['enrolmentRequests']['nodes'][number];

function Enrolments({ code, heard }: { code: string; heard: number }) {
  const [status, setStatus] = useState<EnrolmentStatus>('PENDING');
  const people = usePaged(PEOPLE, (data) => data.enrolmentRequests, { code, status }, [code, status, heard]);
  return (
    <Section title="Inscriptions des habitants" id="inscriptions">
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Afficher" value={status} onChange={(value) => setStatus(value as EnrolmentStatus)} options={Object.entries(ENROLMENT)} />
      </form>
      {people.error && <Notice kind="error">{people.error}</Notice>}
      {people.total !== null && (
        <>
          <p class="count">
            {people.total} inscription{people.total > 1 ? 's' : ''} {ENROLMENT[status].toLowerCase()}
            {people.total > 1 ? 's' : ''}
          </p>
          <ul class="people">
            {people.nodes.map((person) => (
              <PersonRow key={person.id} person={person} onChanged={people.reload} />
            ))}
          </ul>
          {people.more}
        </>
      )}
    </Section>
  );
}

function PersonRow({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const { run, busy, feedback } = useAction(async (action: 'approve' | 'reject' | 'suspend' | 'reinstate') => {
    if (action === 'approve' || action === 'reject') {
      await gql(DECIDE, {
        id: person.id,
        approve: action === 'approve',
        reason: reason.trim() || null,
      });
    } else if (action === 'suspend') {
      await gql(SUSPEND, { id: person.id, reason });
    } else {
      await gql(REINSTATE, { id: person.id });
    }
    onChanged();
  });
  const pending = person.enrolmentStatus === 'PENDING';
  return (
    <li class="person" data-person={person.email}>
      <div>
        <strong>{person.displayName}</strong> — {person.email}
        {person.phone && ` — ${person.phone}`}
      </div>
      {(pending || person.enrolmentStatus === 'APPROVED') && (
        <TextField label={pending ? 'Motif (en cas de refus)' : 'Motif de la suspension'} value={reason} onInput={setReason} />
      )}
      <div class="buttons">
        {pending && (
          <>
            <button type="button" class="primary" disabled={busy} onClick={() => void run('approve')}>
              Approuver {person.displayName}
            </button>
            <button type="button" disabled={busy} onClick={() => void run('reject')}>
              Refuser
            </button>
          </>
        )}
        {person.enrolmentStatus === 'APPROVED' && (
          <button type="button" disabled={busy || !reason.trim()} onClick={() => void run('suspend')}>
            Suspendre
          </button>
        )}
        {person.enrolmentStatus === 'SUSPENDED' && (
          <button type="button" disabled={busy} onClick={() => void run('reinstate')}>
            Rétablir
          </button>
        )}
      </div>
      {feedback}
    </li>
  );
}

function Alerts({ code, heard }: { code: string; heard: number }) {
  const [alerts, setAlerts] = useState<CommuneAlertsQuery['interventionAlerts']['nodes'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(ALERTS, { code })
      .then((data) => setAlerts(data.interventionAlerts.nodes))
      .catch((failure) => setError(describe(failure)));
  }, [code, heard]);
  return (
    <Section title="Alertes d’intervention reçues" id="alertes">
      {error && <Notice kind="error">{error}</Notice>}
      {alerts && alerts.length === 0 && <p class="muted">Aucune alerte.</p>}
      <ul class="plain alerts">
        {(alerts ?? []).map((alert) => (
          <li key={alert.id}>
            <time dateTime={alert.createdAt}>{when(alert.createdAt)}</time> — {alert.message}
            {alert.closedAt ? (
              <p class="muted">
                Terminée le {when(alert.closedAt)} {alert.closingMessage && `: ${alert.closingMessage}`}
              </p>
            ) : (
              <p class="badge">En cours</p>
            )}
          </li>
        ))}
      </ul>
      <SmsChoice />
    </Section>
  );
}

const ACTIVITY = graphql(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function Activity({ code }: { code: string }) {
  const [from, setFrom] = useState(isoDay(-90));
  const [to, setTo] = useState(isoDay(0));
  const [data, setData] = useState<CommuneActivityQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const period = { from: from ? `${from}T00:00:00Z` : null, to: to ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : null };
    gql(ACTIVITY, { code, ...period })
      .then((result) => (setData(result), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [code, from, to]);
  const labels = useMemo(() => Object.fromEntries((data?.categories ?? []).map((c) => [c.code, c.label])), [data]);
  const cells = useMemo(() => {
    const grid = new Map<string, { latitude: number; longitude: number; count: number }>();
    for (const report of data?.communeActivity.reports.nodes ?? []) {
      const key = `${report.location.latitude},${report.location.longitude}`;
      const cell = grid.get(key) ?? { ...report.location, count: 0 };
      cell.count += 1;
      grid.set(key, cell);
    }
    return [...grid.entries()].map(([key, cell]) => ({
      id: key,
      latitude: cell.latitude,
      longitude: cell.longitude,
      weight: cell.count,
      label: `${cell.count} signalement${cell.count > 1 ? 's' : ''} dans ce carré d’environ 200 m`,
    }));
  }, [data]);
  const activity = data?.communeActivity;
  const outlines: Outline[] = data?.communeOutlines ?? [];
  return (
    <Section title="Activité de la commune" id="activite">
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Période">
        <TextField label="Du" type="date" value={from} onInput={setFrom} />
        <TextField label="Au" type="date" value={to} onInput={setTo} />
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {activity && (
        <div class="columns">
          <div>
            <p class="figures">
              <span>
                <strong data-testid="activity-total">{activity.total}</strong> signalements
              </span>
              <span>
                Délai médian de prise en compte : <strong>{duration(activity.medianSecondsToAcknowledge)}</strong>
              </span>
            </p>
            <WeeklyChart weeks={everyWeek(activity.byWeek, from || activity.byWeek[0]?.key || to, to)} />
            <div class="columns">
              <Counts title="Par catégorie" rows={activity.byCategory} label={(key) => labels[key] ?? key} />
              <Counts title="Par statut" rows={activity.byStatus} label={statusLabel} />
            </div>
          </div>
          <CommuneMap title="Signalements de la période, par carré d’environ 200 m (sans signalant)" outlines={outlines} points={cells} grid />
        </div>
      )}
    </Section>
  );
}

function Counts({ title, rows, label }: { title: string; rows: { key: string; count: number }[]; label: (key: string) => string }) {
  return (
    <table class="counts">
      <caption>{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
