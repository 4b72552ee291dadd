// A coordinator's choice to receive the brigades' intervention alerts by SMS: the commune
// designates who is texted (mayor, deputies), not every coordinator. Alerts reach the
// console's feed either way.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { Notice, describe, useAction } from './ui';

const MINE = graphql(`
  query MySmsAlerts {
    me { id phone smsAlerts }
  }
`);

const SET = graphql(`
  mutation SetSmsAlerts($enabled: Boolean!) {
    setSmsAlerts(enabled: $enabled) { id smsAlerts }
  }
`);

export function SmsChoice() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [phone, setPhone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(MINE)
      .then((data) => (setEnabled(data.me.smsAlerts ?? false), setPhone(data.me.phone ?? null)))
      .catch((failure) => setError(describe(failure)));
  }, []);
  // The box follows the click at once; a refusal puts it back.
  const change = useAction(async (next: boolean) => {
    setEnabled(next);
    try {
      const data = await gql(SET, { enabled: next });
      setEnabled(data.setSmsAlerts.smsAlerts ?? next);
    } catch (failure) {
      setEnabled(!next);
      throw failure;
    }
    return next ? 'Vous recevrez les alertes par SMS.' : 'Vous ne recevrez plus les alertes par SMS.';
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  if (enabled === null) return null;
  return (
    <div class="sms-choice">
      <label class="check">
        <input type="checkbox" checked={enabled} disabled={change.busy} onChange={(event) => void change.run(event.currentTarget.checked)} />
        Recevoir les alertes d’intervention par SMS
      </label>
      <p class="hint">
        {phone
          ? `Au ${phone}. Seuls les élus qui l’ont choisi sont prévenus par SMS ; tous voient les alertes ici.`
          : 'Aucun numéro de mobile n’est enregistré pour votre compte : demandez à la préfecture de l’ajouter.'}
      </p>
      {change.feedback}
    </div>
  );
}
