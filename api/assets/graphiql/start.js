// Starts GraphiQL on this node's endpoints: queries and mutations over HTTP, subscriptions
// over graphql-transport-ws. Everything is served by Vigie itself (no CDN).
(function () {
  var origin = window.location.origin;
  var socket = new URL("/graphql/ws", origin);
  socket.protocol = socket.protocol === "https:" ? "wss:" : "ws:";
  var fetcher = GraphiQL.createFetcher({ url: origin + "/graphql", subscriptionUrl: socket.toString() });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true })
  );
})();
