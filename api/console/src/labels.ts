// What users read: French labels of the API's codes, dates and durations.

import type { EnrolmentStatus, ReportEventKind, ReportStatus, Role, RoutingRule } from './gql/graphql';

export const STATUS: Record<ReportStatus, string> = {
  SUBMITTED: 'Reçu',
  ACKNOWLEDGED: 'Pris en compte',
  IN_PROGRESS: 'Intervention en cours',
  RESOLVED: 'Traité',
  REJECTED: 'Classé sans suite',
  DUPLICATE: 'Doublon',
  WITHDRAWN: 'Retiré',
};

/** The label of a status given as a plain key (the activity's counts), or the key itself. */
export function statusLabel(key: string): string {
  return Object.hasOwn(STATUS, key) ? STATUS[key as ReportStatus] : key;
}

export const OPEN_STATUSES: ReportStatus[] = ['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS'];

export const EVENT: Record<ReportEventKind, string> = {
  FILED: 'Signalement déposé',
  STATUS_CHANGED: 'Statut modifié',
  NOTE: 'Réponse au signalant',
  INTERNAL_NOTE: 'Note interne',
  COMMENT: 'Précision du signalant',
  PHOTOS_ADDED: 'Photos ajoutées',
  REROUTED: 'Transmis à une autre unité',
  DUPLICATE_LINKED: 'Rattaché comme doublon',
  WITHDRAWN: 'Retiré par le signalant',
  ASSIGNED: 'Attribution',
  PRIORITY_CHANGED: 'Priorité modifiée',
  ESCALATED: 'Délai dépassé, hiérarchie prévenue',
  INCIDENT_CHANGED: 'Regroupement en incident',
};

export const ROLE: Record<Role, string> = {
  RESIDENT: 'Habitant',
  COORDINATOR: 'Coordinateur communal',
  BRIGADE_STAFF: 'Personnel de brigade',
  ADMIN: 'Administrateur',
  PARTNER: 'Partenaire',
};

export const ENROLMENT: Record<EnrolmentStatus, string> = {
  PENDING: 'En attente',
  APPROVED: 'Approuvée',
  REJECTED: 'Refusée',
  SUSPENDED: 'Suspendue',
};

export const ROUTING: Record<RoutingRule, string> = {
  COMMUNE_DEFAULT: 'Brigade de la commune',
  CATEGORY_OVERRIDE: 'Règle par catégorie',
  REROUTED: 'Transmis',
};

export const URGENCY: Record<number, string> = { 3: 'Immédiate', 2: 'Élevée', 1: 'Normale', 0: 'Faible' };

/** The brigade's priorities, most urgent first (the urgency scale). */
export const PRIORITIES = [3, 2, 1, 0];

const inZone = (timeZone: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone });
let dateTime = inZone('Europe/Paris');

/** Dates are read in the time zone of where the signed-in account works (its brigade's or
 * its commune's, as the API names it): Paris, or an overseas département's own. */
export function setTimeZone(timeZone: string | null | undefined) {
  try {
    dateTime = inZone(timeZone || 'Europe/Paris');
  } catch {
    dateTime = inZone('Europe/Paris');
  }
}
const dateOnly = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function when(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function day(isoDate: string): string {
  return dateOnly.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "il y a 5 min", "il y a 3 h", "il y a 2 j". */
export function age(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return 'à l’instant';
  if (minutes < 60) return `il y a ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `il y a ${hours} h`;
  return `il y a ${Math.round(hours / 24)} j`;
}

export function duration(seconds: number | null): string {
  if (seconds == null) return '—';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1).replace('.', ',')} h`;
  return `${Math.round(seconds / 86_400)} j`;
}
