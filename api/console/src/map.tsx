// A map drawn from Vigie's own boundary data (`communeOutlines`), in SVG: no tile server
// needed. Positions are projected to Web Mercator so that an optional tile layer (named by
// the page's `vigie-map-tiles` meta) lines up under the outlines.

import { useMemo } from 'preact/hooks';

export interface Outline {
  code: string;
  name: string;
  polygons: number[][][][];
}

export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  /** 3 (immediate) to 1; or a count for grid cells. */
  weight: number;
  selected?: boolean;
}

const WIDTH = 1000;
const HEIGHT = 680;

/** Web Mercator in [0, 1]². */
function project(longitude: number, latitude: number): [number, number] {
  const sin = Math.sin((latitude * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [(longitude + 180) / 360, y];
}

function tileUrl(): string | null {
  const meta = document.querySelector('meta[name="vigie-map-tiles"]');
  const value = meta?.getAttribute('content')?.trim();
  return value ? value : null;
}

export function CommuneMap(props: {
  title: string;
  outlines: Outline[];
  points: MapPoint[];
  /** Points are ~200 m cells (the commune console), drawn as squares sized by count. */
  grid?: boolean;
  onSelect?: (id: string) => void;
}) {
  const { outlines, points } = props;
  const frame = useMemo(() => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const extend = ([x, y]: [number, number]) => {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    };
    outlines.forEach((outline) => outline.polygons.forEach((rings) => rings[0]?.forEach(([lon, lat]) => extend(project(lon, lat)))));
    points.forEach((point) => extend(project(point.longitude, point.latitude)));
    if (!Number.isFinite(minX)) return null;
    const pad = Math.max(maxX - minX, maxY - minY) * 0.04 || 0.0005;
    minX -= pad;
    minY -= pad;
    maxX += pad;
    maxY += pad;
    // Fit the area into a fixed landscape frame, centred, so that labels and markers keep
    // a readable size whatever the shape of the communes.
    const scale = Math.min(WIDTH / (maxX - minX), HEIGHT / (maxY - minY));
    minX -= (WIDTH / scale - (maxX - minX)) / 2;
    minY -= (HEIGHT / scale - (maxY - minY)) / 2;
    return { minX, minY, scale, height: HEIGHT };
  }, [outlines, points]);

  if (!frame) return <p class="muted">Aucune commune à afficher.</p>;
  const at = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    return [(x - frame.minX) * frame.scale, (y - frame.minY) * frame.scale];
  };
  const path = (polygons: number[][][][]) =>
    polygons
      .map((rings) =>
        rings
          .map((ring) => ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${at(lon, lat).map((v) => v.toFixed(1)).join(' ')}`).join('') + 'Z')
          .join(''),
      )
      .join('');
  const tiles = tileLayer(frame);
  const labelled = outlines.map((outline) => {
    const ring = outline.polygons[0]?.[0] ?? [];
    const sum = ring.reduce((acc, [lon, lat]) => [acc[0] + lon, acc[1] + lat], [0, 0]);
    return { outline, centre: ring.length ? at(sum[0] / ring.length, sum[1] / ring.length) : null };
  });
  return (
    <figure class="map">
      <svg viewBox={`0 0 ${WIDTH} ${frame.height}`} role="group" aria-label={props.title}>
        {tiles.map((tile) => (
          <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={tile.size} height={tile.size} />
        ))}
        {labelled.map(({ outline }) => (
          <path key={outline.code} class="commune" d={path(outline.polygons)} fill-rule="evenodd">
            <title>{outline.name}</title>
          </path>
        ))}
        {labelled.map(({ outline, centre }) =>
          centre ? (
            <text key={outline.code} x={centre[0]} y={centre[1]} class="commune-name" aria-hidden="true">
              {outline.name}
            </text>
          ) : null,
        )}
        {points.map((point) => {
          const [x, y] = at(point.longitude, point.latitude);
          const activate = () => props.onSelect?.(point.id);
          const interactive = props.onSelect
            ? {
                tabIndex: 0,
                role: 'button' as const,
                onClick: activate,
                onKeyDown: (event: KeyboardEvent) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    activate();
                  }
                },
              }
            : { role: 'img' as const };
          const size = props.grid ? 16 + Math.min(24, point.weight * 4) : 0;
          return (
            <g
              key={point.id}
              class={`marker urgency-${props.grid ? 'grid' : point.weight}${point.selected ? ' selected' : ''}`}
              aria-label={point.label}
              data-report={point.id}
              {...interactive}
            >
              {props.grid ? (
                <rect x={x - size / 2} y={y - size / 2} width={size} height={size} />
              ) : (
                <circle cx={x} cy={y} r={point.selected ? 17 : 13} />
              )}
              <title>{point.label}</title>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {props.title} — contours des communes : IGN (Admin Express), servis par Vigie.
      </figcaption>
    </figure>
  );
}

/** The tiles covering the frame, at the zoom nearest the drawing's scale. */
function tileLayer(frame: { minX: number; minY: number; scale: number; height: number }) {
  const template = tileUrl();
  if (!template) return [];
  const zoom = Math.max(0, Math.min(18, Math.round(Math.log2(frame.scale / 256))));
  const count = 2 ** zoom;
  const size = frame.scale / count;
  const maxX = frame.minX + WIDTH / frame.scale;
  const maxY = frame.minY + frame.height / frame.scale;
  const tiles = [];
  for (let tx = Math.floor(frame.minX * count); tx <= Math.floor(maxX * count); tx++) {
    for (let ty = Math.floor(frame.minY * count); ty <= Math.floor(maxY * count); ty++) {
      const href = template.replace('{z}', String(zoom)).replace('{x}', String(tx)).replace('{y}', String(ty));
      tiles.push({ href, x: (tx / count - frame.minX) * frame.scale, y: (ty / count - frame.minY) * frame.scale, size });
    }
  }
  return tiles.slice(0, 64);
}
