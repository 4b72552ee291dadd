// Partner organisations of a département (bailleurs sociaux, transporteurs, établissements
// scolaires, associations, services municipaux) and their members' accounts: kept by the
// prefecture, and by the référents and commanders of the département's brigades. A new
// account comes with a one-time code its owner chooses a password with.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { useDepartements } from './departements';
import { graphql } from './gql';
import type { PartnerAccountsQuery, PartnerKind, PartnerOrganisationsQuery } from './gql/graphql';
import { when } from './labels';
import { Notice, Section, SelectField, TextField, describe, useAction } from './ui';

const ORGANISATIONS = graphql(`
  query PartnerOrganisations($departement: String!) {
    partnerOrganisations(departement: $departement) { id name kind departement }
  }
`);

const ACCOUNTS = graphql(`
  query PartnerAccounts($organisation: ID!) {
    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }
  }
`);

const SAVE_ORGANISATION = graphql(`
  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
    savePartnerOrganisation(input: $input) { id name kind }
  }
`);

const CREATE_ACCOUNT = graphql(`
  mutation CreatePartnerAccount($input: PartnerAccountInput!) {
    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }
  }
`);

export const PARTNER_KIND: Record<PartnerKind, string> = {
  SOCIAL_LANDLORD: 'Bailleur social',
  TRANSPORT_OPERATOR: 'Transporteur',
  SCHOOL: 'Établissement scolaire',
  ASSOCIATION: 'Association',
  MUNICIPAL_SERVICE: 'Service municipal',
  OTHER: 'Autre partenaire',
};

type Organisation = PartnerOrganisationsQuery['partnerOrganisations'][number];
type Account = PartnerAccountsQuery['partnerAccounts'][number];

/** The prefecture's page: one of its départements at a time. */
export function AdminPartners() {
  const { departements, departement, setDepartement, error } = useDepartements();
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      {departements.length > 1 && (
        <form class="filters" onSubmit={(event) => event.preventDefault()}>
          <SelectField label="Département" value={departement} onChange={setDepartement} options={departements.map((code): [string, string] => [code, code])} />
        </form>
      )}
      {departement && <Partners key={departement} departement={departement} />}
    </>
  );
}

/** The organisations of `departement`, each with its accounts. */
export function Partners({ departement }: { departement: string }) {
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    gql(ORGANISATIONS, { departement })
      .then((data) => (setOrganisations(data.partnerOrganisations), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [departement, revision]);
  return (
    <Section title={`Organisations partenaires (${departement})`} id="partenaires">
      {error && <Notice kind="error">{error}</Notice>}
      {organisations.length === 0 && !error && <p>Aucune organisation partenaire pour l’instant.</p>}
      <ul class="plain">
        {organisations.map((organisation) => (
          <li key={organisation.id} data-organisation={organisation.name}>
            <button type="button" class="link" aria-expanded={selected === organisation.id} onClick={() => setSelected(selected === organisation.id ? null : organisation.id)}>
              {organisation.name}
            </button>{' '}
            <span class="muted">— {PARTNER_KIND[organisation.kind]}</span>
            {selected === organisation.id && <OrganisationAccounts organisation={organisation} />}
          </li>
        ))}
      </ul>
      <NewOrganisation departement={departement} onSaved={() => setRevision((n) => n + 1)} />
    </Section>
  );
}

function NewOrganisation({ departement, onSaved }: { departement: string; onSaved: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('SOCIAL_LANDLORD');
  const save = useAction(async () => {
    const saved = await gql(SAVE_ORGANISATION, { input: { name, kind, departement } });
    setName('');
    onSaved();
    return `Organisation « ${saved.savePartnerOrganisation.name} » enregistrée.`;
  });
  return (
    <form
      aria-label="Nouvelle organisation partenaire"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h3>Nouvelle organisation partenaire</h3>
      <TextField label="Nom de l’organisation" value={name} onInput={setName} required />
      <SelectField label="Type de partenaire" value={kind} onChange={(value) => setKind(value as PartnerKind)} options={Object.entries(PARTNER_KIND)} />
      <button type="submit" disabled={save.busy || !name.trim()}>
        Enregistrer l’organisation
      </button>
      {save.feedback}
    </form>
  );
}

/** An organisation's accounts, and a new one with its one-time code. */
function OrganisationAccounts({ organisation }: { organisation: Organisation }) {
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState<{ who: string; code: string; until: string } | null>(null);
  useEffect(() => {
    gql(ACCOUNTS, { organisation: organisation.id })
      .then((data) => (setAccounts(data.partnerAccounts), setError(null)))
      .catch((failure) => setError(describe(failure)));
  }, [organisation.id, revision]);
  const create = useAction(async () => {
    const created = await gql(CREATE_ACCOUNT, {
      input: { email: email.trim(), displayName: name, phone: phone.trim() || null, organisationId: organisation.id },
    });
    const { user, resetCode } = created.createPartnerAccount;
    setCode({ who: user.displayName, code: resetCode.code, until: resetCode.expiresAt });
    setEmail('');
    setName('');
    setPhone('');
    setRevision((n) => n + 1);
  });
  return (
    <div class="case">
      <h3>Comptes de {organisation.name}</h3>
      {error && <Notice kind="error">{error}</Notice>}
      {accounts.length === 0 ? (
        <p>Aucun compte.</p>
      ) : (
        <ul data-testid="partner-accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              {account.displayName} — {account.email}
              {account.phone && `, ${account.phone}`}
              {account.disabledAt && <span class="muted"> (désactivé le {when(account.disabledAt)})</span>}
            </li>
          ))}
        </ul>
      )}
      {code && (
        <Notice kind="success">
          Compte créé pour {code.who}. Code à usage unique à lui remettre par un canal sûr : <strong data-testid="partner-code">{code.code}</strong> (valable jusqu’au {when(code.until)}). Avec ce code, il choisit son mot de passe.
        </Notice>
      )}
      <form
        aria-label={`Nouveau compte de ${organisation.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          void create.run();
        }}
      >
        <h3>Nouveau compte</h3>
        <TextField label="Adresse électronique du partenaire" type="email" value={email} onInput={setEmail} required />
        <TextField label="Nom affiché aux membres des dossiers" value={name} onInput={setName} required />
        <TextField label="Téléphone mobile (+33…)" type="tel" value={phone} onInput={setPhone} />
        <button type="submit" disabled={create.busy || !email.trim() || !name.trim()}>
          Créer le compte
        </button>
        {create.feedback}
      </form>
    </div>
  );
}
