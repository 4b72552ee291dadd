// What the référent who runs a partnership case does from the console beside actions and
// meetings: open a case for communes their brigade covers, add and remove its members
// (chosen among those the API offers), and link the brigade's reports of the sector.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { CaseCandidatesQuery, CaseSuggestionsQuery } from './gql/graphql';
import { ROLE, STATUS, when } from './labels';
import { PARTNER_KIND } from './partners';
import { Notice, SelectField, TextField, describe, useAction } from './ui';

const OPEN = graphql(`
  mutation OpenProblemCase($input: ProblemCaseInput!) {
    openProblemCase(input: $input) { id title }
  }
`);

const CANDIDATES = graphql(`
  query CaseCandidates($case: ID!) {
    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }
  }
`);

const ADD_MEMBER = graphql(`
  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }
  }
`);

const SUGGESTIONS = graphql(`
  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {
    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }
  }
`);

const LINK = graphql(`
  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }
  }
`);

type Candidate = CaseCandidatesQuery['problemCaseCandidates'][number];
type Suggestion = CaseSuggestionsQuery['problemCaseSuggestions'][number];

/** A member as the case lists it: who it stands for, to remove it. */
export interface MemberRef {
  userId?: string | null;
  organisationId?: string | null;
}

const keyOf = (member: MemberRef) => (member.userId ? `u:${member.userId}` : `o:${member.organisationId}`);

function candidateLabel(candidate: Candidate): string {
  if (candidate.organisation) return `${candidate.organisation.name} (${PARTNER_KIND[candidate.organisation.kind]})`;
  const role = candidate.role ? ROLE[candidate.role] : '';
  return `${candidate.displayName ?? '—'} (${[role, candidate.brigadeName].filter(Boolean).join(', ')})`;
}

