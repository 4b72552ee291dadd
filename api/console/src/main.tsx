// The consoles' shell: sign-in, the console of the signed-in role (a partner's is the
// partnership cases they belong to), sign-out. Residents use the mobile app; they are
// refused here (and the API refuses them these operations anyway).

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, login, logout, onSession, refresh, type Me } from './api';
import { AdminConsole } from './admin';
import { BrigadeConsole } from './brigade';
import { CommuneConsole } from './commune';
import { ProblemCases } from './cases';
import { ROLE, setTimeZone } from './labels';
import { ChoosePassword } from './password';
import { TwoFactor } from './security';
import { Notice, TextField, describe } from './ui';

const CONSOLE_ROLES = ['BRIGADE_STAFF', 'COORDINATOR', 'ADMIN', 'PARTNER'];

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [refused, setRefused] = useState<string | null>(null);
  // Bumped when two-factor sign-in is turned on: a département that requires it refused the
  // console's reads until then, so they are made again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const stop = onSession((user) => user === null && setMe(null));
    void refresh().then(admit);
    return stop;
  }, []);

  const admit = async (user: Me | null) => {
    if (user && !CONSOLE_ROLES.includes(user.role)) {
      // The session just opened ends before the refusal shows: nothing of it stays.
      await logout();
      setRefused(
        'Les consoles sont réservées aux brigades, aux coordinateurs communaux, aux partenaires et à la préfecture. Les habitants utilisent l’application mobile Vigie.',
      );
      setMe(null);
      return;
    }
    setTimeZone(user?.brigade?.timeZone ?? user?.coordinatedCommunes[0]?.timeZone);
    setMe(user);
  };

  useEffect(() => {
    document.title = me ? `${titleOf(me)} — Vigie` : 'Connexion — Vigie';
  }, [me]);

  if (me === undefined) return <p class="loading">Chargement…</p>;
  if (me === null) return <SignIn refused={refused} onSignedIn={(user) => void admit(user)} />;
  return (
    <>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      <header class="top">
        <div class="brand">
          <img src="/console/assets/vigie.svg" alt="" width="28" height="28" />
          <span>Vigie</span>
          <span class="muted">{titleOf(me)}</span>
        </div>
        <div class="who">
          <span>
            {me.displayName} — {ROLE[me.role]}
          </span>
          <button type="button" onClick={() => void logout()}>
            Se déconnecter
          </button>
          <button type="button" onClick={() => void logout(true)}>
            Se déconnecter partout
          </button>
        </div>
      </header>
      <main id="contenu" tabIndex={-1}>
        <h1>{titleOf(me)}</h1>
        <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <div key={generation}>
          {me.role === 'BRIGADE_STAFF' && me.brigade && <BrigadeConsole me={me} />}
          {me.role === 'COORDINATOR' && <CommuneConsole me={me} />}
          {me.role === 'ADMIN' && <AdminConsole me={me} />}
          {me.role === 'PARTNER' && <ProblemCases />}
        </div>
        <TwoFactor onEnabled={() => setGeneration((n) => n + 1)} />
      </main>
    </>
  );
}

function titleOf(me: Me): string {
  if (me.role === 'BRIGADE_STAFF') return `Console de brigade — ${me.brigade?.name ?? ''}`;
  if (me.role === 'COORDINATOR') return `Console communale — ${me.coordinatedCommunes.map((c) => c.name).join(', ')}`;
  if (me.role === 'PARTNER') return 'Espace partenaire — groupes de partenariat';
  return 'Administration';
}

function SignIn({ refused, onSignedIn }: { refused: string | null; onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const signIn = async (address: string, secret: string, totp: string | null) => {
    setError(null);
    try {
      onSignedIn(await login(address, secret, totp));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'TOTP_REQUIRED') setNeedsCode(true);
      else setError(describe(failure));
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    await signIn(email.trim(), password, needsCode ? code.trim() : null);
    setBusy(false);
  };
  if (choosing) {
    return (
      <main class="sign-in" id="contenu">
        <img src="/console/assets/vigie.svg" alt="" width="56" height="56" />
        <h1>Vigie — choisir votre mot de passe</h1>
        <ChoosePassword
          onChosen={async (address, secret) => {
            setEmail(address);
            setPassword(secret);
            setChoosing(false);
            await signIn(address, secret, null);
          }}
        />
        <button type="button" class="link" onClick={() => setChoosing(false)}>
          Retour à la connexion
        </button>
      </main>
    );
  }
  return (
    <main class="sign-in" id="contenu">
      <img src="/console/assets/vigie.svg" alt="" width="56" height="56" />
      <h1>Vigie — consoles de la participation citoyenne</h1>
      <p>Brigades, coordinateurs communaux, partenaires et préfecture : connectez-vous avec votre compte Vigie.</p>
      {refused && <Notice kind="error">{refused}</Notice>}
      <form onSubmit={submit} aria-label="Connexion">
        <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <TextField label="Adresse électronique" type="email" autocomplete="username" value={email} onInput={setEmail} required />
        <TextField label="Mot de passe" type="password" autocomplete="current-password" value={password} onInput={setPassword} required />
        {needsCode && (
          <TextField
            label="Code de vérification"
            hint="Le code à 6 chiffres de votre application d’authentification, ou un code de secours."
            autocomplete="one-time-code"
            value={code}
            onInput={setCode}
            required
          />
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <button type="submit" class="primary" disabled={busy}>
          Se connecter
        </button>
      </form>
      <button type="button" class="link" onClick={() => setChoosing(true)}>
        J’ai reçu un code à usage unique (première connexion, mot de passe oublié)
      </button>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
