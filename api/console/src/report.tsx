// One report for its brigade: what was seen, where, photos, history (internal notes
// included), the reporter's contact, beside the triage actions (`triage.tsx`).

import { useEffect, useRef, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import type { ReportDetailQuery } from './gql/graphql';
import { EVENT, ROLE, ROUTING, STATUS, URGENCY, when } from './labels';
import { Alert, Duplicates, Reroute, Triage } from './triage';
import { Incident } from './incident';
import { Work } from './work';
import { Notice, describe } from './ui';

const REPORT = graphql(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
      incident { id confirmed reportCount reports { id status observedAt category { label } } }
    }
  }
`);

/** A report as its brigade reads it. */
export type DetailedReport = NonNullable<ReportDetailQuery['report']>;

export function ReportDetail(props: {
  id: string;
  revision: number;
  brigades: { id: string; code: string; name: string }[];
  onClose: () => void;
  onChanged: () => void;
  onOpen: (id: string) => void;
}) {
  const [report, setReport] = useState<DetailedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a report takes the reader (and the keyboard focus) to it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [props.id]);
  // Another report: the one shown goes at once, so that nothing typed or clicked while the
  // next one loads lands on the previous one.
  useEffect(() => {
    setReport(null);
    setError(null);
  }, [props.id]);
  useEffect(() => {
    let current = true;
    gql(REPORT, { id: props.id })
      .then((data) => {
        if (!current) return;
        setError(data.report ? null : 'Ce signalement n’est plus dans la file de la brigade.');
        setReport(data.report);
      })
      .catch((failure) => current && setError(describe(failure)));
    return () => {
      current = false;
    };
  }, [props.id, props.revision]);

  return (
    <section class="panel detail" aria-labelledby="detail-title" id="signalement">
      <div class="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {report ? `${report.category.label} — ${report.commune.name}` : 'Signalement'}
        </h2>
        <button type="button" onClick={props.onClose}>
          Fermer
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {/* Keyed by report: one report's messages and drafts never show on the next one. */}
      {report && <Body key={report.id} report={report} {...props} />}
    </section>
  );
}

function Body({ report, brigades, onChanged, onOpen }: { report: DetailedReport; brigades: { id: string; name: string }[]; onChanged: () => void; onOpen: (id: string) => void }) {
  return (
    <div class="detail-grid">
      <div>
        <dl class="facts">
          <dt>Statut</dt>
          <dd data-testid="report-status">{STATUS[report.status]}</dd>
          <dt>Urgence</dt>
          <dd>{URGENCY[report.category.urgency]}</dd>
          <dt>Priorité de la brigade</dt>
          <dd data-testid="report-priority">{report.priority != null ? URGENCY[report.priority] : '—'}</dd>
          <dt>À prendre en compte avant</dt>
          <dd>
            {report.acknowledgeBy ? when(report.acknowledgeBy) : '—'}
            {report.overdue && <span class="overdue">En retard</span>}
          </dd>
          <dt>Attribué à</dt>
          <dd data-testid="report-assignee">{report.assignee?.displayName ?? 'Personne'}</dd>
          <dt>Faits observés</dt>
          <dd>{when(report.observedAt)}</dd>
          <dt>Reçu</dt>
          <dd>{when(report.createdAt)}</dd>
          <dt>Lieu</dt>
          <dd>
            {report.location.latitude.toFixed(5)}, {report.location.longitude.toFixed(5)}
            {report.accuracyMeters != null && ` (± ${Math.round(report.accuracyMeters)} m)`}
          </dd>
          <dt>Acheminement</dt>
          <dd>
            {report.brigade.name} ({ROUTING[report.routingRule]})
          </dd>
          <dt>Signalant</dt>
          <dd>
            {report.reporter ? (
              <>
                {report.reporter.displayName} — <a href={`mailto:${report.reporter.email}`}>{report.reporter.email}</a>
                {report.reporter.phone && (
                  <>
                    {' '}
                    — <a href={`tel:${report.reporter.phone}`}>{report.reporter.phone}</a>
                  </>
                )}
              </>
            ) : (
              '—'
            )}
          </dd>
        </dl>
        <h3>Description</h3>
        <p class="description">{report.description}</p>
        {report.photos.length > 0 && (
          <>
            <h3>Photos</h3>
            <ul class="photos">
              {report.photos.map((photo, i) => (
                <li key={photo.id}>
                  <a href={photo.url} target="_blank" rel="noopener noreferrer">
                    <img src={photo.url} alt={`Photo ${i + 1} jointe au signalement`} />
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Historique</h3>
        <ol class="history">
          {report.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{when(event.at)}</time> — {EVENT[event.kind] ?? event.kind}
              {event.status && ` : ${STATUS[event.status]}`} <span class="muted">({ROLE[event.actorRole]})</span>
              {event.publicNote && <p class="note">« {event.publicNote} »</p>}
              {event.internalNote && <p class="note internal">Note interne : {event.internalNote}</p>}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <Triage report={report} onChanged={onChanged} />
        <Incident report={report} onChanged={onChanged} onOpen={onOpen} />
        <Work report={report} onChanged={onChanged} />
        <Duplicates report={report} onChanged={onChanged} />
        <Reroute report={report} brigades={brigades} onChanged={onChanged} />
        <Alert report={report} />
      </div>
    </div>
  );
}

