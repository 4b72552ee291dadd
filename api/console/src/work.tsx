// Who in the brigade holds a report and in what order the brigade takes it: give it to a
// member of the brigade (or take it back), set its priority with the reason.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { PRIORITIES, URGENCY } from './labels';
import type { DetailedReport } from './report';
import { SelectField, TextField, useAction } from './ui';

const STAFF = graphql(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`);

const ASSIGN = graphql(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`);

const FLAG = graphql(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`);

const PRIORITY = graphql(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);

type Member = { id: string; displayName: string; rank?: string | null; commander: boolean };

export function Work({ report, onChanged }: { report: DetailedReport; onChanged: () => void }) {
  const [staff, setStaff] = useState<Member[]>([]);
  const [assignee, setAssignee] = useState(report.assignee?.id ?? '');
  const [priority, setPriority] = useState(String(report.priority ?? report.category.urgency));
  const [reason, setReason] = useState('');
  const [abuse, setAbuse] = useState('');
  useEffect(() => {
    gql(STAFF)
      .then((data) => setStaff(data.brigadeStaff))
      .catch(() => setStaff([]));
  }, []);
  useEffect(() => {
    setAssignee(report.assignee?.id ?? '');
    setPriority(String(report.priority ?? report.category.urgency));
  }, [report.id, report.assignee?.id, report.priority]);
  const assign = useAction(async () => {
    await gql(ASSIGN, { id: report.id, user: assignee || null });
    onChanged();
    return assignee ? 'Signalement attribué.' : 'Attribution retirée.';
  });
  const prioritise = useAction(async () => {
    await gql(PRIORITY, { id: report.id, priority: Number(priority), reason: reason.trim() || null });
    setReason('');
    onChanged();
    return 'Priorité enregistrée.';
  });
  const flag = useAction(async () => {
    await gql(FLAG, { id: report.id, reason: abuse });
    setAbuse('');
    return 'Signalé à la commune, qui décidera.';
  });
  const member = (m: Member): [string, string] => [m.id, `${m.displayName}${m.rank ? ` (${m.rank})` : ''}${m.commander ? ' — commandant' : ''}`];
  return (
    <div class="action">
      <form
        aria-labelledby="assign-title"
        onSubmit={(event) => {
          event.preventDefault();
          void assign.run();
        }}
      >
        <h3 id="assign-title">Attribuer</h3>
        <SelectField label="Membre de la brigade" value={assignee} onChange={setAssignee} options={[['', 'Personne'], ...staff.map(member)]} />
        <button type="submit" disabled={assign.busy}>
          Enregistrer l’attribution
        </button>
        {assign.feedback}
      </form>
      <form
        aria-labelledby="priority-title"
        onSubmit={(event) => {
          event.preventDefault();
          void prioritise.run();
        }}
      >
        <h3 id="priority-title">Priorité</h3>
        <SelectField label="Priorité de la brigade" value={priority} onChange={setPriority} options={PRIORITIES.map((p): [string, string] => [String(p), URGENCY[p]])} />
        <TextField label="Raison du changement (note interne)" value={reason} onInput={setReason} />
        <button type="submit" disabled={prioritise.busy}>
          Changer la priorité
        </button>
        {prioritise.feedback}
      </form>
      {report.reporter && (
        <form
          aria-labelledby="abuse-title"
          onSubmit={(event) => {
            event.preventDefault();
            void flag.run();
          }}
        >
          <h3 id="abuse-title">Usage abusif</h3>
          <TextField label="Raison, pour la commune (sans le contenu du signalement)" value={abuse} onInput={setAbuse} required />
          <button type="submit" disabled={flag.busy || !abuse.trim()}>
            Signaler l’usage abusif à la commune
          </button>
          {flag.feedback}
        </form>
      )}
    </div>
  );
}