/** Opens a case: the référent names the problem, its communes and categories. */
export function OpenCase({
  communes,
  categories,
  onOpened,
}: {
  communes: { code: string; name: string }[];
  categories: { code: string; label: string }[];
  onOpened: (id: string) => void;
}) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [chosenCommunes, setChosenCommunes] = useState<string[]>([]);
  const [chosenCategories, setChosenCategories] = useState<string[]>([]);
  const open = useAction(async () => {
    const opened = await gql(OPEN, {
      input: { title, problem, communeCodes: chosenCommunes, categoryCodes: chosenCategories },
    });
    setTitle('');
    setProblem('');
    setChosenCommunes([]);
    setChosenCategories([]);
    onOpened(opened.openProblemCase.id);
    return `Dossier « ${opened.openProblemCase.title} » ouvert.`;
  });
  const toggle = (list: string[], set: (next: string[]) => void, code: string) =>
    set(list.includes(code) ? list.filter((c) => c !== code) : [...list, code]);
  return (
    <form
      aria-label="Ouvrir un dossier de partenariat"
      onSubmit={(event) => {
        event.preventDefault();
        void open.run();
      }}
    >
      <h3>Ouvrir un dossier de partenariat</h3>
      <TextField label="Intitulé du dossier" value={title} onInput={setTitle} required />
      <TextField label="Problème identifié" value={problem} onInput={setProblem} required multiline />
      <fieldset>
        <legend>Communes du secteur *</legend>
        {communes.map((commune) => (
          <label key={commune.code} class="check">
            <input type="checkbox" checked={chosenCommunes.includes(commune.code)} onChange={() => toggle(chosenCommunes, setChosenCommunes, commune.code)} />
            {commune.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Catégories de signalements concernées *</legend>
        {categories.map((category) => (
          <label key={category.code} class="check">
            <input type="checkbox" checked={chosenCategories.includes(category.code)} onChange={() => toggle(chosenCategories, setChosenCategories, category.code)} />
            {category.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="primary" disabled={open.busy || !title.trim() || !problem.trim() || !chosenCommunes.length || !chosenCategories.length}>
        Ouvrir le dossier
      </button>
      {open.feedback}
    </form>
  );
}

/** A member's « Retirer » button (the case's manager). */
export function RemoveMember({ caseId, member, name, onRemoved }: { caseId: string; member: MemberRef; name: string; onRemoved: () => void }) {
  const remove = useAction(async () => {
    await gql(REMOVE_MEMBER, { case: caseId, user: member.userId ?? null, organisation: member.organisationId ?? null });
    onRemoved();
  });
  return (
    <>
      {' '}
      <button type="button" class="small" disabled={remove.busy} onClick={() => void remove.run()}>
        Retirer {name} du dossier
      </button>
      {remove.feedback}
    </>
  );
}

/** Adds a member among the coordinators, staff and organisations the API offers (asked
 * again when the case's members change, not on every change of the case: a closed case
 * offers nothing). */
export function AddMember({ caseId, members, onAdded }: { caseId: string; members: MemberRef[]; onAdded: () => void }) {
  const membership = members.map(keyOf).join(',');
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(CANDIDATES, { case: caseId })
      .then((data) => (setCandidates(data.problemCaseCandidates), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [caseId, membership]);
  const value = chosen || (candidates[0] ? keyOf(candidates[0]) : '');
  const add = useAction(async () => {
    const candidate = candidates.find((c) => keyOf(c) === value);
    if (!candidate) return;
    await gql(ADD_MEMBER, { case: caseId, user: candidate.userId ?? null, organisation: candidate.organisationId ?? null });
    setChosen('');
    onAdded();
    return `${candidate.displayName ?? candidate.organisation?.name} rejoint le dossier.`;
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  return (
    <form
      aria-label="Ajouter un membre"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
    >
      <h3>Ajouter un membre</h3>
      {candidates.length === 0 ? (
        <p>Personne d’autre ne peut être ajouté.</p>
      ) : (
        <>
          <SelectField label="Personne ou organisation à ajouter" value={value} onChange={setChosen} options={candidates.map((c): [string, string] => [keyOf(c), candidateLabel(c)])} />
          <button type="submit" disabled={add.busy}>
            Ajouter au dossier
          </button>
        </>
      )}
      {add.feedback}
    </form>
  );
}

const DAY = 86_400_000;

/** The brigade's reports of the sector not linked yet, over a period, to link at once. */
export function LinkReports({ caseId, openedAt, onLinked }: { caseId: string; openedAt: string; onLinked: () => void }) {
  const [days, setDays] = useState('90');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const from = new Date(new Date(openedAt).getTime() - Number(days) * DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    gql(SUGGESTIONS, { case: caseId, from, to })
      .then((data) => (setSuggestions(data.problemCaseSuggestions), setChosen([]), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [caseId, openedAt, days, revision]);
  const link = useAction(async () => {
    await gql(LINK, { case: caseId, reports: chosen });
    const count = chosen.length;
    setRevision((n) => n + 1);
    onLinked();
    return count > 1 ? `${count} signalements rattachés.` : 'Signalement rattaché.';
  });
  return (
    <form
      aria-label="Rattacher des signalements"
      onSubmit={(event) => {
        event.preventDefault();
        void link.run();
      }}
    >
      <h3>Rattacher des signalements du secteur</h3>
      <SelectField
        label="Signalements observés depuis"
        value={days}
        onChange={setDays}
        options={[
          ['30', '30 jours avant l’ouverture'],
          ['90', '90 jours avant l’ouverture'],
          ['365', 'un an avant l’ouverture'],
        ]}
      />
      {error && <Notice kind="error">{error}</Notice>}
      {suggestions.length === 0 ? (
        <p>Aucun signalement du secteur à rattacher sur cette période.</p>
      ) : (
        <fieldset>
          <legend>Signalements de la brigade dans le secteur, pas encore rattachés</legend>
          {suggestions.map((report) => (
            <label key={report.id} class="check" data-suggestion={report.id}>
              <input
                type="checkbox"
                checked={chosen.includes(report.id)}
                onChange={() => setChosen(chosen.includes(report.id) ? chosen.filter((id) => id !== report.id) : [...chosen, report.id])}
              />
              {report.category.label} — {report.commune?.name ?? ''}, le {when(report.observedAt ?? report.createdAt)} ({STATUS[report.status]})
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={link.busy || chosen.length === 0}>
        Rattacher les signalements cochés
      </button>
      {link.feedback}
    </form>
  );
}
