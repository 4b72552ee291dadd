// The départements an admin's pages offer: those of the brigades the API lets them see
// (their reach), first one chosen.

import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { describe } from './ui';

const DEPARTEMENTS = graphql(`
  query DepartementChoices {
    brigades { departement }
  }
`);

export function useDepartements() {
  const [departements, setDepartements] = useState<string[]>([]);
  const [departement, setDepartement] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql(DEPARTEMENTS)
      .then((data) => {
        const codes = [...new Set(data.brigades.map((b) => b.departement))].sort();
        setDepartements(codes);
        setDepartement((current) => current || codes[0] || '');
      })
      .catch((failure) => setError(describe(failure)));
  }, []);
  return { departements, departement, setDepartement, error };
}
