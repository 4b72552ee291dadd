// The account's two-factor sign-in (RFC 6238): enrol an authenticator app from a QR code,
// confirm it with a first code, and keep the recovery codes shown once.

import { useState } from 'preact/hooks';
import { ApiError, gql } from './api';
import { graphql } from './gql';
import type { SetTotpMutation } from './gql/graphql';
import { Notice, Section, TextField, describe } from './ui';

const SET_TOTP = graphql(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);

type Setup = SetTotpMutation['setTotp'];

export function TwoFactor({ onEnabled }: { onEnabled: () => void }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [already, setAlready] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (withCode: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const data = await gql(SET_TOTP, { code: withCode });
      setSetup(data.setTotp);
      if (data.setTotp.enabled) onEnabled();
      setCode('');
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') setAlready(true);
      else setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Double authentification" id="securite">
      {already && <Notice kind="info">La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture.</Notice>}
      {!setup && !already && (
        <>
          <p>Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe.</p>
          <button type="button" disabled={busy} onClick={() => void run(null)}>
            Activer la double authentification
          </button>
        </>
      )}
      {setup && !setup.enabled && (
        <form
          aria-label="Confirmer la double authentification"
          onSubmit={(event) => {
            event.preventDefault();
            void run(code.trim());
          }}
        >
          <p>Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche.</p>
          {setup.qrSvg && <img class="qr" width="200" height="200" alt="Code QR de l’application d’authentification" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} />}
          {setup.secret && (
            <p>
              Ou saisissez la clé à la main : <code>{setup.secret}</code>
            </p>
          )}
          <TextField label="Code à 6 chiffres" autocomplete="one-time-code" value={code} onInput={setCode} required />
          <button type="submit" class="primary" disabled={busy}>
            Confirmer
          </button>
        </form>
      )}
      {setup?.enabled && (
        <>
          <Notice kind="success">Double authentification activée.</Notice>
          <p>Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés.</p>
          <ul class="plain recovery">
            {(setup.recoveryCodes ?? []).map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
    </Section>
  );
}
