// The incident a report was grouped into (reports of one fact, close in place and time):
// its reports, confirming it, taking this report out, and moving all its reports at once.

import { useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { ReportStatus } from './gql/graphql';
import { STATUS, when } from './labels';
import type { DetailedReport } from './report';
import { SelectField, TextField, useAction } from './ui';

const CONFIRM = graphql(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`);

const SPLIT = graphql(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`);

const MOVE = graphql(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`);

const MOVES: ReportStatus[] = ['ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED'];

export function Incident({ report, onChanged, onOpen }: { report: DetailedReport; onChanged: () => void; onOpen: (id: string) => void }) {
  const incident = report.incident;
  const [to, setTo] = useState<ReportStatus>('ACKNOWLEDGED');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const confirm = useAction(async () => {
    await gql(CONFIRM, { id: incident!.id });
    onChanged();
    return 'Incident confirmé.';
  });
  const split = useAction(async () => {
    await gql(SPLIT, { id: report.id, reason: reason.trim() || null });
    setReason('');
    onChanged();
    return 'Signalement détaché de l’incident.';
  });
  const move = useAction(async () => {
    const moved = await gql(MOVE, { id: incident!.id, to, publicNote: note.trim() || null });
    setNote('');
    onChanged();
    const count = moved.transitionIncident.length;
    return `${count} signalement${count > 1 ? 's' : ''} passé${count > 1 ? 's' : ''} à « ${STATUS[to]} » ; chaque signalant est prévenu du sien.`;
  });
  if (!incident) return null;
  return (
    <section class="action" aria-labelledby="incident-title">
      <h3 id="incident-title">
        Incident : {incident.reportCount} signalements {incident.confirmed ? '(confirmé)' : '(regroupement automatique)'}
      </h3>
      <ul class="incident-reports">
        {incident.reports.map((member) => (
          <li key={member.id}>
            {member.id === report.id ? (
              <strong>{member.category.label} (ce signalement)</strong>
            ) : (
              <button type="button" class="link" onClick={() => onOpen(member.id)}>
                {member.category.label}
              </button>
            )}{' '}
            — {STATUS[member.status]}, vu {when(member.observedAt)}
          </li>
        ))}
      </ul>
      {!incident.confirmed && (
        <button type="button" disabled={confirm.busy} onClick={() => void confirm.run()}>
          Confirmer l’incident
        </button>
      )}
      {confirm.feedback}
      <form
        aria-label="Traiter tout l’incident"
        onSubmit={(event) => {
          event.preventDefault();
          void move.run();
        }}
      >
        <SelectField label="Passer tout l’incident à" value={to} onChange={(value) => setTo(value as ReportStatus)} options={MOVES.map((s): [string, string] => [s, STATUS[s]])} />
        <TextField label="Réponse aux signalants (chacun la lit sur le sien)" value={note} onInput={setNote} />
        <button type="submit" disabled={move.busy}>
          Faire passer tout l’incident
        </button>
        {move.feedback}
      </form>
      <form
        aria-label="Détacher ce signalement"
        onSubmit={(event) => {
          event.preventDefault();
          void split.run();
        }}
      >
        <TextField label="Pourquoi ce signalement est un autre fait (note interne)" value={reason} onInput={setReason} />
        <button type="submit" disabled={split.busy}>
          Détacher ce signalement de l’incident
        </button>
        {split.feedback}
      </form>
    </section>
  );
}
