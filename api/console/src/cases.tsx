// Partnership groups (GPO): the problem cases the caller leads or is a member of — the
// problem, its members, the reports linked to it (on the ~200 m grid, no reporter), its
// actions and meetings; a référent opens cases, and the case's référent adds and removes
// members, links reports, records actions and meetings and closes it (case_tools.tsx).

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { ActionStatus, ProblemCaseDetailQuery } from './gql/graphql';
import { AddMember, LinkReports, OpenCase, RemoveMember } from './case_tools';
import { ROLE, STATUS, when } from './labels';
import { usePaged } from './paged';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

const CASES = graphql(`
  query ProblemCases($after: String) {
    problemCases(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status communeCodes openedAt }
    }
  }
`);

const CASE = graphql(`
  query ProblemCaseDetail($id: ID!) {
    problemCase(id: $id) {
      id title problem status managedByMe openedAt closedAt assessment
      evaluation { windowDays totalBefore totalAfter afterComplete }
      members { userId organisationId displayName role brigadeName organisation { name } }
      reports { categoryCode status communeCode observedOn }
      actions { id title owner dueOn status outcome }
      meetings { id heldOn attendees minutes }
    }
  }
`);

const SAVE_ACTION = graphql(`
  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
    saveProblemCaseAction(caseId: $case, input: $input) { id }
  }
`);

const CLOSE = graphql(`
  mutation CloseProblemCase($case: ID!, $assessment: String!) {
    closeProblemCase(caseId: $case, assessment: $assessment) { id status }
  }
`);

const MEETING = graphql(`
  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
    recordProblemCaseMeeting(caseId: $case, input: $input) { id }
  }
`);

export const ACTION_STATUS: Record<ActionStatus, string> = {
  PLANNED: 'Décidée',
  IN_PROGRESS: 'En cours',
  DONE: 'Réalisée',
  ABANDONED: 'Abandonnée',
};

type Detail = NonNullable<ProblemCaseDetailQuery['problemCase']>;

/** What a référent opens a case with: their brigade's communes, the report categories. */
export interface Opener {
  communes: { code: string; name: string }[];
  categories: { code: string; label: string }[];
}

export function ProblemCases({ opener }: { opener?: Opener }) {
  const list = usePaged(CASES, (data) => data.problemCases, {}, []);
  const [selected, setSelected] = useState<string | null>(null);
  if (!opener && !list.error && list.total === 0) return null;
  return (
    <Section title="Groupes de partenariat" id="partenariat">
      {list.error && <Notice kind="error">{list.error}</Notice>}
      {list.total === 0 && <p>Aucun dossier pour l’instant.</p>}
      <ul class="plain">
        {list.nodes.map((item) => (
          <li key={item.id} data-case={item.id}>
            <button type="button" class="link" aria-expanded={selected === item.id} onClick={() => setSelected(selected === item.id ? null : item.id)}>
              {item.title}
            </button>{' '}
            — {item.status === 'OPEN' ? 'en cours' : 'clos'}, ouvert le {when(item.openedAt)}
            {selected === item.id && <CaseDetail id={item.id} />}
          </li>
        ))}
      </ul>
      {list.more}
      {opener && (
        <OpenCase
          communes={opener.communes}
          categories={opener.categories}
          onOpened={(id) => {
            list.reload();
            setSelected(id);
          }}
        />
      )}
    </Section>
  );
}

