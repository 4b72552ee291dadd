// The weekly trend as an SVG bar chart, with the same figures in a table for screen readers.

import { day } from './labels';

/** The Monday (UTC) of the week of `iso` (`YYYY-MM-DD`). */
function monday(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date;
}

/** Every week from `from` to `to`, with the API's counts (weeks without reports at 0). */
export function everyWeek(counted: { key: string; count: number }[], from: string, to: string) {
  const counts = new Map(counted.map((week) => [week.key, week.count]));
  const weeks = [];
  const end = monday(to);
  for (let at = monday(from); at <= end && weeks.length < 530; at.setUTCDate(at.getUTCDate() + 7)) {
    const key = at.toISOString().slice(0, 10);
    weeks.push({ key, count: counts.get(key) ?? 0 });
  }
  return weeks.length ? weeks : counted;
}

export function WeeklyChart({ weeks }: { weeks: { key: string; count: number }[] }) {
  if (weeks.every((week) => week.count === 0)) return <p class="muted">Aucun signalement sur la période.</p>;
  const max = Math.max(...weeks.map((week) => week.count));
  const height = 180;
  const bar = Math.min(48, 640 / weeks.length);
  const width = bar * weeks.length;
  return (
    <figure class="chart" data-testid="weekly-chart">
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-labelledby="weekly-caption">
        {weeks.map((week, i) => {
          const h = max ? Math.max(2, (week.count / max) * height) : 0;
          return (
            <g key={week.key}>
              <rect x={i * bar + 2} y={height - h} width={Math.max(2, bar - 4)} height={h} class="bar">
                <title>{`Semaine du ${day(week.key)} : ${week.count}`}</title>
              </rect>
              {(weeks.length <= 12 || i % Math.ceil(weeks.length / 12) === 0) && (
                <text x={i * bar + bar / 2} y={height + 16} class="axis">
                  {day(week.key)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id="weekly-caption">Signalements par semaine (semaines commençant le lundi).</figcaption>
      <table class="visually-hidden">
        <caption>Signalements par semaine</caption>
        <thead>
          <tr>
            <th scope="col">Semaine du</th>
            <th scope="col">Signalements</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.key}>
              <td>{day(week.key)}</td>
              <td>{week.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
