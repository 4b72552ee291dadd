// Automatic persisted queries as Apollo's own client speaks them (run by
// tests/it/ops/persisted.rs): `createPersistedQueryLink` sends the hash alone, and on
// `PersistedQueryNotFound` the hash with the query. Prints one JSON summary line.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core/index.js";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries/index.js";

const uri = process.argv[2];
const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** A client recording what each request carried. */
function client(useGETForHashedQueries) {
  const sent = [];
  const recordingFetch = async (url, options) => {
    const method = options?.method ?? "GET";
    let body = {};
    if (method === "POST") body = JSON.parse(options.body);
    else {
      const params = new URL(url).searchParams;
      body = { query: params.get("query") ?? undefined, extensions: JSON.parse(params.get("extensions") ?? "{}") };
    }
    sent.push(`${method}:${body.query ? "hash+query" : "hash-only"}`);
    return fetch(url, options);
  };
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries }).concat(
    new HttpLink({ uri, fetch: recordingFetch }),
  );
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const QUERY = gql`query Categories { categories { code label } }`;
const first = client(false);
const a = await first.apollo.query({ query: QUERY, fetchPolicy: "network-only" });
const second = client(false);
const b = await second.apollo.query({ query: QUERY, fetchPolicy: "network-only" });
const third = client(true);
const c = await third.apollo.query({ query: QUERY, fetchPolicy: "network-only" });
console.log(JSON.stringify({
  first: first.sent,
  second: second.sent,
  third: third.sent,
  counts: [a, b, c].map((result) => result.data.categories.length),
}));