function CaseDetail({ id }: { id: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql(CASE, { id })
      .then((data) => (setDetail(data.problemCase ?? null), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [id, revision]);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!detail) return null;
  const changed = () => setRevision((n) => n + 1);
  const manages = detail.managedByMe && detail.status === 'OPEN';
  return (
    <div class="case">
      <p class="description">{detail.problem}</p>
      <h3>Membres</h3>
      <ul data-testid="case-members">
        {detail.members.map((member) => {
          const name = member.displayName ?? member.organisation?.name ?? '—';
          return (
            <li key={member.userId ?? member.organisationId}>
              {name}
              {member.role && <span class="muted"> ({ROLE[member.role]}{member.brigadeName ? `, ${member.brigadeName}` : ''})</span>}
              {manages && <RemoveMember caseId={detail.id} member={member} name={name} onRemoved={changed} />}
            </li>
          );
        })}
      </ul>
      {manages && <AddMember caseId={detail.id} members={detail.members} onAdded={changed} />}
      <h3>Signalements rattachés ({detail.reports.length})</h3>
      <ul data-testid="case-reports">
        {detail.reports.map((report, n) => (
          <li key={n}>
            {report.categoryCode} — {STATUS[report.status]}, {report.communeCode}, le {report.observedOn}
          </li>
        ))}
      </ul>
      {manages && <LinkReports caseId={detail.id} openedAt={detail.openedAt} onLinked={changed} />}
      <h3>Actions</h3>
      <ul data-testid="case-actions">
        {detail.actions.map((action) => (
          <li key={action.id}>
            {action.title} — {action.owner}, {ACTION_STATUS[action.status]}
            {action.dueOn && `, pour le ${action.dueOn}`}
            {action.outcome && <p class="note">{action.outcome}</p>}
          </li>
        ))}
      </ul>
      <h3>Réunions</h3>
      <ul data-testid="case-meetings">
        {detail.meetings.map((meeting) => (
          <li key={meeting.id}>
            {meeting.heldOn} — {meeting.attendees}
            <p class="note">{meeting.minutes}</p>
          </li>
        ))}
      </ul>
      {detail.status === 'CLOSED' && (
        <>
          <h3>Bilan</h3>
          <p data-testid="case-assessment">{detail.assessment}</p>
          {detail.evaluation && (
            <p>
              Signalements dans le secteur : {detail.evaluation.totalBefore} dans les {detail.evaluation.windowDays} jours avant l’ouverture,{' '}
              {detail.evaluation.totalAfter} dans les {detail.evaluation.windowDays} jours après{detail.evaluation.afterComplete ? '' : ' (période pas encore écoulée)'}.
            </p>
          )}
        </>
      )}
      {manages && (
        <>
          <NewAction caseId={detail.id} onSaved={changed} />
          <NewMeeting caseId={detail.id} onSaved={changed} />
          <CloseCase caseId={detail.id} onClosed={changed} />
        </>
      )}
    </div>
  );
}

function NewAction({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<ActionStatus>('PLANNED');
  const save = useAction(async () => {
    await gql(SAVE_ACTION, { case: caseId, input: { title, owner, status } });
    setTitle('');
    setOwner('');
    onSaved();
    return 'Action enregistrée.';
  });
  return (
    <form
      aria-label="Nouvelle action"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h3>Nouvelle action</h3>
      <TextField label="Action décidée" value={title} onInput={setTitle} required />
      <TextField label="Qui la mène" value={owner} onInput={setOwner} required />
      <SelectField label="État de l’action" value={status} onChange={(value) => setStatus(value as ActionStatus)} options={Object.entries(ACTION_STATUS)} />
      <button type="submit" disabled={save.busy || !title.trim() || !owner.trim()}>
        Enregistrer l’action
      </button>
      {save.feedback}
    </form>
  );
}

function NewMeeting({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [attendees, setAttendees] = useState('');
  const [minutes, setMinutes] = useState('');
  const record = useAction(async () => {
    await gql(MEETING, { case: caseId, input: { heldOn, attendees, minutes } });
    setAttendees('');
    setMinutes('');
    onSaved();
    return 'Réunion enregistrée.';
  });
  return (
    <form
      aria-label="Compte rendu de réunion"
      onSubmit={(event) => {
        event.preventDefault();
        void record.run();
      }}
    >
      <h3>Compte rendu de réunion</h3>
      <TextField label="Date de la réunion (AAAA-MM-JJ)" value={heldOn} onInput={setHeldOn} required />
      <TextField label="Participants" value={attendees} onInput={setAttendees} required />
      <TextField label="Ce qui a été dit et décidé" value={minutes} onInput={setMinutes} required />
      <button type="submit" disabled={record.busy || !attendees.trim() || !minutes.trim()}>
        Enregistrer la réunion
      </button>
      {record.feedback}
    </form>
  );
}

function CloseCase({ caseId, onClosed }: { caseId: string; onClosed: () => void }) {
  const [assessment, setAssessment] = useState('');
  const close = useAction(async () => {
    await gql(CLOSE, { case: caseId, assessment });
    onClosed();
    return 'Dossier clos.';
  });
  return (
    <form
      aria-label="Clore le dossier"
      onSubmit={(event) => {
        event.preventDefault();
        void close.run();
      }}
    >
      <h3>Clore le dossier</h3>
      <TextField label="Bilan du groupe (ce qui a été obtenu)" value={assessment} onInput={setAssessment} required />
      <button type="submit" disabled={close.busy || !assessment.trim()}>
        Clore le dossier avec ce bilan
      </button>
      {close.feedback}
    </form>
  );
}
