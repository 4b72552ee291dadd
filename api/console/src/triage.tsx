// What the brigade does with a report: move it through its lifecycle with public and
// internal notes, close it as a duplicate, send it to another unit, alert the commune's
// elected officials and end the intervention.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { ReportAlertsQuery, ReportStatus } from './gql/graphql';
import { STATUS, when } from './labels';
import type { DetailedReport } from './report';
import { SelectField, TextField, useAction } from './ui';

const TRANSITION = graphql(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`);

const ADD_NOTE = graphql(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`);

const MARK_DUPLICATE = graphql(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`);

const REROUTE = graphql(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`);

const ALERTS = graphql(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`);

const SEND_ALERT = graphql(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`);

const CLOSE_ALERT = graphql(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`);

type SentAlertRow = ReportAlertsQuery['interventionAlerts']['nodes'][number];

const NEXT: Partial<Record<ReportStatus, [ReportStatus, string][]>> = {
  SUBMITTED: [['ACKNOWLEDGED', 'Prendre en compte'], ['REJECTED', 'Classer sans suite']],
  ACKNOWLEDGED: [['IN_PROGRESS', 'Démarrer l’intervention'], ['REJECTED', 'Classer sans suite']],
  IN_PROGRESS: [['RESOLVED', 'Marquer traité'], ['REJECTED', 'Classer sans suite']],
  RESOLVED: [['ACKNOWLEDGED', 'Rouvrir']],
  REJECTED: [['ACKNOWLEDGED', 'Rouvrir']],
};

export function Triage({ report, onChanged }: { report: DetailedReport; onChanged: () => void }) {
  const options = NEXT[report.status] ?? [];
  const [to, setTo] = useState<ReportStatus | null>(options[0]?.[0] ?? null);
  const [publicNote, setPublicNote] = useState('');
  const [internalNote, setInternalNote] = useState('');
  useEffect(() => setTo(options[0]?.[0] ?? null), [report.status]);
  const { run, busy, feedback } = useAction(async (change: boolean) => {
    const notes = { publicNote: publicNote.trim() || null, internalNote: internalNote.trim() || null };
    if (change && to) await gql(TRANSITION, { id: report.id, to, ...notes });
    else await gql(ADD_NOTE, { id: report.id, ...notes });
    setPublicNote('');
    setInternalNote('');
    onChanged();
    return change ? 'Statut mis à jour.' : 'Note enregistrée.';
  });
  return (
    <form
      class="action"
      aria-labelledby="triage-title"
      onSubmit={(event) => {
        event.preventDefault();
        void run(true);
      }}
    >
      <h3 id="triage-title">Traiter</h3>
      {options.length > 0 && (
        <SelectField label="Nouveau statut" value={to ?? ''} onChange={(value) => setTo(value as ReportStatus)} options={options} />
      )}
      <TextField label="Réponse au signalant (visible par lui)" value={publicNote} onInput={setPublicNote} multiline />
      <TextField label="Note interne (brigade seulement)" value={internalNote} onInput={setInternalNote} multiline />
      <div class="buttons">
        {options.length > 0 && (
          <button type="submit" class="primary" disabled={busy}>
            Appliquer
          </button>
        )}
        <button type="button" disabled={busy || (!publicNote.trim() && !internalNote.trim())} onClick={() => void run(false)}>
          Ajouter la note seulement
        </button>
      </div>
      {feedback}
    </form>
  );
}

export function Duplicates({ report, onChanged }: { report: DetailedReport; onChanged: () => void }) {
  // Candidates of the brigade's own queue come with their id, distance and date.
  const own = report.possibleDuplicates.flatMap(({ reportId, distanceMeters, observedAt, status }) =>
    reportId && distanceMeters != null && observedAt ? [{ reportId, distanceMeters, observedAt, status }] : [],
  );
  const { run, busy, feedback } = useAction(async (of: string) => {
    await gql(MARK_DUPLICATE, { id: report.id, of });
    onChanged();
    return 'Signalement rattaché comme doublon.';
  });
  return (
    <div class="action">
      <h3>Doublons possibles</h3>
      {own.length === 0 ? (
        <p class="muted">Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h.</p>
      ) : (
        <ul class="plain">
          {own.map((candidate) => (
            <li key={candidate.reportId}>
              À {Math.round(candidate.distanceMeters)} m, observé le {when(candidate.observedAt)} ({STATUS[candidate.status]}){' '}
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(candidate.reportId)}
                aria-label={`Classer ce signalement comme doublon de celui observé à ${Math.round(candidate.distanceMeters)} m le ${when(candidate.observedAt)}`}
              >
                Classer comme doublon de celui-ci
              </button>
            </li>
          ))}
        </ul>
      )}
      {feedback}
    </div>
  );
}

export function Reroute({ report, brigades, onChanged }: { report: DetailedReport; brigades: { id: string; name: string }[]; onChanged: () => void }) {
  const [to, setTo] = useState(brigades[0]?.id ?? '');
  const [reason, setReason] = useState('');
  useEffect(() => setTo((current) => current || brigades[0]?.id || ''), [brigades]);
  const { run, busy, feedback } = useAction(async () => {
    await gql(REROUTE, {
      id: report.id,
      to,
      reason,
    });
    onChanged();
    return 'Signalement transmis.';
  });
  return (
    <form
      class="action"
      aria-labelledby="reroute-title"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <h3 id="reroute-title">Transmettre à une autre unité</h3>
      <SelectField label="Unité destinataire" value={to} onChange={setTo} options={brigades.map((b): [string, string] => [b.id, b.name])} />
      <TextField label="Motif" value={reason} onInput={setReason} required />
      <button type="submit" disabled={busy || !to}>
        Transmettre
      </button>
      {feedback}
    </form>
  );
}

export function Alert({ report }: { report: DetailedReport }) {
  const [message, setMessage] = useState('');
  const [alerts, setAlerts] = useState<SentAlertRow[]>([]);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql(ALERTS, { commune: report.commune.code })
      .then((data) => setAlerts(data.interventionAlerts.nodes.filter((alert) => alert.reportId === report.id)))
      .catch(() => setAlerts([]));
  }, [report.id, revision]);
  const { run, busy, feedback } = useAction(async () => {
    const data = await gql(SEND_ALERT, { commune: report.commune.code, message, report: report.id });
    setMessage('');
    setRevision((n) => n + 1);
    return `Alerte envoyée à ${data.sendInterventionAlert.recipients} élu(s).`;
  });
  return (
    <div class="action">
      <form
        aria-labelledby="alert-title"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <h3 id="alert-title">Alerter les élus de {report.commune.name}</h3>
        <TextField label="Message d’intervention (SMS, sans nom ni adresse)" value={message} onInput={setMessage} required multiline />
        <button type="submit" disabled={busy || !message.trim()}>
          Envoyer l’alerte
        </button>
        {feedback}
      </form>
      {alerts.length > 0 && (
        <ul class="plain alerts">
          {alerts.map((alert) => (
            <SentAlert key={alert.id} alert={alert} onClosed={() => setRevision((n) => n + 1)} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** An alert sent about this report; an open one can be ended ("Intervention terminée"). */
function SentAlert({ alert, onClosed }: { alert: SentAlertRow; onClosed: () => void }) {
  const [message, setMessage] = useState('');
  const { run, busy, feedback } = useAction(async () => {
    await gql(CLOSE_ALERT, { id: alert.id, message });
    onClosed();
    return 'Fin d’intervention envoyée.';
  });
  return (
    <li>
      <time dateTime={alert.createdAt}>{when(alert.createdAt)}</time> — {alert.message}
      {alert.closedAt ? (
        <p class="muted">Terminée le {when(alert.closedAt)}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <TextField label="Message de fin d’intervention" value={message} onInput={setMessage} required />
          <button type="submit" disabled={busy || !message.trim()}>
            Terminer l’intervention
          </button>
          {feedback}
        </form>
      )}
    </li>
  );
}
