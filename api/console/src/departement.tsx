// The prefecture's page: its département over a period — every commune's reports (in the
// scheme or not), the weekly trend, each brigade's median time to acknowledge and overdue
// share, and the map on the ~200 m grid (never a report's place, never who reported).

import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql } from './api';
import { WeeklyChart, everyWeek } from './chart';
import { useDepartements } from './departements';
import { graphql } from './gql';
import type { DepartementPageQuery } from './gql/graphql';
import { duration } from './labels';
import { CommuneMap, type Outline } from './map';
import { Notice, Section, SelectField, TextField, describe } from './ui';

const PAGE = graphql(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`);

const OUTLINES = graphql(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`);

type Activity = DepartementPageQuery['departementActivity'];

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

export function DepartementPage() {
  const { departements, departement, setDepartement, error: choiceError } = useDepartements();
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 90 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date()));
  const [activity, setActivity] = useState<Activity | null>(null);
  const [outlines, setOutlines] = useState<Outline[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!departement || !from || !to) return;
    let current = true;
    gql(PAGE, { departement, from, to })
      .then(async (data) => {
        if (!current) return;
        setActivity(data.departementActivity);
        setError(null);
        const codes = data.departementActivity.communes.slice(0, 100).map((c) => c.code);
        const outlined = await gql(OUTLINES, { codes });
        if (current) setOutlines(outlined.communeOutlines);
      })
      .catch((failure) => current && setError(describe(failure)));
    return () => {
      current = false;
    };
  }, [departement, from, to]);
  const cells = useMemo(
    () =>
      (activity?.cells ?? []).map((cell) => ({
        id: `${cell.latitude},${cell.longitude}`,
        latitude: cell.latitude,
        longitude: cell.longitude,
        weight: cell.count,
        label: `${cell.count} signalement${cell.count > 1 ? 's' : ''} dans ce carré d’environ 200 m`,
      })),
    [activity],
  );
  const busiest = useMemo(() => [...(activity?.communes ?? [])].filter((c) => c.total > 0).sort((a, b) => b.total - a.total), [activity]);
  const quiet = (activity?.communes.length ?? 0) - busiest.length;
  return (
    <Section title="Le département d’un coup d’œil" id="departement">
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Département et période">
        <SelectField label="Département" value={departement} onChange={setDepartement} options={departements.map((code): [string, string] => [code, code])} />
        <TextField label="Du" type="date" value={from} onInput={setFrom} />
        <TextField label="Au" type="date" value={to} onInput={setTo} />
      </form>
      {(choiceError ?? error) && <Notice kind="error">{choiceError ?? error}</Notice>}
      {activity && (
        <div class="columns">
          <div>
            <p class="figures">
              <span>
                <strong data-testid="departement-total">{activity.total}</strong> signalements sur la période
              </span>
            </p>
            <WeeklyChart weeks={everyWeek(activity.byWeek, from, to)} />
            <table class="counts">
              <caption>Brigades : délais de prise en compte</caption>
              <thead>
                <tr>
                  <th scope="col">Brigade</th>
                  <th scope="col">Reçus</th>
                  <th scope="col">Délai médian</th>
                  <th scope="col">En retard</th>
                </tr>
              </thead>
              <tbody>
                {activity.brigades.map((row) => (
                  <tr key={row.brigade.code}>
                    <th scope="row">{row.brigade.name}</th>
                    <td>{row.total}</td>
                    <td>{duration(row.medianSecondsToAcknowledge ?? null)}</td>
                    <td>
                      {row.overdue}
                      {row.overdueShare != null && ` (${Math.round(row.overdueShare * 100)} %)`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table class="counts">
              <caption>
                Communes ({activity.communes.length}, dont {quiet} sans signalement sur la période)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col">Signalements</th>
                  <th scope="col">En cours</th>
                  <th scope="col">Participation citoyenne</th>
                </tr>
              </thead>
              <tbody>
                {busiest.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.name}</th>
                    <td>{row.total}</td>
                    <td>{row.open}</td>
                    <td>{row.participating ? 'Oui' : 'Non'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CommuneMap title="Signalements de la période, par carré d’environ 200 m" outlines={outlines} points={cells} grid />
        </div>
      )}
    </Section>
  );
}
