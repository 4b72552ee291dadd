// Choosing a password with a one-time code: the code a partner, a colleague or a mayor was
// handed when their account was created (or an admin issued), or one e-mailed on request.
// Every session of the account ends; the new password then signs in here.

import { useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { Notice, TextField, useAction } from './ui';

const REQUEST = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const RESET = graphql(`
  mutation ResetPassword($email: String!, $code: String!, $password: String!) {
    resetPassword(email: $email, code: $code, newPassword: $password)
  }
`);

export function ChoosePassword({ onChosen }: { onChosen: (email: string, password: string) => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const send = useAction(async () => {
    await gql(REQUEST, { email: email.trim() });
    return 'Si un compte utilise cette adresse, un code vient de lui être envoyé (valable une heure).';
  });
  const choose = useAction(async () => {
    await gql(RESET, { email: email.trim(), code: code.trim(), password });
    await onChosen(email.trim(), password);
  });
  return (
    <form
      aria-label="Choisir un mot de passe"
      onSubmit={(event) => {
        event.preventDefault();
        void choose.run();
      }}
    >
      <p>Première connexion ou mot de passe oublié : saisissez le code à usage unique que vous avez reçu, puis votre nouveau mot de passe.</p>
      <TextField label="Adresse électronique du compte" type="email" autocomplete="username" value={email} onInput={setEmail} required />
      <button type="button" class="link" disabled={send.busy || !email.trim()} onClick={() => void send.run()}>
        Recevoir un code par courriel
      </button>
      {send.feedback}
      <TextField label="Code à usage unique" autocomplete="one-time-code" value={code} onInput={setCode} required />
      <TextField
        label="Nouveau mot de passe"
        type="password"
        autocomplete="new-password"
        hint="Au moins 12 caractères ; une phrase facile à retenir convient."
        value={password}
        onInput={setPassword}
        required
      />
      <button type="submit" class="primary" disabled={choose.busy || !email.trim() || !code.trim() || !password}>
        Enregistrer le mot de passe et se connecter
      </button>
      {choose.feedback}
      <Notice kind="info">Toutes les autres sessions de ce compte sont fermées.</Notice>
    </form>
  );
}
